#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists, JSON) for each phrase; file names only
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' --include='*.raw' \
    --exclude-dir=real276 --exclude-dir=real277 --exclude-dir=real278 --exclude-dir=real279 -- "$p" \
    /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -v -E 'real27[6-9]' | head -5
  grep -l -- "$p" /work/main/tests/eval/real276/_raw/used_prev.tsv 2>/dev/null
done
