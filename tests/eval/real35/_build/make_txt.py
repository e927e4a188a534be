#!/usr/bin/env python3
"""Write zeNN.txt from the stored page texts in ../_raw/pages/zeNN.raw (real33's make_txt.py with a new ITEMS table;
LINE_SUFFIX used once, for ze08's trailing table-cell bar “ |”).

For each item: the headline line (or None when the stored excerpt has none), the first and the last raw line kept as the
body (by line prefix, after stripping leading/trailing blanks), and raw lines inside that range that are page furniture
(dropped by exact text, listed in SOURCES.md).  Leading indentation is stripped; every kept raw line becomes one paragraph.
Nothing inside a line is changed, except the furniture named in LINE_PREFIX / LINE_SUFFIX; the script asserts that it is
present and prints what it cut.  The text is never converted between simplified and traditional script."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "ze01": ("上蔡县六个重点项目集中开工", "122,上蔡县6个", "上蔡县市民公园项目", []),
 "ze02": (None, "红网时刻永州1月19日讯", "江华高新技术产业开发区分为", []),
 "ze03": ("长青股份:拟15亿元在荆门市投建农药原药等化工项目", "发布易7月2日", "长青股份表示",
          ["发布易7月2日 - 长青股份(002391)晚间公告称,公司与荆门化工循环产业园管理委员会(简称“荆"]),
 "ze04": (None, "2月7日晚间,铂科新材", "铂科新材表示", []),
 "ze05": ("一季度长沙部分园区主要经济指标增长超30%", "今年一季度长沙各园区", "宁乡高新区一季度", []),
 "ze06": ("邹城经济开发区坚定不移抓建设力争年度“开门红”", "开发区坚持落实", "坚定不移抓保障", []),
 "ze07": (None, "上证报中国证券网讯", "上证报中国证券网讯", []),
 "ze08": (None, "本报讯(记者 刘思楫", "本报讯(记者 刘思楫", []),
 "ze09": ("广康生化:拟25亿元投资建设特种化学品新材料生产基地", "广康生化(300804)公告", "广康生化(300804)公告", []),
 "ze10": ("开发区高质量发展再提速", "今年以来,邹城经济开发区", "选商择资", []),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {}
# furniture at the end of the last kept raw line (same line), cut off
LINE_SUFFIX = {"ze08": " |"}


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
