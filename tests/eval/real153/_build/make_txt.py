#!/usr/bin/env python3
"""Write wtNN.txt from the stored page texts in ../_raw/pages/wtNN.raw (real52's make_txt.py with a new ITEMS table,
LINE_SUFFIX (the unfinished sentence where the stored excerpt breaks off, cut so that the text ends at the last whole
sentence — wt01: only the unfinished clause after the last semicolon) and JOIN (wt06: two sub-headings each set over two
raw lines, joined with nothing in between); LINE_PREFIX, HEAD_SUFFIX and WATERMARK unused). real52's note follows.
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
 "wt01": (None, "中国(上海)自由贸易试验区临港新片区2020年", "本次集中开工的18个", []),
 "wt02": ("“长三角G60科创之眼”今开工", "长三角G60科创走廊又添", "联动长三角兄弟城市", []),
 "wt03": ("总投资超400亿!松江牛年首个工作日开工忙", "牛年首个工作日", "牛年首个工作日", []),
 "wt04": ("上海市北高新21亿元拿地,点燃上海静安高质量发展的新引擎", "中国经济导报、中国发展网讯", "据了解,“静安市北", []),
 "wt05": ("市北园区:打造“上海名园”共创数智未来", "市北高新技术服务业园区(以下简称", "当前,按照静安", []),
 "wt06": ("浦东中部这个城市副中心启动了!未来之城擦亮引领区“金”字招牌", "昨日,浦东新区举行", "造城不是目的", []),
 "wt07": ("上海金桥:广建“朋友圈” 打造国内最友好未来车产业生态", "新华财经上海4月20日电", "上海自贸区金桥管理局局长", []),
 "wt08": (None, "据上海市政府网站消息", "大会发布了漕河泾开发区", []),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {}
# furniture at the end of the last kept raw line (same line), cut off: here the unfinished sentence where the excerpt is cut
LINE_SUFFIX = {"wt01": "临港检验检测产业园、智慧",
               "wt03": "正是这样的硬实力,吸引着越来越多的优质项目选址落户",
               "wt04": "2018年9、10月间,该区域内原彭浦机器厂的21-2地块以及与之相邻的17-02地块均已先后被市北高新或其合资公司拍得,并与2019年9月实现集中开工,这些项目与此次成功摘牌的22-02地块,连同园区东部已经",
               "wt05": "围绕上述发展目标,园区运营主体——市北高新集团明确了“地产+投资”双轮驱动的经营策略,由“单一房地产主营”向“园区开发+产业投资+服务增值+品牌",
               "wt06": "金桥的发展,始终坚持“有产业特质的城市副中心”定位,在经历了“家电进家庭”“通信设备进家庭”“汽车进家庭”“智能手机进生活” 等产业迭代升级后,预计今年可实现区域工业产值2600亿元、营收8000亿元、税收500亿元的总体格局,其中汽车产",
               "wt07": "未来,金桥将进一步准确把握技术变革带来的商业模式变革,明晰主攻方向,抓住关键赛道,充分发挥产业、人才、",
               "wt08": "发展愿景提出,至2027年,漕河泾开发区科技领军企业、海内外高层次人才加速集聚,“科创漕河泾”框架体系基本建成;至2030年,创新策源能力显著增强,科技创新和产业创新深度融合,形成全球知名高端产业集群;至2035年,体制机制创新形成示范,对外开放水平形成样板,深度融入全球创新网络,打造领跑全球的未来产业集群,"}
# (first line prefix, second line prefix): the page breaks one sentence (here: one sub-heading) over these two raw lines
JOIN = {"wt06": [("打造地下、地面、空中", "“三首层”立体城市"), ("签约企业总投资额", "约370亿元")]}
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
