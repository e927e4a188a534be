#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists, JSON) and real286/_raw/used_prev.tsv
# for each phrase (URL fragments too). Prints FILE NAMES ONLY (grep -l). Sets built alongside (real280–real285, real287) and
# real286 itself (except its used_prev.tsv) are excluded.
H=/work/main/tests/eval/real286/_raw/used_prev.tsv
for p in "$@"; do
  echo "== $p"
  grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null \
    | grep -v -E '/real(280|281|282|283|284|285|286|287)/' | head -5
  grep -l -- "$p" "$H" 2>/dev/null
done
