#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists) for each phrase (URL fragments too)
# (real52's chk.sh pointed at real96; real94–real99 are being built in parallel and are not scanned)
for p in "$@"; do
  echo "== $p"; grep -rl --exclude-dir='real9[4-9]' --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -v /real96/ | head -5
  grep -h -- "$p" /work/main/tests/eval/real96/_raw/used_prev.tsv | cut -c1-160 | head -3
done
