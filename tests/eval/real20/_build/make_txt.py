#!/usr/bin/env python3
"""Write gNN.txt from the stored page texts in ../_raw/pages/gNN.raw.

For each item: the headline line (or None when the page stored none), the first and the
last raw line kept as the body (by line prefix), and raw lines inside that range that are
page furniture (dropped; listed in SOURCES.md).  Leading indentation is stripped; every
kept raw line becomes one paragraph, except where JOIN asks for a single line break (a
paragraph break stored inside a sentence).  Nothing inside a line is changed."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

# id: (headline line in raw or None, first body line prefix, last body line prefix,
#      furniture lines inside the body range, dropped by exact text)
ITEMS = {
 "g01": ("金平凸显工业发展亮点 土地供应向6大优势产业倾斜", "本报讯记者曾漫路报道", "发展规模经济、积极招商引资", []),
 "g02": (None, "新华网6月27日电", "自2005年9月开始建设以来", []),
 "g03": (None, "本报讯 (记者孙克义", "本报讯 (记者孙克义", []),
 "g04": (None, "本报讯 近日,山西省食品药品监督管理局", "大同医药工业园按照集群化", []),
 "g05": ("安顺工业园区成经济增长新高地", "本报讯(通讯员 周洪江", "“从竞争力看", []),
 "g06": ("南充:15家企业入驻都京丝纺服装产业园", "11月24日,记者在高坪区", "市第六次党代会确立了", []),
 "g07": ("潢川县举行纺织服装产业园项目开工奠基仪式", "3月30日,潢川县纺织服装产业园", "据悉,潢川县纺织服装产业园项目", []),
 "g08": (None, "今日,河北省保定市", "曹海波表示", []),
 "g09": (None, "本报乌鲁木齐讯", "今年,昌吉州拟开工项目", []),
 "g10": ("地方项目:仙桃60个纺织服装项目集中签约", "1月9日,仙桃市举办", "(来源:湖北日报)", []),
 "g11": (None, "中新社 海口7月31日电", "上半年,海南自贸港重点园区实现税收收入", []),
 "g12": (None, "陕工网—陕西工人报讯", "咸阳市大抓工业", []),
}
# raw line pairs joined with a single line break (a break stored inside a sentence)
JOIN = {"g01": [("在此基础上,今年", "金平区还将集中力量")]}
# furniture at the end of a kept raw line (an editor tag on the same line as the text), cut off
STRIP_SUFFIX = {"g11": " 【编辑:李润泽】"}

def build(nid):
    head, first, last, inner_drop = ITEMS[nid]
    lines = [l.strip() for l in open(os.path.join(RAW, nid + ".raw"), encoding="utf-8").read().split("\n")]
    i0 = next(i for i, l in enumerate(lines) if l.startswith(first))
    i1 = next(i for i, l in enumerate(lines) if i >= i0 and l.startswith(last))
    body = [l for l in lines[i0:i1 + 1] if l and l not in inner_drop]
    suf = STRIP_SUFFIX.get(nid)
    if suf:
        assert body[-1].endswith(suf), (nid, suf)
        body[-1] = body[-1][:-len(suf)]
    paras = []
    for l in body:
        if paras and any(paras[-1].endswith(a) and l.startswith(b) for a, b in JOIN.get(nid, [])):
            paras[-1] += "\n" + l
        else:
            paras.append(l)
    text = "\n\n".join(paras) + "\n"
    if head:
        assert head in lines[:i0], (nid, head)
        text = head + "\n\n" + text
    hidx = max(i for i, l in enumerate(lines[:i0]) if l == head) if head else None
    dropped = [l for i, l in enumerate(lines) if l and (not (i0 <= i <= i1) or l in inner_drop) and i != hidx]
    return text, dropped

if __name__ == "__main__":
    for nid in sorted(ITEMS):
        text, dropped = build(nid)
        open(os.path.join(D, nid + ".txt"), "w", encoding="utf-8").write(text)
        print(nid, len(text), "dropped:", " | ".join(dropped)[:300])
