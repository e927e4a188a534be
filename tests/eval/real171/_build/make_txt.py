#!/usr/bin/env python3
"""Write vnNN.txt (real171) from the stored page texts in ../_raw/pages/vnNN.raw: real52's make_txt.py with a new
ITEMS table and LINE_SUFFIX (the unfinished sentence where the stored excerpt breaks off: vn01, vn06, vn07); inner_drop
lists photo captions / image file names / “打开网易新闻” lines; LINE_PREFIX, JOIN, HEAD_SUFFIX and WATERMARK unused.
A tuple headline (vn06: series line + title) is joined with one space. real52's note follows.
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
 "vn01": ("三山经济开发区2023年第一季度招商项目集中开工暨芜湖珑腾智算互联网产业园项目开工活动隆重举行", "3月30日,三山经济开发区", "当天上午,三山经济开发区", []),
 "vn02": (None, "人民网合肥8月21日电", "“新站高新区智能制造", ["打开网易新闻 查看精彩图片", "签约仪式。合肥新站高新区供图"]),
 "vn03": ("安徽巢湖經開區:設立種子基金促活科創「最先一公里」", "為進一步發揮國有資本賦能", "種子基金的設立", ["1.安徽巢湖經開區:設立種子基金促活科創「最先一公里」.jpg"]),
 "vn04": ("宿州马鞍山现代产业园区简介", "宿州马鞍山现代产业园区,成立于", "园区坚持“以产促城", []),
 "vn05": ("淮北杜集区与万马淮海(段园)智造产业园项目成功签约", "8月16日上午,淮北市杜集区", "万马淮海(段园)智造产业园项目计划投资12亿元", ["微信图片_20210818104750.jpg"]),
 "vn06": (("宿州经开区“十四五”成就巡礼系列报道①", "产业聚变 动能澎湃 铸就皖北振兴强劲引擎"), "京台高速以东", "无独有偶", ["![]()", "宿州传化“公路港”物流产业园项目建成投产。 宿州经开区供图"]),
 "vn07": ("省政府批复!阜阳这里扩区!", "近日, 省政府正式批复", "“此次省政府批复同意扩区", []),
 "vn08": ("安徽省政府批复 同意多个开发区调扩区", "安徽省人民政府关于同意", "四、省政府有关部门", []),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {}
# the unfinished sentence where the stored excerpt breaks off, cut so that the text ends at the last whole sentence
LINE_SUFFIX = {"vn01": "这批项目集中开工建设,将为三山经开区高质量发",
               "vn06": "公司相关负责人表示:“这样的速度得益于园区的高效服务",
               "vn07": "刘金堂表示,下一步,将围绕市委对"}
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
