#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists) for each phrase (URL fragments too).
# Prints file names only (grep -l). Excludes real291 itself (except its _raw/used_prev.tsv, checked separately) and the
# sibling sets being built beside it (real280–real290).
U=/work/main/tests/eval/real291/_raw/used_prev.tsv
for p in "$@"; do
  echo "== $p"
  grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null \
    | grep -v -E '/real291/|/real28[0-9]/|/real290/' | head -5
  grep -l -- "$p" "$U" 2>/dev/null
done
