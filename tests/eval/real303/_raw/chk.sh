#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists, JSON), /work/shared/eval and
# /work/shared/seeds for each phrase (URL fragments too); file names only; real303 and its siblings excluded; then real303's used_prev.tsv
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -v /real303/ | grep -v -E '/real302/|/real304/|/real305/|/real306/|/real307/' | head -5
  echo "-- used_prev.tsv: $(grep -c -- "$p" /work/main/tests/eval/real303/_raw/used_prev.tsv)"
done
