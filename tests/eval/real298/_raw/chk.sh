#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists, JSON) under tests/eval, /work/shared/eval
# and /work/shared/seeds for each phrase (URL fragments too); prints file names only. real298 itself and the sibling sets
# real292–real297 / real299 are excluded. Then greps real298's own _raw/used_prev.tsv (real2 … real291), line numbers only.
H=$(dirname "$(readlink -f "$0")")
for p in "$@"; do
  echo "== $p"
  grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null \
    | grep -v /real298/ | grep -v -E '/real292/|/real293/|/real294/|/real295/|/real296/|/real297/|/real299/' | head -5
  n=$(grep -c -- "$p" "$H/used_prev.tsv")
  [ "$n" != "0" ] && echo "   used_prev.tsv: $n line(s): $(grep -n -- "$p" "$H/used_prev.tsv" | cut -d: -f1 | head -5 | tr '\n' ' ')"
done
