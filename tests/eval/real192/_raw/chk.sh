#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists) for each phrase (URL fragments too)
# real192: sets being built in parallel (real187, real190, real191) are excluded, as is this set
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' --exclude-dir=real192 --exclude-dir=real187 --exclude-dir=real190 --exclude-dir=real191 -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -v /real192/ | head -5
done
