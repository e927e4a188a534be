#!/usr/bin/env python3
"""Write ncNN.txt from the stored page texts in ../_raw/pages/ncNN.raw (real52's make_txt.py with a new ITEMS table and
LINE_SUFFIX (the unfinished sentence where the stored excerpt breaks off: nc01, nc02, nc07 — cut so that the text ends at the
last whole sentence; nc08 is complete; nc03's, nc04's, nc05's and nc06's unfinished last paragraphs are left out by ITEMS); inner drops are photo
captions, image file names and one byline line; LINE_PREFIX, JOIN, HEAD_SUFFIX and WATERMARK unused). Nothing inside a kept
line is changed; every kept raw line becomes one paragraph; the text is never converted between scripts."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "nc01": ("前三季度工业投资增67.2%,大亚湾加快打造“1+3”产业平台", "冬季来临,在惠州大亚湾", "重点项目的动工、竣工",
          ["今年4月,位于大亚湾石化区的中海壳牌SMPO/POD项目正式投产。大亚湾区供图"]),
 "nc02": ("谢岗镇举行银瓶现代产业园发布会暨重点项目签约、动工、竣工投产仪式", "9月28日,2023年谢岗镇", "据了解,一直以来",
          ["微信图片_20230928152113.jpg", "微信图片_20230928152104.jpg", "微信图片_20230928152110.jpg", "微信图片_20230928152111.jpg"]),
 "nc03": ("预计年产值5亿元!中山港口镇南洲智造港产业园项目正式动工", "记者9月7日获悉", "该项目负责人介绍",
          ["奠基仪式。 通讯员供图", "南洲智造港产业园效果图。通讯员供图"]),
 "nc04": ("中山火炬高新区上榜国家生物医药产业园区50强", "近日,中国生物技术发展中心", "生物医药与健康产业作为",
          ["中山国家健康基地。"]),
 "nc05": ("顺德高新区冲刺国家高新区 13项目总投资额超124亿", "昨日上午,顺德区战略性产业项目", "项目投资方湖南千山", []),
 "nc06": ("新会“两看两比”活动展示13个项目 传导加快发展动力", "打桩机、挖掘机等纷纷开始作业", "“集团将全力推进",
          ["文/图张奕维刘倩"]),
 "nc07": ("总投资额21.3亿元,这场开工活动为珠海高质量发展蓄势积能", "近日,珠海市在十字门中学", "金铲挥舞", ["1.png"]),
 "nc08": ("投资50亿!南海区有色金属产业园南园在狮山启建!", "11月11日上午,随着", "汇海科创园的启建", []),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {}
# furniture at the end of the last kept raw line (same line), cut off: here the unfinished sentence where the excerpt is cut
LINE_SUFFIX = {"nc01": "今年1月,欧德油储I3地块石化仓储项目动工,仅用7个月就竣工,比预期提前了一个半月的时间,将进一步提升大亚湾石化区仓储、原料运输等公用工程配",
               "nc02": "2019年,",
               "nc07": "“这次集中签约开工活动给我们鼓足了干劲,我们今年将尽快推动东港兴桂山岛酒店项目开工,计划筹建一家以海洋渔业、乡村振兴等为主题的高端酒店,打造游客观赏渔船渔获、宣传海"}
# (first line prefix, second line prefix): the page breaks one sentence over these two raw lines
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
