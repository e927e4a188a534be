#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists) for each phrase (URL fragments too)
# real52's chk.sh pointed at real355; the sibling sets being built now (real348–real354) are excluded. Prints file names only.
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -v /real355/ | grep -v -E '/real348/|/real349/|/real350/|/real351/|/real352/|/real353/|/real354/' | head -5
done
