#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists, JSON of real2 … real63, plus
# /work/shared/eval and /work/shared/seeds) for each phrase (URL fragments too); prints file names only.
# real52's script pointed at real64; real64 itself and real65 (being built by someone else) are excluded.
for p in "$@"; do
  echo "== $p"; grep -rl --exclude-dir=real64 --exclude-dir=real65 --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | head -5
done
