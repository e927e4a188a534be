#!/usr/bin/env python3
"""Write moNN.txt (real406) from the stored page texts in ../_raw/pages/moNN.raw: real52's make_txt.py with a new ITEMS table
and JOIN (mo03: the page breaks “中国汽车技术 / 研究中心” over two raw lines; joined with nothing in between); LINE_PREFIX,
LINE_SUFFIX, HEAD_SUFFIX and WATERMARK unused. mo06's photo caption line is dropped as inner furniture; mo05's unfinished
last paragraph is left out by ITEMS (the last kept line is the one before it).
For each item: the headline line (or None when the stored excerpt has none), the first and the last raw line kept as the
body (by line prefix, after stripping leading/trailing blanks), and raw lines inside that range that are page furniture
(dropped by exact text, listed in SOURCES.md). Leading indentation is stripped; every kept raw line becomes one paragraph.
Nothing inside a line is changed. The text is never converted between simplified and traditional script."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "mo01": (None, "汽车产业成为拉动经济", "目前,怀柔区以汽车", []),
 "mo02": ("江都加快省级汽车及零部件科技产业园建设", "科技日报讯", "据介绍,下一步", []),
 "mo03": ("柳州去年汽车产量253.5万辆 占全国8.7%", "2018国际新能源汽车", "研究中心主办", []),
 "mo04": ("永州加快建设汽车配套产业", "湖南日报·新湖南客户端9月16日讯", "去年以来,永州市", []),
 "mo05": ("湖南汽车制造配套产业园和电力装备配套产业园双双“落户”湘潭", "红网时刻新闻湘潭", "湖南电力装备配套产业园(湘潭)以", []),
 "mo06": ("聚焦汽车零部件产业,合川区集中签约项目23个!", "7月31日,合川区", "据悉,下一步", ["签约仪式。活动主办方供图"]),
 "mo07": ("年内投产形成28万台新能源整车产能!", "【年内投产形成28万台", "【年内投产形成28万台", []),
}
LINE_PREFIX = {}
LINE_SUFFIX = {}
# (first line prefix, second line prefix): the page breaks one sentence over these two raw lines
JOIN = {"mo03": [("本次研讨会由中国汽车技术", "研究中心主办")]}
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
