#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists) for each phrase (URL fragments too);
# prints FILE NAMES ONLY; excludes real362 itself and the sibling sets being built (real356–real361, real363)
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -v /real362/ | grep -v -E '/real356/|/real357/|/real358/|/real359/|/real360/|/real361/|/real363/' | head -5
done
