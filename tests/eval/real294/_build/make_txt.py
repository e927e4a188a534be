#!/usr/bin/env python3
"""Write qgNN.txt from the stored page texts in ../_raw/pages/qgNN.raw (real52's make_txt.py with a new ITEMS table and
LINE_PREFIX (qg05: the list bullet “- ” before the abstract line that opens the body); LINE_SUFFIX, JOIN, HEAD_SUFFIX and
WATERMARK unused. Where the stored excerpt breaks off mid-sentence (qg01, qg04, qg05, qg07) the whole unfinished last
paragraph is left out by ITEMS (the body ends at the last whole paragraph before it). real52's note follows, unchanged
in substance: for each item: the headline line (or None when the stored excerpt has none), the first and the last raw
line kept as the body (by line prefix, after stripping leading/trailing blanks), and raw lines inside that range that are
page furniture (dropped by exact text, listed in SOURCES.md).  Leading indentation is stripped; every kept raw line
becomes one paragraph.  Nothing inside a line is changed, except the furniture named in LINE_PREFIX / LINE_SUFFIX; the
script asserts that it is present and prints what it cut.  JOIN names pairs of raw lines (by prefix) where the page
breaks one sentence over two lines; the second is appended to the first with nothing in between (printed).  The text is
never converted between simplified and traditional script."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "qg01": ("海口国家高新区1-4月营业总收入实现较快增长,工业和服务业企业的营业收入分别实现增长13.6%和66%", "一、加紧推进服务业统计工作", "1-4月工业总产值完成61.8亿元", []),
 "qg02": ("琼海博鳌乐城美丽蜕变 现代园区雏形初现", "“我公司将依托先行区", "目前,乐城先行区示范效应初步彰显", []),
 "qg03": ("2018年博鳌乐城国际医疗旅游先行区医疗机构营收3.65亿元", "本台记者从今天召开", "记者:王明宣 王德友", []),
 "qg04": (None, "3月17日,三亚中央商务区管理局发布消息", "预计到2023年", []),
 "qg05": ("谋求新发展 金海浆纸在海南自贸港示范区申请增加100万吨生活用纸产能", "- 作为中国“四大发明”之一", "金海浆纸造纸项目分两阶段完成", []),
 "qg06": (None, "受冷空气影响", "海南炼油乙烯项目超限设备多达176套", []),
 "qg07": (None, "近日,经洋浦经济开发区管委会研究", "“除了上述两个项目", []),
}
# furniture at the start of the first kept raw line (same line), cut off: qg05's list bullet “- ” before the abstract
LINE_PREFIX = {"qg05": "- "}
# furniture at the end of the last kept raw line (same line), cut off: unused (an unfinished last paragraph is left out whole by ITEMS)
LINE_SUFFIX = {}
# (first line prefix, second line prefix): the page breaks one sentence over these two raw lines: unused
JOIN = {}
# text glued to the end of the headline line (not part of the headline), cut off: unused
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
