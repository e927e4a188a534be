#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists) for each phrase (URL fragments too).
# real52's chk.sh adapted for real282: prints file names only (grep -l); never descends into the sets built alongside
# (real280, real281, real283) nor into real282 itself, except real282/_raw/used_prev.tsv, which is checked too.
for p in "$@"; do
  echo "== $p"
  { grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' \
      --exclude-dir=real280 --exclude-dir=real281 --exclude-dir=real282 --exclude-dir=real283 \
      -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null
    grep -l -- "$p" /work/main/tests/eval/real282/_raw/used_prev.tsv 2>/dev/null; } | head -8
done
