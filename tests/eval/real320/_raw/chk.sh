#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists, JSON) for each phrase (URL fragments too);
# prints FILE NAMES only. Excludes real320 itself and the sibling sets being built now (real316–real319, real321–real323).
D=$(dirname "$0")
for p in "$@"; do
  echo "== $p"
  grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null \
    | grep -v /real320/ | grep -v -E '/real316/|/real317/|/real318/|/real319/|/real321/|/real322/|/real323/' | head -5
  grep -c -- "$p" "$D/used_prev.tsv" | sed 's/^/   used_prev.tsv hits: /'
done
