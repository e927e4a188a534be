#!/bin/bash
# usage: chk.sh PHRASE... ; grep every earlier set (texts, SOURCES, notes, used lists) for each phrase (URL fragments too);
# prints FILE NAMES ONLY; the sibling sets real365–real371 being built now are excluded (not opened).
for p in "$@"; do
  echo "== $p"; grep -rl --include='*.txt' --include='*.md' --include='*.tsv' --include='*.json' -- "$p" /work/main/tests/eval/ /work/shared/eval/ /work/shared/seeds/ 2>/dev/null | grep -v /real364/ | grep -v -E '/real365/|/real366/|/real367/|/real368/|/real369/|/real370/|/real371/' | head -5
done
