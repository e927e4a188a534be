#!/bin/bash
# usage: chk.sh PHRASE... ; real52's chk.sh pointed at real290: grep every earlier set (texts, SOURCES, notes, used lists, JSON)
# plus real290/_raw/used_prev.tsv for each phrase (URL fragments too); prints FILE NAMES ONLY (grep -l). The sets built beside
# this one (real280–real289, real291) are excluded.
EX='/real(280|281|282|283|284|285|286|287|288|289|290|291)/'
for p in "$@"; do
  echo "== $p"
  grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' \
    --exclude-dir=real280 --exclude-dir=real281 --exclude-dir=real282 --exclude-dir=real283 --exclude-dir=real284 \
    --exclude-dir=real285 --exclude-dir=real286 --exclude-dir=real287 --exclude-dir=real288 --exclude-dir=real289 \
    --exclude-dir=real291 --exclude-dir=real290 \
    -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -Ev "$EX" | head -5
  grep -l -- "$p" /work/main/tests/eval/real290/_raw/used_prev.tsv
done
