#!/usr/bin/env python3
"""Write mmNN.txt from ../_raw/pages/mmNN.raw (the search excerpts as returned). Adapted from real52's make_txt.py:
for each item the headline (None when the excerpt has none), the first and last raw line kept (by prefix), inner raw lines
dropped as page furniture (exact text), and LINE_SUFFIX: a tail cut off the last kept line at a sentence boundary (the
unfinished sentence where the excerpt breaks off, or furniture). Every kept raw line is one paragraph; nothing inside a line
is changed; the text is never converted between scripts."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")
ITEMS = {
 "mm01": ("海洋文化论坛:33个海洋经济项目对接签约 总投资超300亿元", "文化搭台,经济唱戏。", "此外,兴通海运", []),
 "mm02": ("福建省厦门力争全面建成海洋强市 首批项目投资748亿", "厦门将力争在2020年", "厦门市确定了包括", []),
 "mm03": (None, "12月23日,马尾船政", "(福建日报) |", []),
 "mm04": (None, "5月18日,总投资80亿元", "据了解,宜昌二季度", []),
 "mm05": ("青岛西海岸新区:海洋生物医药科技园项目一期", "大众网·海报新闻记者", "海洋生物医药科技园是一座", []),
 "mm06": (None, "昨天,启东象屿", "土地盘活“不断线”", []),
 "mm07": (None, "近日,湛江市预制菜", "要切实增强推动", []),
 "mm08": (None, "天津北方网讯:", "据悉,下一阶段", []),
}
LINE_SUFFIX = {
 "mm02": "目前有3个项目已确定将在7月初进行签约,分别是正大集团在厦设立水产总部,并开展水产养殖、加工贸易等方面的研究;嘉康生物科技有限公司在厦引资,构建集水产饲料、水产品加工、",
 "mm03": " |",
 "mm05": "届时,整个园区将引进上下游及跨界经营企业100家、引进培养高层次创新创业科技人才300人,转化一批技术水平高、产业化前景好的先进技术成果,打造一批具有高成长潜力",
 "mm06": "启东海工园(寅阳镇)紧扣海洋新质生产力培育,全力构建“高端海工装备+特种船舶建造+清洁能源装备”三位一体产业集群,不断擦亮省级高",
}
for nid, (head, first, last, drop) in ITEMS.items():
    lines = [l.strip() for l in open(os.path.join(RAW, nid + ".raw"), encoding="utf-8").read().split("\n")]
    i0 = next(i for i, l in enumerate(lines) if l.startswith(first))
    i1 = next(i for i, l in enumerate(lines) if i >= i0 and l.startswith(last))
    if head:
        assert head in lines[:i0], (nid, head)
    body = [l for l in lines[i0:i1 + 1] if l and l not in drop]
    suf = LINE_SUFFIX.get(nid)
    if suf:
        assert body[-1].endswith(suf), nid
        body[-1] = body[-1][:-len(suf)].rstrip()
        print(nid, "cut tail:", suf[:30] + "…")
    out = ([head, ""] if head else []) + ["\n\n".join(body)]
    txt = "\n".join(out) + "\n"
    open(os.path.join(D, nid + ".txt"), "w", encoding="utf-8").write(txt)
    print(nid, len(txt), "chars;", len(body), "paragraphs; ends:", body[-1][-20:])
