#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists, JSON) under tests/eval,
# /work/shared/eval and /work/shared/seeds for each phrase (URL fragments too), excluding real334 itself and the sibling
# sets being built now; then this set's _raw/used_prev.tsv. Prints FILE NAMES only.
H=$(dirname "$(readlink -f "$0")")
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -v -E '/real334/|/real332/|/real333/|/real335/|/real336/|/real337/|/real338/|/real339/' | head -5
  grep -q -- "$p" "$H/used_prev.tsv" && echo "   (in real334/_raw/used_prev.tsv)"
done
