#!/usr/bin/env python3
"""Write ltNN.txt from the stored page texts in ../_raw/pages/ltNN.raw (real52's make_txt.py with a new ITEMS table,
LINE_SUFFIX (the unfinished tail where the stored excerpt breaks off: lt03, lt04 — the unfinished sentence is cut so the
text ends at the last whole sentence) and SPLIT (lt04: the store gives the article as one raw line whose paragraphs are
run together as “。 ” — split there into paragraphs; nothing else changed); LINE_PREFIX, JOIN, HEAD_SUFFIX and WATERMARK
unused). The rest of real52's note follows.
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
 "lt01": ("汨罗:循环经济向高端发展", "万容科技报废汽车拆解生产线", "2013年一季度,园区25个重点项目", []),
 "lt02": ("君乐宝投资10亿在河南正阳县建厂", "核心提示:近日,正阳君乐宝", "项目分两期进行", []),
 "lt03": ("聚焦补链提质 力推重点项目建设 玉门建材化工工业园区喜迎“开门红”", "本报记者孙欣", "园区不仅在项目建设上", []),
 "lt04": (("海峡两岸最大石化产业合作项目顺利投产", "古雷炼化一体化项目投料试车一次成功"), "东南网8月20日讯", "东南网8月20日讯", []),
 "lt05": ("前10月新疆重点产业项目完成投资计划120.8%", "石榴云/新疆日报讯", "2022年,新疆共实施产业类重点项目87个", []),
 "lt06": (None, "山西朔州应县融媒体中心消息", "该项目的成功实施", []),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {}
# furniture at the end of the last kept raw line (same line), cut off: here the unfinished sentence where the excerpt is cut
LINE_SUFFIX = {"lt03": "现在,月产量700吨,月销",
               "lt04": "福建炼化公司副总经理、古雷石化公司总裁张西国说,古雷炼化一体化项目将发挥大陆石油石化技术、人才及管理优势和台湾"}
# the store runs paragraphs together on one raw line, separated by “。 ”: split there (the full stop stays)
SPLIT = {"lt04": "。 "}
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
    sp = SPLIT.get(nid)
    if sp:
        new = []
        for l in body:
            parts = l.split(sp)
            new += [p + "。" for p in parts[:-1]] + [parts[-1]]
        cut.append("split into %d paragraphs at %r" % (len(new) - len(body) + 1, sp))
        body = new
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
