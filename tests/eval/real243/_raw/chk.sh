#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists, JSON) for each phrase (URL fragments too);
# prints file NAMES only. Copied from real52's; excludes this set (real243) and the sets built in parallel (real240, real241, real242).
for p in "$@"; do
  echo "== $p"; grep -rl --exclude-dir=real243 --exclude-dir=real240 --exclude-dir=real241 --exclude-dir=real242 --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -v /real243/ | grep -v /real240/ | grep -v /real241/ | grep -v /real242/ | head -5
done
