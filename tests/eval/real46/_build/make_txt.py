#!/usr/bin/env python3
"""Write zpNN.txt for real46 from ../_raw/pages/zpNN.raw: real45's make_txt.py with a new ITEMS table and LINE_SUFFIX (zp02, zp07:
the unfinished sentence where the stored excerpt breaks off); LINE_PREFIX, JOIN, HEAD_SUFFIX, WATERMARK unused. real45's note follows.
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
 "zp01": ("山西交城举行2024年第三次“三个一批”活动项目集中开工仪式", "8月19日,山西省开发区", "交城义望铁合金有限责任公司热态渣",
          ["图片", "山西省开发区2024年第三次“三个一批”活动以现场会形式举行(田谷仓 摄)",
           "为交城经济开发区华庆新材料科技有限公司年产6000吨高纯石英管深加工项目培土奠基(申淼 摄)"]),
 "zp02": ("大庆工业园区建设全面提速 入驻企业近千家", "本报讯大庆市", "依托本地资源优势", []),
 "zp03": ("兩團體考察莞高新科技產業", "【本報消息】", "澳門東莞青年會會長", []),
 "zp04": (None, "北疆新闻鄂尔多斯9月22日消息", "北方地区产能最大",
          ["工作人员向采访团介绍零碳产业园情况 北疆新闻记者李文华摄", "远景智能重卡换电站 北疆新闻记者李文华 摄",
           "换点重卡正在更换电池 北疆新闻记者李文华 摄"]),
 "zp05": ("“长三角”精细化工科技产业园落地山西原平经开区", "太忻经济一体化", "关于原平经济技术开发区", []),
 "zp06": ("聚企成“链”、聚链成“群” 山西晋中加速构建特色产业发展新格局", "25日,山西省晋中市", "“在产品研发", []),
 "zp07": ("伊旗:绿色制造产业成为新的经济增长点", "近年来,伊金霍洛旗", "近年来,蒙苏经济开发区零碳产业园", []),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {}
# furniture at the end of the last kept raw line (same line), cut off: here the unfinished sentence where the excerpt is cut
LINE_SUFFIX = {"zp02": "肇州杏山工业园是肇州县依托本地资源优势规划建设的一个重点工业园区,投入资金1000万元,用于园区的基础设施建设,规划项目有30万吨/年淀粉、3万吨/年果葡糖浆等淀粉及下游产品开发",
               "zp07": "园区的远景科技、隆基绿能、华友钴业等10"}
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
