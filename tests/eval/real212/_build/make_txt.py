#!/usr/bin/env python3
"""Write tcNN.txt from the stored page texts in ../_raw/pages/tcNN.raw (real52's make_txt.py with a new ITEMS table and
LINE_SUFFIX (the unfinished sentence where the stored excerpt breaks off: tc01, tc04, tc05, tc06 — cut so that the text
ends at the last whole sentence; tc03's unfinished last paragraph, one sentence broken off at “为全球”, is left out by
ITEMS); LINE_PREFIX, JOIN, HEAD_SUFFIX and WATERMARK unused). tc01's inner subhead “● 招大引强筑根基 ●” is dropped as
furniture (inner_drop). real52's rules follow.

For each item: the headline line (or None when the stored excerpt has none), the first and the last raw line kept as the
body (by line prefix, after stripping leading/trailing blanks), and raw lines inside that range that are page furniture
(dropped by exact text, listed in SOURCES.md).  Leading indentation is stripped; every kept raw line becomes one paragraph.
Nothing inside a line is changed, except the furniture named in LINE_PREFIX / LINE_SUFFIX; the script asserts that it is
present and prints what it cut.  The text is never converted between simplified and traditional script."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "tc01": ("奏响项目攻坚“奋进曲” 书写跨越赶超“新答卷”", "“一区三园”新签约", "从风尘仆仆的招商一线", ["● 招大引强筑根基 ●"]),
 "tc02": ("宝应省市重大项目开工率分别达60%、28%", "扬州网讯", "与此同时,东大至善", []),
 "tc03": ("宿迁泗阳:工业经济平稳运行 高质量发展后劲十足", "7月9日,记者走进", "在泗阳,像永益食品", []),
 "tc04": ("江苏灌云经济开发区新春生产“开门”忙", "春节假期后,灌云", "节后上班第一天", []),
 "tc05": (None, "南通网讯", "海安高新区秉持", []),
 "tc06": ("总投资约410亿元侨资项目——金鹰(如皋)产业园正式开工", "5月11日,总投资约410亿元", "“今天的项目就是明天的产出", []),
 "tc07": ("“双十”项目集中签约开工江苏射阳经济开发区吹响奋进冲锋号角", "2月4日,江苏射阳", "未来,射阳经开区", []),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {}
# the unfinished sentence where the stored excerpt breaks off, cut so that the text ends at the last whole sentence
LINE_SUFFIX = {"tc01": "全区累计拜访企业(",
               "tc04": "经过宰杀、蒸煮、冷却、真空包装后,产品将",
               "tc05": "今年以来,总投资1亿美元的台湾加百裕高能锂电池项目、仟",
               "tc06": "我市将全力提供高效服务,持续抓实配套保障,让项目建设“轻装上阵”“后顾无忧”;始终把项目推进当做自己"}
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
