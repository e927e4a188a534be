#!/usr/bin/env python3
"""Write vhNN.txt from the stored page texts in ../_raw/pages/vhNN.raw (real52's make_txt.py, unchanged below the tables,
with a new ITEMS table and LINE_SUFFIX (the unfinished sentence where the stored excerpt breaks off: vh01, vh02; vh04's
unfinished last raw line is left out by ITEMS); LINE_PREFIX, JOIN, HEAD_SUFFIX and WATERMARK unused).

For each item: the headline line (or None when the stored excerpt has none), the first and the last raw line kept as the
body (by line prefix, after stripping leading/trailing blanks), and raw lines inside that range that are page furniture
(dropped by exact text).  Leading indentation is stripped; every kept raw line becomes one paragraph.  Nothing inside a
line is changed, except the furniture named in LINE_SUFFIX; the script asserts that it is present and prints what it cut.
The text is never converted between simplified and traditional script."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "vh01": ("潍坊:打造滨海开发区 发展战略性新兴产业", "大众网513潍坊讯", "全新的潍坊滨海开发区", []),
 "vh02": ("德州32个产业招商重点项目集中签约,总投资达427.9亿", "8月18日,德州市举行", "市委常委、常务副市长徐春福", []),
 "vh03": (None, "9月2日,记者从德州市", "德州市区域合作办公室招大引强", []),
 "vh04": ("超百亿元新项目落户济南天桥新材料产业园区", "新华网山东频道3月3日电", "据了解,此次集中投产", []),
 "vh05": ("德州(禹城)高新区成功升级国家高新技术产业区", "近日,国务院正式批复", "目前,德州(禹城)高新区规划面积", []),
 "vh06": ("淄博市淄川经济开发区多点发力,推动工业高质量发展", "2018年,淄博市淄川经济开发区", "2018年,淄博市淄川经济开发区", []),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {}
# furniture at the end of the last kept raw line (same line), cut off: the unfinished sentence where the stored excerpt breaks off
LINE_SUFFIX = {"vh01": "许立全告诉记者,省政府确定了100个第一批省级战略性新",
               "vh02": "我们将本着 “真诚合作、互惠共赢、共"}
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
