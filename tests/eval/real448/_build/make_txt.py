#!/usr/bin/env python3
"""Write keNN.txt from the stored page texts in ../_raw/pages/keNN.raw (real52's make_txt.py with a new ITEMS table and
LINE_SUFFIX (the unfinished sentence where the stored excerpt breaks off: ke02, ke03, ke05 — cut so that the text ends at the
last whole sentence; ke06's unfinished last paragraph, a broken quotation, is left out by ITEMS); LINE_PREFIX, JOIN,
HEAD_SUFFIX and WATERMARK unused). ke02's and ke04's stored excerpts have no headline line (head None).

For each item: the headline line (or None when the stored excerpt has none), the first and the last raw line kept as the
body (by line prefix, after stripping leading/trailing blanks), and raw lines inside that range that are page furniture
(dropped by exact text, listed in SOURCES.md).  Leading indentation is stripped; every kept raw line becomes one paragraph.
Nothing inside a line is changed, except the furniture named in LINE_PREFIX / LINE_SUFFIX; the script asserts that it is
present and prints what it cut.  The text is never converted between simplified and traditional script."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "ke01": ("山东莱阳开发区远东钢绳等8个过亿项目正在谈判", "从山东省莱阳市开发区", "精心培育项目经济", []),
 "ke02": (None, "中韩两国已于近期", "投资2.7亿美元的发动机四工厂", []),
 "ke03": ("海阳市重点项目建设引领跨越发展动力", "3月的海阳", "“海阳作为烟台南部", []),
 "ke04": (None, "齐鲁网·闪电新闻3月18日讯", "日照经济技术开发区工委副书记", []),
 "ke05": ("威海火炬高新区上半年工业经济保持全市领先", "8月5日,高新区召开", "激光打印机产业链式发展", []),
 "ke06": ("威海高区:16个新签重点产业项目总投资82.9亿元", "记者从高区商务局获悉", "今年以来,高区把招商引资", []),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {}
# furniture at the end of the last kept raw line (same line), cut off: here the unfinished sentence where the excerpt is cut
LINE_SUFFIX = {"ke02": "这些核心项目都纳入了现代汽",
               "ke03": "今年以来,海阳树立“抓项目就是抓发展",
               "ke05": "美国惠普、美国捷普、香港亿和等世界知名整机企业加快把国内外产能向威海集聚,今年又新引进了4个总投资3.85亿美元的供应链外资项目,其中台湾盈太、香港威骏已租用厂房完成设备安装,上半年实现投产,今"}
# (first line prefix, second line prefix): the page breaks one sentence over these two raw lines
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
