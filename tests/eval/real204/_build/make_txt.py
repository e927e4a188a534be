"""Write uuNN.txt for real204 from the stored page texts in ../_raw/pages/uuNN.raw. Copied from real52's make_txt.py
unchanged except this note and the ITEMS / LINE_SUFFIX tables. real52's note (abridged):

For each item: the headline line (or None when the stored excerpt has none; a tuple joins a kicker line and a headline
line with one space), the first and the last raw line kept as the body (by line prefix, after stripping leading/trailing
blanks), and raw lines inside that range that are page furniture (dropped by exact text, listed in SOURCES.md).  Leading
indentation is stripped; every kept raw line becomes one paragraph.  Nothing inside a line is changed, except the
furniture named in LINE_PREFIX / LINE_SUFFIX; the script asserts that it is present and prints what it cut.  The text is
never converted between simplified and traditional script."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "uu01": ("兵工、华通、计华汽车零部件项目落后南京", "作为南京转型发展", "据介绍,预计10年上半年", []),
 "uu02": (None, "宁波象山产业区凭借", "产业区还强势推进项目建设", []),
 "uu03": (None, "杭州经济技术开发区(简称", "杭州开发区以打造花园式", []),
 "uu04": ("苏州昆山总计千亿元项目集中开工 台企成重要角色", "苏州市30日在昆山光电产业园", "虽然目前的大陆宏观经济", []),
 "uu05": (("喜逢苏州工业园区开发建设18周年", "三家跨国公司园区建新厂"), "5月18日上午", "泰科电子是全球领先", []),
 "uu06": (None, "今年以来,建湖开发区", "目前,台湾金永发", []),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {}
# furniture at the end of the last kept raw line (same line), cut off: here the unfinished sentence where the excerpt is cut
LINE_SUFFIX = {"uu02": "1至9月,新增开工企业25家,新增投产企业6家;基础设施投资1.6亿元,城东工业园道路框架",
               "uu03": "区内拥有省内规模最大的下沙高教园区,占地10.91平方公里,现有14所大学、近20万在校大",
               "uu05": "目前,泰科电子在园区设立了集团亚太区财务共享服务中心,而且正在考虑把研发中"}
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
