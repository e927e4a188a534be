#!/usr/bin/env python3
"""Turn _raw/pages/ueNN.raw (search excerpts as returned, typed into files) into ueNN.txt for real188: headline, blank
line, body; every kept raw line one paragraph (leading/trailing blanks stripped); nothing inside a line changed except
the unfinished sentence where an excerpt breaks off (LINE_SUFFIX). Adapted from real52's make_txt.py; one addition:
PARAS[nid] lists the opening words of each paragraph of a page whose text is broken at a fixed width (ue04, a yearbook
flipbook page): the raw lines from one opening to the next are joined with nothing in between (whitespace only)."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

# nid: (headline or None, first body line starts with, last body line starts with, inner lines dropped)
ITEMS = {
 "ue01": ("南汇工业园区经济开局态势良好", "今年园区经济实现", "园区经济实现开门红", []),
 "ue02": ("上海化工区2009年将引资35亿美元", "今年,上海化工区预期目标", "(蓝剑)", []),
 "ue03": (None, "上海闵行经济技术开发区(简称闵行开发区)", "闵行开发区在集约化", []),
 "ue04": ("2014,回眸松江", "2014年是全面深化改革", "务的行政区域", []),
 "ue05": ("聚焦丨亭林镇工业经济在转型升级中前行", "临近“十二五”收官", "“虽然镇级经济保持高速增长", []),
 "ue06": ("上海市莘庄工业区举办2016先进制造业招商说明会", "中新上海网12月14日电", "改革开发之初",
          []),
}
# unfinished sentence at the end of the last kept line (where the stored excerpt breaks off), cut
LINE_SUFFIX = {
 "ue01": "园区将抓住发展契机,勇",
 "ue03": "闵行开发区临港园区位于上海东南长江口和杭州湾交汇处的上海临港新城产业区内,距上海中心城",
 "ue04": "开展跨境电商业务试点,成为全市首个在自贸区外探索此项业务的行政区域,天猫国际电商项目",
 "ue06": "在这样的背景下,今年5月闵行区开始实施统筹区域经济发展的重大战略,把莘庄工业区作",
}
# paragraph openings of a fixed-width page (lines in between are joined with nothing)
PARAS = {"ue04": ["2014年是全面深化改革", "坚持创新驱动,经济转型升级加快", "坚持以提高经济质量效益", "经济结构不断优化",
                  "创新能力持续提升"]}


def build(nid):
    head, first, last, inner_drop = ITEMS[nid]
    lines = [l.strip() for l in open(os.path.join(RAW, nid + ".raw"), encoding="utf-8").read().split("\n")]
    i0 = next(i for i, l in enumerate(lines) if l.startswith(first))
    i1 = next(i for i, l in enumerate(lines) if i >= i0 and l.startswith(last))
    body = [l for l in lines[i0:i1 + 1] if l and l not in inner_drop]
    cut = []
    if nid in PARAS:
        out = []
        for l in body:
            if any(l.startswith(p) for p in PARAS[nid]) or not out:
                out.append(l)
            else:
                out[-1] += l
        assert len(out) == len(PARAS[nid]), (nid, len(out))
        cut.append("joined %d width-broken lines into %d paragraphs" % (len(body), len(out)))
        body = out
    suf = LINE_SUFFIX.get(nid)
    if suf:
        assert body[-1].endswith(suf), (nid, suf)
        body[-1] = body[-1][:-len(suf)].rstrip()
        cut.append(suf)
    text = "\n\n".join(body) + "\n"
    hidx = set()
    if head:
        hidx.add(max(i for i, l in enumerate(lines[:i0]) if l == head))
        text = head + "\n\n" + text
    dropped = [l for i, l in enumerate(lines) if l and not (i0 <= i <= i1) and i not in hidx]
    return text, dropped, cut


if __name__ == "__main__":
    for nid in sorted(ITEMS):
        text, dropped, cut = build(nid)
        open(os.path.join(D, nid + ".txt"), "w", encoding="utf-8").write(text)
        print(nid, len(text), "cut:", cut, "| dropped:", " | ".join(dropped)[:400])
