#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists, JSON) for each phrase (URL fragments too);
# prints FILE NAMES only; excludes real336 itself and the sibling sets being built now (real332–real335, real337–real339)
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' --include='*.raw' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -v -E '/real336/|/real332/|/real333/|/real334/|/real335/|/real337/|/real338/|/real339/' | head -5
  grep -c -F -- "$p" /work/main/tests/eval/real336/_raw/used_prev.tsv | sed 's/^/   used_prev hits: /'
done
