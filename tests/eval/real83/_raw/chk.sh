#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists) for each phrase (URL fragments too)
# real52's chk.sh pointed at real83. With CHK_LINES=1 it also prints the matching lines (grep -h, cut to 300 chars), so a
# hit can be judged without opening the file.
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -v /real83/ | head -5
  if [ "${CHK_LINES:-0}" = 1 ]; then
    grep -rh --exclude-dir=real83 --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | cut -c1-300 | head -5
  fi
done
