#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists, JSON) for each phrase (URL fragments too);
# prints FILE NAMES only; excludes real317 itself and the sibling sets being built now (real316, real318–real323)
for p in "$@"; do
  echo "== $p"; grep -rlF --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -v /real317/ | grep -v -E '/real316/|/real318/|/real319/|/real320/|/real321/|/real322/|/real323/' | head -5
done
