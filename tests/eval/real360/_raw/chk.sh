#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists) for each phrase (URL fragments too)
# real52's chk.sh pointed at real360; the sibling sets being built in parallel are excluded (never opened). FILE NAMES ONLY.
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -v /real360/ | grep -v -E '/real356/|/real357/|/real358/|/real359/|/real361/|/real362/|/real363/' | head -5
done
