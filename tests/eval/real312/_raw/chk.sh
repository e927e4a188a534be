#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists, JSON) for each phrase (URL fragments too);
# prints FILE NAMES only; excludes real312 itself and the sibling sets being built now (real308–real311, real313–real315)
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -v /real312/ | grep -v -E '/real308/|/real309/|/real310/|/real311/|/real313/|/real314/|/real315/' | head -5
  grep -c -- "$p" /work/main/tests/eval/real312/_raw/used_prev.tsv | sed 's/^/   used_prev.tsv hits: /'
done
