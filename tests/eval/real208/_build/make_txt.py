#!/usr/bin/env python3
"""Write uyNN.txt from the stored page texts in ../_raw/pages/uyNN.raw (real52's make_txt.py with a new ITEMS table, an
AFTER table (uy02: the search returned the page twice — a furniture-and-headline excerpt that breaks off, then a complete
body excerpt; the body is taken from after the marker line, the headline from before it) and LINE_SUFFIX (the unfinished
tail where the stored excerpt breaks off: uy04 “当时; uy03: the closing quotation whose attribution is cut
off); LINE_PREFIX, JOIN, HEAD_SUFFIX and WATERMARK unused). real52's note (from its real49 part on) follows.

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
 "uy01": ("争优 争先 争效 | 总投资24.45亿元!东侨这个省重点项目今日开工!", "4月24日,宁德市", "下一步,东侨开发区", ["图片"]),
 "uy02": ("总投资732.9亿元 古雷炼化一体化工程二期项目签约", "9月23日,古雷开发区", "以古雷炼化一体化工程二期项目为基石", []),
 "uy03": (None, "东南网11月19日讯", "东南网11月19日讯", []),
 "uy04": ("向上的力量——晋江经济开发区的持续“进阶”之路", "开发区,中国改革开放", "蜡笔小新是晋江首个", []),
 "uy05": ("厦门火炬高新区聚焦实体经济,坚持改革开放,加快建设高质量发展先行区", "从一片荒芜的城郊", "2005年6月经国务院批准", []),
 "uy06": ("闽侯:产业发展高精尖东南汽车城添助力", "19日,闽侯县", "福建福特科光电股份有限公司是国家级", ["福建福特科光电股份有限公司二期项目效果图。(闽侯县委宣传部供图)"]),
 "uy07": ("福州一季度187个重大项目开工 总投资1278亿元", "根据福州市委", "其中,罗源洲凯", []),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {}
# furniture at the end of the last kept raw line (same line), cut off: here the unfinished sentence where the excerpt is cut
LINE_SUFFIX = {"uy03": "“接下来,我们将持续抓好项目招商、项目落地、项目服务、项目投产等四个方面工作,以发展新质生产力为契机,推进新型工业化发展步伐,为周宁县不锈钢深加工产业园高质量发展贡献力量。”周宁县工信局",
               "uy04": "“当时"}
# body searched only after the first raw line starting with this marker (headline still looked for before the body)
AFTER = {"uy02": "===="}
# (first line prefix, second line prefix): the page breaks one sentence over these two raw lines
JOIN = {}
# text glued to the end of the headline line (not part of the headline), cut off
HEAD_SUFFIX = {}
WATERMARK = {}

def build(nid):
    head, first, last, inner_drop = ITEMS[nid]
    raw_lines = open(os.path.join(RAW, nid + ".raw"), encoding="utf-8").read().split("\n")
    lines = [l.strip() for l in raw_lines]
    a0 = next((i for i, l in enumerate(lines) if AFTER.get(nid) and l.startswith(AFTER[nid])), -1)
    i0 = next(i for i, l in enumerate(lines) if i > a0 and l.startswith(first))
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
    dropped = [l for i, l in enumerate(lines) if l and (not (i0 <= i <= i1) or l in inner_drop) and i != a0 and i not in hidx]
    return text, dropped, cut


if __name__ == "__main__":
    for nid in sorted(ITEMS):
        text, dropped, cut = build(nid)
        open(os.path.join(D, nid + ".txt"), "w", encoding="utf-8").write(text)
        print(nid, len(text), "cut in-line:", cut, "| dropped:", " | ".join(dropped)[:600])
