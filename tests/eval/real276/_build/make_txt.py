#!/usr/bin/env python3
"""Write roNN.txt from the stored page texts in ../_raw/pages/roNN.raw (real52's make_txt.py adapted: new ITEMS table;
SPLIT (ro05: the store gives the article as one raw line whose paragraphs are separated by runs of 7 spaces — split there
into paragraphs, nothing else changed); LINE_PREFIX, LINE_SUFFIX, JOIN, HEAD_SUFFIX and WATERMARK unused).

For each item: the headline line (or None when the stored excerpt has none), the first and the last raw line (paragraph)
kept as the body (by prefix, after stripping leading/trailing blanks), and raw lines inside that range that are page
furniture (dropped by exact text, listed in SOURCES.md). Every kept raw line becomes one paragraph; a broken last
paragraph is left out whole by ITEMS. The text is never converted between simplified and traditional script."""
import os, re
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "ro01": ("南阳卧龙区7个项目集中开工总投资近20亿元", "大河网讯 10月24日", "当天开工的这7个项目", []),
 "ro02": ("【南阳园区】西峡县产业集聚区", "西峡县产业集聚区位于县城东部", "1、总体计划", []),
 "ro03": ("罗山一季度重点项目集中开工", "2月12日,春节后上班第二天", "“我们今天集中开工", []),
 "ro04": (None, "本报讯(记者 杨凌)", "今年,该区产业发展", []),
 "ro05": ("南阳西峡产业集聚区:新能源产业为发展添动力", "投资15亿元的新能源汽车", "西峡县不仅是南水北调", []),
 "ro06": ("新郑加大引资和项目建设力度", "本报讯(记者 高凯)", "此外,前期投资项目", []),
}
SPLIT = {"ro05": r" {7}"}

def build(nid):
    head, first, last, inner_drop = ITEMS[nid]
    raw = open(os.path.join(RAW, nid + ".raw"), encoding="utf-8").read()
    lines = [l.strip() for l in raw.split("\n")]
    if nid in SPLIT:
        new = []
        for l in lines:
            new.extend(p.strip() for p in re.split(SPLIT[nid], l))
        lines = new
    i0 = next(i for i, l in enumerate(lines) if l.startswith(first))
    i1 = next(i for i, l in enumerate(lines) if i >= i0 and l.startswith(last))
    body = [l for l in lines[i0:i1 + 1] if l and l not in inner_drop]
    text = "\n\n".join(body) + "\n"
    hidx = set()
    if head:
        hidx.add(next(i for i, l in enumerate(lines[:i0]) if l == head))
        text = head + "\n\n" + text
    dropped = [l for i, l in enumerate(lines) if l and (not (i0 <= i <= i1) or l in inner_drop) and i not in hidx]
    return text, dropped

if __name__ == "__main__":
    for nid in sorted(ITEMS):
        text, dropped = build(nid)
        open(os.path.join(D, nid + ".txt"), "w", encoding="utf-8").write(text)
        print(nid, len(text), "| dropped:", " | ".join(d[:40] for d in dropped))
