#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists) for each phrase (URL fragments too)
# (real52's chk.sh pointed at real77; with LINES=1 it also prints, with grep -h, up to 120 characters either side of each hit)
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -v /real77/ | head -5
  if [ -n "$LINES" ]; then
    grep -rhoP --include='*.md' --include='*.tsv' --exclude-dir=real77 -- ".{0,120}\Q$p\E.{0,120}" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | head -6
  fi
done
