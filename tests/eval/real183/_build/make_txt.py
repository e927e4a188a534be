#!/usr/bin/env python3
"""Write vzNN.txt from the stored page texts in ../_raw/pages/vzNN.raw (real52's make_txt.py with a new ITEMS table;
LINE_PREFIX, LINE_SUFFIX, JOIN, HEAD_SUFFIX and WATERMARK unused: where a stored excerpt breaks off mid-sentence
(vz04, vz06) the unfinished last raw line lies outside the kept range and is dropped whole). real52's note follows.
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
 "vz01": ("汉川“园区经济”领跑现代工业", "湖北日报讯", "目前,汉川拥有规模以上工业企业", []),
 "vz02": ("常德高新区:夯实园区基础 突出“高新”特色", "2015年,常德高新区", "创新创业园建设全年", []),
 "vz03": ("产业项目建设年丨临港新兴产业园迎“开园红”", "日前,临湘市举行", "当天,临湘市还签约", []),
 "vz04": ("湖南隆回4个招商项目集中签约总投资39.26亿元", "1月19日讯1月18日上午", "值得一提的是,隆回国际箱包工业园", []),
 "vz05": ("新邵18个项目集中竣工投产或开工", "邵阳日报讯", "据悉,新邵县今年开工建设", []),
 "vz06": ("在建设山区经济强县路上奔跑", "孝昌县位于湖北省东北部", "孝昌经济开发区是1996年", []),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {}
# furniture at the end of the last kept raw line (same line), cut off: here the unfinished sentence where the excerpt is cut
LINE_SUFFIX = {}
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
