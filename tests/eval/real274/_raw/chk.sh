#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists) for each phrase (URL fragments too); file NAMES only
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' --exclude-dir=real272 --exclude-dir=real273 --exclude-dir=real274 --exclude-dir=real275 -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -v -e /real272/ -e /real273/ -e /real274/ -e /real275/ | head -5
  grep -c -- "$p" /work/main/tests/eval/real274/_raw/used_prev.tsv | sed 's/^/   used_prev hits: /'
done
