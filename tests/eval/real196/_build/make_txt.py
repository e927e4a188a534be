#!/usr/bin/env python3
"""Write umNN.txt from the stored page texts in ../_raw/pages/umNN.raw (real52's make_txt.py with a new ITEMS table,
LINE_SUFFIX (the unfinished tail where the stored excerpt breaks off: um03, um05 — the unfinished sentence, cut so that the
text ends at the last whole sentence; um02's lone “随” line and um04's incomplete byline line are left out by ITEMS);
LINE_PREFIX, JOIN, HEAD_SUFFIX and WATERMARK unused). real52's note (copied from real49 and earlier) applies otherwise:

For each item: the headline line (or None when the stored excerpt has none), the first and the last raw line kept as the
body (by line prefix, after stripping leading/trailing blanks), and raw lines inside that range that are page furniture
(dropped by exact text, listed in SOURCES.md).  Leading indentation is stripped; every kept raw line becomes one paragraph.
Nothing inside a line is changed, except the furniture named in LINE_PREFIX / LINE_SUFFIX; the script asserts that it is
present and prints what it cut.  The text is never converted between simplified and traditional script."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "um01": ("公用事业行业REITs系列研究:产业园公募REITs分析-20210530-招商证券-44页", "产业园存量市场空间较广", "首批产业园公募REITs", []),
 "um02": (None, "公司是张江科学城的开发主体", "立体的产业投资体系", []),
 "um03": ("长三角、成渝、大湾区三极对标:2025-2030园区经济行业区域竞争力报告", "前言", "园区经济正从", []),
 "um04": ("陕西三园区入选“2023园区高质量发展百强”", "7月5日,赛迪顾问园区经济研究中心", "2023园区高质量发展百强中,国家高新区占52席", []),
 "um05": ("2023园区高质量发展百强榜发布 全国千亿级园区已达54个", "21世纪经济报道记者缴翼飞北京报道", "从区域分布看", ["图:2023园区高质量发展百强"]),
 "um06": (None, "【大河财立方消息】", "报告建议,统筹", []),
}
LINE_PREFIX = {}
# furniture at the end of the last kept raw line (same line), cut off: here the unfinished sentence where the excerpt is cut
LINE_SUFFIX = {"um03": "绿色发展方面,浙江乍浦经开区构建“副产氢-氢能交通-化工原料”闭环,利用化工企业副产氢年产10万吨,",
               "um05": "具体省份中,江苏省"}
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
