#!/bin/bash
# usage: chk.sh [-h] PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists) for each phrase (URL fragments too)
# real52's script pointed at real73; with -h it also prints the matching lines (grep -h, cut to 300 chars), never opening a file otherwise
H=0; if [ "$1" = "-h" ]; then H=1; shift; fi
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -v /real73/ | head -5
  if [ $H = 1 ]; then
    grep -rh --include='*.md' --include='*.tsv' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null --exclude-dir=real73 | cut -c1-300 | sort -u | head -4
  fi
done
