#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists, JSON), /work/shared/eval and
# /work/shared/seeds for each phrase (URL fragments too); file names only; real302 itself and sibling sets excluded.
# Then grep real302's own _raw/used_prev.tsv (count of matching rows).
U=/work/main/tests/eval/real302/_raw/used_prev.tsv
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -v /real302/ | grep -v -E '/real303/|/real304/|/real305/|/real306/|/real307/' | head -5
  echo "   used_prev.tsv rows: $(grep -c -- "$p" $U)"
done
