#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists, JSON) for each phrase (URL fragments too);
# prints file NAMES only. real253 itself and real252 / real254 / real255 (being built by others) are excluded.
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' \
    --exclude-dir=real253 --exclude-dir=real252 --exclude-dir=real254 --exclude-dir=real255 \
    -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null \
    | grep -v /real252/ | grep -v /real254/ | grep -v /real255/ | grep -v /real253/ | head -5
done
