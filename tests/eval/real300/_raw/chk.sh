#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists, JSON) for each phrase (URL fragments too); file names only
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -v /real300/ | grep -v -E '/real292/|/real293/|/real294/|/real295/|/real296/|/real297/|/real298/|/real299/|/real301/' | head -5
  echo "-- used_prev.tsv: $(grep -c -- "$p" /work/main/tests/eval/real300/_raw/used_prev.tsv)"
done
