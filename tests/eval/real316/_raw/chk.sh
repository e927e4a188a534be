#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists, JSON) for each phrase (URL fragments too);
# prints FILE NAMES only. Excludes real316 itself and the sibling sets being built now (real317–real323).
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -v -E '/real316/|/real317/|/real318/|/real319/|/real320/|/real321/|/real322/|/real323/' | head -5
  grep -c -- "$p" /work/main/tests/eval/real316/_raw/used_prev.tsv | sed 's/^/   own used_prev.tsv hits: /'
done
