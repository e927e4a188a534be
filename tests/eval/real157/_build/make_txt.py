#!/usr/bin/env python3
"""Write wxNN.txt from the stored page texts in ../_raw/pages/wxNN.raw (real52's make_txt.py with a new ITEMS table,
LINE_SUFFIX (the unfinished tail where the stored excerpt breaks off: wx03, wx04 -- cut so that the text ends at the last
whole sentence; wx01's and wx05's unfinished last paragraphs are left out by ITEMS) and inner_drop (photo captions in wx01
and wx05, the byline line in wx03); LINE_PREFIX, JOIN, HEAD_SUFFIX and WATERMARK unused).  Every kept raw line is one
paragraph, leading blanks stripped, nothing inside a line changed except LINE_SUFFIX.  The text is never converted between
simplified and traditional script."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "wx01": ("【喜迎二十大】国庆假期不停工!哈密市全力推进重点项目建设", "国庆假期,哈密市重点项目", "国庆假期,作为哈密市重点项目",
          ["由清电能源集团投资建设哈密市打造光伏硅基示范产业园项目全面进入到了实施阶段。融媒体中心记者郭子毅摄",
           "工作人员正在加紧基础工程建设。融媒体中心记者郭子毅摄"]),
 "wx02": (None, "央广网喀什9月22日消息", "2022年1月至8月", []),
 "wx03": ("新疆霍尔果斯:百年口岸嬗变丝路新城", "中新社新疆霍尔果斯12月18日电", "记者来到正洋", ["作者 苟继鹏"]),
 "wx04": (None, "拉萨积极拥抱数字经济", "拉萨市民德庆措姆", []),
 "wx05": (None, "中宏网新疆8月22日电", "本次签约活动共计签订",
          ["第十四届“喀交会”喀什市招商引资推介会暨重点项目签约活动现场。马丽娜 摄", "签约活动共计签订招商引资项目5个。马丽娜 摄"]),
 "wx06": (None, "据公告显示", "该项目选址地块", []),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {}
# the unfinished sentence where the stored excerpt breaks off, cut off the end of the last kept line
LINE_SUFFIX = {"wx03": "“今年5月签约,10", "wx04": "原来,拉萨"}
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
