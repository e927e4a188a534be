#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists, JSON) for each phrase (URL fragments too)
# prints file NAMES only; skips real272 (this set) and real273–real275 (being made by others)
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' --exclude-dir=real272 --exclude-dir=real273 --exclude-dir=real274 --exclude-dir=real275 -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -v -e /real272/ -e /real273/ -e /real274/ -e /real275/ | sort -u | head -12
done
