#!/usr/bin/env python3
"""Write vkNN.txt from the stored page texts in ../_raw/pages/vkNN.raw (real52's make_txt.py with a new ITEMS table,
LINE_SUFFIX (the unfinished tail where the stored excerpt breaks off: vk01, vk02, vk03, vk04, vk05, vk07 — the unfinished
sentence is cut so that the text ends at the last whole sentence), INNER drops (vk02: an image file name between paragraphs;
vk06: a photo caption line) and a new HEAD_PREFIX table (vk02: the list bullet “• ” before the headline on the page; cut
and printed); LINE_PREFIX, JOIN, HEAD_SUFFIX and WATERMARK unused). real52's note follows.
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
 "vk01": ("抓项目 扩投资 促发展", "中国徐州网-徐州日报讯", "项目是稳定投资、拉动经济", []),
 "vk02": ("102.5亿元!泗洪县15个项目集中开工!", "人勤春来早,奋进正当时。", "本次集中开工项目体量较大", ["微信图片_20210226175048.jpg"]),
 "vk03": ("我市63个重点产业项目集中开工", "擂响建设战鼓", "据了解,本次集中开工的63个", []),
 "vk04": ("2022铜山金秋投资洽谈会签约项目总投资额387.1亿元", "中新网江苏新闻11月11日电", "铜山区城乡融合", []),
 "vk05": ("淮安市淮安区举行重特大项目集中签约仪式", "8月8日上午", "张笑在致辞中说", []),
 "vk06": (None, "今日上午9时08分", "据了解,逸达新材料二期", ["逸达新材料二期项目开工仪式现场"]),
 "vk07": ("2022中外媒体盐城行活动走进我区", "9月20日", "盐城智能制造联合创新中心是", []),
}
_OLD = {
 "zv01": ("姜堰开发区项目建设再攀新高", "2018年,姜堰经济开发区", "加快推进转型升级", []),
 "zv02": (None, "这几天,浙江世仓", "在助力运营企业发展", []),
 "zv03": ("安巢经开区:总投资87.5亿元 12个项目集中签约", "据江淮晨报消息", "据悉,2022年是安巢", []),
 "zv04": ("长沙经开区、长沙县15个项目集中开工 总投资约60亿元", "长沙晚报讯", "本次长沙县集中开工", []),
 "zv05": (None, "3月24日,市长徐衣显", "来到泛家居产业园一期项目", []),
 "zv06": ("疾速推进吉州绿色食品产业园区建设", "江西正元饮用水", "吉州区绿色食品产业园区是", []),
 "zv07": ("井冈山经济技术开发区决战千亿园区速写", "百花争艳", "2001年,吉安高新技术开发区", []),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {}
# furniture at the end of the last kept raw line (same line), cut off: here the unfinished sentence where the excerpt is cut
LINE_SUFFIX = {"vk01": "上亿商贸城是邳州重点城建工程,是“两轴两带六片区”中“北环现代商贸区”建设的重要组成部",
               "vk02": "三是项目质态",
               "vk03": "这些项目的正式开工建设,将充分激发我市抓项目、促发展的热情与势头,持续掀起项",
               "vk04": "近年来,一系列教育、医疗、文旅等重大功能项目接连布局,覆盖城乡的养老、托育等公共服务体系稳",
               "vk05": "四个项目的签约既为企业发展带来新的发展机遇和市场红利,助力企业不断做大做强,也为淮安区下一步发展注入了强劲的动力,对推动淮安区高质量发展必将产生积极而深远的影响,进一步",
               "vk07": "在盐城智能制造联合创新中心,记者们实地参观数字化制造展示"}
_OLD_SUFFIX = {"zv02": "在计划总",
               "zv06": "园区工程部部长肖志涛说,“下一步我们将继续做好园区征地任",
               "zv07": "以红板线路板、中泰电子为龙头,聚集盛泰通讯、联创电缆"}
# (first line prefix, second line prefix): the page breaks one sentence over these two raw lines
JOIN = {}
_OLD_JOIN = {"zv05": [("3月24日,市长徐衣显", "文化旅游园区观摩组来到"), ("3月24日,市长徐衣显", "温县,就项目建设情况"),
                  ("观摩组一行先后来到泛", "家居产业园、"), ("观摩组一行先后来到泛", "河南太极门业有限公司、凯创重工"),
                  ("在泛家居产业园,唐毅", "招商、整体开发"), ("在泛家居产业园,唐毅", "投资38亿元,占地1500亩"),
                  ("在泛家居产业园,唐毅", "郑州等地家具加工")]}
# text glued to the end of the headline line (not part of the headline), cut off
HEAD_SUFFIX = {}
# text before the headline on the same line (not part of the headline), cut off
HEAD_PREFIX = {"vk02": "• "}
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
