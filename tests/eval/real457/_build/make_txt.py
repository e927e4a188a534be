#!/usr/bin/env python3
"""Write knNN.txt from the stored page texts in ../_raw/pages/knNN.raw (real52's make_txt.py with a new ITEMS table;
LINE_SUFFIX = the unfinished tail where the stored excerpt breaks off (kn01, kn03, kn04, kn05), cut so that the text ends at the
last whole sentence or clause; inner drops: kn05's headline repeated three times inside the body by the
aggregator (dropped by exact text), kn02's photo captions; HEAD_SUFFIX = text glued to the headline line that is not part of the headline (kn03: the
aggregator's truncation mark " ..."); PARA_PREFIX = aggregator furniture glued to the start of a body line (kn02: the
headline repeated in 【】 before a paragraph), cut; JOIN = the page breaks one sentence over several raw lines (kn06, a poster-
style page), joined with nothing in between).  Every kept raw line becomes one paragraph; leading/trailing blanks are
stripped; nothing inside a line is changed except the cuts named here (asserted and printed).  The text is never converted
between simplified and traditional script."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

# nid: (headline line or None, first body line prefix, last body line prefix, inner lines dropped by exact text)
ITEMS = {
 "kn01": ("衡阳47个项目同日开工", "据悉,今年3月初", "此次开工的项目中", []),
 "kn02": ("今年前七月 株洲田心高科园技工贸总收入超200亿元", "红网时刻株洲9月23日讯", "【今年前七月",
          ["文章图片", "王卫安查看企业的生产线 。", "调研组与园区、企业负责人座谈 , 了解存在的困难 。"]),
 "kn03": ("株洲高新区:科创园迎来竣工验收 拟引进三大动力产业及其配套产业", "红网时刻98日讯", "面对突如其来的疫情", []),
 "kn04": ("湘潭经开区四季度重点项目集中开工 总投资187.8亿元", "(湘潭日报社全媒体记者", "市委常委、副市长、湘潭经开区党工委书记董巍", []),
 "kn05": ("总投资1951亿元!长沙340个重大项目今天集中开工", "今天上午,长沙市举行", "长沙市一季度集中开工仪式宁乡分会场",
          ["总投资1951亿元!长沙340个重大项目今天集中开工"]),
 "kn06": (None, "3月3日", "2025年,衡阳县将以园区发展为引擎", []),
}
LINE_SUFFIX = {
 "kn01": "衡山县农产品批发配套设施、智慧产业园",
 "kn03": "面对用工荒、材料供应难等情况下,天易公司项目建设事业部带领高科发展公司项目团",
 "kn05": "今年全年,宁乡市计划实现专精特新小巨人企业过百家的目标",
 "kn04": "湘潭经开区将持续加快项目建设,进一步聚焦专业示范园区打造,持续完善园区服务功能配套,弘扬“三牛”精神、“四干”作风,不断提高政务服务效率,全力为企业发展打造蕞",
}
HEAD_SUFFIX = {"kn03": " ..."}
PARA_PREFIX = {"kn02": ["【今年前七月 株洲田心高科园技工贸总收入超200亿元】"]}
# (first line prefix, following line prefix): joined with nothing in between, in order
JOIN = {"kn06": [("3月3日", "衡阳县西渡高新区"), ("3月3日", "对2024年度为园区"), ("3月3日", "作出突出贡献的企业"),
                 ("3月3日", "现场发放奖金"),
                 ("63家企业", "共获奖金1200余万"),
                 ("湖南利德有陶瓷有限公司", "去年实现产值4.3亿元"), ("湖南利德有陶瓷有限公司", "创税收2956万元"),
                 ("湖南利德有陶瓷有限公司", "获评“税收原地倍增奖”"), ("湖南利德有陶瓷有限公司", "和“党建工作先进奖”"),
                 ("湖南利德有陶瓷有限公司", "共获得101万元奖金")]}

def build(nid):
    head, first, last, inner_drop = ITEMS[nid]
    lines = [l.strip() for l in open(os.path.join(RAW, nid + ".raw"), encoding="utf-8").read().split("\n")]
    i0 = next(i for i, l in enumerate(lines) if l.startswith(first))
    i1 = next(i for i, l in enumerate(lines) if i >= i0 and l.startswith(last))
    for x in inner_drop:
        assert x in lines[i0:i1 + 1], (nid, x)
    body = [l for l in lines[i0:i1 + 1] if l and l not in inner_drop]
    cut = []
    for a, b in JOIN.get(nid, []):
        ia = next(i for i, l in enumerate(body) if l.startswith(a))
        assert body[ia + 1].startswith(b), (nid, b)
        cut.append("joined: …" + body[ia][-6:] + " | " + body[ia + 1][:8] + "…")
        body[ia] = body[ia] + body[ia + 1]
        del body[ia + 1]
    for p in PARA_PREFIX.get(nid, []):
        ia = next(i for i, l in enumerate(body) if l.startswith(p))
        body[ia] = body[ia][len(p):].lstrip()
        cut.append("para prefix: " + p)
    suf = LINE_SUFFIX.get(nid)
    if suf:
        assert body[-1].endswith(suf), (nid, suf)
        body[-1] = body[-1][:-len(suf)].rstrip()
        cut.append("tail: " + suf)
    text = "\n\n".join(body) + "\n"
    hidx = set()
    if head:
        hs = HEAD_SUFFIX.get(nid, "")
        hidx.add(next(i for i, l in enumerate(lines[:i0]) if l == head + hs))
        if hs:
            cut.append("headline line suffix: " + hs)
        text = head + "\n\n" + text
    dropped = [l for i, l in enumerate(lines) if l and (not (i0 <= i <= i1) or l in inner_drop) and i not in hidx]
    return text, dropped, cut

if __name__ == "__main__":
    for nid in sorted(ITEMS):
        text, dropped, cut = build(nid)
        open(os.path.join(D, nid + ".txt"), "w", encoding="utf-8").write(text)
        body = text.split("\n\n", 1)[1] if ITEMS[nid][0] else text
        print(nid, len(text), "body", len(body.replace("\n", "")), "cut:", cut, "| dropped:", " | ".join(dropped)[:400])
