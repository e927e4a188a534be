#!/usr/bin/env python3
"""Write naNN.txt from the stored page texts in ../_raw/pages/naNN.raw (real52's make_txt.py with a new ITEMS table and
LINE_SUFFIX (where the stored excerpt breaks off mid-sentence: na01, na04, na06 — the unfinished sentence is cut so that the
text ends at the last whole sentence; na05 — the relaying company site's “公司网址:…。 |” glued to the last line); na08's
unfinished last paragraph and na07's trailing byline fragment are left out by ITEMS; JOIN, LINE_PREFIX, HEAD_SUFFIX and
WATERMARK unused). build() is real52's unchanged. real52's note follows in short: for each item the headline line (or None),
the first and the last raw line kept as the body (by line prefix, after stripping blanks), and raw lines inside that range
that are page furniture (dropped by exact text, listed in SOURCES.md); every kept raw line becomes one paragraph; nothing
inside a line is changed except LINE_SUFFIX; the text is never converted between simplified and traditional script."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "na01": (None, "3月6日,中德集团", "新津县工业园区管委会主任", []),
 "na02": ("绵阳高新区成功升级为五百亿产业园", "在产业经济迅猛发展下", "前瞻产业研究院资料显示", ["企查猫"]),
 "na03": ("甘(孜)眉(山)工业园区在成都正式签约", "昨日,省内区域合作", "据悉,甘眉工业园区", []),
 "na04": ("战略门户 活力之港——2013年看乐山国家级高新技术产业开发区", "2013年1月8日", "企业在这里落户", []),
 "na05": ("不锈钢产业众多项目在西部大开发", "2013年11月底", "西部川商产业园是", []),
 "na06": ("成都市先进材料产业生态圈和彭州市重大项目签约开工暨生态圈党建联盟成立仪式成功举行", "9月17日上午", "活动集中签约", []),
 "na07": ('绵阳工业园区:全面建设"开放创新智慧低碳"千亿级现代化园区', "四川绵阳工业园区", "2022年以来,园区新建",
          ["01", "02", "03", "04", "1.jpg", "2.jpg", "3.jpg"]),
 "na08": (None, "近日,记者从遂宁经开区获悉", "2022年至今", ["四川威纳尔特种电子材料有限公司车间内,工人正在赶制订单。行晓艺 摄"]),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {}
# furniture at the end of the last kept raw line (same line), cut off: the unfinished sentence where the excerpt is cut
LINE_SUFFIX = {"na01": "程太良表示,园区将充分用好天府新区新津分区的后发优势,在经济指标方面,实现“双千亿、双倍增”目",
               "na04": "这个不起眼的小楼走进一个年轻人",
               "na05": "公司网址:www.gdjxdbxg.com。 |",
               "na06": "同时,成都市先进材料生态圈联盟和成都市先进材料生态圈党建联盟正式"}
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
