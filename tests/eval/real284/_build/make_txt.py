#!/usr/bin/env python3
"""Write rwNN.txt from the stored page texts in ../_raw/pages/rwNN.raw (real52's make_txt.py with a new ITEMS table and
LINE_SUFFIX (rw04: the unfinished sentence where the stored excerpt breaks off, cut so that the text ends at the last whole
sentence); LINE_PREFIX, JOIN, HEAD_SUFFIX and WATERMARK unused). real52's note follows.
LINE_SUFFIX (the unfinished tail where the stored excerpt breaks off: zv02, zv06, zv07 — the unfinished sentence, cut so
that the text ends at the last whole sentence; zv03's and zv05's unfinished last paragraphs are left out by ITEMS) and JOIN (zv05: the page breaks sentences over
several raw lines; joined with nothing in between); LINE_PREFIX, HEAD_SUFFIX and WATERMARK unused). real49's note follows. (rest as real52)"""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "rw01": ("长沙高新区16个项目签约,引资462亿", "本报1月24日讯", "■记者 杨田风", []),
 "rw02": ("民间组织与安徽合作共建马鞍山中山产业园中山两企业首批入驻", "5月28日,中山市经济促进会", "中山市合创公司等两家企业", []),
 "rw03": (None, "【事件简述】:", "此项目的实施能够逐步推动", []),
 "rw04": (None, "12月19日下午,中国(上海)", "记者获悉,自贸区临港新片区", []),
 "rw05": (None, "青岛新闻网 8月22日讯", "据悉,此次夏季央企行", []),
 "rw06": ("大洋电机披露芜湖产业园建设进展", "大洋电机午间公告", "公司将分两期滚动投资建设", []),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {}
# furniture at the end of the last kept raw line (same line), cut off: here the unfinished sentence where the excerpt is cut
LINE_SUFFIX = {"rw04": "未来,新片区将加大国内外优质资本招引力度,加快前沿产业以及城市服务业集聚,提升城市"}
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
