#!/usr/bin/env python3
"""Write mlNN.txt (real403) from the stored search excerpts in ../_raw/pages/mlNN.raw. real52's make_txt.py with a new ITEMS
table and LINE_SUFFIX (ml02: the agency end mark “(完)”; ml06: the unfinished sentence where the stored excerpt breaks off);
LINE_PREFIX, JOIN, HEAD_SUFFIX and WATERMARK unused. Every kept raw line is one paragraph (leading blanks stripped); nothing
inside a line is changed except LINE_SUFFIX; the text is never converted between simplified and traditional script.
real52's note follows (in part): for each item: the headline line (or None when the stored excerpt has none), the first and
the last raw line kept as the body (by line prefix), and raw lines inside that range that are page furniture (dropped by
exact text, listed in SOURCES.md)."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "ml01": ("中国云产业园落地项目投资超200亿", '从"2012云世界大会"', '从"2012云世界大会"', []),
 "ml02": (None, "8月21日,北京市与河北省", "中关村管委会副主任白智勇", []),
 "ml03": ("中兴能源云计算华东基地项目在常州建设", "科技日报讯", "据了解,该项目的合作双方", []),
 "ml04": (None, "红网长沙3月24日讯", "长沙高新区党工委书记李晓宏表示", []),
 "ml05": ("雅安大数据产业园(二期)项目正式开建", "日前,从雅安经开区", "7、8号楼作为", []),
 "ml06": (None, "贵州省贵阳市、贵安新区", "贵阳贵安还将把握", []),
 "ml07": ("超大型数据中心集群:贵安的靓丽名片", "今年初,新国发2号文件", "一大批超大型数据中心", []),
 "ml08": (None, "作为高新区推进主导产业", "项目投产后,将进一步", []),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {}
# furniture at the end of the last kept raw line (same line), cut off: here the unfinished sentence where the excerpt is cut
LINE_SUFFIX = {"ml02": "(完)",
               "ml06": "贵阳市大数据发展管理局副局长赵燕说,通过加快建设现代化基础支"}
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
