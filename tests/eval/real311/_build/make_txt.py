#!/usr/bin/env python3
"""Write qxNN.txt from the stored page texts in ../_raw/pages/qxNN.raw (real52's make_txt.py with a new ITEMS table,
LINE_SUFFIX (qx04: the table-cell bar " |" at the end of its last line) and JOIN (qx05: the page breaks one sentence over
two raw lines, “…开发区成” / “为广州第三个…”; joined with nothing in between); LINE_PREFIX, HEAD_SUFFIX and WATERMARK unused).
Unfinished last paragraphs (qx02, qx03, qx05) are left out whole by ITEMS. Otherwise as real52's note:
every kept raw line becomes one paragraph, leading blanks stripped, nothing inside a line changed; the text is never
converted between simplified and traditional script (qx03 is traditional as published)."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "qx01": (None, "昨日上午,佛山市三水区", "今年,三水区提出", []),
 "qx02": (None, "广州南沙今年将", "该区发改局局长翁殊武还透露", []),
 "qx03": ("南沙新區GDP目標破千億", "香港文匯報訊", "值得關注的是", []),
 "qx04": (None, "据南海区宣传部透漏", "借新能源汽车项目", []),
 "qx05": ("增城经济技术开发区挂牌 张广宁林元和出席", "广州成为国内拥有3家", "为广州第三个国家级", []),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {}
# furniture at the end of the last kept raw line (same line), cut off: qx04's table-cell bar
LINE_SUFFIX = {"qx04": " |"}
# (first line prefix, second line prefix): the page breaks one sentence over these two raw lines
JOIN = {"qx05": [("昨日上午,增城经济技术开发区", "为广州第三个国家级")]}
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
