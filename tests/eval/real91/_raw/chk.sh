#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists) for each phrase (URL fragments too)
# real52's script pointed at real91; real90–real99 (sets being built by other helpers now) are excluded, unread.
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' --exclude-dir='real9[0-9]' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | head -5
  grep -l -- "$p" /work/main/tests/eval/real91/_raw/used_prev.tsv 2>/dev/null
done
