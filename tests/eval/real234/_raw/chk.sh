#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists, JSON) for each phrase (URL fragments too);
# real52's chk.sh pointed at real234, never at real231 / real232 / real233 (parallel sets). Reports file names only.
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' --exclude-dir=real234 --exclude-dir=real231 --exclude-dir=real232 --exclude-dir=real233 -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -v /real234/ | head -5
done
