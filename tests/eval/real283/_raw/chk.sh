#!/bin/bash
# usage: chk.sh PHRASE... ; list (file names only, grep -l) every earlier set's file (texts, SOURCES, notes, used lists, JSON)
# containing each phrase (URL fragments too); excludes real283 itself and the sets built alongside (real280, real281, real282);
# also checks real283/_raw/used_prev.tsv (the URLs/titles of real2 … real279).
U=/work/main/tests/eval/real283/_raw/used_prev.tsv
for p in "$@"; do
  echo "== $p"
  grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' \
    --exclude-dir=real280 --exclude-dir=real281 --exclude-dir=real282 --exclude-dir=real283 --exclude='used_prev*.tsv' \
    -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | head -8
  grep -l -- "$p" "$U" 2>/dev/null | sed 's/$/ (used_prev)/'
done
