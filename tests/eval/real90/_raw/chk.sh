#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists) for each phrase (URL fragments too)
# (real52's script pointed at real90; the sibling sets real91–real99, being built at the same time, are skipped)
for p in "$@"; do
  echo "== $p"; grep -rl --exclude-dir='real9[1-9]' --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -v /real90/ | head -5
done
