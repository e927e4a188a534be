#!/usr/bin/env python3
"""Build ../_raw/used_prev.tsv: real52's used_prev.tsv plus set/file/date/url/title collected (by script, not printed)
from the *.json of tests/eval/real50 ... real202 (article.source_url / url / title / source fields only)."""
import json, os, glob
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
E = os.path.dirname(D)
rows = open(os.path.join(E, "real52", "_raw", "used_prev.tsv"), encoding="utf-8").read().rstrip("\n").split("\n")
n0 = len(rows)
for k in range(50, 203):
    for jp in sorted(glob.glob(os.path.join(E, "real%d" % k, "*.json"))):
        try:
            j = json.load(open(jp, encoding="utf-8"))
        except Exception:
            continue
        a = j.get("article", j) if isinstance(j, dict) else {}
        if not isinstance(a, dict):
            continue
        url = a.get("source_url") or a.get("url") or j.get("url") or ""
        title = a.get("title") or j.get("title") or ""
        date = a.get("published") or a.get("date") or ""
        src = a.get("outlet") or a.get("source") or j.get("source") or ""
        rows.append("\t".join(str(x).replace("\t", " ").replace("\n", " ") for x in
                              ("real%d" % k, os.path.basename(jp), date, url, title, src)))
open(os.path.join(D, "_raw", "used_prev.tsv"), "w", encoding="utf-8").write("\n".join(rows) + "\n")
print("rows", n0, "->", len(rows))
