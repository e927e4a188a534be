#!/bin/bash
# usage: chk.sh PHRASE... ; list (file names only) every earlier set's file (texts, SOURCES, notes, used lists, JSON) that
# contains the phrase (URL fragments too), plus real285/_raw/used_prev.tsv. Sets built beside this one are excluded.
EXCL='/real(280|281|282|283|284|285|286|287)/'
for p in "$@"; do
  echo "== $p"
  grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -Ev "$EXCL" | head -5
  grep -l -- "$p" /work/main/tests/eval/real285/_raw/used_prev.tsv 2>/dev/null
done
