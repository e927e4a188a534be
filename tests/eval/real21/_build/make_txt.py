#!/usr/bin/env python3
"""Write kNN.txt from the stored page texts in ../_raw/pages/kNN.raw (real20's make_txt.py, extended).

For each item: the headline line (or None when the page stored none), the first and the
last raw line kept as the body (by line prefix, after stripping leading/trailing blanks),
and raw lines inside that range that are page furniture (dropped; listed in SOURCES.md).
Leading indentation is stripped; every kept raw line becomes one paragraph.  Nothing
inside a line is changed, except the furniture named in HEAD_SUFFIX (a table rule after the
headline on the same line) and STRIP_PREFIX (a reposting site's keyword label at the start
of a kept line); the script asserts that each is present and prints what it cut."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

# id: (headline text or None, first body line prefix, last body line prefix,
#      furniture lines inside the body range, dropped by exact text)
ITEMS = {
 "k01": ("天津:31个示范工业园区成区县发展强大引擎", "天津北方网讯:从20日召开的", "据悉,目前本市正加大力度", []),
 "k02": ("一至七月全市园区主营收入超1500亿元", "本报讯 刘小宏 记者张东红报道", "目前,全市工业园区累计开发面积", []),
 "k03": ("熊林副主任出席荣昌区“招商引资季”集中签约仪式", "12月26日,熊林副主任出席了", "签约仪式前,荣昌区委书记曹清尧", []),
 "k04": (None, "红网时刻10月27日讯", "以湘潭经开区为例", []),
 "k05": (None, "产业园区 日前,由同济大学发展研究院", "产业园区 《2018中国产业园区持续发展蓝皮书》", []),
 "k06": ("淮安全市新签约台资项目41个 总投资超36亿美元", "23日上午,第十四届台商论坛", "从县区、园区分布情况看", []),
 "k07": (None, "本报讯(记者殷聪 通讯员刘青)", "本报讯(记者殷聪 通讯员刘青)", []),
 "k08": ("福建第四季度集中开工重大项目234个 总投资1881亿元", "今年以来,省委和省政府", "(周琳/文 关建东/图)", []),
 "k09": (None, "本报上海4月7日电", "据了解,今年1—2月", []),
 "k10": (None, "3月28日,记者从银川市工业和信息化局获悉", "“为确保一季度‘开门红’", []),
 "k11": ("9家!辽宁省第二批化工园区名单发布", "11月9日,辽宁省工业和信息化厅网站", "此前,2021年9月27日",
         ["表1  辽宁省化工园区名单(第二批)"]),
 "k12": (None, "(草原云•内蒙古新闻网记者 周 蕾)", "包头切实做好", []),
}
# furniture at the end of the headline's raw line (a table rule), cut off the headline
HEAD_SUFFIX = {"k01": " |"}
# furniture at the start of kept raw lines (a reposting site's keyword label), cut off each line that has it
STRIP_PREFIX = {"k05": "产业园区 "}


def build(nid):
    head, first, last, inner_drop = ITEMS[nid]
    lines = [l.strip() for l in open(os.path.join(RAW, nid + ".raw"), encoding="utf-8").read().split("\n")]
    i0 = next(i for i, l in enumerate(lines) if l.startswith(first))
    i1 = next(i for i, l in enumerate(lines) if i >= i0 and l.startswith(last))
    for x in inner_drop:
        assert x in lines[i0:i1 + 1], (nid, x)
    body = [l for l in lines[i0:i1 + 1] if l and l not in inner_drop]
    cut = []
    pre = STRIP_PREFIX.get(nid)
    if pre:
        assert body[0].startswith(pre), (nid, pre)
        new = []
        for l in body:
            if l.startswith(pre):
                cut.append(pre.strip())
                l = l[len(pre):]
            new.append(l)
        body = new
    text = "\n\n".join(body) + "\n"
    hidx = None
    if head:
        raw_head = head + HEAD_SUFFIX.get(nid, "")
        hidx = next(i for i, l in enumerate(lines[:i0]) if l == raw_head)
        if nid in HEAD_SUFFIX:
            cut.append(HEAD_SUFFIX[nid].strip())
        text = head + "\n\n" + text
    dropped = [l for i, l in enumerate(lines) if l and (not (i0 <= i <= i1) or l in inner_drop) and i != hidx]
    return text, dropped, cut


if __name__ == "__main__":
    for nid in sorted(ITEMS):
        text, dropped, cut = build(nid)
        open(os.path.join(D, nid + ".txt"), "w", encoding="utf-8").write(text)
        print(nid, len(text), "cut in-line:", cut, "| dropped:", " | ".join(dropped)[:400])
