#!/usr/bin/env python3
"""Write sxNN.txt from ../_raw/pages/sxNN.raw (after real52's make_txt.py, simplified).
ITEMS: headline raw lines (joined by one space; HEAD_PREFIX / HEAD_SUFFIX cut from the joined headline), first and last raw
line kept as body (by prefix, after stripping blanks), raw lines inside that range dropped by exact text (furniture), and
LINE_SUFFIX: a tail cut from the last kept line (a source line glued to it). Every kept raw line becomes one paragraph;
nothing inside a line is changed. Prints every cut. No script conversion."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")
ITEMS = {
 "sx01": (["原题:前三季度全省重点园区累计实现营收逾1.57万亿元", "同比增长15.8%"], "省统计局10月30日", "在外贸方面", []),
 "sx02": (["去年1-11月,海南自贸港重点园区完成固定资产投资1083亿元"], "商报全媒体讯", "去年1-11月,自贸港重点园区实现税收收入", []),
 "sx03": (["海南自贸港重点园区去年累计实现营业收入18246亿元"], "本报海口2月9日电", "本报海口2月9日电", []),
 "sx04": (["原标题:儋州集中开工10个项目", "主要为基础设施建设配套项目"], "2月6日海南自由贸易港", "儋州市相关负责人表示", []),
 "sx05": (["广东湛江产业园产值超千亿元"], "近日,广东湛江市召开", "近年来,宝钢湛江钢铁", []),
 "sx06": (["强信心 稳预期 促发展 | “向海图强看广东”采访团聚焦揭阳谱写“蓝色经济”新篇章-LMLPHP"], "11月3日,由中央网信办", "同时,为满足产业项目建设",
          ["强信心 稳预期 促发展 | “向海图强看广东”采访团聚焦揭阳谱写“蓝色经济”新篇章-LMLPHP", "揭阳大南海石化工业区内 文胜摄"]),
}
HEAD_PREFIX = {"sx01": "原题:", "sx04": "原标题:"}
HEAD_SUFFIX = {"sx06": "-LMLPHP"}
LINE_SUFFIX = {"sx03": "《人民日报》(2023年02月10日05版) 原文链接://shuzhiren.com/post/10737.html"}

def build(nid):
    head, first, last, drop = ITEMS[nid]
    lines = [l.strip() for l in open(os.path.join(RAW, nid + ".raw"), encoding="utf-8").read().split("\n")]
    for h in head:
        assert h in lines, (nid, h)
    i0 = next(i for i, l in enumerate(lines) if l.startswith(first))
    i1 = next(i for i, l in enumerate(lines) if i >= i0 and l.startswith(last))
    for x in drop:
        assert x in lines[i0:i1 + 1], (nid, x)
    body = [l for l in lines[i0:i1 + 1] if l and l not in drop]
    cut = []
    suf = LINE_SUFFIX.get(nid)
    if suf:
        assert body[-1].endswith(suf), (nid, suf)
        body[-1] = body[-1][:-len(suf)].rstrip()
        cut.append("line tail: " + suf)
    h = " ".join(head)
    pre, hs = HEAD_PREFIX.get(nid), HEAD_SUFFIX.get(nid)
    if pre:
        assert h.startswith(pre); h = h[len(pre):]; cut.append("headline prefix: " + pre)
    if hs:
        assert h.endswith(hs); h = h[:-len(hs)]; cut.append("headline suffix: " + hs)
    dropped = [l for i, l in enumerate(lines) if l and (not (i0 <= i <= i1) or l in drop) and l not in head]
    return h + "\n\n" + "\n\n".join(body) + "\n", dropped, cut

if __name__ == "__main__":
    for nid in sorted(ITEMS):
        text, dropped, cut = build(nid)
        open(os.path.join(D, nid + ".txt"), "w", encoding="utf-8").write(text)
        print(nid, len(text), "cut:", cut, "| dropped:", " | ".join(dropped)[:300])
