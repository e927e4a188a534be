#!/usr/bin/env python3
"""Write leNN.txt from the stored page texts in ../_raw/pages/leNN.raw (real52's make_txt.py with a new ITEMS table,
LINE_SUFFIX (the unfinished tail where the stored excerpt breaks off, cut so that the text ends at the last whole sentence:
le04; the table-cell bar “|” at the end of le05's only line), JOIN (le01: the page breaks one sentence over two lines at
“过” / “亿元”) and SPLIT (new: le05's excerpt is one line whose paragraphs are run together with a single space after “。”; it
is split before the named paragraph openings and the space dropped; nothing else changed). LINE_PREFIX, HEAD_SUFFIX and
WATERMARK unused. le01's and le07's unfinished last paragraphs are left out whole by ITEMS. real52's note on the method:

For each item: the headline line (or None when the stored excerpt has none), the first and the last raw line kept as the
body (by line prefix, after stripping leading/trailing blanks), and raw lines inside that range that are page furniture
(dropped by exact text, listed in SOURCES.md).  Leading indentation is stripped; every kept raw line becomes one paragraph.
Nothing inside a line is changed, except the furniture named in LINE_PREFIX / LINE_SUFFIX; the script asserts that it is
present and prints what it cut.  The text is never converted between simplified and traditional script."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "le01": ("曾都技改扩能推动高质量发展", "连日来,曾都经济开发区", "亿元的工业技改项目", []),
 "le02": ("“技”高一筹抢市场 技改投入唱主角", "(记者 王国青)", "在推进产业转型升级过程中", []),
 "le03": ("大观经济开发区4个项目开工建设 总投资13亿元", "喜迎中华人民共和国", "环保涂料产业园是", []),
 "le04": ("高唐开发区:人勤春来早 项目开工忙", "大众网·海报新闻记者李鹏", "在山东东昊汽车玻璃有限公司", []),
 "le05": (None, "市经济开发区加快现有项目", "市经济开发区加快现有项目", []),
 "le06": ("平煤、神马等公司投资建设中部最大化工产业聚集区", "11月29日上午", "经了解", []),
 "le07": ("【推动工业经济高质量发展】兴安盟经济技术开发区:“种”下好项目 育出“高产田”", "眼下,兴安盟经济技术开发区", "“明年,我们还将", []),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {}
# furniture at the end of the last kept raw line (same line), cut off: the unfinished sentence where the excerpt is cut
LINE_SUFFIX = {"le04": "山东东昊汽车玻璃有限公司是一家专业汽车玻璃、钢化玻璃和夹层玻璃生产企业,公司年总产值2.5亿元,拥有国际领先的自动",
               "le05": "|"}
# (first line prefix, second line prefix): the page breaks one sentence over these two raw lines
JOIN = {"le01": [("目前,程力新厂二期", "亿元的工业技改项目")]}
# one raw line holding several paragraphs run together (“。 ” + next paragraph): split before these openings
SPLIT = {"le05": ["3月26日上午", "今年以来,市经济开发区"]}
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
    for opening in SPLIT.get(nid, []):
        ia = next(i for i, l in enumerate(body) if ("。 " + opening) in l)
        k = body[ia].index("。 " + opening) + 1
        cut.append("split before: " + opening)
        body[ia:ia + 1] = [body[ia][:k], body[ia][k:].lstrip()]
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
