#!/usr/bin/env python3
"""Write ufNN.txt from the stored page texts in ../_raw/pages/ufNN.raw (real52's make_txt.py with a new ITEMS table;
LINE_SUFFIX cuts the unfinished tail where the stored excerpt breaks off (uf06); LINE_PREFIX, JOIN, HEAD_SUFFIX and
WATERMARK unused).

For each item: the headline line (or None when the stored excerpt has none), the first and the last raw line kept as the
body (by line prefix, after stripping leading/trailing blanks), and raw lines inside that range that are page furniture
(dropped by exact text, listed in SOURCES.md).  Leading indentation is stripped; every kept raw line becomes one paragraph.
Nothing inside a line is changed, except the furniture named in LINE_SUFFIX; the script asserts that it is present and
prints what it cut.  The text is never converted between simplified and traditional script."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "uf01": (None, "九江城区临港工业基地位于", "九江城区临港工业基地位于", []),
 "uf02": ("南丰县富溪工业园区", "南丰县富溪工业园区于1996年", "南丰县富溪工业园区于1996年", []),
 "uf03": (None, "龙年新春伊始", "据了解,国家陶瓷产业基地建成后", []),
 "uf04": ("省级开发区扩区调区工作调研组到吉州调研", "吉州讯(张春颖", "近年来,吉州区始终坚持", []),
 "uf05": (None, "近日,盛川新能源", "赣州开发区把着力点", []),
 "uf06": ("谁家新燕啄春泥——九江推进县域经济转型发展纪实", "初春时节,九江", "临江的湖口县", []),
}
LINE_PREFIX = {}
# the unfinished sentence where the stored excerpt breaks off, cut so that the text ends at the last whole sentence
LINE_SUFFIX = {"uf06": "工业结构优化升级,"}
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
    suf = LINE_SUFFIX.get(nid)
    if suf:
        assert body[-1].endswith(suf.strip()), (nid, suf)
        body[-1] = body[-1][:-len(suf.strip())].rstrip()
        cut.append(suf.strip())
    text = "\n\n".join(body) + "\n"
    hidx = set()
    if head:
        hidx.add(next(i for i, l in enumerate(lines[:i0]) if l == head))
        text = head + "\n\n" + text
    dropped = [l for i, l in enumerate(lines) if l and (not (i0 <= i <= i1) or l in inner_drop) and i not in hidx]
    return text, dropped, cut


if __name__ == "__main__":
    for nid in sorted(ITEMS):
        text, dropped, cut = build(nid)
        open(os.path.join(D, nid + ".txt"), "w", encoding="utf-8").write(text)
        body = text.split("\n\n", 1)[1] if ITEMS[nid][0] else text
        print(nid, len(text), "body", len(body.strip()), "cut in-line:", cut, "| dropped:", " | ".join(dropped)[:300])
