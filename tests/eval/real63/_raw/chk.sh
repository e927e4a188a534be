#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set real2 … real61 (texts, SOURCES, notes, used lists, JSON), /work/shared/eval
# and /work/shared/seeds for each phrase (URL fragments too); prints file names only. real62 (being built elsewhere) and
# real63 (this set) are not grepped.
SETS="$(for n in $(seq 2 61); do echo /work/main/tests/eval/real$n; done) /work/main/tests/eval/gold /work/main/tests/eval/dev"
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' --include='*.raw' -- "$p" $SETS /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | head -5
done
