#!/usr/bin/env python3
"""Write lqNN.txt from the stored page texts in ../_raw/pages/lqNN.raw (real52's make_txt.py with a new ITEMS table,
LINE_PREFIX (lq04: the search tool's “ date YYYY-MM-DD ” marker at the start of the first line) and LINE_SUFFIX (lq01: the
table-cell bar “ |” at the end of the last line; lq04: the unfinished sentence where the stored excerpt breaks off);
JOIN, HEAD_SUFFIX and WATERMARK unused). lq02's unfinished last paragraph (“陳榮凱表示,…海外、港、澳、台人”) is left out
by ITEMS. Nothing inside a kept line is changed; the text is never converted between simplified and traditional script.
real52's note follows (abridged): for each item the headline line (or None), the first and the last raw line kept as
the body (by line prefix, after stripping blanks), and raw lines inside that range that are furniture (dropped by exact
text). Leading indentation is stripped; every kept raw line becomes one paragraph."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "lq01": (None, "中評社香港5月24日電", "據介紹,香港是江西", []),
 "lq02": ("福建寧德在港引資邁百億", "香港文匯報訊(記者 趙建強", "寧德市位於福建省東北部", []),
 "lq03": (None, "香港文匯報訊(記者 李昌鴻", "香港博大東方集團", []),
 "lq04": (None, "date 2025-12-22", "另外，全長280米", []),
}
LINE_PREFIX = {"lq04": "date 2025-12-22"}
LINE_SUFFIX = {"lq01": "|", "lq04": "李家超指，這項工程將打通河套合作區的交通網絡，促"}
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
