#!/usr/bin/env python3
"""Write lmNN.txt from the stored page texts in ../_raw/pages/lmNN.raw (real52's make_txt.py with a new ITEMS table and
LINE_SUFFIX (lm07: the unfinished sentence where the stored excerpt breaks off, cut so that the text ends at the last whole
sentence); LINE_PREFIX, JOIN, HEAD_SUFFIX and WATERMARK unused). real52's note on the mechanics applies:
For each item: the headline line (or None when the stored excerpt has none), the first and the last raw line kept as the
body (by line prefix, after stripping leading/trailing blanks), and raw lines inside that range that are page furniture
(dropped by exact text, listed in SOURCES.md).  Leading indentation is stripped; every kept raw line becomes one paragraph.
Nothing inside a line is changed, except the furniture named in LINE_SUFFIX; the script asserts that it is present and
prints what it cut.  The text is never converted between simplified and traditional script."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "lm01": (None, "湖南日报11月4日讯", "据介绍,2017年以来", []),
 "lm02": (None, "9月6日,2024湖南省", "下一步,中方縣", []),
 "lm03": (("“项目建设大比拼”来势喜人", "娄底经开区1月份进出口额同比增长113%"), "湖南日报·华声在线2月25日讯", "以“项目建设大比拼”为统领", []),
 "lm04": ("双峰7个重点项目集中开工竣工 全县建设再掀高潮", "12月8日上午,双峰县", "这次开工、竣工的7个重点项目中", []),
 "lm05": (None, "红网道县6月26日讯", "下一步,道县将围绕", []),
 "lm06": (None, "今年来,总投资2.2亿元", "在抓好项目建设的同时", []),
 "lm07": ("强力推进工业强县", "去年以来,新晃县委", "新晃推进工业强县", []),
 "lm08": ("国家级媒体来娄星工业集中区调研采访", "红网时刻6月27日讯", "近年来,娄星工业集中区", []),
}
LINE_PREFIX = {}
LINE_SUFFIX = {"lm07": "柏树林食品工业加工小区立足新晃的区位交通和肉牛资源等优势,突"}
JOIN = {}
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
