#!/usr/bin/env python3
"""Write meNN.txt for real396 from the stored search excerpts in ../_raw/pages/meNN.raw (real52's make_txt.py, copied, with a
new ITEMS table, LINE_SUFFIX (the unfinished sentence where the stored excerpt breaks off: me03, me06, me07) and no JOIN,
LINE_PREFIX, HEAD_SUFFIX or WATERMARK). me01's, me02's, me04's and me05's unfinished last paragraphs are left out by ITEMS.

For each item: the headline line (or None when the stored excerpt has none), the first and the last raw line kept as the
body (by line prefix, after stripping leading/trailing blanks), and raw lines inside that range that are page furniture
(dropped by exact text, listed in SOURCES.md). Leading indentation is stripped; every kept raw line becomes one paragraph.
Nothing inside a line is changed, except the furniture named in LINE_SUFFIX; the script asserts that it is present and
prints what it cut. The text is never converted between simplified and traditional script."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "me01": ("一千二百亿国家集成电路基金落户亦庄", "记者日前从市经信委", "集成电路装备及装备材料", []),
 "me02": ("南京江北新区崛起两大千亿级产业集群", "南报网讯", "如今,全球最大芯片设计", []),
 "me03": ("安徽首个综合保税区迎台商24亿元项目一期投产", "21日,在海峡两岸", "据了解,合肥综合保税区近期",
          ["合肥市委常委、常务副市长韩冰致辞。郝嘉奇 摄", "台湾新竹科技园工业公会秘书长张致远致辞。郝嘉奇 摄"]),
 "me04": ("15个集成电路重大项目落户厦门海沧 总投资超150亿元", "作为国内首座成规模", "产业发展,载体先行", []),
 "me05": ("厦门火炬高新区打造集成电路产业重镇", "近日从厦门火炬高新区", "经过2年多的努力", []),
 "me06": (None, "新华社西安10月24日电", "西安奕斯伟硅片技术有限公司", []),
 "me07": ("天津滨海高新区工委书记、管委会主任单泽峰一行来访慰问项目一线建设者", "1月19日,天津滨海", "岁末年关", []),
}
LINE_PREFIX = {}
# the unfinished sentence where the stored excerpt breaks off, cut so that the text ends at the last whole sentence
LINE_SUFFIX = {"me03": "在今年2月6日的集中签约仪式上,共",
               "me06": "厂区建设完成后,公司的单晶硅片生产线正在紧锣密鼓地筹备之中,",
               "me07": "随后,来访领导向坚守在项目一线的工作人员送上米"}
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
