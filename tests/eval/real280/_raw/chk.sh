#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists) and real280/_raw/used_prev.tsv for each
# phrase (URL fragments too). Prints file names only (grep -l). real280 itself (except its used_prev.tsv) and the sets built
# beside it (real281, real282, real283) are excluded. Copied from real52's chk.sh and adapted.
for p in "$@"; do
  echo "== $p"
  grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' \
       --exclude-dir=real280 --exclude-dir=real281 --exclude-dir=real282 --exclude-dir=real283 \
       -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | head -8
  grep -l -- "$p" /work/main/tests/eval/real280/_raw/used_prev.tsv 2>/dev/null
done
