#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists, JSON) and real281's used_prev.tsv
# for each phrase (URL fragments too); prints FILE NAMES ONLY (grep -l); real280/real282/real283 (built beside) excluded.
U=/work/main/tests/eval/real281/_raw/used_prev.tsv
for p in "$@"; do
  echo "== $p"
  grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' \
    --exclude-dir=real280 --exclude-dir=real282 --exclude-dir=real283 --exclude-dir=real281 \
    -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | head -8
  grep -l -- "$p" "$U" 2>/dev/null
done
