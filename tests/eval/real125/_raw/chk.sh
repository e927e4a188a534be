#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists, JSON) for each phrase (URL fragments too).
# The sets being built at the same time (real122, real123, real124) are excluded and never opened.
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' --exclude-dir=real122 --exclude-dir=real123 --exclude-dir=real124 -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -v /real125/ | head -5
done
