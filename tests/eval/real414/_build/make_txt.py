#!/usr/bin/env python3
"""Write mwNN.txt from the stored page texts in ../_raw/pages/mwNN.raw (real52's make_txt.py with a new ITEMS table,
LINE_SUFFIX (the unfinished tail where the stored excerpt breaks off, cut back to the last whole sentence: mw01, mw03, mw04,
mw06, mw07), a new HEAD_PREFIX table (mw02: the page's headline line reads “原标题:…”; the label is cut, the title kept) and
INNER drops (photo captions / app prompts listed in ITEMS); LINE_PREFIX, JOIN, HEAD_SUFFIX and WATERMARK unused).
real52's rules otherwise: the headline line (or None when the stored excerpt has none), the first and the last raw line kept
as the body (by line prefix, after stripping blanks), raw lines inside that range that are page furniture (dropped by exact
text, listed in SOURCES.md). Every kept raw line becomes one paragraph; nothing inside a line is changed except the cut
tails; the text is never converted between simplified and traditional script."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "mw01": (None, "作为浦东开发开放", "书院镇昨天还迎来了", []),
 "mw02": ("北京中关村观摩银川中关村运营两周年成果", "12月23日,北京中关村", "“我们参观完银川中关村", []),
 "mw03": ("快马加鞭建设忙 打造数字经济产业生态圈", "夏日炎炎,机器轰鸣", "“目前在谈的企业有48家", []),
 "mw04": ("品牌联动引凤来产业发展育新机", "立足长三角G60科创走廊策源地", "黄桥项目临港智汇园是", []),
 "mw05": (None, "本网讯(陈雅婕 李顺杰)", "漳浦万洋众创城总规划用地", []),
 "mw06": (None, "“给西安一座城 给企业一个家”", "产业是经济之本", []),
 "mw07": (None, "青岛(胶州)万洋众创城项目立足", "据了解,万洋众创城项目全部建成后", ["打开网易新闻 查看更多图片"]),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {}
# furniture at the end of the last kept raw line (same line), cut off: here the unfinished sentence where the excerpt is cut
LINE_SUFFIX = {"mw01": "这是书院镇实施乡村振兴战略、落实浦东区委“四高”战略的重要抓手,对补齐书院镇民生短板,完善公共配套",
               "mw03": "陈燚介绍,很多企业愿意入驻产业园,不仅是看中产",
               "mw04": "朱峰介绍,临港也将联合其在松江的产业基础,在黄桥项目临港智汇园的产业导入、资源集结、体系化服务、产业培育等方面发挥品牌",
               "mw06": "西咸新区·秦汉自动驾",
               "mw07": "借助胶州市完善的政策服务、产业配套等优势,万洋众创城将按照“产业集聚、产城融合、资源共享、产融互动”的模式,积极培育发展新质生产力,建设成为集生产制造、技术研发、仓储物流、生产生活"}
# (first line prefix, second line prefix): the page breaks one sentence over these two raw lines
JOIN = {}
# text glued to the end of the headline line (not part of the headline), cut off
HEAD_SUFFIX = {}
# label glued to the start of the headline line (not part of the headline), cut off
HEAD_PREFIX = {"mw02": "原标题:"}
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
            hp = HEAD_PREFIX.get(nid, "")
            hidx.add(next(i for i, l in enumerate(lines[:i0]) if l == hp + p + hs))
            if hp:
                cut.append("headline line label: " + hp)
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
