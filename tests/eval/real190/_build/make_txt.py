#!/usr/bin/env python3
"""Write ugNN.txt from the stored page texts in ../_raw/pages/ugNN.raw (real52's make_txt.py, unchanged except this note and
the tables: a new ITEMS table; LINE_SUFFIX = the unfinished sentence where the stored excerpt breaks off (ug07, ug08), cut so
that the text ends at the last whole sentence; HEAD_SUFFIX = the column tag " | 文昌两会" after ug05's headline; where the
excerpt breaks off inside a paragraph with no whole sentence left (ug01, ug04), ITEMS ends the body at the paragraph before;
photo captions inside the body are dropped by exact text (ug05, ug06); LINE_PREFIX, JOIN and WATERMARK unused).

For each item: the headline line, the first and the last raw line kept as the body (by line prefix, after stripping
leading/trailing blanks), and raw lines inside that range that are page furniture (dropped by exact text, listed in
SOURCES.md).  Leading indentation is stripped; every kept raw line becomes one paragraph.  Nothing inside a line is changed,
except the furniture named in LINE_PREFIX / LINE_SUFFIX; the script asserts that it is present and prints what it cut.
The text is never converted between simplified and traditional script."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "ug01": ("海南侨乡文昌集中开工17个项目 总投资77.19亿元", "中国侨网海南文昌1月3日电", "民生公共服务项目6个", []),
 "ug02": ("海南博鳌乐城先行区新建平台推动医疗科创项目转化落地", "海南博鳌乐城国际医疗旅游先行区(下称", "近年来,优质医疗资源", []),
 "ug03": ("三大央企联合建设!海南洋浦海上风电产业园项目开工",
          "4月22日,海南洋浦海上风电产业园项目在洋浦开发区开工,该项目由中国大唐、东方电气、中国电建三大央企强强联合建设,将布局百亿级海上风电产业",
          "同时,中国大唐还将配套", []),
 "ug04": ("“南繁硅谷”做强种业“芯片”", "通过我省“多规合一”", "“在三亚,一年四季", []),
 "ug05": ("文昌市市长曹树育:加快建设世界一流的国际航天城,确保2030年商业航天发射能力跻身全球前列", "南海网、新海南客户端2月5日消息",
          "文昌市联合30家商业航天企业", ["海南商业航天发射场。记者 吴岳文 摄"]),
 "ug06": ("前三季度,超1.85万亿元!", "海南省13个自贸港重点园区", "税收收入方面",
          ["航拍视角下的海口复兴城。海南日报全媒体记者 封烁 摄", "文昌航天超算中心。海南日报全媒体记者 袁琛 摄",
           "俯瞰三亚市崖州湾科技城园区。海南日报全媒体记者 王程龙 摄"]),
 "ug07": ("海口江东新区高质量高标准推进开发建设 打造产业发展的“内动力”", "1月28日,海口市人大代表", "目前,江东新区已招引", []),
 "ug08": ("洋浦海上风电产业园加快培育新质生产力", "碧波万顷之上", "位于儋州市北部海域", []),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {}
# furniture at the end of the last kept raw line (same line), cut off: here the unfinished sentence where the excerpt is cut
LINE_SUFFIX = {"ug07": "2021年,海口江东新区累计实现营业收",
               "ug08": "其中申能CZ2海上风场示范项目总装机容量120万千瓦,配套建设两座220千伏海上升压站和一座陆上集控中心;大唐CZ3海上风场"}
# (first line prefix, second line prefix): the page breaks one sentence over these two raw lines
JOIN = {}
# text glued to the end of the headline line (not part of the headline), cut off
HEAD_SUFFIX = {"ug05": " | 文昌两会"}
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
