#!/usr/bin/env python3
"""Write yqNN.txt from the stored page texts in ../_raw/pages/yqNN.raw (real52's make_txt.py with a new ITEMS table,
LINE_SUFFIX (the unfinished tail where the stored excerpt breaks off: yq01, yq02, yq04, yq07 — the unfinished sentence, cut
so that the text ends at the last whole sentence; yq06's unfinished last paragraph is left out by ITEMS) and a new BULLET
table (yq08: the list bullet “• ” at the start of every kept line, cut and printed); LINE_PREFIX, JOIN, HEAD_SUFFIX and
WATERMARK unused). real52's note follows.
LINE_SUFFIX (the unfinished tail where the stored excerpt breaks off: zv02, zv06, zv07 — the unfinished sentence, cut so
that the text ends at the last whole sentence; zv03's and zv05's unfinished last paragraphs are left out by ITEMS) and JOIN (zv05: the page breaks sentences over
several raw lines; joined with nothing in between); LINE_PREFIX, HEAD_SUFFIX and WATERMARK unused). """
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "yq01": ("10个重点德资项目签约青岛中德生态园", "11月28日上午", "推介会上,王清宪", []),
 "yq02": ("魏国强到盐城经济技术开发区韩资工业园调研", "找准路子突出特色", "就下一步发展", ["市长魏国强(中)在盐城经济技术开发区韩资工业园调研。"]),
 "yq03": (None, "11月7日,以色列", "伊尔·拉维娅·扎多克指出", []),
 "yq04": (("中日(成都)地方发展合作示范区发展加速", "15个项目集中签约 总投资逾200亿"), "11月19日,中日", "乐敦制药株式会社", []),
 "yq05": ("日企在镇打造汽车零部件产业园", "日本企业正在镇江", "副市长陈建设参加了会见", []),
 "yq06": ("中新天津生态城建设一年变化大已完成投资70亿元", "中国日报网中国在线消息", "中新天津生态城是中新两国政府间继", []),
 "yq07": ("中韩(烟台)产业园:打造中韩地方经济和高端产业合作新高地", "肝胆每相照", "同样为优质服务叫好", []),
 "yq08": (None, "• 粤澳合作中医药科技产业园位于", "• 建筑面积达12.8万", []),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {}
# furniture at the end of the last kept raw line (same line), cut off: here the unfinished sentence where the excerpt is cut
LINE_SUFFIX = {"yq01": "同时,10个重点项目现场签约,涉及新材料、智慧农业、智能制造、文化旅游、医养健康、教育培训等",
               "yq02": "盐城经济技术开发区要把东风悦达起亚汽车有限公司和韩资工业园、农业装备产业园、大丰临港产业园“一厂三园”作为发展的",
               "yq04": "推介会上,成都高新区与乐敦投资(中国)签署再生医学产业项目合作协议,双方将通过构建成都中日再生医学产业联盟,促进相关科技成果转化及产业化项目落地,助力成都天府国际生物城形成再生医",
               "yq07": "据悉,艾多美(中国)总部项目落户烟台高新区以来,高新区成立艾多美服务专班,帮助项目方打开新局面,采用“跨境电商+经销商”模式,艾多美销售平台于7月10日正式上线后,"}
# (first line prefix, second line prefix): the page breaks one sentence over these two raw lines
JOIN = {}
# text glued to the end of the headline line (not part of the headline), cut off
HEAD_SUFFIX = {}
WATERMARK = {}
# list bullet at the start of every kept line (yq08), cut off
BULLET = {"yq08": "• "}

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
    bl = BULLET.get(nid)
    if bl:
        n = sum(1 for l in body if l.startswith(bl))
        assert n == len(body), (nid, n, len(body))
        body = [l[len(bl):] for l in body]
        cut.append("bullet at line start x%d: %s" % (n, bl.strip()))
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
