#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists, JSON) for each phrase (URL fragments too); prints FILE NAMES only
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' --include='*.raw' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -v /real330/ | grep -v -E '/real324/|/real325/|/real326/|/real327/|/real328/|/real329/|/real331/' | head -5
  grep -l -- "$p" /work/main/tests/eval/real330/_raw/used_prev.tsv 2>/dev/null
done
