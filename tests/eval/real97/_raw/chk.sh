#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists) for each phrase (URL fragments too)
# real52's chk.sh pointed at real97; the sets being built in parallel (real94–real99) are excluded.
for p in "$@"; do
  echo "== $p"; grep -rl --exclude-dir='real9[4-9]' --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -v /real97/ | head -5
done
