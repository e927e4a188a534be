#!/usr/bin/env python3
"""Append to ../_raw/used_prev.tsv (a copy of real52's list) the url / title / published fields of every item JSON in
tests/eval/real50 … real189 (not real186–188, being built in parallel; their folders are not opened). Only these
fields are read; nothing else is printed."""
import json, os, glob, re
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
E = os.path.dirname(D)
out = open(os.path.join(D, "_raw", "used_prev.tsv"), "a", encoding="utf-8")
n = 0
for k in range(50, 190):
    if k in (186, 187, 188):
        continue
    for jp in sorted(glob.glob(os.path.join(E, "real%d" % k, "*.json"))):
        if not re.fullmatch(r"[a-z]{1,2}[0-9][0-9]\.json", os.path.basename(jp)):
            continue
        try:
            a = json.load(open(jp, encoding="utf-8")).get("article", {})
        except Exception:
            continue
        url = a.get("source_url") or a.get("url") or a.get("source")
        out.write("real%d\t%s\t%s\t%s\t%s\n" % (k, os.path.basename(jp), a.get("published"), url, a.get("title")))
        n += 1
print("rows added", n)
