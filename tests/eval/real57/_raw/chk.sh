#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (real2 … real56: texts, SOURCES, notes, used lists, JSON), /work/shared/eval
# and /work/shared/seeds for each phrase (URL fragments too); prints file names only. real52's script pointed at real57;
# real57 itself and the sets being built in parallel (real58, real59) are excluded from the grep.
for p in "$@"; do
  echo "== $p"; grep -rl --exclude-dir=real57 --exclude-dir=real58 --exclude-dir=real59 --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' --include='*.raw' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | head -5
done
