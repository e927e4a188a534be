#!/usr/bin/env python3
"""Write udNN.txt from the stored page texts in ../_raw/pages/udNN.raw (real52's make_txt.py with a new ITEMS table and
LINE_SUFFIX: the unfinished tail where the stored excerpt breaks off (ud02, ud04, ud07), cut so that the text ends at the
last whole sentence; ud01's unfinished last paragraph is left out by ITEMS; LINE_PREFIX, JOIN, HEAD_SUFFIX and WATERMARK
unused).

For each item: the headline line (or None when the stored excerpt has none), the first and the last raw line kept as the
body (by line prefix, after stripping leading/trailing blanks), and raw lines inside that range that are page furniture
(dropped by exact text, listed in SOURCES.md).  Leading indentation is stripped; every kept raw line becomes one paragraph.
Nothing inside a line is changed, except the furniture named in LINE_PREFIX / LINE_SUFFIX; the script asserts that it is
present and prints what it cut.  JOIN names pairs of raw lines (by prefix) where the page breaks one sentence over two
lines; the second is appended to the first with nothing in between (printed).  The text is never converted between
simplified and traditional script."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "ud01": ("牡丹江市积极打造跨境连锁加工大平台", "东北网5月12日讯", "从实际效果看", []),
 "ud02": (None, "东北网11月11日讯", "各县区也紧盯主导产业", []),
 "ud03": ("鸡东县石墨企业从城镇到乡村涌动项目潮", "近日,从黑龙江鸡东县", "位于东海镇东海村", []),
 "ud04": ("概况", "绥芬河边境经济合作区是", "绥芬河边境经济合作区是", []),
 "ud05": (None, "今年,哈市将以园区", "据悉,2014年", []),
 "ud06": (None, "9月26日,由四公司", "9月26日,由四公司", []),
 "ud07": (None, "东北网黑河02月27日讯", "积极搭建银企对接平台", []),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {}
# furniture at the end of the last kept raw line (same line), cut off: here the unfinished sentence where the excerpt is cut
LINE_SUFFIX = {"ud02": "萨尔图区大力推进“互联网+”行动计划,入驻大庆电商创业示范园区的英特华创购商城等20家主体企业,“线上”和“线下”销售逐月攀高,9月份营业",
               "ud04": "区内的木材加工业、服装出口加工业、机电产业发展势头迅猛,显示出",
               "ud07": "三精儿童大药厂扩建仓库1440平方米,上马"}
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
