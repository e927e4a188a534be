#!/usr/bin/env python3
"""Build ../_raw/used_prev.tsv: real52's used_prev.tsv plus (set, file, published, source_url, title) read from the
article block of every *.json of real50 … real169 (by script; no .txt opened)."""
import json, os, glob, re
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
E = os.path.dirname(D)
rows = open(os.path.join(E, "real52", "_raw", "used_prev.tsv"), encoding="utf-8").read().rstrip("\n").split("\n")
for n in range(50, 170):
    for jp in sorted(glob.glob(os.path.join(E, "real%d" % n, "*.json"))):
        try:
            a = json.load(open(jp, encoding="utf-8")).get("article", {})
        except Exception:
            continue
        if not isinstance(a, dict):
            continue
        f = lambda k: str(a.get(k)).replace("\t", " ").replace("\n", " ")
        rows.append("\t".join(["real%d" % n, os.path.basename(jp), f("published"), f("source_url"), f("title")]))
open(os.path.join(D, "_raw", "used_prev.tsv"), "w", encoding="utf-8").write("\n".join(rows) + "\n")
print(len(rows))
