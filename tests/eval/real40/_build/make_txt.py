#!/usr/bin/env python3
"""Write zjNN.txt from the stored page texts in ../_raw/pages/zjNN.raw (real39's make_txt.py with a new ITEMS table and a
HEAD_SUFFIX table for a headline line with the date/outlet line glued to its end; LINE_PREFIX, LINE_SUFFIX and JOIN unused).

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
 "zj01": ("西藏批复设立日喀则经济开发区", "新华社拉萨12月18日消息", "“目前已实施项目18个", []),
 "zj02": (("青海海西州208个项目集中开复工", "投资总额达1053.14亿元"), "本报讯 记者石晶报道", "为发挥引领、带动作用", []),
 "zj03": ("中部电竞论坛宁乡举行 关山将打造“电竞小镇”", "长沙晚报掌上长沙11月19日讯", "据悉,关山电竞小镇计划",
          ["“中部电竞论坛暨关山电竞文化产业园推介会”在宁乡举行。"]),
 "zj04": (None, "重庆日报客户端消息", "重庆日报记者 赵迎昭", []),
 "zj05": (None, "太阳鸟(300123)", "(《证券时报》快讯中心)", []),
 "zj06": ("ST八菱:与皖江江北新兴产业集中区管委会签订5亿元项目投资合同", "11月28日消息,ST八菱公告称", "11月28日消息,ST八菱公告称", []),
 "zj07": (None, "济宁新闻网讯(记者 秦璞 通讯员 张学堂)", "济宁经开区党工委委员", []),
 "zj08": ("上海浦东3.5亿元慧眼投资基金成立", "【记者李刚上海报道】", "【记者李刚上海报道】", []),
 "zj09": (None, "本报北京3月20日电", "中国光大控股、联想控股", []),
 "zj10": ("琼海富海产业园今年首个产业项目开工", "3月21日,位于琼海富海产业园区内", "琼海市政府相关负责人表示", []),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {}
# furniture at the end of the last kept raw line (same line), cut off
LINE_SUFFIX = {}
# (first line prefix, second line prefix): the page breaks one sentence over these two raw lines
JOIN = {}
# furniture glued to the end of the headline's raw line (the headline is the line minus this suffix)
HEAD_SUFFIX = {"zj08": "http://www.sina.com.cn 2007年10月25日 02:37 中华工商时报"}


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
            hs = HEAD_SUFFIX.get(nid, "")
            hidx.add(next(i for i, l in enumerate(lines[:i0]) if l == p + hs))
            if hs:
                cut.append("headline line: " + hs)
        text = " ".join(parts) + "\n\n" + text
    dropped = [l for i, l in enumerate(lines) if l and (not (i0 <= i <= i1) or l in inner_drop) and i not in hidx]
    return text, dropped, cut


if __name__ == "__main__":
    for nid in sorted(ITEMS):
        text, dropped, cut = build(nid)
        open(os.path.join(D, nid + ".txt"), "w", encoding="utf-8").write(text)
        print(nid, len(text), "cut in-line:", cut, "| dropped:", " | ".join(dropped)[:600])
