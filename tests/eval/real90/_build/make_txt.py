#!/usr/bin/env python3
"""Write xhNN.txt from the stored page texts in ../_raw/pages/xhNN.raw (real52's make_txt.py with a new ITEMS table and
LINE_SUFFIX (the unfinished sentence where the stored excerpt breaks off: xh02, xh03, xh06 — cut so that the text ends at
the last whole sentence or clause; xh04's and xh05's unfinished last paragraphs are left out by ITEMS); LINE_PREFIX, JOIN,
HEAD_SUFFIX and WATERMARK unused). A headline given as a tuple (xh04 two-line headline, xh05 headline + sub-headline) is
joined with one space. real52's note follows in spirit: every kept raw line becomes one paragraph, leading/trailing blanks
stripped, nothing inside a line changed except LINE_SUFFIX; never converted between simplified and traditional script."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "xh01": ("山西将设大寨经济开发区 确定入驻电石等化工项目", "日前,从山西省商务厅", "其中,界都化工园", []),
 "xh02": ("招商引资成效显著!十二届中博会孝义市吸金93亿元", "人民网太原5月16日电", "据了解,近年来,孝义市", []),
 "xh03": (None, "山西日报记者李兵报道", "今年以来,清徐经济开发区", []),
 "xh04": (("山西大同:", "招商引资促发展"), "4座16层多膛活化炉", "2023年,大同市共签约", []),
 "xh05": (("我市与全省同步举行开发区2024年第四次“三个一批”活动", "王震出席"), "11月26日,按照省委", "“签约一批”活动与省主会场", []),
 "xh06": ("通辽市库伦旗两个百亿级工业园区在崛起", "近年来,库伦旗", "占地15平方公里的库伦沈阳", []),
 "xh07": (None, "5月25日,东苏旗", "此次集中开工的", []),
 "xh08": ("呼和浩特市72个工业重点项目为高质量发展再添新动能", "今年以来,和浩特市", "从重大项目推进情况看", []),
 "xh09": (None, "内蒙古立足高水平对外开放", "(据奔腾融媒)", []),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {}
# the unfinished sentence where the stored excerpt breaks off (cut so that the text ends at the last whole sentence)
LINE_SUFFIX = {"xh02": "大力发展科教产业园,先后引进太原理工大学现代科技学",
               "xh03": "特别是清徐精细化工循环产业园内,梗阳、亚鑫、美锦三家民营企业全力组织建设生产,今年工业总产值预计同比",
               "xh06": "按照打造高新技术型、劳动密集型、特色产品型、综合服务型园区的发展思路,该旗在这个园区将重点发展绿色食品加工、医药制药业、清洁能源和高新技术等非"}
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
