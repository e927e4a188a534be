#!/bin/sh
# usage: dupcheck.sh PHRASE... ; prints, for each phrase, the earlier-set / dev / seed text files (names only) that hold it.
# The earlier sets sit in tests/eval, two folders up from here.
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/../.." || exit 2
for p in "$@"; do
  echo "== $p"
  grep -l -- "$p" real*/*.txt ../../../shared/eval/dev/*.txt ../../../shared/seeds/* 2>/dev/null
done
