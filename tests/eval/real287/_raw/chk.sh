#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists, JSON) for each phrase (URL fragments too);
# prints FILE NAMES ONLY (grep -l). Excludes real280–real287 (sets built beside this one, and this one) except
# real287/_raw/used_prev.tsv, which is checked too.
for p in "$@"; do
  echo "== $p"
  grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null \
    | grep -v -E '/real28[0-7]/' | head -5
  grep -l -- "$p" /work/main/tests/eval/real287/_raw/used_prev.tsv
done
