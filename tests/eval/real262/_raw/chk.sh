#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists, JSON) for each phrase (URL fragments too);
# prints file NAMES only. real262 itself and the parallel sets real260, real261, real263 are excluded.
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' \
    --exclude-dir=real262 --exclude-dir=real260 --exclude-dir=real261 --exclude-dir=real263 -- "$p" \
    /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null \
    | grep -v -e /real262/ -e /real260/ -e /real261/ -e /real263/ | head -5
done
