#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists, JSON) for each phrase (URL fragments too); prints file NAMES only
for p in "$@"; do
  echo "== $p"; grep -rl --exclude-dir=real266 --exclude-dir=real264 --exclude-dir=real265 --exclude-dir=real267 --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -v -e /real266/ -e /real264/ -e /real265/ -e /real267/ | head -5
done
