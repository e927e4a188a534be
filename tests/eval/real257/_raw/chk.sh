#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists, JSON) for each phrase (URL fragments too);
# prints file NAMES only. real257 itself and the parallel sets real256, real258, real259 are excluded.
for p in "$@"; do
  echo "== $p"; grep -rl --exclude-dir=real257 --exclude-dir=real256 --exclude-dir=real258 --exclude-dir=real259 \
    --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null \
    | grep -v -e /real257/ -e /real256/ -e /real258/ -e /real259/ | head -5
done
