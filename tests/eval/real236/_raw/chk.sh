#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists, JSON), the dev set and the seeds for each
# phrase (URL fragments too); reports file names only. real52's chk.sh pointed at real236, skipping the parallel sets.
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' \
    --exclude-dir=real236 --exclude-dir=real235 --exclude-dir=real237 --exclude-dir=real238 \
    -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -v /real236/ | head -8
done
