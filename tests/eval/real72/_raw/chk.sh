#!/bin/bash
# usage: chk.sh [-h] PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists) for each phrase (URL fragments too)
# (real52's script pointed at real72; with -h the matching line itself is printed, cut to 200 characters, instead of file names)
H=0; if [ "$1" = "-h" ]; then H=1; shift; fi
for p in "$@"; do
  echo "== $p"
  if [ $H = 1 ]; then
    grep -rh --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | cut -c1-200 | sort -u | head -5
  else
    grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -v /real72/ | head -5
  fi
done
