#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists) for each phrase (URL fragments too)
# real52's chk.sh pointed at real59. Greps tests/eval (real2 … real56, dev, gold), /work/shared/eval and /work/shared/seeds,
# printing file names only; real57 and real58 (being built by others) and real59 itself are excluded.
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' \
    --exclude-dir=real57 --exclude-dir=real58 --exclude-dir=real59 -- "$p" \
    /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | head -5
done
