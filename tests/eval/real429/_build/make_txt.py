#!/usr/bin/env python3
"""Write llNN.txt for real429 from the stored page texts in ../_raw/pages/llNN.raw (real52's make_txt.py with a new ITEMS
table and LINE_SUFFIX (ll02, ll06: the unfinished sentence where the stored excerpt breaks off, cut so that the text ends at
the last whole sentence; ll07's unfinished last paragraph is left out by ITEMS); LINE_PREFIX, JOIN, HEAD_SUFFIX and
WATERMARK unused). Photo captions that stand as their own lines in the stored excerpt (ll01, ll05, ll07) are kept as
paragraphs; page furniture outside the body (button text, date/source lines, comment boxes, link lists) is dropped.
real52's note on the method follows.

For each item: the headline line (or None when the stored excerpt has none), the first and the last raw line kept as the
body (by line prefix, after stripping leading/trailing blanks), and raw lines inside that range that are page furniture
(dropped by exact text, listed in SOURCES.md).  Leading indentation is stripped; every kept raw line becomes one paragraph.
Nothing inside a line is changed, except the furniture named in LINE_PREFIX / LINE_SUFFIX; the script asserts that it is
present and prints what it cut.  The text is never converted between simplified and traditional script."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "ll01": (None, "■濠江區林廣華區長", "南山灣工業園——", []),
 "ll02": (None, "广东省召开的粤北地区现场会", "连南高寒山区自愿移民新村", []),
 "ll03": ("2011阳东共引进项目28个 总投资额105.89亿元", "刚刚过去的一年", "同时,阳东县招商引资", []),
 "ll04": ("新能源汽车制造项目落户湛江", "昨日,广东省产业转移园", "据悉,我市现场签约两个项目", []),
 "ll05": (None, "【香港商報網訊】", "廣東省農業農村廳副廳長", []),
 "ll06": ("梅县区举行“五个一批”活动 总投资118亿元5个项目签约落地", "本报讯 (记者吴丽伶", "梅县区昨日还召开", []),
 "ll07": ("全国地级市第二!为河源点赞!", "记者近日从相关会议获悉", "河源市拥有日趋完善", []),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {}
# furniture at the end of the last kept raw line (same line), cut off: here the unfinished sentence where the excerpt is cut
LINE_SUFFIX = {"ll02": "同时,村内配套建设新村牌坊、民族博物馆、民族风情表演场、民族特色饮食以",
               "ll06": "记者了解到,梅县区认真落实省、市部署要求,牢固树立“工业强区、产业兴区”理念,狠抓发展第一要务,集中资源要素全力支持服务实体经济高质量发展,工业经济发展势头良好、"}
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
