#!/usr/bin/env python3
"""Write zcNN.txt from the stored page texts in ../_raw/pages/zcNN.raw (real32's make_txt.py with a new ITEMS table and one
addition: LINE_PREFIX, furniture at the start of the first kept line, used once for zc09's garbled site tag).

For each item: the headline line (or None when the stored excerpt has none), the first and the last raw line kept as the
body (by line prefix, after stripping leading/trailing blanks), and raw lines inside that range that are page furniture
(dropped by exact text, listed in SOURCES.md).  Leading indentation is stripped; every kept raw line becomes one paragraph.
Nothing inside a line is changed, except the furniture named in LINE_PREFIX / LINE_SUFFIX; the script asserts that it is
present and prints what it cut.  The text is never converted between simplified and traditional script."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "zc01": ("臺商去年到蘇州新區投資額達26億美元", "被日本野村綜合研究所", "蘇州新區管理委員會主任趙俊生表示", []),
 "zc02": ("镇远县招商引资初见成效工业园区再掀建设热潮", "年初以来,镇远县", "年初以来,镇远县", []),
 "zc03": (None, "據黔東南政府網消息", "此次外出招商引資", []),
 "zc04": (None, "本網訊 7月28日", "據了解,此次集中開工", []),
 "zc05": ("国家级开发区目录发布 西安8家开发区入选国家级目录", "本报讯(记者高乐)", "7家开发区入选省级开发区目录", []),
 "zc06": ("四川青藏高原农畜产品集中加工区 成为阿坝州首个四川特色产业基地", "本报讯(记者 泽英)", "据了解,四川省特色产业基地", []),
 "zc07": ("国家级经开区考核评价公布:酒泉经开区排名末位退出", "新京报讯(记者潘亦纯)", "此外,优秀经开区的排名情况", []),
 "zc08": ("每日关注!人报甘头条 | 持续领跑!前三季度兰州新区GDP增长13%", "记者从兰州新区党工委办公室", "据介绍,今年以来,兰州新区", []),
 "zc09": (None, "青海新聞網", "今年前三個月", []),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {"zc09": "青海新聞網·大美青?蛻舳擞 "}
# furniture at the end of the last kept raw line (same line), cut off
LINE_SUFFIX = {}


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
