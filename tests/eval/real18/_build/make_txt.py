#!/usr/bin/env python3
"""Write dNN.txt from the stored page texts in ../_raw/pages/dNN.raw.

For each item: the headline (or None when the page stored none), the raw lines kept
as the body (by exact line text, in order), and the raw lines dropped as page
furniture (listed in SOURCES.md).  Leading indentation is stripped; every kept raw
line becomes one paragraph, except where JOIN asks for a single line break (a line
break stored inside a word or sentence).  Nothing inside a line is changed."""
import os, sys
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

# id: (headline line in raw or None, first body line prefix, last body line prefix, extra drops)
ITEMS = {
 "d01": ("威海构筑制造业新高地", "本报威海讯", "7月底,这31个项目", []),
 "d02": ("抚顺装备制造园区开工建设", "近日,中国抚顺", "作者:铭 心 孙 伟", []),
 "d03": (None, "新华网福州", "目前,该专属区", []),
 "d04": (None, "本报讯 昨天", "本次浙洽会我市各县", []),
 "d05": ("海西签约额267.89亿元", "青海新闻网讯", "近年来,随着投资环境", []),
 "d06": ("宝山开工一批经济结构调整项目", "本报讯(记者朱斌", "近年来,宝山区", []),
 "d07": (None, "黑龙江日报10月19日讯", "位于杏山项目区", []),
 "d08": ("“长三角”洽谈会七项目奔新洲 总额达146.5亿元", "(长江日报 记者杨菁", "区招商局负责人介绍", []),
 "d09": (None, "网友“jxt1616”:", "网友,您好!", []),
 "d10": ("现场签约25个项目,授信金额逾20亿元", "本报讯 (通讯员 陈桂清", "杨文喜致辞时指出", []),
 "d11": (None, "西部网讯", "据悉,除现场活动外", []),
 "d12": ("【全球新要闻】新益昌(688383.SH)拟投建新益昌半导体智能装备制造基地项目 总投资额不低于6亿元", "格隆汇11月20日丨", "公司拟与中山火炬开发区", []),
 "d13": (None, "1月14日下午", "四川省投资促进局副局长", []),
 "d14": (None, "晚报讯 农历正月初九", "记者陈静", []),
 "d15": ("九江一工业园区扩区调区获省政府批复!", "2025年10月17日", "(来源:九江发改)", []),
}
# raw line pairs joined with a single line break (a break stored inside a word / sentence)
JOIN = {"d01": [("高", "知人才创业区")], "d03": [("接连", "来泉州洽谈投资")]}
# headline text as written to the txt, where it differs from the stored line
HEADLINE_OUT = {"d12": "新益昌(688383.SH)拟投建新益昌半导体智能装备制造基地项目 总投资额不低于6亿元"}

def build(nid):
    head, first, last, _ = ITEMS[nid]
    lines = [l.strip() for l in open(os.path.join(RAW, nid + ".raw"), encoding="utf-8").read().split("\n")]
    i0 = next(i for i, l in enumerate(lines) if l.startswith(first))
    i1 = next(i for i, l in enumerate(lines) if i >= i0 and l.startswith(last))
    body = [l for l in lines[i0:i1 + 1] if l]
    paras = []
    for l in body:
        if paras and any(paras[-1].endswith(a) and l.startswith(b) for a, b in JOIN.get(nid, [])):
            paras[-1] += "\n" + l
        else:
            paras.append(l)
    text = "\n\n".join(paras) + "\n"
    if head:
        assert head in lines, (nid, head)
        text = HEADLINE_OUT.get(nid, head) + "\n\n" + text
    dropped = [l for i, l in enumerate(lines) if l and not (i0 <= i <= i1) and l != head]
    return text, dropped

if __name__ == "__main__":
    for nid in sorted(ITEMS):
        text, dropped = build(nid)
        open(os.path.join(D, nid + ".txt"), "w", encoding="utf-8").write(text)
        print(nid, len(text), "dropped:", " | ".join(dropped)[:300])
