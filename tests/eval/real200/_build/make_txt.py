#!/usr/bin/env python3
"""Write uqNN.txt from the stored page texts in ../_raw/pages/uqNN.raw (real52's make_txt.py, copied unchanged except this
note and the ITEMS / LINE_PREFIX / LINE_SUFFIX tables). LINE_SUFFIX cuts the unfinished tail where the stored excerpt breaks
off (uq01, uq04); LINE_PREFIX cuts the page's view-count / date line glued to the start of uq07's first body line; uq07's
last, unfinished line is left out by ITEMS. JOIN, HEAD_SUFFIX and WATERMARK unused.
For each item: the headline line (or None when the stored excerpt has none), the first and the last raw line kept as the
body (by line prefix, after stripping leading/trailing blanks), and raw lines inside that range that are page furniture
(dropped by exact text).  Leading indentation is stripped; every kept raw line becomes one paragraph.  Nothing inside a
line is changed, except the furniture named in LINE_PREFIX / LINE_SUFFIX; the script asserts that it is present and prints
what it cut.  The text is never converted between simplified and traditional script (uq02 is traditional as published)."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "uq01": ("专报--渠县经开区十三五期间经济运行分析", "渠县经济开发区位于", "经开区创新统计工作方法", []),
 "uq02": ("四川鹽亭鋰源新能源項目未投產已接六億訂單", "鋰電新能源產業", "「我們的產品", []),
 "uq03": ("彭山经开区一季度主要经济指标稳健开局", "四川经济日报眉山讯", "一季度,该区26个", []),
 "uq04": (None, "垫江,上接巴渝之雄", "垫江,上接巴渝之雄", []),
 "uq05": ("奋进千亿目标丨四川自贡沿滩又一批重大项目竣工投产", "中国报道讯", "据悉,川南新材料化工园区", []),
 "uq06": ("大湾区20余家企业组团到酉考察", "4月15日", "据了解,今年以来", []),
 "uq07": ("四川新闻联播丨特色产业“加速跑” 激活县域经济发展新动能", "0次浏览", "记者 王肖琳", []),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {"uq07": "0次浏览 发布时间:2025-04-09 21:13:00"}
# furniture at the end of the last kept raw line (same line), cut off: here the unfinished sentence where the excerpt is cut
LINE_SUFFIX = {"uq01": "现有25个正在装修和在建的工业企业,也将对于2011年的升",
               "uq04": "遇见小黄鸭中央厨房西"}
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
