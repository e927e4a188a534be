#!/usr/bin/env python3
"""Write mzNN.txt for real417 from the stored search excerpts in ../_raw/pages/mzNN.raw (real52's make_txt.py with a new
ITEMS table; HEAD_SUFFIX (the table-cell bar " |" after mz01's and mz02's headline lines) and LINE_SUFFIX (mz01: the site's
keyword line "本篇新闻热门关键词:…" glued to the end of the last body line); LINE_PREFIX, JOIN and WATERMARK unused).
Unfinished last paragraphs (mz02, mz06) are left out whole by ITEMS. Every kept raw line is one paragraph; nothing inside a
line is changed; the text is never converted between simplified and traditional script. real52's note on the mechanics:
the headline line (or None), the first and the last raw line kept as the body (by line prefix, after stripping blanks), and
raw lines inside that range that are page furniture (dropped by exact text, listed in SOURCES.md)."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "mz01": ("平安县招商引资工作力度大 完成引进区外资金8.83亿", "青海新闻网讯 平安县", "去年以来,平安县经过努力", []),
 "mz02": ("西藏代表团122个特色项目赴西洽会招商", "第十三届西洽会", "作为最经济、最环保的发电技术", []),
 "mz03": ("六十三团招商引资8亿元建设年产8万吨金属硅项目", "7月19日,新疆生产建设兵团", "该项目占地面积为250亩", []),
 "mz04": ("广东东莞产业援疆:近百项目助师市健全产业体系", "东莞10月29日电", "此外,东莞援疆工作队", []),
 "mz05": ("西藏2022年重点建设项目计划投资1404亿 第一批45个已开复工", "4月1日上午", "西藏今年重点项目共181个大类", []),
 "mz06": ("西藏持续延伸产业链助推经济高质量发展", "位于拉萨市达孜区邦堆乡", "记者从自治区投资促进局", []),
 "mz07": ("第三师图木舒克市前三季度形成招商引资实物量50.88亿元 项目建设“热”起来 经济发展“活”起来", "近日,记者从第三师图木舒克市", "今年以来,五十一团唐驿镇", []),
}
LINE_PREFIX = {}
LINE_SUFFIX = {"mz01": "本篇新闻热门关键词:板带场地项目洽谈引资"}
JOIN = {}
HEAD_SUFFIX = {"mz01": " |", "mz02": " |"}
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
