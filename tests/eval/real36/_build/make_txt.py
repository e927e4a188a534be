#!/usr/bin/env python3
"""Write zfNN.txt from the stored page texts in ../_raw/pages/zfNN.raw (real35's make_txt.py with a new ITEMS table;
LINE_PREFIX / LINE_SUFFIX unused).

For each item: the headline line (or None when the stored excerpt has none), the first and the last raw line kept as the
body (by line prefix, after stripping leading/trailing blanks), and raw lines inside that range that are page furniture
(dropped by exact text, listed in SOURCES.md).  Leading indentation is stripped; every kept raw line becomes one paragraph.
Nothing inside a line is changed, except the furniture named in LINE_PREFIX / LINE_SUFFIX; the script asserts that it is
present and prints what it cut.  The text is never converted between simplified and traditional script."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "zf01": (None, "中新社廈門九月六日電", "在今天的開工典禮上", []),
 "zf02": ("集美闽台文化产业园入选国家级文化产业示范园区", "本报讯 (吴会明)", "今年初,集美区提出", []),
 "zf03": (None, "本报讯 记者宋美倩", "据定州市发改局局长", []),
 "zf04": (None, "【香港商報訊】", "同時,上海敬源", []),
 "zf05": ("姜堰现代农业产业园入选省级示范园", "省农业农村厅近日公布", "2018—2021年3年任务期内", []),
 "zf06": ("村级也有国家农业科技园", "近日科技部公布第八批", "小岗村田园综合体高标准农田项目总投资", []),
 "zf07": ("泰安4家园区入选2023年度山东省数字经济园区", "泰安日报社 · 最泰安讯", "近年来,泰安市大力推进", []),
 "zf08": ("连云港板浦临港物流产业园项目正式签约 总投资约8.48亿元", "观点网讯:2月21日消息", "连云港高新区党工委书记", []),
 "zf09": (None, "本报北京10月9日电", "北京大兴国际机场临空经济区跨京冀两地", []),
 "zf10": (None, "近日,由粵港澳大灣區", "該基金的落地", []),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {}
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
