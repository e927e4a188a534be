#!/usr/bin/env python3
"""Write zmNN.txt from the stored page texts in ../_raw/pages/zmNN.raw (real42's make_txt.py with a new ITEMS table and
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
 "zm01": (None, "4月15日上午,記者從哈爾濱市", "新材料、新能源產業", []),
 "zm02": (None, "黑龙江经济网讯(记者商祺)", "此次开工的二期项目", []),
 "zm03": ("南宁绿洲化工氯碱项目已列入2008年自治区工作重点", "广西南宁六景工业园区是", "当前,重大项目建设", []),
 "zm04": (None, "本报来宾讯", "为庆祝建市8周年", []),
 "zm05": (None, "9月23日上午", "红星新闻记者 邓文博", []),
 "zm06": ("成都加快科学城建设 聚集科技创新企业已达200多家", "四川在线消息", "成都市委常委、常务副市长朱志宏在发布会介绍", []),
 "zm07": (None, "日前,上海浦东科技投资有限公司", "日前,上海浦东科技投资有限公司", []),
 "zm08": ("高科孵化器开园,打造光谷科创大走廊“科创明珠”", "6月16日,以", "高科孵化器启动仪式后", []),
 "zm09": (None, "本报讯 记者崔治报道", "推介会后举行", []),
 "zm10": ("西部(重庆)科学城全面启动建设", "面对未来“筑城”", "(记者 雍黎)", []),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {}
# furniture at the end of the last kept raw line (same line), cut off
LINE_SUFFIX = {"zm07": "|"}
# (first line prefix, second line prefix): the page breaks one sentence over these two raw lines
JOIN = {}
# furniture glued to the end of the headline's raw line (the headline is the line minus this suffix)
HEAD_SUFFIX = {}
# a site watermark glued to the end of kept raw lines (cut from every kept line that ends with it; printed)
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
