#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists, JSON) for each phrase (URL fragments too); file NAMES only
for p in "$@"; do
  echo "== $p"
  grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' --include='*.raw' \
    --exclude-dir=real276 --exclude-dir=real277 --exclude-dir=real279 --exclude-dir=real278 \
    -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null \
    | grep -v -e /real276/ -e /real277/ -e /real279/ -e /real278/ | head -5
  grep -l -- "$p" /work/main/tests/eval/real278/_raw/used_prev.tsv 2>/dev/null
done
