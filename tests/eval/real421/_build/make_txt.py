"""Write ldNN.txt for real421 from ../_raw/pages/ldNN.raw (real52's make_txt.py with a new ITEMS table, LINE_SUFFIX (ld03: the
unfinished last sentence where the stored excerpt breaks off) and JOIN (ld02: the page breaks one sentence over two lines);
LINE_PREFIX, HEAD_SUFFIX and WATERMARK unused). real52's note follows, shortened:
For each item: the headline line (or None when the stored excerpt has none), the first and the last raw line kept as the
body (by line prefix), and raw lines inside that range that are page furniture (dropped by exact text, listed in SOURCES.md).
Leading indentation is stripped; every kept raw line becomes one paragraph. Nothing inside a line is changed, except the
furniture named in LINE_PREFIX / LINE_SUFFIX. The text is never converted between simplified and traditional script."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "ld01": (None, "28日,中国航天科技集团一院", "投资30亿元的波鸿汽车零部件项目", []),
 "ld02": ("中航工业长春打造航空科技产业园", "中航工业昨天宣布", "2009年,长春高新区工业总产值", []),
 "ld03": ("武汉航天基地东部产业核心区综合开发项目开工建设", "本报湖北武汉讯", "武汉航天基地东部产业核心区综合开发项目位于", []),
 "ld04": ("新疆实现轨道交通装备产业零的突破", "乌鲁木齐中车产业园12日揭牌奠基", "乌鲁木齐中车产业园在新疆的落地", []),
 "ld05": ("省属国企四季度重点项目集中开工10个项目计划总投资75亿元", "本报讯(记者 敬松)", "省国资委相关负责人表示", []),
 "ld06": ("贵州清镇工业园中铝退城进园项目一期工程开工", "8月26日下午", "省政府秘书长唐德智", []),
 "ld07": ("福建省与央企签约项目60个  总额超2861亿元", "人民网福州4月26日电", "接下来,福建省与央企将深化对接合作", []),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {}
# the unfinished sentence where the stored excerpt breaks off, cut off
LINE_SUFFIX = {"ld03": "联合体将通过实施“投资+建设+运营”,为基地东部提供一体化开发建设和运营,前期提供规划设计、征地拆迁、基础设施和公共服务设施及产业设施投资建设,后期协助开展招商引资,拉动更"}
# (first line prefix, second line prefix): the page breaks one sentence over these two raw lines
JOIN = {"ld02": [("长春航空科技产业园位于长春高新区", "件、轨道客车配套件")]}
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
