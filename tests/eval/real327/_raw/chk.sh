#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists, JSON) for each phrase (URL fragments too); prints FILE NAMES only
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' --include='*.raw' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -v /real327/ | grep -v -E '/real324/|/real325/|/real326/|/real328/|/real329/|/real330/|/real331/' | head -5
  grep -c -- "$p" /work/main/tests/eval/real327/_raw/used_prev.tsv | sed 's/^/  used_prev hits: /'
done
