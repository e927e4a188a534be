#!/usr/bin/env python3
"""Write poNN.txt from the stored page texts in ../_raw/pages/poNN.raw (real52's make_txt.py with a new ITEMS table;
LINE_PREFIX, LINE_SUFFIX, JOIN, HEAD_SUFFIX and WATERMARK unused: where a stored excerpt breaks off mid-sentence
(po01, po04) the whole unfinished last paragraph is left out by ITEMS, as the brief asks). real52's note follows.
real52: Write zvNN.txt from the stored page texts in ../_raw/pages/zvNN.raw (real49's make_txt.py with a new ITEMS table,
LINE_SUFFIX (the unfinished tail where the stored excerpt breaks off: zv02, zv06, zv07 — the unfinished sentence, cut so
that the text ends at the last whole sentence; zv03's and zv05's unfinished last paragraphs are left out by ITEMS) and JOIN (zv05: the page breaks sentences over
several raw lines; joined with nothing in between); LINE_PREFIX, HEAD_SUFFIX and WATERMARK unused). real49's note follows (abridged; see real52/_build/make_txt.py)."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "po01": ("项目建设热力十足 我市15个项目集中签约、1个项目开工", "烈日炎炎,战鼓擂动", "烈日炎炎,战鼓擂动", []),
 "po02": ("桃源县2022年第一季度重点建设项目集中开工,总投资21.98亿元", "红网时刻常德2月18日讯", "据了解,桃源高新区目前", ["图片1.png", "开工仪式现场。"]),
 "po03": ("邵阳县:25个项目签约,总投资26.31亿元", "近日,邵阳县举行", "邵阳县党政负责人说", []),
 "po04": ("“开门红”“开门稳”之项目建设篇 | 以会战之势,按下“快进键”", "编者按:早春好时节", "项目定好,郴州经开区",
          ["红网时刻记者 周蕾 通讯员 雷一帆 郴州报道", "1郴州智能制造产业聚集区·长冲科技产业园灯火通明,工人们正紧张施工。.jpg",
           "郴州智能制造产业聚集区·长冲科技产业园项目建设现场。"]),
 "po05": (None, "“此次,衡阳县集中开工", "衡阳县委副书记、县长孙鹏伟", []),
 "po06": ("郴州107个重大产业项目集中开(竣)工", "2月28日,郴州市举行", "为服务好产业项目建设和发展", []),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {}
# furniture at the end of the last kept raw line (same line), cut off
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
