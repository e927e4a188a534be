#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists) for each phrase (URL fragments too)
# real52's chk.sh adapted for real220: the sets being built at the same time (real219, real221, real222) and this set are
# excluded; real52 is no longer filtered out (it is an earlier set); hits are judged by file name only.
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' --exclude-dir=real220 --exclude-dir=real219 --exclude-dir=real221 --exclude-dir=real222 -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | head -8 | grep -v /real220/
done
