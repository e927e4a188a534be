#!/usr/bin/env python3
"""Write yvNN.txt from the stored page texts in ../_raw/pages/yvNN.raw (real52's make_txt.py with a new ITEMS table and
LINE_SUFFIX (the unfinished tail where the stored excerpt breaks off: yv03, yv08); the unfinished last raw lines of yv01, yv02,
yv04, yv05 and yv06 are left out by ITEMS; photo captions inside the body range (yv05, yv08) are dropped by exact text
(inner_drop), as are the “图片” placeholders of yv03; LINE_PREFIX, JOIN, HEAD_SUFFIX and WATERMARK unused). real52's note
(the mechanics, unchanged) follows.

For each item: the headline line (or None when the stored excerpt has none; a tuple = headline + sub-headline lines, joined
by one space), the first and the last raw line kept as the body (by line prefix, after stripping leading/trailing blanks),
and raw lines inside that range that are page furniture (dropped by exact text, listed in SOURCES.md).  Leading indentation
is stripped; every kept raw line becomes one paragraph.  Nothing inside a line is changed, except the furniture named in
LINE_PREFIX / LINE_SUFFIX; the script asserts that it is present and prints what it cut.  The text is never converted
between simplified and traditional script."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "yv01": ("建设自贸港“样板间” 海南洋浦全力烧开保税港区“这壶水”", "中新网海南新闻2月25日电", "他介绍,目前洋浦保税港区", []),
 "yv02": ("三亚强化精准招商 推动崖州湾科技城布局南繁全产业链", "南繁热度提升产业亮度", "这样的场景如今在科技城", []),
 "yv03": ("海口江东新区:打造“现代服务业示范区”", "海口江东新区紧扣打造", "临空经济区聚焦航空运输", ["图片"]),
 "yv04": (("广东海南先进制造业合作产业园合作有序推进", "今年计划新引入企业30家"), "本报海口7月3日讯", "海口国家高新区相关负责人介绍", []),
 "yv05": ("探访文昌国际航天城:未来或每年发射四五十次", "“我们每天24小时施工", "文昌国际航天城管理局常务副局长董承华说", [
          "6月26日,航拍海南文昌国际航天城产业服务中心。海南文昌国际航天城成立于2020年。成立以来,文昌国际航天城聚焦航天主业,创新龙头企业招商、新型研发机构招商、应用场景招商、产业链招商、政策招商、基金招商模式,加快推进航天城发射区、高新区、旅游区“三区”联动发展,加快培育火箭链、卫星链、数据链“三链”产业同构,探索发展“航天+”产业,在投融资、土地保障、功能性项目和产业项目落地等方面取得重大进展。中新社记者 蒋启明 摄"]),
 "yv06": (None, "随着福建自贸试验区的挂牌运行", "肖文静表示,福州保税港区将", []),
 "yv07": (None, "5月24日,市委书记刘红兵", "在听取综保区业态布局", []),
 "yv08": (None, "“看准了海南自贸港优惠政策", "今年上半年,海口国家高新区", [
          "江东新区海南出版产业大厦项目现场,工人正在进行钢结构吊装、焊接施工。 海口日报记者 苏弼坤 摄",
          "俯瞰东湖高新海口生物城项目,首期10栋厂房已交付使用。海口日报记者 康登淋 摄"]),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {}
# furniture at the end of the last kept raw line (same line), cut off: here the unfinished tail where the excerpt is cut
LINE_SUFFIX = {"yv03": "跨境电商产业美兰机", "yv08": "下半年"}
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
