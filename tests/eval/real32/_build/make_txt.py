#!/usr/bin/env python3
"""Write zbNN.txt from the stored page texts in ../_raw/pages/zbNN.raw (real31's make_txt.py with a new ITEMS table;
LINE_SUFFIX used once, for zb08's in-line byline).

For each item: the headline line (or None when the stored excerpt has none), the first and the last raw line kept as the
body (by line prefix, after stripping leading/trailing blanks), and raw lines inside that range that are page furniture
(dropped by exact text, listed in SOURCES.md).  Leading indentation is stripped; every kept raw line becomes one paragraph.
Nothing inside a line is changed, except the furniture named in LINE_SUFFIX (a byline at the end of a kept line, on the
same line); the script asserts that it is present and prints what it cut.  The text is never converted between
simplified and traditional script."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "zb01": ("著名臺胞祖地福建龍海市引進臺資26億美元", "記者從今日福建省龍海市", "龍海市的角美工業綜合開發區", []),
 "zb02": (None, "中新社廈門九月十日電", "據了解,福建清流", []),
 "zb03": ("淮安开发区51个项目开工 总投资115.5亿", "6月21日,淮安经济开发区", "淮安经济开发区党工委书记", []),
 "zb04": ("重慶臺商工業園揭牌未來三年産值將破千億", "規劃面積6平方公里", "“除了配合六大代工廠", []),
 "zb05": ("力爭2022年打造25個千億園區", "2011年,重慶園區", "長壽經開區是重慶", []),
 "zb06": ("大理創新工業園區 成為經濟發展新增長極", "近年來,雲南省大理", "目前,園區産業發展", []),
 "zb07": ("台积电南京12吋晶圆厂签约仪式在宁举行", "昨天下午", "省委常委、南京市委书记", []),
 "zb08": ("23个招商项目签约额109.52亿元 兰州新区招商引资工作实现开门红", "6月5日,记者从新区经合局", "据介绍,在签约项目中", []),
 "zb09": ("池州经开区招商引资实现“开门红”一季度新签约亿元以上项目8个总投资逾70亿元", "记者从池州经开区管委会获悉", "根据经开区党工委", []),
}
# furniture at the end of a kept raw line (same line), cut off
LINE_SUFFIX = {"zb08": "兰州日报社全媒体记者周靖博"}


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
    suf = LINE_SUFFIX.get(nid)
    if suf:
        assert body[-1].endswith(suf.strip()), (nid, suf)
        body[-1] = body[-1][:-len(suf.strip())].rstrip()
        cut.append(suf.strip())
    text = "\n\n".join(body) + "\n"
    hidx = set()
    if head:
        parts = head if isinstance(head, tuple) else (head,)
        for p in parts:
            hidx.add(next(i for i, l in enumerate(lines[:i0]) if l == p))
        text = " ".join(parts) + "\n\n" + text
    dropped = [l for i, l in enumerate(lines) if l and (not (i0 <= i <= i1) or l in inner_drop) and i not in hidx]
    return text, dropped, cut


if __name__ == "__main__":
    for nid in sorted(ITEMS):
        text, dropped, cut = build(nid)
        open(os.path.join(D, nid + ".txt"), "w", encoding="utf-8").write(text)
        print(nid, len(text), "cut in-line:", cut, "| dropped:", " | ".join(dropped)[:600])
