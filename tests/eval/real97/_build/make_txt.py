#!/usr/bin/env python3
"""Write xoNN.txt from the stored page texts in ../_raw/pages/xoNN.raw (real52's make_txt.py with a new ITEMS table,
ITEMS inner drops (xo02: image file names standing alone between paragraphs) and LINE_SUFFIX (the unfinished sentence
where the stored excerpt breaks off: xo01, xo02 — cut so that the text ends at the last whole sentence); LINE_PREFIX, JOIN,
HEAD_SUFFIX and WATERMARK unused). real52's note follows.
Write zvNN.txt from the stored page texts in ../_raw/pages/zvNN.raw (real49's make_txt.py with a new ITEMS table, …).

For each item: the headline line (or None when the stored excerpt has none), the first and the last raw line kept as the
body (by line prefix, after stripping leading/trailing blanks), and raw lines inside that range that are page furniture
(dropped by exact text, listed in SOURCES.md).  Leading indentation is stripped; every kept raw line becomes one paragraph.
Nothing inside a line is changed, except the furniture named in LINE_PREFIX / LINE_SUFFIX; the script asserts that it is
present and prints what it cut.  JOIN names pairs of raw lines (by prefix) where the page breaks one sentence over two
lines; the second is appended to the first with nothing in between (printed).  The text is never converted between
simplified and traditional script."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "xo01": ("泌阳县扎实推进产业集聚区发展", "驻马店广视网讯", "恒都食品、中云创光电科技公司是", []),
 "xo02": ("我县集中开工签约项目总投资34.01亿元", "3月1日,全市举行", "在致辞中,艾克海指出",
          ["QQ截图20210301111349.jpg", "QQ截图20210301111438.jpg", "QQ截图20210301111427.jpg", "微信图片_20210301175249.png"]),
 "xo03": (None, "截止7月,今年旺苍县", "(唐福升)", []),
 "xo04": ("图文:通山县南林桥双创(扶贫)产业园加快施工", "19日,通山县", "咸宁日报全媒体记者", []),
 "xo05": ("遂川县工业园区简介", "遂川工业园区成立于1995年", "(吉安市台办供稿)", []),
 "xo06": (None, "近日,省商务厅发布", "该经开区深入推进", []),
 "xo07": ("竹制品集聚区建设", "目前,遂昌县移民竹制品集聚区", "记者 章建辉 摄", []),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {}
# furniture at the end of the last kept raw line (same line), cut off: here the unfinished sentence where the excerpt is cut
LINE_SUFFIX = {"xo01": "目前,该县产业集聚区在产业发展、配套设施建",
               "xo02": "艾克海要求我县各级各部门以此为契机,吹响项目建设“集结号”,按下项目建设“加速器”,大力弘扬为民服务孺子牛、创新发展拓荒牛、艰苦奋斗老黄牛精神,为项目建设一如既往地提供积极主动无私的“母"}
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
