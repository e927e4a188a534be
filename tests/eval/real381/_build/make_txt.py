#!/usr/bin/env python3
"""Write npNN.txt for real381 from the stored page excerpts in ../_raw/pages/npNN.raw (real52's make_txt.py unchanged
except this note and the tables below: ITEMS, LINE_SUFFIX, HEAD_SUFFIX; LINE_PREFIX, JOIN and WATERMARK unused).

For each item: the headline line (or None when the stored excerpt has none), the first and the last raw line kept as the
body (by line prefix, after stripping leading/trailing blanks), and raw lines inside that range that are page furniture
(dropped by exact text, listed in SOURCES.md).  Leading indentation is stripped; every kept raw line becomes one paragraph.
Nothing inside a line is changed, except the furniture named in LINE_PREFIX / LINE_SUFFIX; the script asserts that it is
present and prints what it cut.  The text is never converted between simplified and traditional script."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "np01": ("上海奉贤: 发力健康产业 建设“东方美谷”", "近日,上海奉贤“东方美谷”", "目前,奉贤区内聚集了", []),
 "np02": ("东方美谷不断迸发创新火花", "中国经济导报讯记者鲍筱兰报道", "创新,助推企业快速发展", []),
 "np03": ("80亿!24个智能网联新能源汽车重点项目签约", "9月26日上午", "临港新片区是上海打造", []),
 "np04": ("上海首个5G产业园开园 新动能蓄势发力", "聚焦“5G+未来车”", "作为上海5G全覆盖", []),
 "np05": ("上海松江一批重大产业项目签约及开工,总投资285亿元", "6月16日,2022年上海全球投资促进大会", "据介绍,松江作为上海制造业大区", []),
 "np06": (None, "作为金山经济发展的主战场", "除了围绕产业链的", ["(相关资料图)", "生物医药标准产业园效果图"]),
 "np07": ("高质量发展在申城|静安:“十四五”内亿元楼将突破百幢", "市北政企通服务中心内", "市北政企通服务中心内", []),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {}
# the unfinished sentence where the stored excerpt breaks off, cut off the end of the last kept raw line
LINE_SUFFIX = {
 "np02": "通过跟踪国内外相关产业动态、举办相关论坛和项目推介会等活动、开展产业促进政策研究等方式,充分发挥产业集群优势,从研发、生产、营销等方面全方位整",
 "np06": "此次与园区在面向未来低空经济发展所需的能级上,跨前布局低空经济发展所需的物联网、设施网等内容,将在招商引资、飞行服务、行业应用、运管服务、产业协同、技术咨",
 "np07": "“高端集聚”的优势不断放大,亦成为静安区主攻重点,聚焦数据智能产业、文化创意产业、生命健康产业,升能级、优结构、增动力、提效率、强品牌,为高质",
}
# (first line prefix, second line prefix): the page breaks one sentence over these two raw lines
JOIN = {}
# text glued to the end of the headline line (not part of the headline), cut off
HEAD_SUFFIX = {"np04": " (2020-03-13 11:03:31)"}
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
