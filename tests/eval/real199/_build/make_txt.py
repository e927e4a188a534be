#!/usr/bin/env python3
"""Write upNN.txt from the stored page texts in ../_raw/pages/upNN.raw (modelled on real52's make_txt.py, simplified).

For each item: the headline (or None when the stored excerpt has none), the first and the last raw line kept as the body
(by line prefix, after stripping leading/trailing blanks), and raw lines inside that range that are page furniture
(dropped by exact text, listed in SOURCES.md). Leading indentation is stripped; every kept raw line becomes one paragraph.
Nothing inside a line is changed, except LINE_SUFFIX: the unfinished tail where the stored excerpt breaks off, cut off
(asserted present, printed). The text is never converted between simplified and traditional script."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "up01": (None, "2月8日上午,2022年2月全市", "经开区将以开局就是决战", []),
 "up02": ("宜昌高新区加快建成宜荆荆都市圈重要产业承载区", "岁末年终,加速上马和竣工投产成为宜昌高新区热词。", "构建电池全生命周期闭路循环",
          ["岁末年终,加速上马和竣工投产成为宜昌高新区热词。今年以来,宜昌高新区坚持项目为王,抢占产业裂变新赛道。紧扣全省“51020”现代产业集群和宜昌市“6954”战略布局,紧盯绿色化工、新能源材料、生物医药、食品饮料、装备制造等重点产业,持续做大主导产业集群"]),  # the site's summary line (opening of the body, cut) dropped
 "up03": (None, "荆楚网(湖北日报网)讯", "近年来,荆门高新区·掇刀区", []),
 "up04": ("襄阳自贸片区5年引资逾千亿", "4月1日,湖北自贸区襄阳片区", "据介绍,襄阳自贸片区", []),
 "up05": ("“踏春”提速“项”春而行", "——荆州经开区项目建设扫描", "“今年1月1日,新厂房投用。”", ["湖北先导项目一角。"]),
 "up06": ("厉害了!湖北随州重大项目建设超震撼!", "——随州高新区18个重大项目集中开工", "随州高新区党工委书记", []),
 "up07": (None, "2024年1月15日,十堰经开区", "(刘爱理)", []),
}
# the unfinished tail where the stored excerpt breaks off, cut off from the last kept raw line
LINE_SUFFIX = {
 "up05": "“新厂房内再增加3条智能家电零部件生产线,现在共拥有27条汽车空调零部件",
 "up06": "对优化我区乃至全市产业结构、带",
}

def build(nid):
    head, first, last, inner_drop = ITEMS[nid]
    lines = [l.strip() for l in open(os.path.join(RAW, nid + ".raw"), encoding="utf-8").read().split("\n")]
    i0 = next(i for i, l in enumerate(lines) if l.startswith(first))
    i1 = next(i for i, l in enumerate(lines) if i >= i0 and l.startswith(last))
    for x in inner_drop:
        assert x in lines[i0:i1 + 1], (nid, x)
    body = [l for l in lines[i0:i1 + 1] if l and l not in inner_drop]
    if nid in LINE_SUFFIX:
        suf = LINE_SUFFIX[nid]
        assert body[-1].endswith(suf), (nid, body[-1][-20:])
        body[-1] = body[-1][:-len(suf)]
        print(nid, "cut tail:", suf)
    if head:
        assert head in lines, (nid, head)
    text = ((head + "\n\n") if head else "") + "\n\n".join(body) + "\n"
    open(os.path.join(D, nid + ".txt"), "w", encoding="utf-8").write(text)
    print(nid, len(text), "chars;", len(body), "paragraphs; body", sum(len(b) for b in body))

if __name__ == "__main__":
    for nid in sorted(ITEMS):
        build(nid)
