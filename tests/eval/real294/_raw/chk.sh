#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists, JSON) under tests/eval, /work/shared/eval
# and /work/shared/seeds for each phrase (URL fragments too), printing file names only; then grep real294's own used_prev.tsv
# (file names only: prints the count of matching rows). real294 itself and the sibling sets real292–real299 are excluded.
U=/work/main/tests/eval/real294/_raw/used_prev.tsv
for p in "$@"; do
  echo "== $p"
  grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null \
    | grep -v /real294/ | grep -v -E '/real292/|/real293/|/real295/|/real296/|/real297/|/real298/|/real299/' | head -8
  n=$(grep -c -F -- "$p" "$U"); echo "   used_prev.tsv rows: $n"
done
