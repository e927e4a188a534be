#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (real2 … real63: texts, SOURCES, notes, used lists, JSON), /work/shared/eval
# and /work/shared/seeds for each phrase (URL fragments too); prints file names only. real52's script pointed at real65;
# real64 (being built by someone else at the same time) and real65 itself are left out.
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -v -e /real65/ -e /real64/ | head -5
done
