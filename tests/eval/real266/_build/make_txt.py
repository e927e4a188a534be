#!/usr/bin/env python3
"""Write reNN.txt from the stored page texts in ../_raw/pages/reNN.raw (real52's make_txt.py with a new ITEMS table;
LINE_PREFIX, LINE_SUFFIX, JOIN, HEAD_SUFFIX and WATERMARK unused: where a stored excerpt breaks off mid-paragraph (re04,
re05), that broken paragraph is left out whole by ITEMS). real52's note (abridged):
For each item: the headline line (or None when the stored excerpt has none), the first and the last raw line kept as the
body (by line prefix, after stripping leading/trailing blanks), and raw lines inside that range that are page furniture
(dropped by exact text, listed in SOURCES.md).  Leading indentation is stripped; every kept raw line becomes one paragraph.
Nothing inside a line is changed.  The text is never converted between simplified and traditional script."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "re01": ("沙潭江产业园获批发行1.8亿元债券", "本报防城港讯日前", "(何顺)", []),
 "re02": ("平阴经济开发区创新投融资机制", "为创新投融资机制", "下一步,平阴经济开发区", []),
 "re03": ("中金联东科创REIT在上交所上市", "中证网讯(记者 葛瑶)", "公告显示,中金联东", []),
 "re04": ("中金重庆两江REIT于上交所上市", "12月11日,中金重庆两江", "公开信息显示,中金重庆两江REIT", []),
 "re05": ("【地方政府专项债券助推我市区域经济高质量发展】优秀案例系列(一)政策助力地方产业园区重点项目建设",
          "随着地方政府新增专项债券", "蒙苏经济开发区零碳产业园新能源高效能电池园区基础设施建设项目主要为", []),
 "re06": ("金融助力工业园区建设", "2月2日,农发行河源市", "下一步,农发行龙川县支行", []),
}
LINE_PREFIX = {}
LINE_SUFFIX = {}
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
