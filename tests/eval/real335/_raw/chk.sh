#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists, JSON) for each phrase (URL fragments too)
# prints FILE NAMES only; excludes real335 itself and the sibling sets being built now
for p in "$@"; do
  echo "== $p"; grep -rlF --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -v /real335/ | grep -v -E '/real332/|/real333/|/real334/|/real336/|/real337/|/real338/|/real339/' | head -5
done
