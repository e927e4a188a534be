#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists) for each phrase (URL fragments too)
# real52's chk.sh pointed at real375; sibling sets being built at the same time are excluded. Prints FILE NAMES ONLY.
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -v /real375/ | grep -v -E '/real372/|/real373/|/real374/|/real376/|/real377/|/real378/|/real379/' | head -5
done
