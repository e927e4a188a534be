#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists, JSON) for each phrase (URL fragments too);
# prints FILE NAMES only; own folder and the sibling sets being built now are excluded
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' --include='*.raw' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -v -E '/real310/|/real308/|/real309/|/real311/|/real312/|/real313/|/real314/|/real315/' | head -5
  grep -c -F -- "$p" /work/main/tests/eval/real310/_raw/used_prev.tsv | sed 's/^/   used_prev.tsv hits: /'
done
