#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists, JSON) for each phrase (URL fragments too);
# prints file NAMES only. real268, real269, real271 (made at the same time by others) and real270 itself are excluded.
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' \
    --exclude-dir=real268 --exclude-dir=real269 --exclude-dir=real271 --exclude-dir=real270 -- "$p" \
    /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -v -e real268 -e real269 -e real271 -e real270 | head -5
  grep -c -- "$p" /work/main/tests/eval/real270/_raw/used_prev.tsv | sed 's/^/   used_prev rows: /'
done
