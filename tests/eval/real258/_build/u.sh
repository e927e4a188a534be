#!/bin/bash
# usage: u.sh FRAG... : which earlier set used a URL/title fragment (from _raw/used_prev.tsv; set and file only)
for p in "$@"; do echo "== $p"; grep -F -- "$p" /work/main/tests/eval/real258/_raw/used_prev.tsv | cut -f1,2 | head -3; done
