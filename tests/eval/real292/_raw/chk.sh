#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists, JSON), /work/shared/eval and
# /work/shared/seeds for each phrase (URL fragments too); prints file names only. Then greps real292's own used_prev.tsv.
U=/work/main/tests/eval/real292/_raw/used_prev.tsv
for p in "$@"; do
  echo "== $p"
  grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null \
    | grep -v /real292/ | grep -v -E '/real293/|/real294/|/real295/|/real296/|/real297/|/real298/|/real299/' | head -5
  n=$(grep -c -F -- "$p" "$U"); [ "$n" != "0" ] && echo "   used_prev.tsv: $n row(s)"
done
