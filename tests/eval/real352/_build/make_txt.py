#!/usr/bin/env python3
"""Write omNN.txt from the stored page texts in ../_raw/pages/omNN.raw (real52's make_txt.py with a new ITEMS table,
LINE_SUFFIX (the unfinished tail where the stored excerpt breaks off: om01, om04 — the unfinished sentence, cut so that the
text ends at the last whole sentence; om05's, om06's and om07's unfinished last paragraphs are left out by ITEMS) and JOIN (om04: a
sub-heading broken over two raw lines, joined with nothing in between); inner_drop used for image captions (om03, om07);
LINE_PREFIX, HEAD_SUFFIX and WATERMARK unused). The code below is real52's unchanged; real52's note (real49's and earlier
notes) describes it: headline line (or None), first and last raw line kept as the body (by prefix), furniture lines dropped
by exact text; every kept raw line becomes one paragraph; nothing inside a line is changed except LINE_SUFFIX; the text is
never converted between simplified and traditional script."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "om01": ("长春北湖科技园开园 打造创新发展新引擎", "(长春日报 记者杨宝迪)", "副市长白绪贵在致辞中表示", []),
 "om02": ("通化医药高新区:实干成就梦想 奋斗赢得未来", "“千淘万漉虽辛苦", "“千淘万漉虽辛苦", []),
 "om03": ("延吉高新区双创大厦顺利封顶 “科技城”初具雏形", "延吉高新技术产业开发区双创大厦主体工程", "该项目位于长白山东路以南",
          ["延吉高新区双创大厦顺利封顶 “科技城”初具雏形", "延吉高新区双创大厦主体封顶"]),
 "om04": (None, "一汽红旗新能源汽车工厂——", "“项目达产后", []),
 "om05": ("通化市抢抓区域协调发展机遇", "总投资20亿元的通化东宝生物医药产业园项目", "医药健康产业走廊企业集聚", []),
 "om06": ("中新吉林食品区推动重大项目开复工", "中新网吉林5月13日电", "中新吉林食品区管委会副主任云飞介绍", []),
 "om07": (None, "当下,长春新区北湖未来科学城", "目前,生物医药产业方面",
          ["新质生产力促进中心项目航拍外景 供图 长春新区新闻中心", "新质生产力促进中心项目内景 供图 长春新区新闻中心",
           "长春航空航天博览园项目航拍外景 供图 长春新区新闻中心", "长智光谷产业园项目航拍外景 供图 长春新区新闻中心",
           "传感器产业园项目航拍外景 供图 长春新区新闻中心"]),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {}
# furniture at the end of the last kept raw line (same line), cut off: here the unfinished sentence where the excerpt is cut
LINE_SUFFIX = {"om01": "展望未来,国家实施新一轮振兴东北战略,突出强调创新驱动在稳增长、促改革、调结构、惠民生中的重要作用,长春作为全国创新型城市,正在全力推进产学研协同创新机制的试点,北湖科技园的建设及一期项目的进驻,为长春市揭开了加快推进创新发展的新篇章,市政府将全力支持园区建设和项目发展,为企业和项目进驻提供便利条件和一流服务,同时希望北科建集团和各投资主体加快建设速度,促进吉林省集成创新综合体等项目尽快尽早发挥作用,把北湖科技园打造成全省、全市、东北地区乃至东北亚名副其实的创业园区,为全省全市科技创新和",
               "om04": "张东明告诉记者,项目的建成对塑造红旗品牌、助力红旗实现年产100万辆的远期目标具有重要意义,也将对中"}
# (first line prefix, second line prefix): the page breaks one sentence over these two raw lines
JOIN = {"om04": [("一汽红旗新能源汽车工厂——", "赋能品牌振兴 树立行业标杆")]}
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
