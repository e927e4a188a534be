#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists) for each phrase (URL fragments too);
# real52's chk.sh pointed at real250; real248, real249, real251 (being built by others) are excluded. Prints file names only.
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' \
    --exclude-dir=real250 --exclude-dir=real248 --exclude-dir=real249 --exclude-dir=real251 \
    -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null \
    | grep -v /real248/ | grep -v /real249/ | grep -v /real251/ | grep -v /real250/ | head -5
done
