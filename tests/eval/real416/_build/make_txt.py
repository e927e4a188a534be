#!/usr/bin/env python3
"""Write myNN.txt from the stored page texts in ../_raw/pages/myNN.raw (real52's make_txt.py with a new ITEMS table and
LINE_SUFFIX (my01: the table-cell bar “ |” at the end of the last line; my08: the unfinished sentence where the excerpt
breaks off, cut so that the text ends at the last whole sentence); my09's unfinished last paragraph is left out by ITEMS;
LINE_PREFIX, JOIN, HEAD_SUFFIX and WATERMARK unused). real52's note follows in part.

For each item: the headline line (or None when the stored excerpt has none), the first and the last raw line kept as the
body (by line prefix, after stripping leading/trailing blanks), and raw lines inside that range that are page furniture
(dropped by exact text, listed in SOURCES.md).  Leading indentation is stripped; every kept raw line becomes one paragraph.
Nothing inside a line is changed, except the furniture named in LINE_PREFIX / LINE_SUFFIX; the script asserts that it is
present and prints what it cut.  JOIN names pairs of raw lines (by prefix) where the page breaks one sentence over two
lines; the second is appended to the first with nothing in between (printed).  The text is never converted between
simplified and traditional script."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "my01": (None, "记者从福州有关部门", "据规划,清流台湾农民创业园", []),
 "my02": ("国家级台湾农民创业园增至29个", "中共中央台办", "此外,江苏现有", []),
 "my03": ("7家台资企业进驻无锡锡山台湾农民创业园", "作为江苏省首个", "锡山台湾农民创业园于2008年2月", []),
 "my04": (None, "记者从福建省漳浦县", "福建漳浦台湾农民创业园创建于", []),
 "my05": (None, "广西玉林市官方24日", "近年来桂台两地合作", []),
 "my06": ("鄂州市省级华容台湾农民创业实验园获批", "近日,湖北省人民政府", "湖北鄂州华容台湾农民创业实验园是", []),
 "my07": (None, "新华社成都12月27日电", "四川是大陆西部", []),
 "my08": ("37个台资项目落户江苏淮安 总投资394亿元人民币", "中新社淮安12月9日电", "长三角地区是台商", []),
 "my09": (None, "中新网温州7月7日电", "值得一提的是", []),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {}
# furniture or the unfinished sentence at the end of the last kept raw line (same line), cut off
LINE_SUFFIX = {"my01": " |",
               "my08": "在淮安重点打造的优势特色产业体系中,富士康、鹏鼎控股、达方电子等企业支撑起新一代信息技术产业集群;敏"}
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
