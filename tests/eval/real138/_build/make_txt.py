#!/usr/bin/env python3
"""Write weNN.txt from the stored page texts in ../_raw/pages/weNN.raw (real52's make_txt.py with a new ITEMS table and
LINE_SUFFIX (the unfinished tail where the stored excerpt breaks off: we03, we04, we06, we07 — the unfinished sentence or
clause is cut; we01's and we05's unfinished last paragraphs are left out by ITEMS); LINE_PREFIX, JOIN, HEAD_SUFFIX and WATERMARK unused).

For each item: the headline line (or None when the stored excerpt has none), the first and the last raw line kept as the
body (by line prefix, after stripping leading/trailing blanks), and raw lines inside that range that are page furniture
(dropped by exact text, listed in SOURCES.md).  Leading indentation is stripped; every kept raw line becomes one paragraph.
Nothing inside a line is changed, except the furniture named in LINE_SUFFIX; the script asserts that it is present and
prints what it cut.  The text is never converted between simplified and traditional script."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "we01": ("青岛西海岸:一座新城崛起", "2019年6月,青岛西海岸新区", "这种在西海岸各园区", []),
 "we02": (None, "今天上午,山东省济青烟", "市委常委、秘书长祝华", []),
 "we03": ("胶州市31个项目集中开工,涉及高端装备、新能源新材料、生物医药等产业", "青岛日报社/观海新闻2月26日讯", "观海新闻记者了解到", []),
 "we04": ("重磅!答好“十四五”开局之问 烟台开发区GDP首破2000亿", "胶东在线1月28日讯", "由线展开", []),
 "we05": (None, "8月28日上午", "为做好大会期间", []),
 "we06": ("威海高新区:精准招商 合力抢抓发展新机遇", "刚刚过去的一年", "联想打印机开始试生产", []),
 "we07": (None, "时值岁末", "浆纸产业向高端产品延链", []),
}
LINE_PREFIX = {}
# furniture at the end of the last kept raw line (same line), cut off: here the unfinished sentence where the excerpt is cut
LINE_SUFFIX = {"we03": "同时,突出上合示范区公共产品属性,以上合经贸综服平台为驱动器,以上合国际城、卡奥斯新城等“五大新城”为矩阵,以“一镇一业”为主战场,用好新兴产业基金,主动出击招大引强,确保新引进上合元素",
               "we04": "高起点谋划高特纤维应用制造、先进特铜合金等新一代",
               "we06": "柏新医疗重症监护类及介入",
               "we07": "总投资202亿元的世纪阳光纸业浆纸基地项目签约落地,配套污水"}
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
