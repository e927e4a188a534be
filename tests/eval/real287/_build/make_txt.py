#!/usr/bin/env python3
"""Write rzNN.txt from the stored page texts in ../_raw/pages/rzNN.raw (real52's make_txt.py with a new ITEMS table and
LINE_SUFFIX (the unfinished tail where the stored excerpt breaks off: rz01, rz02, rz05 — the unfinished sentence, cut so that
the text ends at the last whole sentence; rz07's unfinished last paragraph, an open quotation, is left out by ITEMS);
LINE_PREFIX, JOIN, HEAD_SUFFIX and WATERMARK unused). real52's note follows.
Write zvNN.txt from the stored page texts in ../_raw/pages/zvNN.raw (real49's make_txt.py with a new ITEMS table,
LINE_SUFFIX (the unfinished tail where the stored excerpt breaks off: zv02, zv06, zv07 — the unfinished sentence, cut so
that the text ends at the last whole sentence; zv03's and zv05's unfinished last paragraphs are left out by ITEMS) and JOIN (zv05: the page breaks sentences over
several raw lines; joined with nothing in between); LINE_PREFIX, HEAD_SUFFIX and WATERMARK unused). real49's note follows.
Write zsNN.txt from the stored page texts in ../_raw/pages/zsNN.raw (real45's make_txt.py with a new ITEMS table,
LINE_SUFFIX (the unfinished tail where the stored excerpt breaks off: zs04, zs07; the table-cell bar “ |”: zs08) and
HEAD_SUFFIX (zs04: the table-cell bar “ |” after the headline); LINE_PREFIX, JOIN and WATERMARK unused). Where the store
gives a whole article as one raw line (zs04, zs07, zs08: paragraphs run together with single spaces), it stays one paragraph:
nothing inside a line is split or changed. real45's note follows.
Write zoNN.txt from the stored page texts in ../_raw/pages/zoNN.raw (real44's make_txt.py with a new ITEMS table,
LINE_SUFFIX (the unfinished tail where the stored excerpt breaks off, or the tail cut: zo01, zo03, zo09) and HEAD_SUFFIX
(zo07: the aggregator's “ 世界即时” glued to the headline line); LINE_PREFIX, JOIN and WATERMARK unused). real44's note follows.
Write znNN.txt from the stored page texts in ../_raw/pages/znNN.raw (real43's make_txt.py with a new ITEMS table,
LINE_PREFIX (the search tool's “date YYYY-MM-DD” marker glued to the start of zn03's first line), LINE_SUFFIX (the cut tail
of a sentence the stored excerpt breaks off: zn01, zn02) and JOIN (zn02: the page breaks one sentence over two lines);
HEAD_SUFFIX and WATERMARK unused). real43's note follows.
Write zmNN.txt from the stored page texts in ../_raw/pages/zmNN.raw (real42's make_txt.py with a new ITEMS table and
LINE_SUFFIX (the table-cell bar “ |” at the end of zm07's only line); LINE_PREFIX, JOIN, HEAD_SUFFIX and WATERMARK unused).
real42's note follows.
Write zlNN.txt from the stored page texts in ../_raw/pages/zlNN.raw (real41's make_txt.py with a new ITEMS table,
LINE_PREFIX (the search tool's “ date YYYY-MM-DD ” marker glued to the start of zl01's and zl03's first line) and LINE_SUFFIX
(an editor line with a date code glued to the end of zl01's and zl09's last line); JOIN, HEAD_SUFFIX and WATERMARK unused).
real41's note follows.
Write zkNN.txt from the stored page texts in ../_raw/pages/zkNN.raw (real40's make_txt.py with a new ITEMS table and a
WATERMARK table: a site watermark glued to the end of kept lines (zk09 “A5P安康新闻网”), cut and printed; LINE_PREFIX,
LINE_SUFFIX, JOIN and HEAD_SUFFIX unused). real40's note follows.
Write zjNN.txt from the stored page texts in ../_raw/pages/zjNN.raw (real39's make_txt.py with a new ITEMS table and a
HEAD_SUFFIX table for a headline line with the date/outlet line glued to its end; LINE_PREFIX, LINE_SUFFIX and JOIN unused).

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
 "rz01": (None, "酒业是泸州市的支柱产业", "“十三五”期间,泸州市白酒产业将加快", []),
 "rz02": ("经开区:开足马力 建设“千亿园区”", "五年,一个节点。", "新一轮跨越发展的号角已经吹响", []),
 "rz03": (None, "11月20日,自贡市2017年", "北航通航研究中心引智项目将由", []),
 "rz04": ("天齐锂业年产2万吨碳酸锂项目落户四川遂宁", "近日,遂宁市安居区政府", "“依托天齐锂业共建", []),
 "rz05": ("从“一白一黑”到“双轮驱动”——转换动能之“宜宾样本”", "特区终端产业内迁宜宾现象", "深圳手机行业协会拥有", []),
 "rz06": ("长宁招商引资百日攻坚战成效显著 8个项目6个与“竹”有关", "(记者 黄大海)近日", "8个项目中有6个与", []),
 "rz07": ("实施产业年项目年开放年 西充高质量发展步履坚", "今年以来,西充县按照", "四川零零昊科技有限公司采用", []),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {}
# furniture at the end of the last kept raw line (same line), cut off: here the unfinished sentence where the excerpt is cut
LINE_SUFFIX = {"rz01": "鼓",
               "rz02": "未来五年,遂宁经开区将迎来更好的发展时机,在“加快发展、弯道超车”的同时,经开区将坚定不移地坚持创新创造、绿色发展,全面推进生态文明建设,按照“创新驱动引领区、绿色经济示范区、产城融合样板区、跨越发展先行区”的战略定位,坚持以产业发展为核心,着力发展现代新兴产业和传统优势产业,在“建设绿色经济强市”的伟大实践中贡献经开区力量,以优异成",
               "rz05": "2016年7月,宜宾与深圳市手机行业协会签订战略合作协议,约定在宜宾打造智能终端产"}
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
