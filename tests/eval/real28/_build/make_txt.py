#!/usr/bin/env python3
"""Write oNN.txt from the stored page texts in ../_raw/pages/oNN.raw (real25's make_txt.py; real28 uses it with a new ITEMS table and one LINE_SUFFIX).

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
 "o01": ("当前资讯!实现产业集聚发展", "本报讯(梁锐绵报融媒记者尹秦)", "“此次签约仪式既是", []),
 "o02": (None, "12月19日,德阳市促进投资项目", "12月19日,德阳市促进投资项目", []),
 "o03": (None, "近日,黑龙江穆棱市2019年秋季", "近年来,穆棱市深入贯彻", []),
 "o04": (None, "本报讯日前,记者从哈牡绥东", "哈牡绥东对俄经济带办公室成立于", []),
 "o05": ("驻马店市首批44个亿元以上重点项目集中开工", "227日,农历正月初九", "此次驻马店市同时开工", []),
 "o06": ("三宝新材料产业园:项目施工如火如荼", "8月22日,位于芗城区", "8月22日,位于芗城区", []),
 "o07": ("贯岭工业项目区二期建筑工地上,工人们正克服高温天气抓紧施工", "8月28日,贯岭工业项目区", "8月28日,贯岭工业项目区", []),
 "o08": (None, "记者从永春县获悉", "(融媒体记者游怡冰", []),
}
# furniture at the end of a kept raw line (same line), cut off
LINE_SUFFIX = {"o07": "林莹莹"}


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
