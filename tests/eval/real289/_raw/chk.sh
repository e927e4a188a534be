#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists, JSON), /work/shared/eval and
# /work/shared/seeds, plus real289/_raw/used_prev.tsv, for each phrase (URL fragments too). Prints FILE NAMES ONLY (grep -l).
# Sibling sets being built beside this one (real280–real288, real290, real291) are excluded; so is real289 itself, except
# its used_prev.tsv.
EX='/real(28[0-8]|29[01]|289)/'
for p in "$@"; do
  echo "== $p"
  grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -Ev "$EX" | head -5
  grep -l -- "$p" /work/main/tests/eval/real289/_raw/used_prev.tsv 2>/dev/null
done
