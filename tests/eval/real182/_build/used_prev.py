#!/usr/bin/env python3
"""Build ../_raw/used_prev.tsv: real52's used_prev.tsv plus set, file, date, URL, title of every JSON in real50 … real181."""
import json, glob, os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
E = os.path.dirname(D)
rows = open(os.path.join(E, "real52", "_raw", "used_prev.tsv"), encoding="utf-8").read().rstrip("\n").split("\n")
for n in range(50, 182):
    for jp in sorted(glob.glob(os.path.join(E, "real%d" % n, "*.json"))):
        try:
            a = json.load(open(jp, encoding="utf-8")).get("article", {})
        except Exception:
            continue
        rows.append("\t".join(["real%d" % n, os.path.basename(jp), str(a.get("published")), str(a.get("source_url")), str(a.get("title"))]))
open(os.path.join(D, "_raw", "used_prev.tsv"), "w", encoding="utf-8").write("\n".join(rows) + "\n")
print(len(rows))
