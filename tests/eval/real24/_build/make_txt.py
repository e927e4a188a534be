#!/usr/bin/env python3
"""Write pNN.txt from the stored page texts in ../_raw/pages/pNN.raw (real23's make_txt.py, adapted).

For each item: the headline line (or None when the page stored none), the first and the last raw
line kept as the body (by line prefix, after stripping leading/trailing blanks), and raw lines inside
that range that are page furniture (dropped by exact text, listed in SOURCES.md).  Leading indentation
is stripped; every kept raw line becomes one paragraph.  Nothing inside a line is changed, except the
furniture named in LINE_SUFFIX (page furniture at the end of a kept line, on the same line); the script
asserts that it is present and prints what it cut."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "p01": ("【琅琊新闻网】5个月高新区签约引进产业化项目16个", "1-5月份,临沂高新区党政主要领导", "1-5月份,全区共签约引进产业化项目16个", []),
 "p02": ("荆州市江陵工业园区更名为湖北江陵经济开发区", "近日,湖北省政府批准荆州市江陵工业园区", "江陵是1994年新设的农业县", []),
 "p03": ("上虞区召开招商引资现场会", "5月25日上午,上虞区召开招商引资现场会", "5月25日上午,上虞区召开招商引资现场会", []),
 "p04": ("深江产业园:深圳江门携手共建 谱写产业发展新篇", "今年4月26日,江门市举行了", "“深江产业园规划面积总共是23135亩", []),
 "p05": ("我市再获5.8亿元扶持资金 用于省产业园扩能增效", "本报讯 (记者李胜发 通讯员丘聪)", "据了解,近年来我市在基础设施建设", []),
 "p06": (None, "2月4日上午,年产300万只汽车传动皮带轮", "春节期间,枞阳经开区按照县委县政府", []),
 "p07": (None, "11月12日上午,连云港国家高新技术产业开发区东海基地", "进入四季度以来,我县举办了多场", []),
 "p08": ("贵州省前9月建成工业投产项目3400个", "今年1至9月,全省完成工业投资2650亿元", "更为可喜的变化是,3年来", []),
 "p09": ("济南临港经济开发区新区打造智慧产业“新高地”", "济南临港经济开发区自2017年迁址新区以来", "在迁址短短一年时间内", []),
 "p10": ("清远赴深圳举办招商推介会 签约13个项目 总投资逾228亿", "5月16日,清远(深圳)招商推介会", "农旅方面,清远立足资源禀赋", []),
}
# furniture at the end of a kept raw line (same line), cut off
LINE_SUFFIX = {"p03": " |", "p04": " |"}


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
    suf = LINE_SUFFIX.get(nid)
    if suf:
        assert body[-1].endswith(suf.strip()), (nid, suf)
        body[-1] = body[-1][:-len(suf.strip())].rstrip()
        cut.append(suf.strip())
    text = "\n\n".join(body) + "\n"
    hidx = None
    if head:
        hidx = next(i for i, l in enumerate(lines[:i0]) if l == head)
        text = head + "\n\n" + text
    dropped = [l for i, l in enumerate(lines) if l and (not (i0 <= i <= i1) or l in inner_drop) and i != hidx]
    return text, dropped, cut


if __name__ == "__main__":
    for nid in sorted(ITEMS):
        text, dropped, cut = build(nid)
        open(os.path.join(D, nid + ".txt"), "w", encoding="utf-8").write(text)
        print(nid, len(text), "cut in-line:", cut, "| dropped:", " | ".join(dropped)[:400])
