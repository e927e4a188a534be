#!/usr/bin/env python3
"""Write qNN.txt from the stored page texts in ../_raw/pages/qNN.raw (real24's make_txt.py, adapted for real25).

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
 "q01": ("蓟州区13个新项目落户 总投资超16亿元", "日前,蓟州区京津州河科技产业园", "据了解,京津州河科技产业园是在", []),
 "q02": ("中国(湖南)轻工产业园入园项目开工", "115,中国(湖南)轻工产业园首批", "中国(湖南)轻工产业园4月落户湘阴", []),
 "q03": ("总投资525亿元 兰州新区55个重大项目集中开工", "人民网兰州8月5日电", "此外,兰州新区还重点打造", []),
 "q04": (None, "9月下旬,桂黔(隆林)经济合作园区", "据了解,近年来,百色", []),
 "q05": ("广西国家级高新区数量位居西部省份前列", "“广西高新区保持快速发展势头", "此外,高新区也是广西", []),
 "q06": ("内蒙古达拉特经济开发区8个重大项目计划年内建成", "今年以来,内蒙古达拉特经济开发区", "此外,开发区围绕优势特色产业", []),
 "q07": ("辽宁昌图换热设备产业基地已引进项目160个", "2010年10月28日,首届中国换热设备博览会", "2010年10月28日,首届中国换热设备博览会", []),
 "q08": (None, "7月10日,双滦区举行", "“选择在承德建设超小型足球场", []),
 "q09": (None, "中国台湾网7月18日福安消息", "中国台湾网7月18日福安消息", []),
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
