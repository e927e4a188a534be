#!/usr/bin/env python3
"""Write vyNN.txt from the stored page texts in ../_raw/pages/vyNN.raw (real52's make_txt.py with a new ITEMS table and
LINE_SUFFIX (vy07: the unfinished clause where the stored excerpt breaks off, cut so that the text ends at the last whole
sentence); JOIN, LINE_PREFIX, HEAD_SUFFIX and WATERMARK unused). Photo captions inside the body (vy08 “▲…”) are dropped
by exact text (inner_drop). The rest of real52's note applies unchanged:

For each item: the headline line (or None when the stored excerpt has none), the first and the last raw line kept as the
body (by line prefix, after stripping leading/trailing blanks), and raw lines inside that range that are page furniture
(dropped by exact text, listed in SOURCES.md).  Leading indentation is stripped; every kept raw line becomes one paragraph.
Nothing inside a line is changed, except the furniture named in LINE_PREFIX / LINE_SUFFIX; the script asserts that it is
present and prints what it cut.  The text is never converted between simplified and traditional script."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "vy01": (None, "2016昆山春季重大项目集中开工", "巴城镇江南航天机电项目", []),
 "vy02": (None, "金秋十月,东太湖畔", "在昨日的主会场集中签约现场", []),
 "vy03": (None, "5月21日上午,在常州经开区", "戴士福在开工活动上指出", []),
 "vy04": ("副市长陈正春现场调研挂钩的市重大项目建设", "为贯彻落实市委市政府", "目前,扬子江海浪药业新药", []),
 "vy05": ("泰州:全力打造长三角先进制造业新地标", "100多年前", "数据显示,今年1月至8月", []),
 "vy06": ("苏州高新区38个重点项目“集结”343亿元", "11月17日,苏州高新区", "2016年前10个月", []),
 "vy07": (None, "南京新闻网讯", "近年来,栖霞区、南京经开区", []),
 "vy08": (None, "昨天(2018年10月30日)下午", "会上,上海华顿经济研究院", ["▲高盛“国际产城人综合示范区”项目现场签约仪式", "▲现场集中签约项目展示", "▲上海华顿经济研究院沈晗耀院长会上发布锡山区产业发展总体研究报告"]),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {}
# the unfinished clause where the excerpt is cut
LINE_SUFFIX = {"vy07": "在现代服务业方面将坚持高端规划定位,"}
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
