#!/usr/bin/env python3
"""Write njNN.txt from the stored page texts in ../_raw/pages/njNN.raw (real52's make_txt.py with a new ITEMS table and
LINE_SUFFIX (the unfinished tail where the stored excerpt breaks off: nj01, nj05 — the unfinished sentence, cut so that the
text ends at the last whole sentence; nj03's unfinished last paragraph and nj04's broken caption line are left out by
ITEMS); JOIN, LINE_PREFIX, HEAD_SUFFIX and WATERMARK unused; inner_drop: nj01's site watermark line, nj04's photo caption).
real52's note follows (abridged): for each item the headline line (or None), the first and last raw line kept as the body
(by line prefix), and furniture lines inside that range dropped by exact text. Leading indentation is stripped; every kept
raw line becomes one paragraph. Nothing inside a line is changed except LINE_SUFFIX. The text is never converted between
simplified and traditional script."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "nj01": ("黑龙江省最大生物工程产业项目开工 总投资1.6亿元", "东北网3月21日讯", "作为哈尔滨生物产业", ["中华人民共和国图鉴社"]),
 "nj02": (None, "东北网鸡西11月26日电", "为加快省级煤化工园区建设", []),
 "nj03": (None, "东北网黑河11月19日讯", "利用国家、省有关优惠政策", []),
 "nj04": ("提升工业化水平 大项目建设助推县域经济快速前进", "在一阵机器轰鸣声中", "7月29日,在东顺纸业的现场", ["安瑞佳石油化工。迟亦达 摄"]),
 "nj05": ("牡市政协副主席赵中三到开发区企业进行调研", "3月28日,牡丹江市政协副主席", "在随后召开的座谈会上", []),
 "nj06": ("黑龙江省开发区数量居东北首位", "为加强各类开发区", "黑龙江省有90家", []),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {}
# furniture at the end of the last kept raw line (same line), cut off: here the unfinished sentence where the excerpt is cut
LINE_SUFFIX = {"nj01": "该基地以哈药集团生物工程有限公司及哈药集团技术中心为依托,在现有基因工程已上市产品的基础上,以基因工程药物为核心,以多肽药物、单克隆抗体、诊断试剂等技术为重点,力争使其成为国家重",
               "nj05": "牡丹江工信部门将高度重视穆棱经济发展,给予穆棱产业园区更多的帮助支持,进一步提升园区发展水平和经济运行质量,切实帮助园区企业解决发展中的困难和问题,在牡丹江全面"}
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
