#!/usr/bin/env python3
"""Write ovNN.txt from the stored page texts in ../_raw/pages/ovNN.raw (real52's make_txt.py with a new ITEMS table,
LINE_PREFIX (ov01: photo captions glued to the start of the first body line), LINE_SUFFIX (the unfinished sentence where
the stored excerpt breaks off: ov02, ov03, ov04, ov05, ov06, ov08 — cut so that the text ends at the last whole sentence;
ov01's unfinished last paragraph is left out by ITEMS); JOIN, HEAD_SUFFIX and WATERMARK unused). real52's note follows.
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
 "ov01": ("玉柴工业园今朝蓄势再出发", "玉柴工业园被国家工信部授予", "玉柴工业园在深入实施", []),
 "ov02": ("百色新山铝产业示范园区各项建设如火如荼", "今年以来,田阳县继续围绕", "广银铝业项目,只是", []),
 "ov03": (("全力“东融”展现“东大门”作为", "――梧州深度融入粤港澳大湾区观察"), "每个季度,梧州市鸿图", "这是梧州市积极融入大湾区", []),
 "ov04": ("贺州推动全产业链绿色化转型发展 不断为产业发展注入源头活水", "8月8日,贺州华润", "降解新材料正处在", []),
 "ov05": ("广西罗城招商引资实现开门红 牛毕港工业园开园", "中新网广西新闻1月10日电", "近年来,为了把资源优势",
          ["图为签约仪式现场。彭良飞 摄", "开工奠基仪式现场。杨卉 摄"]),
 "ov06": ("“十三五”期间来宾市转型升级成效凸显 全市生产总值超700亿元", "来宾市全面推进重点产业集群", "广西中沛电子信息产业园和广西兆拓", []),
 "ov07": ("[鹿寨县]汽配基地4个月投产 服务引进企业刷新速度", "鹿寨讯 (记者/覃伟立", "“2015年1月招商", []),
 "ov08": ("今年东博会期间我市签约招商引资项目57个投资总额达581.13亿", "本报讯(记者徐莹波", "“本届东博会期间签约", []),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {"ov01": '玉柴工业园被国家工信部授予"国家新型工业化产业示范基地"玉柴产业新城入城投资协议书签约仪式。玉柴产业新城工地近照。 ▲玉柴动力公司"8S"管理生产车间。玉柴产业新城鸟瞰图'}
# the unfinished sentence where the excerpt is cut, cut off the end of the last kept raw line
LINE_SUFFIX = {"ov02": "目前,已有广银铝业、中金公司、奋城机械、烁城纸业、广西苏源投资股份有限公司投资的煤热电铝一体化项目等近30家企业签约进驻,合",
               "ov03": "作为两广“联姻",
               "ov04": "按照计划,该项目第一个洗矿车间将在今年9月",
               "ov05": "深化“一窗通办”“承诺审批”“帮办代办”等一系列政务服务便民利民改革,大力优化营",
               "ov06": "来宾市工业和信息化局党组书记",
               "ov08": "此外,东博会期间签约的项目除质量高以外,履约前景也值得期待,项目前期工作准备到位,经多次调度及有关部门联合会"}
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
