#!/usr/bin/env python3
"""Write okNN.txt from the stored page texts in ../_raw/pages/okNN.raw (real52's make_txt.py with a new ITEMS table and
LINE_SUFFIX (the unfinished sentence where the stored excerpt breaks off: ok01, ok04, ok07, ok08 — cut so that the text ends
at the last whole sentence); ok01's headline is two raw lines (a tuple, joined with one space); LINE_PREFIX, JOIN,
HEAD_SUFFIX and WATERMARK unused). real52's note on the method follows.

For each item: the headline line (or None when the stored excerpt has none), the first and the last raw line kept as the
body (by line prefix, after stripping leading/trailing blanks), and raw lines inside that range that are page furniture
(dropped by exact text, listed in SOURCES.md).  Leading indentation is stripped; every kept raw line becomes one paragraph.
Nothing inside a line is changed, except the furniture named in LINE_PREFIX / LINE_SUFFIX; the script asserts that it is
present and prints what it cut.  The text is never converted between simplified and traditional script."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "ok01": (("伊川县产业集聚区:", "做大做强铝精深加工产业"), "【概况】伊川县产业集聚区", "在东园,目前具有", []),
 "ok02": (None, "晨报讯(记者 李可)", "1个物流项目为鹤壁陆港", []),
 "ok03": ("固始县产业集聚区招商引资取得开门红", "信阳网讯", "明阳生物质能源生产基地是", []),
 "ok04": ("河南平顶山10个产业集聚区实现收入310亿元", "10个产业集聚区建成一批", "此外,各县(市、区)", []),
 "ok05": ("南阳市党政考察团莅商参观考察我市产业集群发展", "映象网商丘讯", "在随后召开的", []),
 "ok06": (None, "在全球经济增长低迷", "记者在企业看到", []),
 "ok07": ("市产业集聚区举行2018年重点项目集中签约仪式", "本报讯5月16日", "2009年,园区规模以上企业", []),
 "ok08": (None, "2月22日下午", "五是新经济成为", []),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {}
# the unfinished sentence where the stored excerpt breaks off (same line), cut off
LINE_SUFFIX = {"ok01": "建设周期5年,全部达产后,",
               "ok04": "鲁山县成立10个招商选资小分队,开展针对性招商选资,",
               "ok07": "2017年,园区规模以上企业达到83家,业务收",
               "ok08": "新经济"}
JOIN = {}
# text glued to the end of the headline line (not part of the headline), cut off
HEAD_SUFFIX = {}
WATERMARK = {}

def build(nid):
    head, first, last, inner_drop = ITEMS[nid]
    raw_lines = open(os.path.join(RAW, nid + ".raw"), encoding="utf-8").read().split("\n")
    lines = [l.strip() for l in raw_lines]
    i0 = next(i for i, l in enumerate(lines) if l.startswith(first))
    i1 = next(i for i, l in enumerate(lines) if i >= i0 and l.startswith(last))
    for x in inner_drop:
        assert x in lines[i0:i1 + 1], (nid, x)
    body = [l for l in lines[i0:i1 + 1] if l and l not in inner_drop]
    cut = []
    for a, b in JOIN.get(nid, []):
        ia = next(i for i, l in enumerate(body) if l.startswith(a))
        assert body[ia + 1].startswith(b), (nid, b)
        cut.append("joined: …" + body[ia][-6:] + " | " + body[ia + 1][:8] + "…")
        body[ia] = body[ia] + body[ia + 1]
        del body[ia + 1]
    pre = LINE_PREFIX.get(nid)
    if pre:
        assert body[0].startswith(pre), (nid, pre)
        body[0] = body[0][len(pre):].lstrip()
        cut.append(pre.strip())
    suf = LINE_SUFFIX.get(nid)
    if suf:
        assert body[-1].endswith(suf.strip()), (nid, suf)
        body[-1] = body[-1][:-len(suf.strip())].rstrip()
        cut.append(suf.strip())
    wm = WATERMARK.get(nid)
    if wm:
        n = sum(1 for l in body if l.endswith(wm))
        assert n, (nid, wm)
        body = [l[:-len(wm)] if l.endswith(wm) else l for l in body]
        cut.append("watermark at line end x%d: %s" % (n, wm))
    text = "\n\n".join(body) + "\n"
    hidx = set()
    if head:
        parts = head if isinstance(head, tuple) else (head,)
        for p in parts:
            hs = HEAD_SUFFIX.get(nid, "")
            hidx.add(next(i for i, l in enumerate(lines[:i0]) if l == p + hs))
            if hs:
                cut.append("headline line: " + hs)
        text = " ".join(parts) + "\n\n" + text
    dropped = [l for i, l in enumerate(lines) if l and (not (i0 <= i <= i1) or l in inner_drop) and i not in hidx]
    return text, dropped, cut


if __name__ == "__main__":
    for nid in sorted(ITEMS):
        text, dropped, cut = build(nid)
        open(os.path.join(D, nid + ".txt"), "w", encoding="utf-8").write(text)
        print(nid, len(text), "cut in-line:", cut, "| dropped:", " | ".join(dropped)[:600])
