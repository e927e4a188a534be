#!/usr/bin/env python3
"""Rebuild _raw/used_prev.tsv: real52's list (real2–real49) plus the items of real50 … real81 from their JSON."""
import json, glob, os, re
E = "/work/main/tests/eval"
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = open(os.path.join(E, "real52/_raw/used_prev.tsv"), encoding="utf-8").read().rstrip("\n").split("\n")
for n in range(50, 82):
    for jp in sorted(glob.glob(os.path.join(E, "real%d" % n, "*.json"))):
        if not re.fullmatch(r"[a-z]{1,2}[0-9][0-9]\.json", os.path.basename(jp)):
            continue
        a = json.load(open(jp, encoding="utf-8")).get("article", {})
        rows.append("\t".join(str(x) for x in ("real%d" % n, os.path.basename(jp), a.get("published"), a.get("source_url"), a.get("title"))))
open(os.path.join(D, "_raw", "used_prev.tsv"), "w", encoding="utf-8").write("\n".join(rows) + "\n")
print(len(rows), "rows")
