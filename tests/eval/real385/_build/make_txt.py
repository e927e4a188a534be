#!/usr/bin/env python3
"""Write ntNN.txt from the stored page texts in ../_raw/pages/ntNN.raw (real52's make_txt.py, unchanged below the tables,
with a new ITEMS table and LINE_SUFFIX (nt07: the unfinished sentence where the stored excerpt breaks off, cut so that the
text ends at the last whole sentence). nt02's and nt03's unfinished last paragraphs, and nt05's trailing sub-heading with no
text after it, are left out by ITEMS; LINE_PREFIX, JOIN, HEAD_SUFFIX and WATERMARK unused.

For each item: the headline line (or None when the stored excerpt has none), the first and the last raw line kept as the
body (by line prefix, after stripping leading/trailing blanks), and raw lines inside that range that are page furniture
(dropped by exact text, listed in SOURCES.md).  Leading indentation is stripped; every kept raw line becomes one paragraph.
Nothing inside a line is changed, except the furniture named in LINE_PREFIX / LINE_SUFFIX; the script asserts that it is
present and prints what it cut.  JOIN names pairs of raw lines (by prefix) where the page breaks one sentence over two
lines; the second is appended to the first with nothing in between (printed).  The text is never converted between
simplified and traditional script."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "nt01": ("未来科技城全面开工", "本报讯 (记者邢世伟)", "昌平区委方面表示", []),
 "nt02": ("怀柔科学城密云地块首个项目开工", "1月10日上午", "目前,怀柔科学城首个落地项目", []),
 "nt03": (None, "人民网北京12月28日电", "“这些项目将进一步壮大", []),
 "nt04": ("北京大兴国际机场临空经济区将全面建设 出台自贸区首批制度创新清单", "央视网消息", "据了解,北京大兴国际机场综合保税区", []),
 "nt05": ("“中国药谷”加快“扩区”速度,提升项目引进空间", "北京大兴生物医药产业基地有", "负责人指出", []),
 "nt06": ("怀柔科学城产业转化示范区建设稳步推进", "今年以来,怀柔区", "随着最后一段顶板浇筑完成", []),
 "nt07": ("房山区一投资6亿元重大项目顺利开工", "本报讯(记者  叶婉)", "此外,北青报记者还了解到", []),
 "nt08": ("小米 8.42 亿元北京拿地确认为智能制造产业基地项目二期", "8 月 1 日消息", "7 月 31 日上午", []),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {}
# furniture at the end of the last kept raw line (same line), cut off: here the unfinished sentence where the excerpt is cut
LINE_SUFFIX = {"nt07": "截至目前,项目地下结构已完工,实现主"}
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
