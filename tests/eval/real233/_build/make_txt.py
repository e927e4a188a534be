#!/usr/bin/env python3
"""Write txNN.txt for real233 from the stored page texts in ../_raw/pages/txNN.raw. Copied from real52's make_txt.py with a
new ITEMS table, LINE_SUFFIX (the unfinished tail where the stored excerpt breaks off, or a table bar: tx04, tx06) and one
new table, HEAD_IN_LINE (tx04: the store gives the whole article as one line that begins with the headline and a space; the
headline is cut off the line and becomes the headline line — printed). JOIN, LINE_PREFIX, HEAD_SUFFIX and WATERMARK unused.
real52's rules otherwise: the headline line (or None when the stored excerpt has none), the first and the last raw line kept
as the body (by line prefix, after stripping leading/trailing blanks); every kept raw line becomes one paragraph; leading
indentation stripped; nothing inside a line changed except the furniture named in the tables (asserted and printed). Where
the store gives an article as one raw line (tx04, tx06: paragraphs run together with single spaces), it stays one paragraph.
The text is never converted between simplified and traditional script."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "tx01": ("闽台蓝色经济产业园推进16个项目", "福州新闻网讯 19日", "(福州日报记者 郑雪)", []),
 "tx02": ("连江大官阪垦区有望建成全国最大现代渔业产业园", "福州新闻网讯 12日", "(福州日报记者 温海龙)", []),
 "tx03": ("长乐:七大重点区域发展齐头并进", "福州新闻网5月14日讯", "数字福建(长乐)产业园是我省大数据产业重点园区,长乐投入5亿元", []),
 "tx04": (None, "泉州市抛出招商橄榄枝", "泉州市抛出招商橄榄枝", []),
 "tx05": ("中国投洽会期间大陆最大台商投资区将投产一大批项目", "第19届中国国际投资贸易洽谈会", "此外,比重较大的服务业项目共7个", []),
 "tx06": (None, "中新社福州4月26日电", "中新社福州4月26日电", []),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {}
# furniture at the end of the last kept raw line (same line), cut off
LINE_SUFFIX = {"tx04": "当前我市正重点推动石油化工产业高端化发展,本次厦洽会上,泉港50万吨/年苯",
               "tx06": "|"}
# the headline glued to the start of the (only) body line, followed by a space: cut off and used as the headline line
HEAD_IN_LINE = {"tx04": "泉州市抛出招商橄榄枝 八大项目厦洽会上觅良缘"}
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
    hil = HEAD_IN_LINE.get(nid)
    if hil:
        assert body[0].startswith(hil + " "), (nid, hil)
        body[0] = body[0][len(hil):].lstrip()
        head = hil
        cut.append("headline cut off the line start: " + hil)
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
    if head and not hil:
        parts = head if isinstance(head, tuple) else (head,)
        for p in parts:
            hs = HEAD_SUFFIX.get(nid, "")
            hidx.add(next(i for i, l in enumerate(lines[:i0]) if l == p + hs))
            if hs:
                cut.append("headline line: " + hs)
        text = " ".join(parts) + "\n\n" + text
    elif head:
        text = head + "\n\n" + text
    dropped = [l for i, l in enumerate(lines) if l and (not (i0 <= i <= i1) or l in inner_drop) and i not in hidx]
    return text, dropped, cut


if __name__ == "__main__":
    for nid in sorted(ITEMS):
        text, dropped, cut = build(nid)
        open(os.path.join(D, nid + ".txt"), "w", encoding="utf-8").write(text)
        print(nid, len(text), "cut in-line:", cut, "| dropped:", " | ".join(dropped)[:600])
