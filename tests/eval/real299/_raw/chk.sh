#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists, JSON) for each phrase (URL fragments too),
# file names only; real299 itself and the sibling sets real292–real298 are excluded; then grep real299's own used_prev.tsv (count only).
for p in "$@"; do
  echo "== $p"
  grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -v /real299/ | grep -v -E '/real292/|/real293/|/real294/|/real295/|/real296/|/real297/|/real298/' | head -5
  echo "   used_prev.tsv: $(grep -c -- "$p" /work/main/tests/eval/real299/_raw/used_prev.tsv)"
done
