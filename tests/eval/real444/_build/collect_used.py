#!/usr/bin/env python3
"""Build _raw/used_prev.tsv: real52's used_prev.tsv plus set/file/date/url/title of every *.json in real50 … real443
(only the article fields url/title/source/published are read; nothing else is printed)."""
import json, glob, os
E = "/work/main/tests/eval"
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = open(os.path.join(E, "real52/_raw/used_prev.tsv"), encoding="utf-8").read().rstrip("\n").split("\n")
n0 = len(rows)
for k in range(50, 443 + 1):
    for jp in sorted(glob.glob(os.path.join(E, "real%d" % k, "*.json"))):
        try:
            a = json.load(open(jp, encoding="utf-8"))
        except Exception:
            continue
        if not isinstance(a, dict):
            continue
        art = a.get("article") if isinstance(a.get("article"), dict) else a
        url = art.get("source_url") or art.get("url") or ""
        title = art.get("title") or ""
        src = art.get("outlet") or art.get("source") or ""
        if not (url or title):
            continue
        rows.append("\t".join(str(x).replace("\t", " ").replace("\n", " ") for x in
                              ("real%d" % k, os.path.basename(jp), art.get("published") or "", url, title, src)))
open(os.path.join(D, "_raw/used_prev.tsv"), "w", encoding="utf-8").write("\n".join(rows) + "\n")
print(n0, "rows from real52;", len(rows) - n0, "added from real50-real443")
