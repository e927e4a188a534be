#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists, JSON) for each phrase (URL fragments too);
# file names only; this set and the sibling sets real302/303/304/306/307 excluded; then this set's own used_prev.tsv (count of rows)
U=/work/main/tests/eval/real305/_raw/used_prev.tsv
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -v /real305/ | grep -v -E '/real302/|/real303/|/real304/|/real306/|/real307/' | head -5
  echo "   used_prev rows: $(grep -c -- "$p" $U)"
done
