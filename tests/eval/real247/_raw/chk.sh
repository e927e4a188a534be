#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists) for each phrase (URL fragments too); prints file NAMES only
for p in "$@"; do
  echo "== $p"; grep -rl --exclude-dir=real247 --exclude-dir=real244 --exclude-dir=real245 --exclude-dir=real246 --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -v /real247/ | grep -v /real244/ | grep -v /real245/ | grep -v /real246/ | head -5
done
