#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists, JSON) under tests/eval, shared/eval and
# shared/seeds for each phrase (URL fragments too); prints file names only; excludes real297 itself and the sibling sets
# real292–real296, real298, real299. Then greps real297's own _raw/used_prev.tsv (count of matching rows only).
U=/work/main/tests/eval/real297/_raw/used_prev.tsv
for p in "$@"; do
  echo "== $p"
  grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null \
    | grep -v /real297/ | grep -v -E '/real292/|/real293/|/real294/|/real295/|/real296/|/real298/|/real299/' | head -8
  echo "   used_prev.tsv rows: $(grep -c -- "$p" "$U")"
done
