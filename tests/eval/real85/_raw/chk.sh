#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists) for each phrase (URL fragments too)
# with LINES=1: also print the matching lines (grep -h, cut to 300 chars), not only the file names
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -v /real85/ | head -5
  if [ -n "$LINES" ]; then
    grep -rh --include='*.md' --include='*.tsv' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -o -- ".\{0,120\}$p.\{0,150\}" | sort -u | head -6
  fi
done
