#!/usr/bin/env python3
"""Write uhNN.txt from the stored page texts in ../_raw/pages/uhNN.raw (real52's make_txt.py with a new ITEMS table and
LINE_SUFFIX (uh04: the unfinished tail where the stored excerpt breaks off, cut so that the text ends at the last whole
sentence); uh02's and uh03's unfinished last raw lines are left out by ITEMS; LINE_PREFIX, JOIN, HEAD_SUFFIX and WATERMARK
unused). real52's note on the mechanism applies: every kept raw line is one paragraph, leading/trailing blanks stripped,
nothing inside a line changed except the named cut; the text is never converted between scripts."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "uh01": ("试验区1-10月完成省外招商引资到位资金64.82亿元", "今年以来,试验区深入贯彻", "从项目产业类别看", []),
 "uh02": (None, "深度融入产业“四地”建设", "截至目前,开发区已成为", []),
 "uh03": ("西宁市投资666亿元集中开工重大项目", "近日,西宁市举行", "据悉,南川工业园区开工", ["西宁市投资666亿元集中开工重大项目", "集中开工仪式现场。历超 摄"]),
 "uh04": (None, "经过20多年的发展", "经过20多年的发展", []),
 "uh05": ("青海西宁杉杉奥特莱斯小镇落户南川工业园区", "人民网西宁6月16日电", "该项目的签约标志着", []),
 "uh06": (None, "本报讯(记者 孙振星)", "记者了解到,今年7月", []),
}
LINE_PREFIX = {}
LINE_SUFFIX = {"uh04": "作为自治区氰胺"}
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
