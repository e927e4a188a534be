#!/usr/bin/env python3
"""Write uiNN.txt from the stored page texts in ../_raw/pages/uiNN.raw (real52's make_txt.py with a new ITEMS table,
LINE_SUFFIX (the unfinished tail where the stored excerpt breaks off: ui02, ui03 — cut so that the text ends at the last
whole sentence; ui06's and ui07's unfinished last raw lines are left out by ITEMS) and FIRST_EXACT (ui04: the page repeats
the lead sentence as a teaser line that runs into the body's second sentence and stops at “这些”; the body starts at the
raw line that is exactly the lead sentence, the teaser line before it is dropped as furniture); LINE_PREFIX, JOIN,
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
 "ui01": ("东方光大通信级塑料光纤项目落户威海", "6/25/2009,光电新闻网", "贾志学说,相信在威海", []),
 "ui02": ("东营市打造亿吨综合性港口推动黄三角发展", "通过专家评审的《东营港总体规划》", "完善的港区设施为东营港", []),
 "ui03": ("滨海区力争十年之内起新城", "本报讯 10月29日,潍柴滨海产业园", "滨海区宣传文化中心新闻科", []),
 "ui04": ("山东烟台高新区40个重点项目集中开工建设", "3月18日上午,烟台高新区40个重点项目集中开工,其中,烟台国际企业创新港总投资60亿元。",
          "据联东U谷烟台国际企业创新港总经理", []),
 "ui05": ("日照开发区全力推进项目建设 精心谋划产业布局", "海洋财富网综合消息 近年来", "全区包括阿泰克汽车零部件一期", []),
 "ui06": (None, "中国网山东滨州8月9日讯", "今天的投入就是明天的产出", []),
 "ui07": ("向北,向海,向未来", "从山东省会济南出发", "黄河三角洲是我国最后一个尚待开发", []),
}
FIRST_EXACT = {"ui04"}
LINE_PREFIX = {}
LINE_SUFFIX = {"ui02": "这其中有总投资43亿元的山东海科集团东营港工业园项目、总投资",
               "ui03": "改造提升大家洼组团,彰显产业特点和渔盐文化,建成设施完善、产业发达、群众富裕、宜居宜业、具有浓厚人文魅力的新城镇,让人从大沂路和大九路一进滨海"}
JOIN = {}
HEAD_SUFFIX = {}
WATERMARK = {}

def build(nid):
    head, first, last, inner_drop = ITEMS[nid]
    raw_lines = open(os.path.join(RAW, nid + ".raw"), encoding="utf-8").read().split("\n")
    lines = [l.strip() for l in raw_lines]
    if nid in FIRST_EXACT:
        i0 = next(i for i, l in enumerate(lines) if l == first)
    else:
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
            hidx.add(max(i for i, l in enumerate(lines[:i0]) if l == p + hs))  # the last headline line before the body
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
