#!/usr/bin/env python3
"""Build ../_raw/used_prev.tsv: real52's used_prev.tsv plus (set, file, published, source_url, title) from the JSON of
real50 … real165 (only the article block is read; real166–real168 are not touched)."""
import json, os, glob
E = "/work/main/tests/eval"
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = open(os.path.join(E, "real52/_raw/used_prev.tsv"), encoding="utf-8").read().rstrip("\n").split("\n")
for n in range(50, 166):
    for jp in sorted(glob.glob(os.path.join(E, f"real{n}", "*.json"))):
        try:
            a = json.load(open(jp, encoding="utf-8")).get("article", {})
        except Exception:
            continue
        rows.append("\t".join(str(x).replace("\t", " ") for x in
                    (f"real{n}", os.path.basename(jp), a.get("published"), a.get("source_url"), a.get("title"))))
open(os.path.join(D, "_raw", "used_prev.tsv"), "w", encoding="utf-8").write("\n".join(rows) + "\n")
print(len(rows))
