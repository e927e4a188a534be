#!/usr/bin/env python3
"""Write ziNN.txt from the stored page texts in ../_raw/pages/ziNN.raw (real38's make_txt.py with a new ITEMS table and a
JOIN table; LINE_PREFIX unused).

For each item: the headline line (or None when the stored excerpt has none), the first and the last raw line kept as the
body (by line prefix, after stripping leading/trailing blanks), and raw lines inside that range that are page furniture
(dropped by exact text, listed in SOURCES.md).  Leading indentation is stripped; every kept raw line becomes one paragraph.
Nothing inside a line is changed, except the furniture named in LINE_PREFIX / LINE_SUFFIX; the script asserts that it is
present and prints what it cut.  JOIN names pairs of raw lines (by prefix) where the page breaks one sentence over two
lines; the second is appended to the first with nothing in between (printed).  The text is never converted between
simplified and traditional script."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "zi01": ("总投资约9.6亿元 海口国家高新区 7个项目开工", "本报11月13日讯(记者马誉嘉)", "海口国家高新区相关负责人介绍", []),
 "zi02": ("56亿三项目落户奎屯-独山子经济技术开发区", "亚心网讯(记者 雨萍)", "新疆兴达伟业泡塑新材料有限公司总经理薛剑栋认为", []),
 "zi03": (None, "今年以来,金钟经济开发区狠抓重点项目建设", "总投资约1.5亿元,年产量5万吨的九鼎钢结构生产项目", []),
 "zi04": (None, "11月2日,深圳沃特玛电池有限公司等15家企业", "项目是加快发展的重要载体", []),
 "zi05": ("104.51亿元!弋江区第三季度云签约、开工活动举行!", "9月23日,弋江区举行2022年第三季度", "今年以来,弋江区坚决贯彻市委、市政府决策部署", []),
 "zi06": ("航空港设立台科生物产业基金进入运作阶段", "5月30日,记者从郑州航空港经济综合实验区获悉", "据悉,生物医药产业是实验区确定的主导产业之一", []),
 "zi07": ("“湖南国家动漫游戏产业振兴基地”落户长沙", "新华网长沙12月22日电", "长沙是中国动漫产业的重要基地", []),
 "zi08": (None, "本报讯(记者 叶飞 通讯员 章燕飞)", "鄞州国家动漫游戏原创产业基地以宁波水木动画设计有限公司为载体", []),
 "zi09": ("营收增长128.83% 宁波市影视文化产业区迎“开门红”", "起步就是冲刺,开局就是决战", "值得一提的是,在日前举行的省十三届人大五次会议上", []),
 "zi10": (None, "2013年度(第十届)中国游戏行业年会", "据了解,蚌埠星宇文化创意产业园是", []),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {}
# furniture at the end of the last kept raw line (same line), cut off
LINE_SUFFIX = {"zi08": " 本篇新闻热门关键词:交易 |"}
# (first line prefix, second line prefix): the page breaks one sentence over these two raw lines
JOIN = {"zi07": [("据基地相关负责人介绍,力争到2010年", "知识产权的卡通节目在国内国产动漫市场中占有率")]}


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
    for a, b in JOIN.get(nid, []):
        ia = next(i for i, l in enumerate(body) if l.startswith(a))
        assert body[ia + 1].startswith(b), (nid, b)
        cut.append("joined: …" + body[ia][-6:] + " | " + body[ia + 1][:8] + "…")
        body[ia] = body[ia] + body[ia + 1]
        del body[ia + 1]
    pre = LINE_PREFIX.get(nid)
    if pre:
        assert body[0].startswith(pre), (nid, pre)
        body[0] = body[0][len(pre):].lstrip()
        cut.append(pre.strip())
    suf = LINE_SUFFIX.get(nid)
    if suf:
        assert body[-1].endswith(suf.strip()), (nid, suf)
        body[-1] = body[-1][:-len(suf.strip())].rstrip()
        cut.append(suf.strip())
    text = "\n\n".join(body) + "\n"
    hidx = set()
    if head:
        parts = head if isinstance(head, tuple) else (head,)
        for p in parts:
            hidx.add(next(i for i, l in enumerate(lines[:i0]) if l == p))
        text = " ".join(parts) + "\n\n" + text
    dropped = [l for i, l in enumerate(lines) if l and (not (i0 <= i <= i1) or l in inner_drop) and i not in hidx]
    return text, dropped, cut


if __name__ == "__main__":
    for nid in sorted(ITEMS):
        text, dropped, cut = build(nid)
        open(os.path.join(D, nid + ".txt"), "w", encoding="utf-8").write(text)
        print(nid, len(text), "cut in-line:", cut, "| dropped:", " | ".join(dropped)[:600])
