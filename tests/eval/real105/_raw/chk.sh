#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists) for each phrase (URL fragments too)
# (real52's chk.sh pointed at real105; the sets being built now — real102 … real105 — are not scanned)
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' --exclude-dir=real102 --exclude-dir=real103 --exclude-dir=real104 --exclude-dir=real105 -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | head -5
  grep -c -- "$p" /work/main/tests/eval/real105/_raw/used_prev.tsv | sed 's/^/   in own used_prev.tsv: /'
done
