#!/usr/bin/env python3
"""Build ../_raw/used_prev.tsv: real52's used_prev.tsv plus (set, file, published, source_url, title) of every
article in the JSON of real50 … real181 (real182–real185 are being built at the same time and are not read)."""
import json, os, glob, re
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
E = os.path.dirname(D)
rows = open(os.path.join(E, "real52", "_raw", "used_prev.tsv"), encoding="utf-8").read().rstrip("\n").split("\n")
n0 = len(rows)
for k in range(50, 182):
    for jp in sorted(glob.glob(os.path.join(E, "real%d" % k, "*.json"))):
        if not re.fullmatch(r"[a-z]{1,2}[0-9][0-9]\.json", os.path.basename(jp)):
            continue
        try:
            a = json.load(open(jp, encoding="utf-8")).get("article", {})
        except Exception:
            continue
        rows.append("\t".join(["real%d" % k, os.path.basename(jp), str(a.get("published")), str(a.get("source_url")),
                               str(a.get("title"))]).replace("\n", " "))
open(os.path.join(D, "_raw", "used_prev.tsv"), "w", encoding="utf-8").write("\n".join(rows) + "\n")
print(n0, "from real52;", len(rows) - n0, "added;", len(rows), "rows")
