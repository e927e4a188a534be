#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists, JSON) for each phrase (URL fragments too)
# real52's script pointed at real122; sets being built at the same time (real123–real125) are excluded.
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' --exclude-dir=real123 --exclude-dir=real124 --exclude-dir=real125 -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -v /real122/ | head -5
done
