#!/usr/bin/env python3
"""used_prev.tsv = real52's used_prev.tsv plus set/file/date/url/title collected from the JSON of real50 … real198
(only the article's url / title / source fields are read; nothing else is printed)."""
import json, glob, os, re
E = "/work/main/tests/eval"
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = open(os.path.join(E, "real52/_raw/used_prev.tsv"), encoding="utf-8").read().rstrip("\n").split("\n")
n0 = len(rows)
for k in range(50, 199):
    for jp in sorted(glob.glob(os.path.join(E, "real%d" % k, "*.json"))):
        if not re.fullmatch(r"[a-z]{1,2}[0-9][0-9]\.json", os.path.basename(jp)):
            continue
        try:
            a = json.load(open(jp, encoding="utf-8")).get("article", {})
        except Exception:
            continue
        url = a.get("source_url") or a.get("url") or a.get("source") or ""
        rows.append("\t".join(str(x).replace("\t", " ").replace("\n", " ") for x in
                              ("real%d" % k, os.path.basename(jp), a.get("published", ""), url, a.get("title", ""))))
open(os.path.join(D, "_raw/used_prev.tsv"), "w", encoding="utf-8").write("\n".join(rows) + "\n")
print(n0, "->", len(rows))
