#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists) for each phrase (URL fragments too); prints FILE NAMES only
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -v /real309/ | grep -v -E '/real308/|/real310/|/real311/|/real312/|/real313/|/real314/|/real315/' | head -5; grep -c -- "$p" /work/main/tests/eval/real309/_raw/used_prev.tsv | sed "s/^/   used_prev.tsv hits: /"
done
