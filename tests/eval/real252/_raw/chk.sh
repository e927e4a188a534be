#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists) for each phrase (URL fragments too)
# real52's chk.sh pointed at real252; real253, real254, real255 (being built by others) are excluded. Prints file names only.
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' \
    --exclude-dir=real252 --exclude-dir=real253 --exclude-dir=real254 --exclude-dir=real255 \
    -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null \
    | grep -v /real253/ | grep -v /real254/ | grep -v /real255/ | grep -v /real252/ | head -5
done
