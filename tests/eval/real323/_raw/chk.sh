#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists, JSON) for each phrase (URL fragments too);
# prints FILE NAMES only; excludes real323 itself and the sibling sets being built now (real316–real322)
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' --include='*.raw' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -v /real323/ | grep -v -E '/real316/|/real317/|/real318/|/real319/|/real320/|/real321/|/real322/' | head -5
done
