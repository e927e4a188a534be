#!/bin/bash
# usage: dup.sh PHRASE... ; greps earlier sets' texts and SOURCES for each phrase
for p in "$@"; do
  echo "== $p"; grep -l -- "$p" /work/main/tests/eval/*/*.txt /work/shared/eval/dev/*.txt /work/shared/seeds/*.txt /work/main/tests/eval/*/SOURCES.md /work/shared/eval/dev/SOURCES.md /work/main/tests/eval/*/_raw/*.md 2>/dev/null | grep -v real20 | head
done
