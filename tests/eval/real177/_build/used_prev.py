#!/usr/bin/env python3
"""Build ../_raw/used_prev.tsv: real52's used_prev.tsv plus set/file/date/url/title of every *.json in real50 … real173."""
import json, os, glob
E = "/work/main/tests/eval"
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "_raw", "used_prev.tsv")
rows = open(os.path.join(E, "real52/_raw/used_prev.tsv"), encoding="utf-8").read().rstrip("\n").split("\n")
for n in range(50, 174):
    for jp in sorted(glob.glob(os.path.join(E, "real%d" % n, "*.json"))):
        try:
            a = json.load(open(jp, encoding="utf-8")).get("article", {})
        except Exception:
            continue
        rows.append("\t".join(["real%d" % n, os.path.basename(jp), str(a.get("published")), str(a.get("source_url")), str(a.get("title"))]).replace("\n", " "))
open(OUT, "w", encoding="utf-8").write("\n".join(rows) + "\n")
print(len(rows), "rows")
