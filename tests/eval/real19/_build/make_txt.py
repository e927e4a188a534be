#!/usr/bin/env python3
"""Write eNN.txt from the stored page texts in ../_raw/pages/eNN.raw.

For each item: the headline line (or None when the page stored none), the first and the
last raw line kept as the body (by line prefix), and raw lines inside that range that are
page furniture (dropped; listed in SOURCES.md).  Leading indentation is stripped; every
kept raw line becomes one paragraph, except where JOIN asks for a single line break (a
line break stored inside a word).  Nothing inside a line is changed."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

# id: (headline line in raw or None, first body line prefix, last body line prefix,
#      furniture lines inside the body range, dropped by exact text)
ITEMS = {
 "e01": ("昆山竞拍出让工业用地", "苏州电 4月19日下午", "据悉,对参加竞拍的10家企业", []),
 "e02": (None, "经济总量偏小", "沥沥春雨中的永福苏桥工业园内", []),
 "e03": (None, "近年来,参照国际上城市组团", "据了解,创业园是南溪湾新城", []),
 "e04": (None, "红网古丈站6月8日讯", "曾传文指出", []),
 "e05": ("东营港经济开发区31个重点项目集中开工 推动新旧动能转换", "大众网东营3月22日讯", "2018年,东营港经济开发区确定了", []),
 "e06": ("经济运行稳中向好 高质量发展加快推进 马鞍山经开区经济“三季报”亮点纷呈", "本报讯(记者 刘挺", "作为全市经济建设的主战场", []),
 "e07": ("山东公布第四批化工园区和专业化工园区名单 共13个", "山东省人民政府办公厅日前", "闪电新闻记者了解到", []),
 "e08": ("吴忠今年首批重大项目集中开工", "全年确定实施项目485个", "据了解,吴忠市全年确定", ["2022年02月27日08:28 | 来源:宁夏新闻网", "小字号"]),
 "e09": ("省政府投资基金园区行 首站到宜兴", "本报讯 日前", "(何小兵)", []),
 "e10": ("太原市重点推进30个招商引资项目 总投资额约591亿元", "12月14日,记者从市政府新闻办", "市促进外来投资局相关负责人介绍", []),
 "e11": ("我省开发区规模质量实现双提升", "上半年规上工业增加值同比增长9.7%", "围绕绿色铝、绿色硅", []),
 "e12": (None, "本报讯 近年来,滁州经开区", "(鄢红梅 欧明郁)", []),
}
# raw line pairs joined with a single line break (a break stored inside a word)
JOIN = {"e01": [("起始价均为每亩12万", "元,有10家单位")]}

def build(nid):
    head, first, last, inner_drop = ITEMS[nid]
    lines = [l.strip() for l in open(os.path.join(RAW, nid + ".raw"), encoding="utf-8").read().split("\n")]
    i0 = next(i for i, l in enumerate(lines) if l.startswith(first))
    i1 = next(i for i, l in enumerate(lines) if i >= i0 and l.startswith(last))
    body = [l for l in lines[i0:i1 + 1] if l and l not in inner_drop]
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
        print(nid, len(text), "dropped:", " | ".join(dropped)[:400])
