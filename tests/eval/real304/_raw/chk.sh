#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists, JSON), /work/shared/eval and
# /work/shared/seeds for each phrase (URL fragments too); prints file names only. Then greps real304's own used_prev.tsv.
U=/work/main/tests/eval/real304/_raw/used_prev.tsv
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -v /real304/ | grep -v -E '/real302/|/real303/|/real305/|/real306/|/real307/' | head -5
  echo "   used_prev.tsv: $(grep -c -- "$p" $U)"
done
