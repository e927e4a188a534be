#!/usr/bin/env python3
"""Write usNN.txt from the stored page texts in ../_raw/pages/usNN.raw (real52's make_txt.py, copied, with a new ITEMS table
and LINE_SUFFIX: the unfinished tail where the stored excerpt breaks off (us02, us04, us05, us06, us07, us08; us03's last raw line, one
unfinished sentence, is left out whole by ITEMS) — the unfinished
sentence is cut so that the text ends at the last whole sentence; LINE_PREFIX and a new HEAD_PREFIX cut the list bullet “•”
glued to the start of us05's first body line and headline line; JOIN, HEAD_SUFFIX and WATERMARK unused).
real52's note on the method: for each item the headline line (or None when the stored excerpt has none), the first and
the last raw line kept as the body (by line prefix, after stripping leading/trailing blanks), and raw lines inside that
range that are page furniture (dropped by exact text, listed in SOURCES.md). Leading indentation is stripped; every kept
raw line becomes one paragraph. Nothing inside a line is changed, except the furniture named in LINE_SUFFIX; the script
asserts that it is present and prints what it cut. The text is never converted between simplified and traditional script."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "us01": (None, "近年来,福州交通运输部门", "下一步,连江计划", []),
 "us02": ("温州传化公路港开工 投用后将集聚500余家物流企业", "昨天上午,温州传化公路港", "整体项目建成运营后", []),
 "us03": ("总计40亿元的项目落地鄂州航空物流产业园", "鄂州航空物流产业园内度边电子", "产城融合,职住平衡", []),
 "us04": (None, "9月13日,由《民用机场》", "目前,已有52家航空公司", []),
 "us05": ("海州:顺丰物流区域运营中心暨分拨基地项目开工", "• 近日,顺丰物流区域运营中心", "重大项目建设是拉动经济增长", []),
 "us06": ("打造临空高端产业集聚区 中国航展首日成都双流区签约项目超72亿元", "11月12日,在第十五届", "此外,双流区正积极打造", []),
 "us07": ("广州空港经济区举行项目签约动工暨龙港路通车活动", "45个项目集中签约动工", "孙秀清介绍", []),
 "us08": ("中山助力现代物流业平台高质量发展", "3月8日,天气寒冷", "在我市组团发展定位中", []),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {"us05": "•"}
# furniture at the end of the last kept raw line (same line), cut off: here the unfinished sentence where the excerpt is cut
LINE_SUFFIX = {"us02": "根据传化已经成熟运营的其他公路港数据推算,温州项目投 用后,将集聚500余家物流企业,整合50万辆社会车辆资源,每天吸引3000辆以上车辆进场交易;届时,配货时间将从平均72小时缩减为平均6小时,车",
               "us04": "今年1—6月,新开通运营5条南宁到东盟和南亚国家的国际货运航线,在营国际货运航",
               "us05": "同时,全区还将着力推动54个亿元以上项目一季度开工建设,",
               "us06": "此次航展活动,双",
               "us07": "疫情期间,广州空港经济区全力打好“组合拳”,先后出",
               "us08": "其中,万科中山云服务物流产业园将打造服务辐射珠三角区域的互联网云服务产业基地、电商交易中心及供应链服务配送基地,这将填补黄圃"}
# (first line prefix, second line prefix): the page breaks one sentence over these two raw lines
JOIN = {}
# text glued to the end of the headline line (not part of the headline), cut off
HEAD_SUFFIX = {}
# text glued to the start of the headline line (not part of the headline), cut off: us05's list bullet “• ”
HEAD_PREFIX = {"us05": "• "}
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
            hp = HEAD_PREFIX.get(nid, "")
            hidx.add(next(i for i, l in enumerate(lines[:i0]) if l == hp + p + hs))
            if hp:
                cut.append("headline line prefix: " + hp)
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
