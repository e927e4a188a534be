#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists, JSON) for each phrase (URL fragments too);
# prints FILE NAMES only; excludes this folder and the sibling sets being built now (real324–real327, real329–real331)
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -v /real328/ | grep -v -E '/real324/|/real325/|/real326/|/real327/|/real329/|/real330/|/real331/' | head -5
done
