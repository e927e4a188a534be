#!/usr/bin/env python3
"""Write oyNN.txt from the stored page texts in ../_raw/pages/oyNN.raw (real52's make_txt.py with a new ITEMS table,
LINE_SUFFIX (oy02: the relay site's disclaimer glued to the last line; oy04, oy06: the unfinished sentence where the stored
excerpt breaks off, cut so that the text ends at the last whole sentence), JOIN (oy05: the page breaks one sentence over two
raw lines; joined with nothing in between) and ITEMS' inner drops (oy03: photo captions between paragraphs); LINE_PREFIX,
HEAD_SUFFIX and WATERMARK unused). Otherwise as real52: every kept raw line becomes one paragraph, leading blanks stripped,
nothing inside a line changed, the text is never converted between simplified and traditional script."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "oy01": (None, "2012年底,鹰潭", "通过加强与省、市中小企业局联系", []),
 "oy02": (None, "11月4日,在位于赣州高新技术产业开发区", "据悉,赣县按照", []),
 "oy03": ("高新区:新余的“浦东”", "新余因钢设市", "进入二十一世纪", ["生产生活井然有序。"]),
 "oy04": (None, "2016年-2020年", "走进吉安市木林森实业有限公司", []),
 "oy05": ("袁州区机电产业基地", "袁州机电产业基地于2005年底", "截至2018年底,园区累计", []),
 "oy06": ("聚焦“两集中” 重塑城乡发展空间格局 全力打造“产业+”绿色富民新样板", "坚持项目为王,强化载体建设", "延长产业链条", []),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {}
# furniture at the end of the last kept raw line (same line), cut off: the relay site's disclaimer (oy02) or the unfinished
# sentence where the stored excerpt breaks off (oy04, oy06)
LINE_SUFFIX = {"oy02": "(此文不代表本网站观点,仅代表作者言论,由此文引发的各种争议,本网站声明免责,也不承担连带责任。) |",
               "oy04": "这家曾经年产值只有5000万元的企业,在发展11年后,成为了井冈山经开区内首家年产值突破1",
               "oy06": "依托国家现代农业产业园,及辖区内脐"}
# (first line prefix, second line prefix): the page breaks one sentence over these two raw lines
JOIN = {"oy05": [("园区已建成区域面积5平方公里", "位。建有的110kv变电站")]}
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
