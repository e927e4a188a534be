#!/usr/bin/env python3
"""Write vmNN.txt from the stored page texts in ../_raw/pages/vmNN.raw (real52's make_txt.py, build() unchanged, with a new
ITEMS table and LINE_SUFFIX (the unfinished tail where the stored excerpt breaks off: vm06, vm07 — cut so that the text ends
at the last whole sentence; the unfinished last paragraphs of vm01, vm02, vm03, vm05 are left out by ITEMS); LINE_PREFIX,
JOIN, HEAD_SUFFIX and WATERMARK unused).

For each item: the headline line (or None when the stored excerpt has none), the first and the last raw line kept as the
body (by line prefix, after stripping leading/trailing blanks), and raw lines inside that range that are page furniture
(dropped by exact text, listed in SOURCES.md).  Leading indentation is stripped; every kept raw line becomes one paragraph.
Nothing inside a line is changed, except the furniture named in LINE_PREFIX / LINE_SUFFIX; the script asserts that it is
present and prints what it cut.  The text is never converted between simplified and traditional script."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "vm01": ("“链式思维”,精准招商撬动产业集群", "在公主岭经济开发区", "2022年,总投资4.3亿元", []),
 "vm02": ("延吉高新区建设项目抢抓工期满弦开工", "开工即开弓", "项目建成后将成为", []),
 "vm03": (None, "2026年是“十五五”开局之年", "围绕主导产业方向", []),
 "vm04": (None, "党的二十大报告提出", "2022年,赤峰高新区", []),
 "vm05": (None, "5月15日,内蒙古赤峰市", "构建新能源电池产业集群", []),
 "vm06": (None, "数据中心的机房里", "当前,和林格尔新区", []),
 "vm07": ("内蒙古鄂尔多斯装备制造基地升级为自治区级工业园区", "11月12日,记者从", "目前,园区累计协议引进", []),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {}
# furniture at the end of the last kept raw line (same line), cut off: here the unfinished sentence where the excerpt is cut
LINE_SUFFIX = {"vm06": "在上游产业,算电设备制造龙头企业快速集聚,和林格尔新区已入驻超聚变、浪潮、新华三等45家算",
               "vm07": "现已初步形成了五大主导产业板块,分别是:以源盛光电(京东方)液晶显示器件制造项目为代表的电子产品制造产业,以奇瑞汽车、中兴特汽项"}
# (first line prefix, second line prefix): the page breaks one sentence over these two raw lines
JOIN = {}
# text glued to the end of the headline line (not part of the headline), cut off
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
