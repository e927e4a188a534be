#!/usr/bin/env python3
"""Build ../_raw/used_prev.tsv: real52's used_prev.tsv plus set/file/date/url/title collected from the *.json of
real50 … real189 (real187 skipped: being built). Only the article's url/title/source(+published) fields are read."""
import json, glob, os, re
E = "/work/main/tests/eval"
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "_raw", "used_prev.tsv")
rows = open(os.path.join(E, "real52/_raw/used_prev.tsv"), encoding="utf-8").read().rstrip("\n").split("\n")
n0 = len(rows)
for k in range(50, 190):
    if k == 187: continue
    for jp in sorted(glob.glob(os.path.join(E, f"real{k}", "*.json"))):
        b = os.path.basename(jp)
        if not re.fullmatch(r"[a-z]{1,2}[0-9][0-9]\.json", b): continue
        try: a = json.load(open(jp, encoding="utf-8")).get("article", {})
        except Exception: continue
        url = a.get("source_url") or a.get("url") or a.get("source") or ""
        rows.append("\t".join(str(x).replace("\t", " ").replace("\n", " ") for x in (f"real{k}", b, a.get("published"), url, a.get("title"))))
open(OUT, "w", encoding="utf-8").write("\n".join(rows) + "\n")
print(n0, "rows from real52;", len(rows) - n0, "added;", len(rows), "total")
