#!/usr/bin/env python3
"""Write zaNN.txt from the stored page texts in ../_raw/pages/zaNN.raw (real29's make_txt.py with a new ITEMS table;
LINE_SUFFIX used once, for za09's end mark “◇”).

For each item: the headline line (or None when the stored excerpt has none), the first and the last raw line kept as the
body (by line prefix, after stripping leading/trailing blanks; the FIRST line with the last prefix at or after the first,
so za06's stored second copy of its five lines is left out), and raw lines inside that range that are page furniture
(dropped by exact text, listed in SOURCES.md).  Leading indentation is stripped; every kept raw line becomes one paragraph.
Nothing inside a line is changed, except the furniture named in LINE_SUFFIX (page furniture at the end of a kept line,
on the same line); the script asserts that it is present and prints what it cut.  The text is never converted between
simplified and traditional script."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "za01": (None, "人民網電(記者 成新平 鄭海青)", "衡陽臺灣工業園規劃面積", []),
 "za02": ("科學園區增4投資案 逾17億元", "【大紀元5月12日報導】", "另外,銀泰科技", []),
 "za03": ("台中加工出口區啟動眺島更新計畫 產值估增80億元", "經濟部加工出口區管理處今", "加工處表示,當前美中", []),
 "za04": ("屏东加工区去年招商亮眼 投增资额逾242亿", "【新唐人2009年1月15日讯】", "从进驻厂商", []),
 "za05": ("澳門50新項目入駐橫琴自貿區 首批16項目已落地投資800億澳元", "【文匯網訊】", "澳門特區政府指出", []),
 "za06": (None, "【新唐人2012年11月22日讯】", "其中,投资额最大的", []),
 "za07": (None, "〔記者吳俊鋒／台南報導〕", "管理局強調", []),
 "za08": (None, "國科會中科管理局二林園區服務大樓", "中科管理局強調", []),
 "za09": ("高雄招商簽約金 奪地方之冠", "【大紀元2016年06月21日訊】", "高雄市府表示,104年", []),
 "za10": (None, "南京(CNFIN.COM", "与此同时,昆山开发区", []),
}
# furniture at the end of a kept raw line (same line), cut off
LINE_SUFFIX = {"za09": "◇"}


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
    suf = LINE_SUFFIX.get(nid)
    if suf:
        assert body[-1].endswith(suf.strip()), (nid, suf)
        body[-1] = body[-1][:-len(suf.strip())].rstrip()
        cut.append(suf.strip())
    text = "\n\n".join(body) + "\n"
    hidx = set()
    if head:
        parts = head if isinstance(head, tuple) else (head,)
        for p in parts:
            hidx.add(next(i for i, l in enumerate(lines[:i0]) if l == p))
        text = " ".join(parts) + "\n\n" + text
    dropped = [l for i, l in enumerate(lines) if l and (not (i0 <= i <= i1) or l in inner_drop) and i not in hidx]
    return text, dropped, cut


if __name__ == "__main__":
    for nid in sorted(ITEMS):
        text, dropped, cut = build(nid)
        open(os.path.join(D, nid + ".txt"), "w", encoding="utf-8").write(text)
        print(nid, len(text), "cut in-line:", cut, "| dropped:", " | ".join(dropped)[:600])
