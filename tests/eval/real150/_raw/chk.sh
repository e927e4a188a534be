#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists) for each phrase (URL fragments too)
# (real52's script; real151–real153 are being built by other helpers right now and are excluded)
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' --exclude-dir=real151 --exclude-dir=real152 --exclude-dir=real153 -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -v /real150/ | head -5
done
