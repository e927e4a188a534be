#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists, JSON), /work/shared/eval and
# /work/shared/seeds for each phrase (URL fragments too); reports file names only. Adapted from real52's chk.sh.
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' \
    --exclude-dir=real232 --exclude-dir=real231 --exclude-dir=real233 --exclude-dir=real234 \
    -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -v /real232/ | head -5
done
