#!/usr/bin/env python3
"""Build kgNN.txt from _raw/pages/kgNN.raw: headline (if any), blank line, body paragraphs separated by blank lines.
Each kept raw line is one paragraph (blank raw lines skipped, leading/trailing blanks stripped, nothing inside a line changed
except where CUT_AFTER truncates a paragraph at the end of its last complete sentence)."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# nid: (has_headline, drop lines containing any of these, cut: {line_start: keep text up to and including this end})
SPEC = {
 "kg01": dict(head=True, drop=[], cut={"产业集群不断壮大": "被列为市级战略性新兴产业集聚发展基地。"}),
 "kg02": dict(head=False, drop_from="新闻推荐", drop=[], cut={}),
 "kg03": dict(head=False, drop=["过去五年", "广德正向激励产业发展"], cut={}),
 "kg04": dict(head=True, drop=[], cut={"安徽中泰铝业有限公司": "项目达产后可纳税3500万元。"}),
}
for nid, s in SPEC.items():
    lines = [l.strip() for l in open(os.path.join(D, "_raw/pages", nid + ".raw"), encoding="utf-8").read().split("\n")]
    lines = [l for l in lines if l]
    if s.get("drop_from"):
        lines = lines[:lines.index(s["drop_from"])]
    out = []
    for l in lines:
        if any(l.startswith(d) for d in s["drop"]):
            print(nid, "DROP", l[:40]); continue
        for st, end in s["cut"].items():
            if l.startswith(st):
                i = l.index(end) + len(end)
                print(nid, "CUT", repr(l[i:][:60]))
                l = l[:i]
        out.append(l)
    if s["head"]:
        txt = out[0] + "\n\n" + "\n\n".join(out[1:]) + "\n"
    else:
        txt = "\n\n".join(out) + "\n"
    open(os.path.join(D, nid + ".txt"), "w", encoding="utf-8").write(txt)
    print(nid, len(txt), "chars")
