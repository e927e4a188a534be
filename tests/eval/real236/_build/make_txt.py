#!/usr/bin/env python3
"""Write saNN.txt from the stored page texts in ../_raw/pages/saNN.raw (real52's make_txt.py with a new ITEMS table,
LINE_SUFFIX (the unfinished tail where the stored excerpt breaks off: sa04, sa08, sa09), HEAD_PREFIX (new: sa01's label
“<新聞稿>” and the search tool's “date YYYY-MM-DD ” marker before sa09's headline), HEAD_SUFFIX (sa09: a counter “ 3” after
the headline) and SPLIT (new: sa04's two image captions glued inside the one raw line that holds the whole article, between
paragraphs; each “ caption ” is cut and becomes a paragraph break); LINE_PREFIX, JOIN and WATERMARK unused).
All nine items are traditional script as published; nothing is converted. real52's note follows.
Write zvNN.txt from the stored page texts in ../_raw/pages/zvNN.raw (real49's make_txt.py with a new ITEMS table,
LINE_SUFFIX (the unfinished tail where the stored excerpt breaks off: zv02, zv06, zv07 — the unfinished sentence, cut so
that the text ends at the last whole sentence; zv03's and zv05's unfinished last paragraphs are left out by ITEMS) and JOIN (zv05: the page breaks sentences over
several raw lines; joined with nothing in between); LINE_PREFIX, HEAD_SUFFIX and WATERMARK unused). real49's note follows.
Write zsNN.txt from the stored page texts in ../_raw/pages/zsNN.raw (real45's make_txt.py with a new ITEMS table,
LINE_SUFFIX (the unfinished tail where the stored excerpt breaks off: zs04, zs07; the table-cell bar “ |”: zs08) and
HEAD_SUFFIX (zs04: the table-cell bar “ |” after the headline); LINE_PREFIX, JOIN and WATERMARK unused). Where the store
gives a whole article as one raw line (zs04, zs07, zs08: paragraphs run together with single spaces), it stays one paragraph:
nothing inside a line is split or changed. real45's note follows.
Write zoNN.txt from the stored page texts in ../_raw/pages/zoNN.raw (real44's make_txt.py with a new ITEMS table,
LINE_SUFFIX (the unfinished tail where the stored excerpt breaks off, or the tail cut: zo01, zo03, zo09) and HEAD_SUFFIX
(zo07: the aggregator's “ 世界即时” glued to the headline line); LINE_PREFIX, JOIN and WATERMARK unused). real44's note follows.
Write znNN.txt from the stored page texts in ../_raw/pages/znNN.raw (real43's make_txt.py with a new ITEMS table,
LINE_PREFIX (the search tool's “date YYYY-MM-DD” marker glued to the start of zn03's first line), LINE_SUFFIX (the cut tail
of a sentence the stored excerpt breaks off: zn01, zn02) and JOIN (zn02: the page breaks one sentence over two lines);
HEAD_SUFFIX and WATERMARK unused). real43's note follows.
Write zmNN.txt from the stored page texts in ../_raw/pages/zmNN.raw (real42's make_txt.py with a new ITEMS table and
LINE_SUFFIX (the table-cell bar “ |” at the end of zm07's only line); LINE_PREFIX, JOIN, HEAD_SUFFIX and WATERMARK unused).
real42's note follows.
Write zlNN.txt from the stored page texts in ../_raw/pages/zlNN.raw (real41's make_txt.py with a new ITEMS table,
LINE_PREFIX (the search tool's “ date YYYY-MM-DD ” marker glued to the start of zl01's and zl03's first line) and LINE_SUFFIX
(an editor line with a date code glued to the end of zl01's and zl09's last line); JOIN, HEAD_SUFFIX and WATERMARK unused).
real41's note follows.
Write zkNN.txt from the stored page texts in ../_raw/pages/zkNN.raw (real40's make_txt.py with a new ITEMS table and a
WATERMARK table: a site watermark glued to the end of kept lines (zk09 “A5P安康新闻网”), cut and printed; LINE_PREFIX,
LINE_SUFFIX, JOIN and HEAD_SUFFIX unused). real40's note follows.
Write zjNN.txt from the stored page texts in ../_raw/pages/zjNN.raw (real39's make_txt.py with a new ITEMS table and a
HEAD_SUFFIX table for a headline line with the date/outlet line glued to its end; LINE_PREFIX, LINE_SUFFIX and JOIN unused).

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
 "sa01": ("中科二林園區針對20餘家潛在投資廠商舉辦建廠說明會", "為回應廠商及民眾對二林園區", "本次會議針對各界關心", []),
 "sa02": (None, "中部科學園區位於中興新村", "有關南核心之中興園區", ["陳局長(第1排右3)率同仁參訪中興園區營運廠商正瀚公司合影"]),
 "sa03": ("中科前2月營業額創新高 全年上看8千億元", "(中央社記者郝雪卿台中2日電)", "至於生技產業", []),
 "sa04": ("北臺灣投資新首選 宜蘭科學園區招商盛況空前", "科技部新竹科學園區管理局", "科技部新竹科學園區管理局", []),
 "sa05": ("屏科園區僅2廠商 挨批招商不力", "屏東科學園區與嘉義科學園區同步推動", "黃明賢質疑屏東科學園區招商不力",
          ["屏東縣議會13日開議,縣議員黃明賢提出屏東科學園區在南台灣科技S廊帶的4個科學園區中,無論在廠商數、投資額、預計產值都是倒數第一,質疑縣政府招商不力。圖為屏東科學園區願景圖。圖/屏縣府提供、謝佳潾屏東傳真"]),
 "sa06": ("雲林古坑產業加值園區估117年完工 年產值破百億", "(中央社記者姜宜菁雲林縣13日電)", "負責園區施工的玉新開發", []),
 "sa07": (None, "〔記者蘇金鳳／台中報導〕", "中科台中園區擴建二期緊鄰", []),
 "sa08": (None, "南部科學園區持續展現強勁成長動能", "在招商成果方面", []),
 "sa09": ("陳超明籲國科會續推動桃竹苗大矽谷 蘇振綱點出問題：夾雜私地、中油土地", "行政院113年9月正式核定", "針對南科沙崙生態科學園區", []),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {}
# the unfinished tail where the stored excerpt breaks off (end of the last kept raw line), cut off
LINE_SUFFIX = {"sa04": " 本次招商說明會,亦邀請佛光大學楊朝祥校長及邦特生技公司李明忠執行長分享跨領",
               "sa08": "，未來將持續積極整合中央資源，協助企業解決土地、水電、人才等問題，吸引國內",
               "sa09": "他強調，目前收到計畫書中，土地範圍也許只有20%為科學園區產業用地，其他"}
# (first line prefix, second line prefix): the page breaks one sentence over these two raw lines
JOIN = {}
# furniture glued to the headline line: label or the search tool's date marker before it, a counter after it
HEAD_PREFIX = {"sa01": "<新聞稿>", "sa09": "date 2025-11-20 "}
HEAD_SUFFIX = {"sa09": " 3"}
# an image caption glued inside a kept raw line between two paragraphs (the store runs the page's paragraphs together with
# single spaces): " caption " is cut and replaced by a paragraph break
SPLIT = {"sa04": [" 竹科管理局顏科長簡報說明宜科優質環境 ",
                  " 宜蘭縣林姿妙縣長(前排左5)、科技部許有進政務次長(前排左6)、竹科管理局王永壯局長(前排左7)與廠商大合照 "]}
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
    for sp in SPLIT.get(nid, []):
        ia = [i for i, l in enumerate(body) if sp in l]
        assert len(ia) == 1 and body[ia[0]].count(sp) == 1, (nid, sp)
        parts = body[ia[0]].split(sp)
        body[ia[0]:ia[0] + 1] = parts
        cut.append("caption cut, paragraph break: " + sp.strip()[:20] + "…")
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
            if hs:
                cut.append("headline line suffix: " + hs)
            if hp:
                cut.append("headline line prefix: " + hp)
        text = " ".join(parts) + "\n\n" + text
    dropped = [l for i, l in enumerate(lines) if l and (not (i0 <= i <= i1) or l in inner_drop) and i not in hidx]
    return text, dropped, cut


if __name__ == "__main__":
    for nid in sorted(ITEMS):
        text, dropped, cut = build(nid)
        open(os.path.join(D, nid + ".txt"), "w", encoding="utf-8").write(text)
        print(nid, len(text), "cut in-line:", cut, "| dropped:", " | ".join(dropped)[:600])
