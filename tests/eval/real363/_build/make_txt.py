#!/usr/bin/env python3
"""Write oxNN.txt from the stored page texts in ../_raw/pages/oxNN.raw (real52's make_txt.py with a new ITEMS table and
LINE_SUFFIX (ox01: the unfinished sentence where the stored excerpt breaks off, cut so that the text ends at the last whole
sentence; ox04's unfinished last raw line is left out by ITEMS); LINE_PREFIX, JOIN, HEAD_SUFFIX and WATERMARK unused).

For each item: the headline line (or None when the stored excerpt has none), the first and the last raw line kept as the
body (by line prefix, after stripping leading/trailing blanks), and raw lines inside that range that are page furniture
(dropped by exact text, listed in SOURCES.md).  Leading indentation is stripped; every kept raw line becomes one paragraph.
Nothing inside a line is changed, except the furniture named in LINE_PREFIX / LINE_SUFFIX; the script asserts that it is
present and prints what it cut.  The text is never converted between simplified and traditional script."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "ox01": ("合盛产业园三周年暨20万吨有机硅项目开工仪式", "2013年8月16日,正直金秋", "民建中央马培华主席在讲话中指出", []),
 "ox02": ("重庆又一新能源汽车基地年底投产", "昨日,记者从两江新区", "兴国集团两江基地主要以", []),
 "ox03": ("华新新材料与智能装备制造科技园项目奠基", "8月5日8时50分", "华新新材料与智能装备制造科技园项目是", []),
 "ox04": (None, "2019年5月27日,一个风和日丽", "伴随着喧天的锣鼓声", []),
 "ox05": (None, "近日,广东兴发铝业有限公司", "兴发铝业各部门车间主管", []),
 "ox06": (None, "冬日的广源,喜气洋洋", "目前,集办公、生活", []),
}
LINE_PREFIX = {}
LINE_SUFFIX = {"ox01": "马培华主席认为20万吨有机硅项目科技含量高、投资规模大、产业联动强,具有良好的经济效益、社会效益,对推动八师石河子市经济跨越发展具有"}
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
        print(nid, len(text), "cut in-line:", cut, "| dropped:", " | ".join(dropped)[:600])
