#!/usr/bin/env python3
"""Write rhNN.txt from the stored page texts in ../_raw/pages/rhNN.raw (real52's make_txt.py, copied for real269 with a new
ITEMS table; LINE_PREFIX, LINE_SUFFIX, JOIN, HEAD_SUFFIX and WATERMARK unused — the broken last paragraphs of rh02, rh05 and
rh06 are left out whole by ITEMS, rh05's in-body image captions and repeated headline lines are dropped by exact text).
real52's note follows in spirit: for each item the headline line (or None when the stored excerpt has none), the first and the
last raw line kept as the body (by line prefix, after stripping leading/trailing blanks), and raw lines inside that range that
are page furniture (dropped by exact text, listed in SOURCES.md). Leading indentation is stripped; every kept raw line becomes
one paragraph. Nothing inside a line is changed. The text is never converted between simplified and traditional script."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "rh01": ("咸宁盛开光电产业众创城项目在崇阳正式开工兴建", "咸宁网讯 全媒体记者", "县领导石磊、黄齐飞出席开工仪式", []),
 "rh02": (None, "本网讯 李 佳 报道", "县委副书记、县长陈兴旺详细介绍", []),
 "rh03": ("衡东县10大产业项目集中开工 总投资超20亿元", "衡东经开区2019年产业项目集中开工仪式", "今年以来,衡东始终抓住发展", []),
 "rh04": ("岳阳县 20个重大项目集中开工 总投资近72亿元", "本报讯(钟斯洋", "此次20个项目的集中开工", []),
 "rh05": ("湖南祁东:9个产业项目集中开工  总投资26.5亿元", "3月3日,2020年祁东县产业项目集中开工仪式", "本次祁东县集中开工的9个产业项目为",
          ["湖南祁东:9个产业项目集中开工  总投资26.5亿元", "中共祁东县委书记杜登峰向开工企业赠送口罩"]),
 "rh06": ("石门县10月份6个项目集中开工 总投资7亿元", "湖南日报·新湖南客户端10月8日讯", "县委副书记、统战部长张凯", []),
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
