#!/bin/bash
# usage: u.sh STRING... ; says whether each string occurs in used_prev.tsv (count only, nothing printed from other sets)
for p in "$@"; do echo "$p: $(grep -c -F -- "$p" /work/main/tests/eval/real340/_raw/used_prev.tsv)"; done
