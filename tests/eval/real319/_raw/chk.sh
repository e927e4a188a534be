#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists, JSON) for each phrase (URL fragments too); FILE NAMES only
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' --include='*.raw' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -v /real319/ | grep -v -E '/real316/|/real317/|/real318/|/real320/|/real321/|/real322/|/real323/' | head -5
  grep -c -- "$p" /work/main/tests/eval/real319/_raw/used_prev.tsv | sed "s/^/   used_prev.tsv hits: /"
done
