#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists, JSON) for each phrase (URL fragments too)
# (real52's chk.sh pointed at real215; the sets being built at the same time, real216–real218, are excluded; hits are judged
# by file name only)
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' --exclude-dir=real215 --exclude-dir=real216 --exclude-dir=real217 --exclude-dir=real218 -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | head -5 | grep -v /real215/
done
