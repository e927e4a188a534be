#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists) for each phrase (URL fragments too);
# prints file NAMES only. real240, real242, real243 (being built in parallel) and real241 itself are excluded.
for p in "$@"; do
  echo "== $p"; grep -rl --exclude-dir=real241 --exclude-dir=real240 --exclude-dir=real242 --exclude-dir=real243 \
    --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null \
    | grep -v /real241/ | grep -v /real240/ | grep -v /real242/ | grep -v /real243/ | head -5
done
