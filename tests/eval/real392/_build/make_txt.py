#!/usr/bin/env python3
"""Write maNN.txt from the stored page texts in ../_raw/pages/maNN.raw (real52's make_txt.py, build() unchanged, with a new
ITEMS table (inner_drop: photo captions / picture markers ma06, ma07, ma08 and a byline line ma04), LINE_SUFFIX (the
unfinished sentence where the stored excerpt breaks off: ma04); the unfinished last paragraphs of ma06, ma07 and ma08 are
left out by ITEMS; LINE_PREFIX, JOIN, HEAD_SUFFIX and WATERMARK unused). The rest of real52's note follows.

For each item: the headline line (or None when the stored excerpt has none), the first and the last raw line kept as the
body (by line prefix, after stripping leading/trailing blanks), and raw lines inside that range that are page furniture
(dropped by exact text, listed in SOURCES.md).  Leading indentation is stripped; every kept raw line becomes one paragraph.
Nothing inside a line is changed, except the furniture named in LINE_PREFIX / LINE_SUFFIX; the script asserts that it is
present and prints what it cut.  The text is never converted between simplified and traditional script."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "ma01": ("广安产业园区经济占全市工业经济总量75%", "今年以来,我市各产业园区", "各产业园区在园区产业规划上", []),
 "ma02": ("攀枝花钒钛高新区获全国区域品牌建设“试点”", "记者从攀枝花市经信委获悉", "攀枝花市经信委相关负责人表示", []),
 "ma03": (None, "本报讯(杨宇龙 记者 文莎)", "今年以来,雅安经开区通过", []),
 "ma04": ("国家级广安经开区:回眸十年国开区创业路 筑梦千亿产业园再出发", "6月24日,在国家级广安经开区内", "牵手深圳。",
          ["□王林 周琪钧 万桑 (图片由广安经开区提供)"]),
 "ma05": (None, "本报讯(全媒体记者刘星辰)", "下一步,高新区将聚焦", []),
 "ma06": ("四川达州2022年第一季度重大项目开工 总计75个,总投资674亿元", "1月4日,四川省2022年第一季度", "以打造“生产绿色化",
          ["四川达州2022年第一季度重大项目开工 总计75个,总投资674亿元(图1)",
           "四川达州2022年第一季度重大项目开工 总计75个,总投资674亿元(图2)"]),
 "ma07": ("内江集中开工项目59个 总投资318亿元", "国际在线四川消息", "当天,四川华电内江白马",
          ["内江集中开工项目59个 总投资318亿元_fororder_1四川省2022年第一季度重大项目集中开工内江分会场(摄影-王斌)",
           "内江集中开工项目59个 总投资318亿元_fororder_2四川省2022年第一季度重大项目集中开工内江分会场(摄影-王斌)",
           "四川省2022年第一季度重大项目集中开工内江分会场 摄影 王斌"]),
 "ma08": ("冲刺全年目标任务!内江经开区四季度集中开工12个优质项目", "10月8日,国庆节后第一天", "作为本次开工的标志性项目之一",
          ["活动现场"]),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {}
# furniture at the end of the last kept raw line (same line), cut off: here the unfinished sentence where the excerpt is cut
LINE_SUFFIX = {"ma04": "未来,来自深圳的项目、理念、资金和人才等都将在这里汇聚,助力广安经开区开放合作迈"}
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
