#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists) for each phrase (URL fragments too)
# (real52's script pointed at real106; the sets being built alongside, real106–real109, are not scanned)
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' --exclude-dir=real106 --exclude-dir=real107 --exclude-dir=real108 --exclude-dir=real109 -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | head -5
  grep -c -- "$p" /work/main/tests/eval/real106/_raw/used_prev.tsv
done
