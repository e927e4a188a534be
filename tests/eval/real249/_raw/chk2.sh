#!/bin/bash
# chk.sh plus own used_prev.tsv (which chk.sh excludes with real249)
D=$(dirname "$0")
for p in "$@"; do
  "$D/chk.sh" "$p"; grep -F -- "$p" "$D/used_prev.tsv" | cut -f1,2 | head -3
done
