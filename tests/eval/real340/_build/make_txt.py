#!/usr/bin/env python3
"""Write oaNN.txt from the stored page texts in ../_raw/pages/oaNN.raw (real52's make_txt.py, adapted for real340:
county / city government work reports, each cut to its park paragraphs).

For each item: the headline line (the page's title line, verbatim), the first and the last raw line kept (by line prefix,
after stripping leading/trailing blanks), and raw lines inside that range that are page furniture (dropped by exact text).
Then, in this order (each step asserts that what it cuts is present and prints it):
  JOIN_ALL   the page hard-wraps sentences over several raw lines (oa03): the kept raw lines are joined with nothing between;
  SPLIT      the relay site (gongwensou.com) marks the report's paragraph breaks with a site code (“4kA”, “C6m”, “IAh”) inside
             one raw line: the line is split at the code, the code dropped and each piece stripped of blanks (oa03, oa04, oa05);
  HEAD_CUT   the report's opening text in front of the park paragraph on the same line (oa01, where the relay renders all
             paragraph breaks as single spaces), cut up to and including the given text;
  KEEP_FROM  paragraphs before the first that starts with this text are left out (the report's opening: oa04, oa05);
  (the review's opening paragraph before the park paragraph is kept where the park paragraph alone is under 300
  characters: oa03, oa04, oa05, oa06 — see SOURCES.md);
  LINE_SUFFIX the unfinished tail where the stored excerpt breaks off, cut so that the text ends at the last whole sentence.
Nothing inside a kept sentence is changed: the relay's blanks at the print edition's line ends (“是2011年的2 .7倍”) stay.
The text is never converted between simplified and traditional script."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "oa01": ("(湖北省)2017年黄梅县人民政府工作报告(全文)",
          "(湖北省)2017年黄梅县人民政府工作报告(全文) 政 府 工 作 报 告 2016年12月16日在黄梅县第十六届人民代表大会第一次会议上 县长 屈凯军 各位代表:",
          "(湖北省)2017年黄梅县人民政府工作报告(全文) 政 府 工 作 报 告 2016年12月16日在黄梅县第十六届人民代表大会第一次会议上 县长 屈凯军 各位代表:", []),
 "oa02": ("政 府 工 作 报 告", "过去五年,经济总量完成历史性跨越", "过去五年,经济总量完成历史性跨越", []),
 "oa03": ("(山东省)2020年济南市历城区人民政府工作报告(全文)", "刚刚过去的一年", "新中", []),
 "oa04": ("(湖北省)2020年江陵县人民政府工作报告(全文)", "(湖北省)2020年江陵县人民政府工作报告(全文)   政府工作报告C6m",
          "(湖北省)2020年江陵县人民政府工作报告(全文)   政府工作报告C6m", []),
 "oa05": ("(广东省)2020年紫金县人民政府工作报告(全文)", "(广东省)2020年紫金县人民政府工作报告(全文)   2020年6月18日",
          "(广东省)2020年紫金县人民政府工作报告(全文)   2020年6月18日", []),
 "oa06": ("政府工作报告", "2022年,是极不平凡", "——发展后劲更足", []),
}
JOIN_ALL = {"oa03"}
SPLIT = {"oa03": "4kA", "oa04": "C6m", "oa05": "IAh"}
HEAD_CUT = {"oa01": "全县经济社会发展取得重大成就。 "}
KEEP_FROM = {"oa04": "十三五是决胜全面小康的五年", "oa05": "过去一年,是新中国成立70周年"}
LINE_SUFFIX = {"oa01": "康宏粮油、宏晟纺",
               "oa03": "智荟瓴智造科技城、博科国际生命科学创新中",
               "oa04": "产业层次大幅提升。煤制气、煤化工和物流 产业被纳入省级战略实施,煤炭储配基地成为全省煤炭物流一主三辅的一主,华电江陵 电",
               "oa05": "引进金盛兰优特钢、佛塑新能源、大统营电子产业集群、大阳电",
               "oa06": "果园镇"}

def build(nid):
    head, first, last, inner_drop = ITEMS[nid]
    lines = [l.strip() for l in open(os.path.join(RAW, nid + ".raw"), encoding="utf-8").read().split("\n")]
    i0 = next(i for i, l in enumerate(lines) if l.startswith(first))
    i1 = next(i for i, l in enumerate(lines) if i >= i0 and l.startswith(last))
    body = [l for l in lines[i0:i1 + 1] if l and l not in inner_drop]
    cut = []
    if nid in JOIN_ALL:
        cut.append("joined %d raw lines" % len(body))
        body = ["".join(body)]
    if nid in SPLIT:
        mk = SPLIT[nid]
        assert any(mk in l for l in body) or nid == "oa03", (nid, mk)
        body = [p.strip() for l in body for p in l.split(mk) if p.strip()]
        cut.append("split at site code " + mk)
    if nid in HEAD_CUT:
        h = HEAD_CUT[nid]
        k = body[0].index(h)
        cut.append("opening cut: " + body[0][:30] + "…" + h.strip())
        body[0] = body[0][k + len(h):]
    if nid in KEEP_FROM:
        k = next(i for i, p in enumerate(body) if p.startswith(KEEP_FROM[nid]))
        cut.append("paragraphs left out before: " + " | ".join(p[:20] for p in body[:k]))
        body = body[k:]
    suf = LINE_SUFFIX.get(nid)
    if suf:
        assert body[-1].endswith(suf), (nid, suf)
        body[-1] = body[-1][:-len(suf)].rstrip()
        cut.append("tail cut: " + suf)
    text = head + "\n\n" + "\n\n".join(body) + "\n"
    assert head in lines[:i0 + 1] or any(l == head for l in lines[:i0]), (nid, head)
    return text, cut

if __name__ == "__main__":
    for nid in sorted(ITEMS):
        text, cut = build(nid)
        open(os.path.join(D, nid + ".txt"), "w", encoding="utf-8").write(text)
        body = text.split("\n\n", 1)[1]
        print(nid, "body chars", len(body.replace("\n", "")), "|", " ; ".join(cut)[:400])
