#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists, JSON), /work/shared/eval and
# /work/shared/seeds for each phrase (URL fragments too); file names only; real306 and its siblings excluded; then real306's used_prev.tsv
U=/work/main/tests/eval/real306/_raw/used_prev.tsv
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -v /real306/ | grep -v -E '/real302/|/real303/|/real304/|/real305/|/real307/' | head -5
  grep -q -- "$p" "$U" && echo "   (in real306 used_prev.tsv)"
done
