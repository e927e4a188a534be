#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists, JSON of real2 … real59), /work/shared/eval
# and /work/shared/seeds for each phrase (URL fragments too); prints file names only. real60 (being built by someone else) and
# this set (real61) are left out.
E=/work/main/tests/eval
DIRS=()
for n in $(seq 2 59); do DIRS+=("$E/real$n"); done
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' --include='*.raw' -- "$p" "${DIRS[@]}" /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | head -8
done
