#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists, JSON), /work/shared/eval and
# /work/shared/seeds for each phrase (URL fragments too); prints file names only. Siblings real292–real299 (except this
# set, real296) are excluded. Then greps this set's own _raw/used_prev.tsv (count of matching rows).
U=/work/main/tests/eval/real296/_raw/used_prev.tsv
for p in "$@"; do
  echo "== $p"
  grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null \
    | grep -v /real296/ | grep -v -E '/real292/|/real293/|/real294/|/real295/|/real297/|/real298/|/real299/' | head -8
  echo "   used_prev.tsv rows: $(grep -c -- "$p" "$U")"
done
