#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set real2 … real56 (texts, SOURCES, notes, used lists, JSON), /work/shared/eval
# and /work/shared/seeds for each phrase (URL fragments too); prints file names only. real52's chk.sh pointed at real58; the
# sets are listed one by one (real2 … real56) so that real57 / real59 (being built alongside) are not read.
E=/work/main/tests/eval
DIRS=""
for n in $(seq 2 56); do DIRS="$DIRS $E/real$n"; done
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' --include='*.raw' -- "$p" $DIRS /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | head -8
done
