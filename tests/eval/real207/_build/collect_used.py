#!/usr/bin/env python3
"""Build ../_raw/used_prev.tsv: real52's used_prev.tsv plus set / file / published / url / title rows collected from the
JSON "article" blocks of real50 … real206 (only the url / title / source / published fields are read; nothing printed)."""
import json, os, glob
E = "/work/main/tests/eval"
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "_raw", "used_prev.tsv")
rows = open(os.path.join(E, "real52/_raw/used_prev.tsv"), encoding="utf-8").read().rstrip("\n").split("\n")
n0 = len(rows)
for k in range(50, 207):
    for jp in sorted(glob.glob(os.path.join(E, "real%d" % k, "*.json"))):
        try:
            d = json.load(open(jp, encoding="utf-8"))
        except Exception:
            continue
        a = d.get("article") if isinstance(d, dict) else None
        if not isinstance(a, dict):
            continue
        url = a.get("source_url") or a.get("url") or a.get("source") or ""
        rows.append("\t".join(str(x).replace("\t", " ").replace("\n", " ") for x in
                              ("real%d" % k, os.path.basename(jp), a.get("published"), url, a.get("title"))))
open(OUT, "w", encoding="utf-8").write("\n".join(rows) + "\n")
print(n0, "rows from real52 +", len(rows) - n0, "collected =", len(rows))
