#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists, JSON) plus /work/shared/eval and
# /work/shared/seeds for each phrase (URL fragments too); file names only; real295 itself and sibling sets excluded.
# Then grep real295's own used_prev.tsv (count of matching rows only).
U=/work/main/tests/eval/real295/_raw/used_prev.tsv
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -v /real295/ | grep -v -E '/real292/|/real293/|/real294/|/real296/|/real297/|/real298/|/real299/' | head -5
  echo "   used_prev.tsv rows: $(grep -c -- "$p" $U)"
done
