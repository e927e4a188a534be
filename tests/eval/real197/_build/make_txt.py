#!/usr/bin/env python3
"""Write unNN.txt from the stored page texts in ../_raw/pages/unNN.raw (modelled on real52's make_txt.py, written anew for
real197). For each item: the headline (or None when the stored excerpt has none, un04 and un08), the first and the last raw
line kept as the body (by line prefix, after stripping leading/trailing blanks), and raw lines inside that range that are page
furniture (dropped by exact text, listed in SOURCES.md). Leading indentation is stripped; every kept non-empty raw line becomes
one paragraph. Nothing inside a line is changed, except LINE_SUFFIX: the unfinished tail where the stored excerpt breaks off
(un02, un03, un07), cut so that the text ends at the last whole sentence; the script asserts it is present and prints the cut.
The text is never converted between simplified and traditional script."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "un01": ("北京经开区扩区后首个民企项目建设加快", "28日,位于北京市亦庄", "据悉,润生二期城市更新", []),
 "un02": ("吸引投资超6514亿元 天津经开区全力推动京津冀协同发展走深走实", "2014年2月26日", "中国石化、中铁股份", []),
 "un03": ("开发开放助力跨国企业集聚天津", "昔日盐碱荒滩", "而如今,投资187亿元", ["|"]),
 "un04": (None, "19日,千龙网记者", "赵宇明所说的是公司", []),
 "un05": ("京津中关村科技城建设一派繁忙", "日前,在京津冀协同发展", "杜庆介绍说", []),
 "un06": ("宝坻区争当京津冀协同发展先行区:一座科技新城破土而出", "作为演绎京津“双城记”", "“京津中关村科技城秉承", []),
 "un07": ("天津滨海新区已承接引进北京项目301个 协议投资额超641亿元", "“截至3月底,已承接", "今年是全面建设美丽", []),
 "un08": (None, "春光作序,实干为先", "年度投资已突破288亿元", []),
}
LINE_SUFFIX = {
 "un02": "在央企龙头项",
 "un03": "“到2020年,我们将生产最先进的APP310电动机,并且引入CEA",
 "un04": "不仅如此,公司还拥有多款达到国际领先水平的神经外科手术机器人,应用于多家",
 "un07": "深化与南",
}

for nid, (head, first, last, drop) in ITEMS.items():
    lines = [l.strip() for l in open(os.path.join(RAW, nid + ".raw"), encoding="utf-8").read().split("\n")]
    i = next(k for k, l in enumerate(lines) if l.startswith(first))
    j = next(k for k, l in enumerate(lines) if k >= i and l.startswith(last))
    body = [l for l in lines[i:j + 1] if l and l not in drop]
    if nid in LINE_SUFFIX:
        suf = LINE_SUFFIX[nid]
        assert body[-1].endswith(suf), (nid, body[-1][-40:])
        body[-1] = body[-1][:-len(suf)]
        print(nid, "cut tail:", suf)
    if head:
        assert head in "\n".join(lines[:i]), (nid, head)
    paras = ([head] if head else []) + body
    out = paras[0] + "\n\n" + "\n\n".join(paras[1:]) + "\n" if head else "\n\n".join(paras) + "\n"
    open(os.path.join(D, nid + ".txt"), "w", encoding="utf-8").write(out)
    print(nid, len(out), "chars,", len(body), "body paragraphs")
