#!/bin/bash
# usage: chk.sh [-h] PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists), /work/shared/eval and
# /work/shared/seeds for each phrase (URL fragments too), printing file names only (real52's chk.sh pointed at real80).
# With -h: print the matching lines (up to 60 characters either side of the phrase) instead of file names, to judge a hit
# without opening the file.
H=0; if [ "$1" = "-h" ]; then H=1; shift; fi
for p in "$@"; do
  echo "== $p"
  if [ $H = 1 ]; then
    grep -rho --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' --exclude-dir=real80 -- ".\{0,60\}$p.\{0,60\}" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | head -8
  else
    grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -v /real80/ | head -5
  fi
done
