#!/usr/bin/env python3
"""used_prev.tsv = real52's list + (set, file, date, url, title) of every JSON article in real50 … real185 (fields only)."""
import json, glob, os
E = "/work/main/tests/eval"
out = open(os.path.join(E, "real189/_raw/used_prev.tsv"), "w", encoding="utf-8")
out.write(open(os.path.join(E, "real52/_raw/used_prev.tsv"), encoding="utf-8").read().rstrip("\n") + "\n")
n = 0
for k in range(50, 186):
    for jp in sorted(glob.glob(os.path.join(E, f"real{k}", "*.json"))):
        try:
            a = json.load(open(jp, encoding="utf-8")).get("article", {})
        except Exception:
            continue
        if not isinstance(a, dict): continue
        url = a.get("source_url") or a.get("url") or ""
        out.write("\t".join([f"real{k}", os.path.basename(jp), str(a.get("published")), str(url), str(a.get("title")), str(a.get("outlet") or a.get("source") or "")]).replace("\n", " ") + "\n")
        n += 1
print("added", n)
