#!/usr/bin/env python3
"""Write kkNN.txt from the stored page texts in ../_raw/pages/kkNN.raw (real52's make_txt.py with a new ITEMS table,
LINE_SUFFIX (kk06: the unfinished sentence where the stored excerpt breaks off) and tuple headlines (kk01, kk04: the
kicker line and the main title of the published headline, joined by one space); LINE_PREFIX, JOIN, HEAD_SUFFIX and
WATERMARK unused). Inner furniture dropped by exact text: photo captions (kk03, kk05).

For each item: the headline line (or None when the stored excerpt has none), the first and the last raw line kept as the
body (by line prefix, after stripping leading/trailing blanks), and raw lines inside that range that are page furniture
(dropped by exact text, listed in SOURCES.md).  Leading indentation is stripped; every kept raw line becomes one paragraph.
Nothing inside a line is changed, except the furniture named in LINE_SUFFIX; the script asserts that it is present and
prints what it cut.  The text is never converted between simplified and traditional script."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "kk01": (("打造特色产业基地,改善小微企业发展环境", "首批9个小微企业创业园启动"), "本报讯(记者庞辉斌", "建成后,可通过分割出售", []),
 "kk02": (None, "产城融合又一年", "2019年12月23日,温州市政府", []),
 "kk03": ("洞头54个项目集中签约及开(竣)工 总投资达200亿元", "温州网讯 10月15日上午", "这54个项目中",
          ["东海贝雕主题公园", "海霞红色基地建设项目", "仪式现场"]),
 "kk04": (("开工竣工齐头并进 政府企业双向发力", "瑞安118个重大项目集中开竣工"), "浙江在线瑞安1月12日讯", "政府给足政策", []),
 "kk05": ("黄岩经开智创产业园正式开工 总投资2.5亿元", "位于江口街道永丰路南侧", "据了解该项目", ["黄岩经开智创产业园正式开工"]),
 "kk06": ("温州乐清举行扩大有效投资重大项目集中开工投产投运仪式", "4月11日,温州乐清经开区", "好项目是扩投资", []),
}
LINE_PREFIX = {}
# the unfinished sentence where the stored excerpt breaks off, cut off the end of the last kept raw line
LINE_SUFFIX = {"kk06": "一直以来,乐清市委市政府坚持“项目为王”理念,全力抓好项目谋划、招引、建设等"}
JOIN = {}
HEAD_SUFFIX = {}
WATERMARK = {}

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
    wm = WATERMARK.get(nid)
    if wm:
        n = sum(1 for l in body if l.endswith(wm))
        assert n, (nid, wm)
        body = [l[:-len(wm)] if l.endswith(wm) else l for l in body]
        cut.append("watermark at line end x%d: %s" % (n, wm))
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
