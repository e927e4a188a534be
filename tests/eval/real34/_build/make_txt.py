#!/usr/bin/env python3
"""Write zdNN.txt from the stored page texts in ../_raw/pages/zdNN.raw (real33's make_txt.py with a new ITEMS table;
LINE_SUFFIX used once, for zd07's in-line reprint/editor credit).

For each item: the headline line (or None when the stored excerpt has none), the first and the last raw line kept as the
body (by line prefix, after stripping leading/trailing blanks), and raw lines inside that range that are page furniture
(dropped by exact text, listed in SOURCES.md).  Leading indentation is stripped; every kept raw line becomes one paragraph.
Nothing inside a line is changed, except the furniture named in LINE_PREFIX / LINE_SUFFIX; the script asserts that it is
present and prints what it cut.  The text is never converted between simplified and traditional script."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "zd01": ('江苏民企控股柬埔寨"经济特区"', "2月23日,中国首批", "西港经济特区由中国江苏太湖", []),
 "zd02": (None, "今年以來,北海綜合保稅區", "2020年1-10月,北海綜合保稅區", []),
 "zd03": (None, "日前,省商務廳發布了", "(丁茜茜)", []),
 "zd04": ("助力周边繁荣 带动当地就业——走进泰中罗勇工业园", "11月8日,在位于泰国罗勇府的泰中罗勇工业园,工人在盾安金属",
          "11月8日,在位于泰国罗勇府的泰中罗勇工业园,泰国工人威戚", ["新华社发(拉亨摄)"]),
 "zd05": (None, "湖南日报1月19日讯", "2022年,湖南自贸试验区实现", []),
 "zd06": (("天津推进科技创新园区天开园建设", "设立种子基金支持初创企业"), "本报天津4月25日电", "目前,天开园依托56所", []),
 "zd07": (None, "8年前的5月12日", "截至2023年4月底", []),
 "zd08": (None, "中新社金邊9月12日電", "柬埔寨西哈努克港經濟特區有限公司董事長", []),
 "zd09": ("中埃簽署泰達合作區擴建協議", "新華社開羅7月16日電", "泰達合作區始建於2008年", []),
 "zd10": (None, "恰逢2025年上海合作组织峰会", "自2008年启动以来", []),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {}
# furniture at the end of the last kept raw line (same line), cut off
LINE_SUFFIX = {"zd07": "(转载请注明见道网www.seetao.com)见道网工程栏目编辑/贺玉婷"}


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
