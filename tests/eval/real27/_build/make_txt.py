#!/usr/bin/env python3
"""Write fNN.txt from the stored page texts in ../_raw/pages/fNN.raw (real25's make_txt.py, used unchanged for real27).

For each item: the headline line (or None when the page stored none), the first and the last raw
line kept as the body (by line prefix, after stripping leading/trailing blanks), and raw lines inside
that range that are page furniture (dropped by exact text, listed in SOURCES.md).  Leading indentation
is stripped; every kept raw line becomes one paragraph.  Nothing inside a line is changed, except the
furniture named in LINE_SUFFIX (page furniture at the end of a kept line, on the same line); the script
asserts that it is present and prints what it cut."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "f01": ("昌吉州准东加快推进六大产业园基础设施建设", "昌吉州准东经济技术开发区依托", "据了解,今年,准东计划投入0.8亿元", []),
 "f02": (None, "一栋栋厂房拔地而起", "据介绍,大健康产业园区", []),
 "f03": (None, "本报讯(王志鹏)", "仪式上,信阳工业城招商局", []),
 "f04": ("开发区招商引资 实现新突破", "西宁经济技术开发区积极适应", "圆满完成了今年", []),
 "f05": ("东湖高新集团与海口国家高新区签约建设美安生态科技新城", "4月11日晚", "据悉,海口生物医药产业", []),
 "f06": ("新疆首个综合保税区封关运营", "14日,新疆阿拉山口海关", "据了解,阿拉山口口岸1991年", []),
 "f07": ("策应鄱阳湖生态经济区建设 赣州开发区建飞地工业园", "为保护章江流域", "赣州开发区、崇义县、上犹县将建立", []),
 "f08": (None, "万邦达40万吨", "计划4月份复工的吉林化工园区", []),
 "f09": ("贵州十大千亿级产业项目集中开工 项目总投资685.3亿元", "中新网贵阳9月9日电", "贵州省工业和信息化厅副厅长敖鸿", []),
}
# furniture at the end of a kept raw line (same line), cut off
LINE_SUFFIX = {}


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
    hidx = None
    if head:
        hidx = next(i for i, l in enumerate(lines[:i0]) if l == head)
        text = head + "\n\n" + text
    dropped = [l for i, l in enumerate(lines) if l and (not (i0 <= i <= i1) or l in inner_drop) and i != hidx]
    return text, dropped, cut


if __name__ == "__main__":
    for nid in sorted(ITEMS):
        text, dropped, cut = build(nid)
        open(os.path.join(D, nid + ".txt"), "w", encoding="utf-8").write(text)
        print(nid, len(text), "cut in-line:", cut, "| dropped:", " | ".join(dropped)[:400])
