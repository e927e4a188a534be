#!/usr/bin/env python3
"""Write ycNN.txt from the stored page texts in ../_raw/pages/ycNN.raw (real52's make_txt.py, copied unchanged except this
note and the tables: ITEMS, LINE_SUFFIX (the unfinished tail where the stored excerpt breaks off: yc07 — the unfinished
clause after “…等多个领域”; yc08 — the unfinished second sentence of the last paragraph; yc02's and yc05's unfinished last
paragraphs are left out whole by ITEMS) and inner drops (photo captions and image file names: yc04, yc07, yc08); LINE_PREFIX,
JOIN, HEAD_SUFFIX and WATERMARK unused). real52's note on the method follows.

For each item: the headline line (or None when the stored excerpt has none), the first and the last raw line kept as the
body (by line prefix, after stripping leading/trailing blanks), and raw lines inside that range that are page furniture
(dropped by exact text, listed in SOURCES.md).  Leading indentation is stripped; every kept raw line becomes one paragraph.
Nothing inside a line is changed, except the furniture named in LINE_PREFIX / LINE_SUFFIX; the script asserts that it is
present and prints what it cut.  The text is never converted between simplified and traditional script."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "yc01": (None, "昨日,两江新区发布了汽车产业半年报", "与此同时,两江国际汽车城", []),
 "yc02": ("上半年实现工业产值650亿元同比增幅超三成", "记者7月28日从璧山区获悉", "截至目前,璧山工业园区已相继引进", []),
 "yc03": ("智博会长寿再签大单 签约2项目合同引资62.7亿元", "华龙网—新重庆客户端9月17日19时讯", "单细胞生物蛋白质项目是", []),
 "yc04": ("年产100亿!涪陵临港经济区首个重大产业项目开工建设", "今天上午(12月21日)", "记者/文雯 庞建", ["开工"]),
 "yc05": (None, "1月8日,璧山区2021年首期", "消费品项目方面", []),
 "yc06": ("川渝高竹新区首次集中签约 引资上千亿元", "重庆日报讯(记者 崔曜)", "据了解,川渝高竹新区规划面积", []),
 "yc07": (None, "国际在线重庆频道消息(田渝兵)", "此次集中开工的14个重点项目", ["涪陵区2022年工业投资项目集中开工活动现场 供图 涪陵区委宣传部"]),
 "yc08": ("慢生活中的快发展——长寿经开区打造新材料高地纪实", "重庆长寿青山环绕", "这份成绩单的背后",
          ["640 (6).jpg", "图为长寿经开区全景", "640 (7).jpg", "图为调研组走进长寿经开区", "640 (3).jpg",
           "图为调研组听取长寿经开区有关负责人介绍园区发展情况"]),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {}
# the unfinished tail where the stored excerpt breaks off (same line as the last kept raw line), cut off
LINE_SUFFIX = {"yc07": ",建成后将进一步增强产业链供应链稳定性,加快",
               "yc08": "长寿区第十四次党代会确定了“以建成高质量发展高品质生活新范例和同城化发展先行区为统揽,加快建设具有全球影响力的新材料高地、世界级运动康养旅游目的地、中国长寿生命科学城,为建设国际化绿色化智能化人文化中国长寿城而努力”的战略方向和奋斗目标,长寿经开区正以实现“两地一城”总体愿景"}
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
