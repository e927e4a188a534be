#!/usr/bin/env python3
"""Build used_prev.tsv: real52's list (real2–real49) plus the items of real50–real59 rebuilt from their JSON
(set, file, published, source_url, title)."""
import json, glob, os
E = "/work/main/tests/eval"
out = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "used_prev.tsv"), "w", encoding="utf-8")
out.write(open(os.path.join(E, "real52/_raw/used_prev.tsv"), encoding="utf-8").read())
n = 0
for s in range(50, 60):
    for p in sorted(glob.glob(os.path.join(E, "real%d" % s, "*.json"))):
        a = json.load(open(p, encoding="utf-8"))["article"]
        out.write("\t".join(["real%d" % s, os.path.basename(p), str(a.get("published")), str(a.get("source_url")),
                             str(a.get("title"))]) + "\n")
        n += 1
print("added", n)
