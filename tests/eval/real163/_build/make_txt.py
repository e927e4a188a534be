#!/usr/bin/env python3
"""Write vfNN.txt from the stored page texts in ../_raw/pages/vfNN.raw (real52's make_txt.py, copied, with a new ITEMS
table and LINE_SUFFIX: the unfinished tail where the stored excerpt breaks off (vf01, vf04, vf05, vf07: the unfinished
sentence or clause, cut so that the text ends at the last whole sentence or clause), the relay site's watermark glued to
the end of vf02's last line (" 本文来自中华人民共和国图鉴社"), and the table-cell bar " |" at the end of vf08's line;
vf03's and vf06's unfinished last paragraphs are left out by ITEMS. LINE_PREFIX, JOIN, HEAD_SUFFIX and WATERMARK unused.
vf06's headline is a title plus its subtitle line (a tuple, joined with one space). real52's rules follow.

For each item: the headline line (or None when the stored excerpt has none), the first and the last raw line kept as the
body (by line prefix, after stripping leading/trailing blanks), and raw lines inside that range that are page furniture
(dropped by exact text, listed in SOURCES.md).  Leading indentation is stripped; every kept raw line becomes one paragraph.
Nothing inside a line is changed, except the furniture named in LINE_PREFIX / LINE_SUFFIX; the script asserts that it is
present and prints what it cut.  The text is never converted between simplified and traditional script."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "vf01": ("泉州打造台商聚集区“第三极”", "728日,笔者在泉州开发区", "泉州的厚积薄发", []),
 "vf02": (None, "20日晚,庆祝杏林台商投资区", "集美区领导在大会上表示", []),
 "vf03": ("龙工回归红土地 落地八大项目催生机械集群", "8月4日,位于龙岩市", "近年来,龙岩加快", []),
 "vf04": ("福建漳州招商局开发区6项目开工 新增投资21亿元", "2010年12月28日,漳州开发区", "总投资12亿元人民币的金海峡", []),
 "vf05": ("厦门火炬高新区“二次创业” 五年再造一个高新区", "从ABB开关", "据悉,从1992年", []),
 "vf06": (("产业集聚助推经济发展", "——上半年全市经济盘点系列综述之二"), "今年以来,我市深入实施", "今年以来,江阴开发区", []),
 "vf07": ("莆田:筑巢引凤孵成群", "东南网5月20日报道", "与填海造地项目相连的是", []),
 "vf08": (None, "东南网5月13日讯", "东南网5月13日讯", []),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {}
# furniture at the end of the last kept raw line (same line), cut off
LINE_SUFFIX = {"vf01": "泉州台",
               "vf02": " 本文来自中华人民共和国图鉴社",
               "vf04": "市场建成后,将容纳800户以上的商家,每年的钢材交易额将在150亿元",
               "vf05": "宸鸿科技从一期,到现在的二期、三期、四",
               "vf07": "目前已入驻企业339家,其中,规模以上企业118家,年产值",
               "vf08": " |"}
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
