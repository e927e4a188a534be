#!/usr/bin/env python3
"""Build ../_raw/used_prev.tsv: real52's used_prev.tsv plus url/title/published of every *.json in real50..real206
(only those fields are read; nothing else is printed)."""
import json, glob, os, re
E = "/work/main/tests/eval"
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = open(os.path.join(E, "real52/_raw/used_prev.tsv"), encoding="utf-8").read().rstrip("\n").split("\n")
n0 = len(rows)
for k in range(50, 207):
    if k == 52: pass
    for jp in sorted(glob.glob(os.path.join(E, "real%d" % k, "*.json"))):
        if not re.fullmatch(r"[a-z]{1,3}[0-9][0-9]\.json", os.path.basename(jp)): continue
        try: a = json.load(open(jp, encoding="utf-8")).get("article", {})
        except Exception: continue
        url = a.get("source_url") or a.get("url") or ""
        src = a.get("source") or a.get("outlet") or ""
        rows.append("real%d\t%s\t%s\t%s\t%s" % (k, os.path.basename(jp), a.get("published"), url, (a.get("title") or "") + (" | " + src if src else "")))
open(os.path.join(D, "_raw/used_prev.tsv"), "w", encoding="utf-8").write("\n".join(r.replace("\n", " ") for r in rows) + "\n")
print(n0, len(rows))
