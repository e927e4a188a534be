#!/usr/bin/env python3
"""Write ujNN.txt from the stored page texts in ../_raw/pages/ujNN.raw (real52's make_txt.py with a new ITEMS table,
LINE_PREFIX (uj03: the WeChat mirror's “文摘  date  广东” line, glued to the first body line by the block join),
LINE_SUFFIX (the unfinished tail where the stored excerpt breaks off: uj07, uj08 — cut so that the text ends at the last
whole sentence; uj04's fragment “近年”, uj05's and uj06's unfinished last paragraphs are left out by ITEMS) and a new BLOCKS
set (uj03: a WeChat page that breaks every sentence over short lines; the lines of each blank-line-separated block are
joined with nothing in between, so each block becomes one paragraph); JOIN, HEAD_SUFFIX and WATERMARK unused).
A headline given as a tuple (uj04: title + subtitle line, uj06: kicker line + title) is written as its parts joined by one
space.  real52's note on the method follows.

For each item: the headline line (or None when the stored excerpt has none), the first and the last raw line kept as the
body (by line prefix, after stripping leading/trailing blanks), and raw lines inside that range that are page furniture
(dropped by exact text, listed in SOURCES.md).  Leading indentation is stripped; every kept raw line becomes one paragraph.
Nothing inside a line is changed, except the furniture named in LINE_PREFIX / LINE_SUFFIX; the script asserts that it is
present and prints what it cut.  The text is never converted between simplified and traditional script."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "uj01": (None, "9月24日上午,广东省汕尾市", "据悉,海丰生态科技城总规划面积", []),
 "uj02": (None, "2016年8月15日上午", "近年来,红草园区发展势头迅猛", []),
 "uj03": ("总投资28.82亿!韶关这个国家重点产业园已有21家企业确定入驻", "文摘", "接下来,南雄将进一步加快",
          ["项目建设现场", "前期施工图"]),
 "uj04": (("新产业 新动能", "——我市重大项目建设掠影"), "广东紫泉饮料河源万绿湖", "重大项目作为拉动区域经济", []),
 "uj05": (None, "梅州高新区(广梅产业园)是省级高新区", "园区作为穗梅产业共建的主阵地", []),
 "uj06": (("广东茂名推动产业结构转型——", "“南方油城”绿色蝶变"), "图为广东茂名零碳产业园一角", "东华能源(茂名)有限公司董事长王铭祥说", []),
 "uj07": (None, "时值初冬,奋进正酣", "该项目的开工,是阳春市", []),
 "uj08": ("“湾区后花园”扛起产业转移大梁", "去年,广清经济特别合作区", "办事加快。",
          ["●采写:南方日报记者 陈立楷 陈国飞", "摄影:南方日报记者 曾亮超", "策划:达海军", "统筹:刘秋宜"]),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {"uj03": "文摘   2024-11-23 10:52   广东"}  # uj03: the mirror's column word, date and place, glued to the body's first line by the block join
# furniture at the end of the last kept raw line (same line), cut off: the unfinished sentence where the stored excerpt breaks off
LINE_SUFFIX = {"uj07": "目前,阳春累计落户工业母机及配套产业项目40余个,达产后年产值可超66",
               "uj08": "建立企业跨区迁移经营机制,实施企业跨区域迁移“一次办”;深化企业开办"}
# (first line prefix, second line prefix): the page breaks one sentence over these two raw lines
JOIN = {}
# items whose page breaks every sentence over many short lines (WeChat layout): the lines of each blank-line-separated
# block are joined with nothing in between before anything else is done, so that one block is one raw line
BLOCKS = {"uj03"}
# text glued to the end of the headline line (not part of the headline), cut off
HEAD_SUFFIX = {}
WATERMARK = {}

def build(nid):
    head, first, last, inner_drop = ITEMS[nid]
    raw = open(os.path.join(RAW, nid + ".raw"), encoding="utf-8").read()
    if nid in BLOCKS:
        blocks = [b for b in raw.split("\n\n")]
        raw = "\n".join("".join(l.strip() for l in b.split("\n")) for b in blocks)
    raw_lines = raw.split("\n")
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
