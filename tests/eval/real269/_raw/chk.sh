#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists, JSON) for each phrase (URL fragments too); prints file NAMES only
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' --exclude-dir=real268 --exclude-dir=real269 --exclude-dir=real270 --exclude-dir=real271 -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -v -e /real268/ -e /real269/ -e /real270/ -e /real271/ | head -5
  grep -l -- "$p" /work/main/tests/eval/real269/_raw/used_prev.tsv 2>/dev/null
done
