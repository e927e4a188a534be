#!/usr/bin/env python3
"""Write _raw/used_prev.tsv: real52's list (copied) plus the items of real50 … real181, read from their JSON (article block only)."""
import json, glob, os, re
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
E = os.path.dirname(D)
out = open(os.path.join(D, "_raw", "used_prev.tsv"), "w", encoding="utf-8")
out.write(open(os.path.join(E, "real52", "_raw", "used_prev.tsv"), encoding="utf-8").read())
n = 0
for k in range(50, 182):
    for jp in sorted(glob.glob(os.path.join(E, "real%d" % k, "*.json"))):
        if not re.fullmatch(r"[a-z]{1,2}[0-9][0-9]\.json", os.path.basename(jp)):
            continue
        try:
            a = json.load(open(jp, encoding="utf-8")).get("article", {})
        except Exception:
            continue
        out.write("\t".join(["real%d" % k, os.path.basename(jp), str(a.get("published")), str(a.get("source_url")), str(a.get("title"))]).replace("\n", " ") + "\n")
        n += 1
print(n)
