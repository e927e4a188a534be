#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists, JSON) for each phrase (URL fragments too);
# prints FILE NAMES only; own folder and sibling sets being built (real324–real330) excluded; also greps real331's used_prev.tsv
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -v /real331/ | grep -v -E '/real324/|/real325/|/real326/|/real327/|/real328/|/real329/|/real330/' | head -5
  grep -c -- "$p" /work/main/tests/eval/real331/_raw/used_prev.tsv | sed 's/^/   used_prev.tsv rows: /'
done
