#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists, JSON) and real284/_raw/used_prev.tsv
# for each phrase (URL fragments too); prints FILE NAMES ONLY (grep -l). Sibling sets real280–real283, real285–real287 are
# excluded (not opened, listed or grepped).
U=/work/main/tests/eval/real284/_raw/used_prev.tsv
for p in "$@"; do
  echo "== $p"
  grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' \
    --exclude-dir=real280 --exclude-dir=real281 --exclude-dir=real282 --exclude-dir=real283 \
    --exclude-dir=real285 --exclude-dir=real286 --exclude-dir=real287 --exclude-dir=real284 \
    -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | head -5
  grep -l -- "$p" "$U" 2>/dev/null
done
