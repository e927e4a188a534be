#!/usr/bin/env python3
"""Build _raw/used_prev.tsv: real52's used_prev.tsv plus (set, file, published, url, title) read from the JSON of
real50 … real210 (only the article's url/title/source fields are collected; nothing else is printed)."""
import json, glob, os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
E = os.path.dirname(D)
rows = open(os.path.join(E, "real52/_raw/used_prev.tsv"), encoding="utf-8").read().rstrip("\n").split("\n")
n0 = len(rows)
for k in range(50, 211):
    for jp in sorted(glob.glob(os.path.join(E, f"real{k}", "*.json"))):
        try:
            a = json.load(open(jp, encoding="utf-8"))
        except Exception:
            continue
        if not isinstance(a, dict): continue
        art = a.get("article") if isinstance(a.get("article"), dict) else a
        url = art.get("source_url") or art.get("url") or art.get("source")
        title = art.get("title")
        if not url and not title: continue
        rows.append("\t".join(str(x).replace("\t", " ").replace("\n", " ") for x in
                              (f"real{k}", os.path.basename(jp), art.get("published"), url, title)))
open(os.path.join(D, "_raw/used_prev.tsv"), "w", encoding="utf-8").write("\n".join(rows) + "\n")
print(n0, "rows from real52;", len(rows) - n0, "added from real50-real210; total", len(rows))
