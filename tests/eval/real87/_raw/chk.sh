#!/bin/bash
# usage: chk.sh [-h] PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists) for each phrase (URL fragments too)
# (real52's script pointed at real87; -h also prints the matching line, cut to 160 characters around the phrase)
H=0; if [ "$1" = "-h" ]; then H=1; shift; fi
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -v /real87/ | head -5
  if [ $H = 1 ]; then
    grep -rhoE --exclude-dir=real87 --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' -- ".{0,80}$p.{0,80}" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | head -3
  fi
done
