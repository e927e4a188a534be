#!/usr/bin/env python3
"""Write ypNN.txt from the stored page texts in ../_raw/pages/ypNN.raw (real52's make_txt.py with a new ITEMS table and
LINE_SUFFIX (the unfinished tail where the stored excerpt breaks off inside the last kept line: yp03 — the unfinished last
clause, cut so that the text ends at the last whole clause “…2.5产业园区;”; yp04 — the unfinished sentence, cut so that the
text ends at the last whole sentence); the unfinished last raw lines of yp01, yp02, yp06, yp07 and yp08 are left out whole by
ITEMS; JOIN, LINE_PREFIX, HEAD_SUFFIX and WATERMARK unused). real52's note follows.
"""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "yp01": ("新项目点火 绵阳经开区迈向千亿新区", "今年来,经开区全力以赴推进总投资约190亿元的68个工业项目经济开发区", "化工环保产业园已集聚", []),
 "yp02": ("宜宾县工业强县结硕果", "深冬的清晨", "宜宾县以提升园区承载力", []),
 "yp03": ("云南曲靖经开区立足国际化 打造千亿产业园区", "记者从云南曲靖经济技术开发区", "截止目前,开发区累计引进", []),
 "yp04": ("红塔工业园区制定实施工业倍增计划", "今年以来,红塔工业园区", "同时,园区高起点谋划", []),
 "yp05": ("贵阳经开区“十五五”时期拟打造5个百亿级产业集群", "本报讯(记者 陈露)", "同时,该区将落实", []),
 "yp06": ("六盘水:聚焦“项目为王”奋力实现工业大突破", "10月29日,走进", "除了贵州水钢同鑫晟金属制品公司外", []),
 "yp07": ("梧州:园区发展提速 经济增长强劲", "今年以来,我市按照", "一季度,全市工业园区", []),
 "yp08": ("广西打造“同心·百亿工业园” 实现品牌叠加", "“铁皮石斛是", "宝塔医药产业园区是隆安县", []),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {}
# furniture at the end of the last kept raw line (same line), cut off: here the unfinished clause / sentence where the excerpt is cut
LINE_SUFFIX = {"yp03": "形成了以曲靖博浩生物科技股份有限公司",
               "yp04": "在加快建设2021年新开工项目的基础上,按计划推进总投"}
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
