#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists) for each phrase (URL fragments too)
# real52's chk.sh pointed at real392; sibling sets being built now (real388–real391, real393–real395) are excluded; prints file names only
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -v /real392/ | grep -v -E '/real388/|/real389/|/real390/|/real391/|/real393/|/real394/|/real395/' | head -5
done
