#!/bin/bash
# usage: dup.sh PHRASE... ; greps earlier sets' texts, the dev set, the seeds, SOURCES and notes for each phrase
for p in "$@"; do
  echo "== $p"; grep -l -- "$p" /work/main/tests/eval/*/*.txt /work/shared/eval/dev/*.txt /work/shared/eval/gold/*.txt /work/shared/seeds/*.txt /work/shared/seeds/*/*.txt /work/main/tests/eval/*/SOURCES.md /work/shared/eval/dev/SOURCES.md /work/main/tests/eval/*/_raw/*.md /work/main/tests/eval/*/_raw/*.tsv 2>/dev/null | grep -v /real23/ | head
done
