#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists, JSON) and the shared dev set / seeds
# for each phrase (URL fragments too); prints only file names of hits. real52's chk.sh pointed at real231, parallel sets excluded.
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' --include='*.raw' \
    --exclude-dir=real231 --exclude-dir=real232 --exclude-dir=real233 --exclude-dir=real234 -- "$p" \
    /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -v /real231/ | head -8
done
