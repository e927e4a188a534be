#!/usr/bin/env python3
"""Write yfNN.txt (real114) from the stored page texts in ../_raw/pages/yfNN.raw (real52's make_txt.py with a new ITEMS
table, LINE_PREFIX (yf07: the search tool's “date YYYY-MM-DD” marker glued to the first line) and LINE_SUFFIX (yf05: the table-cell bar " |" at the end of the last line); the unfinished last paragraphs of yf03
and yf07 are left out by ITEMS; JOIN, HEAD_SUFFIX and WATERMARK unused). Headline tuples (yf06) are joined
with one space. real52's note on the method follows.

For each item: the headline line (or None when the stored excerpt has none), the first and the last raw line kept as the
body (by line prefix, after stripping leading/trailing blanks), and raw lines inside that range that are page furniture
(dropped by exact text, listed in SOURCES.md).  Leading indentation is stripped; every kept raw line becomes one paragraph.
Nothing inside a line is changed, except the furniture named in LINE_PREFIX / LINE_SUFFIX; the script asserts that it is
present and prints what it cut.  The text is never converted between simplified and traditional script."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "yf01": ("合肥開發區工業產值增44%", "【本報駐安徽記者張長城合肥電】", "合肥開發區投資環境優良", []),
 "yf02": ("好山好水受青睞 投縣成企業置產投資新寵", "南投縣的好山好水", "林縣長並指出", []),
 "yf03": ("南沙擬建葡語系國家產業園", "【本報消息】為推進澳門", "廣州南沙開發區港澳合作事務辦公室副主任", []),
 "yf04": ("竹縣築巢引鳳拚經濟 工業園區聯合服務中心今啟用", "新竹縣長楊文科表示", "鳳山工業區開發完成後", []),
 "yf05": ("遼寧大連開工24個重點項目", "中評社北京1月30日電", "在1月28日開工的24個重點項目中", []),
 "yf06": (("雲林小東工業區招商 反應熱烈", "中油、上銀、春源、巧新、新普等均參與說明會;開放最後5個編號基地,9/4前歡迎廠商投標"),
          "雲林縣政府8月7日上午10時", "本次共開放最後5個編號基地", []),
 "yf07": (None, "date 2025-12-23 國科會科學園區審議會第29次會議", "國科會指出，和大芯科技", []),
 "yf08": (None, "國發會18日召開第133次委員會議", "國發會表示，「大南方新矽谷」", []),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {"yf07": "date 2025-12-23"}  # the search tool's date marker glued to the first line
# furniture at the end of the last kept raw line (same line), cut off
LINE_SUFFIX = {"yf05": " |"}
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
