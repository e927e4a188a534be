#!/usr/bin/env python3
"""Write wvNN.txt from the stored page texts in ../_raw/pages/wvNN.raw (real52's make_txt.py, new ITEMS table, plus
HTML_P: wv04's stored excerpt carries the WeChat editor's HTML; on the raw line that starts with HTML_P[nid] the text of each
<p> element (the last one unclosed, where the excerpt breaks off) becomes one raw line, nothing else changed).
For each item: the headline line (or None when the stored excerpt has none), the first and the last raw line kept as the
body (by line prefix), and raw lines inside that range that are page furniture (dropped by exact text, listed in SOURCES.md).
Leading indentation is stripped; every kept raw line becomes one paragraph. Nothing inside a line is changed, except the
unfinished tail named in LINE_SUFFIX (asserted present, printed). No conversion between simplified and traditional script."""
import os, re
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "wv01": (None, "据江西省发改委消息", "全县坚持有力有效", []),
 "wv02": ("吉水14个工业项目开工", "金秋庐陵", "今年以来,吉水县认真", ["微信图片_20221002140123.jpg", "图片来源:掌上吉水"]),
 "wv03": ("抚州东乡区:奋战一季度 夺取“开门红”", "本报东乡讯", "据了解,目前东乡区", []),
 "wv04": ("东扩西拓北延,寻乌石排工业园区稳步扩张", "抓发展就要抓产业", "今年以来,我县坚持", []),
 "wv05": ("上饶:加速发展“大工业” 推动经济高质量跨越式发展", "上饶市紧盯大项目", "1-7月,上饶市", []),
 "wv06": (None, "红网时刻新闻2月29日讯", "此次开工签约仪式", ["江华县委书记段贵建宣布开工。"]),
 "wv07": ("永州经开区再次刷新招商速度", "9月9日下午", "近年来,永州经开区", []),
}
LINE_SUFFIX = {"wv04": ",项目技术负责人王桦说:“我们有信心全"}
HTML_P = {"wv04": "<p><br></p>"}

def build(nid):
    head, first, last, inner_drop = ITEMS[nid]
    raw_lines = open(os.path.join(RAW, nid + ".raw"), encoding="utf-8").read().split("\n")
    lines = [l.strip() for l in raw_lines]
    if nid in HTML_P:
        out = []
        for l in lines:
            if l.startswith(HTML_P[nid]):
                out += [t.strip() for t in re.findall(r"<p[^>]*>([^<]*)", l) if t.strip()]
            else:
                out.append(l)
        lines = out
    i0 = next(i for i, l in enumerate(lines) if l.startswith(first))
    i1 = next(i for i, l in enumerate(lines) if i >= i0 and l.startswith(last))
    for x in inner_drop:
        assert x in lines[i0:i1 + 1], (nid, x)
    body = [l for l in lines[i0:i1 + 1] if l and l not in inner_drop]
    cut = []
    suf = LINE_SUFFIX.get(nid)
    if suf:
        assert body[-1].endswith(suf), (nid, suf)
        body[-1] = body[-1][:-len(suf)].rstrip()
        cut.append(suf)
    text = "\n\n".join(body) + "\n"
    hidx = set()
    if head:
        hidx.add(next(i for i, l in enumerate(lines[:i0]) if l == head))
        text = head + "\n\n" + text
    dropped = [l for i, l in enumerate(lines) if l and (not (i0 <= i <= i1) or l in inner_drop) and i not in hidx]
    return text, dropped, cut

if __name__ == "__main__":
    for nid in sorted(ITEMS):
        text, dropped, cut = build(nid)
        open(os.path.join(D, nid + ".txt"), "w", encoding="utf-8").write(text)
        print(nid, len(text), "cut in-line:", cut, "| dropped:", " | ".join(dropped)[:300])
