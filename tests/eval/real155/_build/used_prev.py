#!/usr/bin/env python3
"""Write ../_raw/used_prev.tsv: real52's used_prev.tsv (537 rows) plus the items (set, file, published, source_url, title) of the JSON ground truth of
real50 … real153 (real154–real157 are being built at the same time and are not read)."""
import json, os, glob, re
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
E = os.path.dirname(D)
rows = []
for n in range(50, 154):
    for jp in sorted(glob.glob(os.path.join(E, "real%d" % n, "*.json"))):
        if not re.fullmatch(r"[a-z]{1,2}[0-9][0-9]\.json", os.path.basename(jp)):
            continue
        try:
            a = json.load(open(jp, encoding="utf-8")).get("article", {})
        except Exception:
            continue
        rows.append("\t".join(str(x).replace("\t", " ").replace("\n", " ") for x in
                    ("real%d" % n, os.path.basename(jp), a.get("published"), a.get("source_url"), a.get("title"))))
base = open(os.path.join(E, "real52", "_raw", "used_prev.tsv"), encoding="utf-8").read()
with open(os.path.join(D, "_raw", "used_prev.tsv"), "w", encoding="utf-8") as f:
    f.write(base + "\n".join(rows) + "\n")
print(len(rows), "rows appended")
