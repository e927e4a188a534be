#!/usr/bin/env python3
"""Build ../_raw/used_prev.tsv: real52's used_prev.tsv plus set/file/date/url/title of every real50..real202 *.json
(only the article's url / title / source fields are read; nothing else is printed)."""
import json, os, glob, re
E = "/work/main/tests/eval"
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = open(os.path.join(E, "real52/_raw/used_prev.tsv"), encoding="utf-8").read().rstrip("\n").split("\n")
for n in range(50, 203):
    s = "real%d" % n
    for jp in sorted(glob.glob(os.path.join(E, s, "*.json"))):
        if not re.fullmatch(r"[a-z]{1,2}[0-9][0-9]\.json", os.path.basename(jp)):
            continue
        try:
            a = json.load(open(jp, encoding="utf-8")).get("article", {})
        except Exception:
            continue
        url = a.get("source_url") or a.get("url") or a.get("source")
        rows.append("\t".join(str(x) for x in (s, os.path.basename(jp), a.get("published"), url, a.get("title"))).replace("\n", " "))
open(os.path.join(D, "_raw/used_prev.tsv"), "w", encoding="utf-8").write("\n".join(rows) + "\n")
print(len(rows), "rows")
