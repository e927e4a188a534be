#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists) for each phrase (URL fragments too)
# (real52's script pointed at real82.)  With LINES=1 in the environment it also prints the matching lines (grep -h, notes / SOURCES / used lists / JSON only, never an earlier .txt;
# cut to 300 characters), to judge a hit without opening the file.
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -v /real82/ | head -5
  if [ "${LINES:-0}" = 1 ]; then
    grep -rh --include='*.md' --include='*.tsv' --include='*.json' --exclude-dir=real82 -o -- ".\{0,120\}$p.\{0,120\}" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | head -5
  fi
done
