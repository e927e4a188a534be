#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists, JSON), /work/shared/eval and
# /work/shared/seeds for each phrase (URL fragments too); prints file names only. Then greps real301's own used_prev.tsv.
U=/work/main/tests/eval/real301/_raw/used_prev.tsv
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -v /real301/ | grep -v -E '/real292/|/real293/|/real294/|/real295/|/real296/|/real297/|/real298/|/real299/|/real300/' | head -5
  n=$(grep -c -- "$p" "$U"); echo "   used_prev.tsv: $n"
done
