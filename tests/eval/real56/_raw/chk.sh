#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (real2 … real54: texts, SOURCES, notes, used lists, JSON), /work/shared/eval
# and /work/shared/seeds for each phrase (URL fragments too). real52's chk.sh pointed at real56; real55 (being built by
# someone else at the same time) and real56 itself are left out.
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' --exclude-dir=real55 --exclude-dir=real56 -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | head -5
done
