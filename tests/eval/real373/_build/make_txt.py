#!/usr/bin/env python3
"""Write nhNN.txt from the stored page texts in ../_raw/pages/nhNN.raw (real52's make_txt.py with a new ITEMS table and
three additions: HEAD_PREFIX (nh04: the list bullet “• ” before the headline line, not part of the headline),
HEAD_GLUED (nh08: the stored page gives headline, date and the whole body as one raw line; the headline is the start of
that line and is cut off together with the date by LINE_PREFIX) and SPLIT (nh08: the image placeholders “ ![]() ![]() ![]() ”
inside the one raw line are page furniture; the line is split into two paragraphs there, the placeholders dropped, printed).
LINE_SUFFIX cuts the unfinished tail where the stored excerpt breaks off (nh05, nh06, nh07) and nh08's trailing image
placeholders and credits line; JOIN and WATERMARK unused. real52's note follows.
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
 "nh01": ("临空港经开区15个项目集体开工", "长江商报消息 总投资57亿元", "今年1月至5月,临空港经开区", []),
 "nh02": ("临空港经开区部署推进招商引资“一号工程”", "本报讯(记者黄金通讯员彭吉松)", "市委常委、武汉临空港经开区管委会主任曹裕江", []),
 "nh03": ("生物产业冲刺光谷经济增长第三极", "继光电子、高新技术服务", "在医疗器械园,美国霍尼韦尔", []),
 "nh04": ("武汉光谷9个项目开工 总投资超过180亿元", "17日,2018年武汉市", "据介绍,下步该区", []),
 "nh05": ("10个项目签约落户“中国车都” 签约总金额达1350亿元", "荆楚网客户端-荆楚网消息", "近年来,武汉开发区聚焦", []),
 "nh06": ("武汉光谷启动合伙人投资引导基金", "中证网讯(记者 段芳媛)", "东湖高新区相关负责人表示,为着力创建", []),
 "nh07": ("武汉经开区26个项目集中开工,现代·金融湾产业园项目在军山新城启动", "市委常委、武汉经开区工委书记刘子清", "此次重大项目集中开工活动", []),
 "nh08": ("新年开新局|智能网联和电动汽车产业园:向“新”而行建设千亿新型工业化园区", "新年开新局|智能网联", "新年开新局|智能网联", []),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {"nh08": "新年开新局|智能网联和电动汽车产业园:向“新”而行建设千亿新型工业化园区发表时间:2024-01-31 09:38"}
# furniture at the end of the last kept raw line (same line), cut off: here the unfinished sentence where the excerpt is cut
LINE_SUFFIX = {"nh05": "围绕“智能化、网联化、电动化、轻量化”发展趋势,紧盯关键领域补链、强链、延链,坚定不移做强做优汽车产业,建设具有世界竞争力的汽车及零部件",
               "nh06": "东湖高新区正研究起草《关于推动人才创新创造支撑东湖科学",
               "nh07": "其中,先进制造业项",
               "nh08": "![]() ![]() ![]() 出品:武汉经开区工委宣传部 武汉经开区融媒体中心 采写:记者张隽 摄影李岿 通讯员鲍惜光 胡建平 编辑:吕作璐 蒋秋雨 制作:田钰杰 |"}
# (first line prefix, second line prefix): the page breaks one sentence over these two raw lines
JOIN = {}
# text glued to the end of the headline line (not part of the headline), cut off
HEAD_SUFFIX = {}
WATERMARK = {}
# text before the headline on the headline line (not part of the headline), cut off
HEAD_PREFIX = {"nh04": "• "}
# items whose headline is glued to the start of the first kept raw line (cut there by LINE_PREFIX)
HEAD_GLUED = {"nh08"}
# furniture inside a kept line: the line is split into two paragraphs there and the furniture dropped
SPLIT = {"nh08": ["![]() ![]() ![]()"]}

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
    for sp in SPLIT.get(nid, []):
        nb = []
        for l in body:
            if sp in l:
                parts = [p.strip() for p in l.split(sp)]
                assert all(parts), (nid, sp)
                cut.append("split at: " + sp)
                nb.extend(parts)
            else:
                nb.append(l)
        body = nb
    text = "\n\n".join(body) + "\n"
    hidx = set()
    if head:
        parts = head if isinstance(head, tuple) else (head,)
        for p in parts:
            if nid in HEAD_GLUED:
                assert LINE_PREFIX[nid].startswith(p), (nid, p)
                continue
            hs = HEAD_SUFFIX.get(nid, "")
            hp = HEAD_PREFIX.get(nid, "")
            hidx.add(next(i for i, l in enumerate(lines[:i0]) if l == hp + p + hs))
            if hp:
                cut.append("headline line prefix: " + hp)
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
