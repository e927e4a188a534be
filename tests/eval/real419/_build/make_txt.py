#!/usr/bin/env python3
"""Write lbNN.txt from the stored page texts in ../_raw/pages/lbNN.raw (real52's make_txt.py, copied, with a new ITEMS table
and LINE_SUFFIX (the unfinished sentence where the stored excerpt breaks off: lb01, lb05, lb07 — cut so that the text ends at
the last whole sentence; lb03's, lb04's unfinished last paragraphs and lb06's last three raw lines are left out by ITEMS);
LINE_PREFIX, JOIN, HEAD_SUFFIX and WATERMARK unused).  real52's note on the method follows.

For each item: the headline line (or None when the stored excerpt has none), the first and the last raw line kept as the
body (by line prefix, after stripping leading/trailing blanks), and raw lines inside that range that are page furniture
(dropped by exact text, listed in SOURCES.md).  Leading indentation is stripped; every kept raw line becomes one paragraph.
Nothing inside a line is changed, except the furniture named in LINE_SUFFIX; the script asserts that it is present and
prints what it cut.  The text is never converted between simplified and traditional script."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "lb01": ("深圳前海推港企直通车拟吸上万企业 优先推人才公寓", "据香港文汇报报道", "为了吸引港企加快入驻", []),
 "lb02": ("横琴粤澳合作产业园将启动新一轮招商", "为贯彻落实《粤澳合作框架协议》", "杨川表示", []),
 "lb03": ("穗港智造特别合作区落户广州高新区", "4月14日,广州高新区", "此外,穗港创新合作集聚中心", []),
 "lb04": (None, "新华社广州3月29日电", "园区的运营单位之一", []),
 "lb05": ("东莞滨海湾新区搭建粤港澳大湾区合作新平台", "20日,位于珠江口东岸", "东莞福杯科技商贸有限公司", []),
 "lb06": ("港澳“创客”筑梦羊城 获全方位多元化支持", "近年来,在面临", "从政策支持到资金补贴", []),
 "lb07": (None, "8月26日和9月6日", "十四年來,前海聚焦改革開放主責", []),
 "lb08": (None, "中新网广东新闻12月19日电", "报告称,合作区成立以来", []),
}
LINE_PREFIX = {}
# furniture at the end of the last kept raw line (same line), cut off: here the unfinished sentence where the excerpt is cut
LINE_SUFFIX = {"lb01": "在前海e站通服务中心设立服务港资企业的专门窗口,率先实现一口受理,专门为拟注册港资企业服",
               "lb05": "公司创始人王本玮表示,选择落户滨海湾新区,一方面是当地对港澳青年创业的优厚政策,更",
               "lb07": "持續推進制度型開放,實施自貿試驗區提"}
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
