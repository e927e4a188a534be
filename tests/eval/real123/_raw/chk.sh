#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists, JSON) for each phrase (URL fragments too)
# real52's script pointed at real123; sets being built at the same time (real122, real124, real125) are excluded.
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' --exclude-dir=real122 --exclude-dir=real124 --exclude-dir=real125 --exclude-dir=real123 -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -v /real123/ | head -5
  grep -c -F -- "$p" /work/main/tests/eval/real123/_raw/used_prev.tsv | sed 's/^/  used_prev hits: /'
done
