#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists, JSON) for each phrase (URL fragments too);
# prints FILE NAMES only; excludes real322 itself and the sibling sets being built now.
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' --include='*.raw' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -v /real322/ | grep -v -E '/real316/|/real317/|/real318/|/real319/|/real320/|/real321/|/real323/' | head -5; grep -c -F -- "$p" /work/main/tests/eval/real322/_raw/used_prev.tsv | sed "s/^/   used_prev.tsv hits: /"
done
