#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists) for each phrase (URL fragments too);
# real255 itself and real252, real253, real254 (being built by others) are excluded. Prints file NAMES only.
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' \
    --exclude-dir=real255 --exclude-dir=real252 --exclude-dir=real253 --exclude-dir=real254 \
    -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null \
    | grep -v /real252/ | grep -v /real253/ | grep -v /real254/ | grep -v /real255/ | head -5
done
