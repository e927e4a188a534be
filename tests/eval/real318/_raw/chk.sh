#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists, JSON) for each phrase (URL fragments too); prints FILE NAMES only
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' --include='*.raw' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -v /real318/ | grep -v -E '/real316/|/real317/|/real319/|/real320/|/real321/|/real322/|/real323/' | head -5
  grep -l -- "$p" /work/main/tests/eval/real318/_raw/used_prev.tsv 2>/dev/null
done
