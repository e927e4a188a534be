#!/usr/bin/env python3
"""Write lnNN.txt from the stored page texts in ../_raw/pages/lnNN.raw (real52's make_txt.py with a new ITEMS table,
LINE_PREFIX (ln07: the relay site's tag “【中国幕墙网】” glued to the first line), LINE_SUFFIX (where the stored excerpt
breaks off, the unfinished sentence is cut so that the text ends at the last whole sentence: ln01, ln03, ln04; ln02: the
lead-in “具体表现在——” whose list is not stored; ln07: the end mark “【完】”) and JOIN (ln07: the page breaks sentences over
two raw lines; joined with nothing in between); HEAD_SUFFIX and WATERMARK unused). The build function below is real52's,
unchanged. The text is never converted between simplified and traditional script."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "ln01": (("重点项目建设顺利推进", "省观摩组莅郑考察指导工作"), "本报讯(记者 孟斌)", "随后,观摩组来到了高新区", []),
 "ln02": ("产业集聚区:周口现代化的窗口和希望", "十一五期间", "截至2010年", []),
 "ln03": (None, "本报讯 (记者冯振乾", "观摩团一行首先来到", []),
 "ln04": ("虞城县荣获河南最具竞争力产业集群金星奖", "12月22日,记者从", "目前,高新区装备制造", []),
 "ln05": ("我市近半数产业集聚区晋升二星级", "本报讯 (通讯员 李 森)", "据悉,根据", []),
 "ln06": ("内乡:“长藤结瓜”引爆聚合效应", "内乡县引进一个龙头企业", "该县按照", []),
 "ln07": (None, "【中国幕墙网】1月5日上午", "“只有实实在在的工作", []),
}
LINE_PREFIX = {"ln07": "【中国幕墙网】"}
LINE_SUFFIX = {"ln01": "观摩人员认真听取",
               "ln02": "具体表现在——",
               "ln03": "他希望项",
               "ln04": "高新区内共有装备制造及配套类企业98家,可年产钢卷尺15亿只、五金工具2亿只(套)、组套工具500万套、钢带15万吨、电子产品6000万只、电动三轮四轮车30万辆、特种车辆3万辆等;纺织服装及配套类企业36",
               "ln07": "【完】"}
JOIN = {"ln07": [("【中国幕墙网】1月5日上午", "铝板的项目开工"), ("《三门峡市1月5日", "石英砂生产及综合利用项目"),
                  ("三门峡市发改委相关负责人告诉记者", "深加工项目2个")]}
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
