#!/usr/bin/env python3
"""Write uaNN.txt from the stored page texts in ../_raw/pages/uaNN.raw (real52's make_txt.py with a new ITEMS table and
LINE_SUFFIX (the unfinished tail where the stored excerpt breaks off: ua01, ua02 — cut so that the text ends at the last
whole sentence); LINE_PREFIX, JOIN, HEAD_SUFFIX and WATERMARK unused). ua06 and ua07 have no headline line in the stored
excerpt (None). For each item: the headline line, the first and the last raw line kept as the body (by line prefix, after
stripping blanks); every kept raw line becomes one paragraph; nothing inside a line is changed except LINE_SUFFIX; the text
is never converted between simplified and traditional script."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "ua01": ("湛江开发区坚持以突出经济技术开发为重心 推动实现“现代工业梦”“大工业”启动经济高质量发展新引擎", "湛江开发区为宝钢股份", "34年来,湛江开发区", []),
 "ua02": ("超千亿元投资项目落户广州市黄埔区、广州开发区 聚焦粤港澳大湾区建设", "央广网广州2月21日消息", "据悉,广州市黄埔区", []),
 "ua03": ("一季度江门工业投资增速跻身珠三角前三", "进入5月以来", "南方日报记者董有逸", []),
 "ua04": ("茂名红色荔枝、绿色化工、蓝色海滨与世界串联 “三原色”闪耀粤西", "绿色化工 东华能源", "未来,东华能源将通过", []),
 "ua05": ("小鹏汽车肇庆生产基地动工", "南方日报讯", "去年,肇庆高新区成立", []),
 "ua06": (None, "前三季度注册企业增加值突破", "据悉,下一阶段", []),
 "ua07": (None, "读创/深圳商报驻肇庆记者", "肇庆高新区新动工项目", []),
 "ua08": ("珠海32个重点产业项目集中签约 投资超560亿", "南方网讯 5月26日下午", "上述产业项目在区域分布上", []),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {}
# the unfinished sentence where the stored excerpt breaks off (cut so that the text ends at the last whole sentence)
LINE_SUFFIX = {"ua01": "2016年,获得中国国际循环经济展览会“最具投资价值园区奖”和“中国循环经济推广先进园区奖”;2017年产业园在全省产业转移工业园考核中获得第一名,并获省",
               "ua02": "近期,该区还将引进千亿级芯片项目、百亿美元级价值创新园项目,以及动力电池龙头企业、国"}
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
