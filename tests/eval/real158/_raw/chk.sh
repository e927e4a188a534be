#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists) for each phrase (URL fragments too)
for p in "$@"; do
  echo "== $p"; grep -rl --exclude-dir=real158 --exclude-dir=real159 --exclude-dir=real160 --exclude-dir=real161 --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -v /real158/ | head -5
done
