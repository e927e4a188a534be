#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists, JSON) for each phrase; prints file NAMES only
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' \
    --exclude-dir=real276 --exclude-dir=real277 --exclude-dir=real278 --exclude-dir=real279 -- "$p" \
    /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -v -e real276 -e real277 -e real278 -e real279 | head -5
  grep -l -- "$p" /work/main/tests/eval/real279/_raw/used_prev.tsv >/dev/null && echo "   (in real279/_raw/used_prev.tsv)"
done
