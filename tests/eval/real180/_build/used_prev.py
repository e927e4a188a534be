#!/usr/bin/env python3
"""Build _raw/used_prev.tsv: real52's used_prev.tsv plus set/file/date/url/title from the JSON of real50 … real177."""
import json, glob, os, re
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
E = os.path.dirname(D)
rows = open(os.path.join(E, "real52", "_raw", "used_prev.tsv"), encoding="utf-8").read().rstrip("\n").split("\n")
for n in range(50, 178):
    for jp in sorted(glob.glob(os.path.join(E, "real%d" % n, "*.json"))):
        if not re.fullmatch(r"[a-z]{1,2}[0-9][0-9]\.json", os.path.basename(jp)):
            continue
        try:
            a = json.load(open(jp, encoding="utf-8")).get("article", {})
        except Exception:
            continue
        rows.append("\t".join(str(x).replace("\t", " ").replace("\n", " ") for x in
                    ("real%d" % n, os.path.basename(jp), a.get("published"), a.get("source_url"), a.get("title"))))
open(os.path.join(D, "_raw", "used_prev.tsv"), "w", encoding="utf-8").write("\n".join(rows) + "\n")
print(len(rows))
