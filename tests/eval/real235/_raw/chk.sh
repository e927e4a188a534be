#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists, JSON), /work/shared/eval and
# /work/shared/seeds for each phrase (URL fragments too); reports file names only. real235–real238 are excluded.
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' \
    --exclude-dir=real235 --exclude-dir=real236 --exclude-dir=real237 --exclude-dir=real238 \
    -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -v /real235/ | head -5
done
