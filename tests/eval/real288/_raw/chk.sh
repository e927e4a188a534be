#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists, JSON) for each phrase (URL fragments too);
# prints file names only. Sets built beside real288 (real280–real287, real289–real291) are excluded; real288's own
# _raw/used_prev.tsv is checked too.
EX='/real(28[0-7]|289|29[01]|288)/'
for p in "$@"; do
  echo "== $p"
  grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' \
    --exclude-dir=real280 --exclude-dir=real281 --exclude-dir=real282 --exclude-dir=real283 --exclude-dir=real284 \
    --exclude-dir=real285 --exclude-dir=real286 --exclude-dir=real287 --exclude-dir=real288 --exclude-dir=real289 \
    --exclude-dir=real290 --exclude-dir=real291 \
    -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -Ev "$EX" | head -5
  grep -l -- "$p" /work/main/tests/eval/real288/_raw/used_prev.tsv 2>/dev/null
done
