#!/usr/bin/env python3
"""Write vuNN.txt from the stored page texts in ../_raw/pages/vuNN.raw (real52's make_txt.py, copied unchanged except this
note and the tables: a new ITEMS table and LINE_SUFFIX — the unfinished tail where the stored excerpt breaks off: vu02 (“实”),
vu03 (the unfinished last sentence), vu06 (the unfinished last clause, so that the text ends “…其中亿元以上企业15家”);
vu04's, vu05's and vu08's unfinished last paragraphs lie outside the kept range and are left out whole. vu05's headline is
two raw lines (main title and subtitle), joined with one space. LINE_PREFIX, JOIN, HEAD_SUFFIX and WATERMARK unused.
Every kept raw line is one paragraph, leading blanks stripped; nothing inside a line is changed; the text is never converted
between simplified and traditional script."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "vu01": ("浙江嘉兴南湖区产业集群“雪球”显现", "本报讯 (记者李刚殷)", "几年前,汽配", []),
 "vu02": (None, "一、目标任务", "(三)推进重大项目", []),
 "vu03": (None, "中国宁波网讯 敏实集团", "临港物流业是海洋经济", []),
 "vu04": ("吉利—沃尔沃中国设计及试验中心开工", "中国宁波网讯(宁波日报记者", "作为新区“2+3+1”", []),
 "vu05": (("冲破藩篱天地宽", "衢州集聚区从产业园向东南新城迈进"), "本报讯 “在优美的", "“今年我们以基础设施建设", []),
 "vu06": (None, "笔者1月16日", "通过增量推动与内涵提升", []),
 "vu07": (None, "近日,金华市委政研室", "市调研组表示", []),
 "vu08": ("温州高新区晋级“国字号” 产值年均增长10%", "据前瞻网记者了解", "据前瞻网了解", []),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {}
# furniture at the end of the last kept raw line (same line), cut off: here the unfinished sentence where the excerpt is cut
LINE_SUFFIX = {"vu02": "实",
               "vu03": "预计到“十二五”,全区将形成矿产品交易中心、",
               "vu06": ",形成了以LED光电为代表的新能源产业、以“吉安”为龙头的造纸包装印刷产业、以核电关联为特色的机械设备制造和以港口仓储为基础的现代物流等新兴产业雏"}
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
