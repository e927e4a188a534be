#!/usr/bin/env python3
"""Write vsNN.txt from the stored page texts in ../_raw/pages/vsNN.raw (modelled on real52's make_txt.py: ITEMS table,
LINE_SUFFIX for the unfinished tail where the stored excerpt breaks off; JOIN, LINE_PREFIX, HEAD_SUFFIX, WATERMARK unused).

For each item: the headline line (or None when the stored excerpt has none), the first and the last raw line kept as the
body (by line prefix, after stripping blanks), and raw lines inside that range that are page furniture (dropped by exact
text).  Every kept raw line becomes one paragraph; nothing inside a line is changed except LINE_SUFFIX (asserted, printed).
The text is never converted between simplified and traditional script (vs02 is traditional as published by 文匯報)."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "vs01": (None, "中广网乌鲁木齐6月1日消息", "2011年是实施", []),
 "vs02": (None, "香港文匯報訊", "高鐵片區與白鳥湖新區是", []),
 "vs03": (None, "走进位于国家级石河子", "去年,石河子开发区党工委", []),
 "vs04": ("霍尔果斯经济开发区“一区三园”模式助推园区发展", "天山网讯", "据悉,1—2月", []),
 "vs05": (None, "本届中国-亚欧博览会上", "目前,哈密地区共引进", []),
 "vs06": ("平罗县党政考察团来卫考察", "本报讯(记者 彭红兵)", "在宁夏钢铁集团公司", []),
}
LINE_SUFFIX = {
 "vs01": "工业园区基础设施建设,大大改善师市的投资环境,逐渐提高工业园区的承载力,以工业园区为平台招商引资、聚集产业,形成园区产业配套、园区内产业有效衔接、符合循环经济发",
 "vs02": "目前,白鳥湖新區招商引資引來開門紅,去年開發區(頭屯河區)儲備的34個招",
 "vs06": "在没有具备条件的情况下发展工业,非常",
}

def build(nid):
    head, first, last, inner_drop = ITEMS[nid]
    lines = [l.strip() for l in open(os.path.join(RAW, nid + ".raw"), encoding="utf-8").read().split("\n")]
    i0 = next(i for i, l in enumerate(lines) if l.startswith(first))
    i1 = next(i for i, l in enumerate(lines) if i >= i0 and l.startswith(last))
    body = [l for l in lines[i0:i1 + 1] if l and l not in inner_drop]
    if nid in LINE_SUFFIX:
        s = LINE_SUFFIX[nid]
        assert body[-1].endswith(s), nid
        body[-1] = body[-1][:-len(s)].rstrip()
        print(nid, "cut tail:", s[:20] + "…")
    if head:
        assert any(head in l for l in lines), (nid, head)
    out = ((head + "\n\n") if head else "") + "\n\n".join(body) + "\n"
    open(os.path.join(D, nid + ".txt"), "w", encoding="utf-8").write(out)
    print(nid, len(out), "chars;", len(body), "paragraphs; ends:", body[-1][-15:])

if __name__ == "__main__":
    for nid in sorted(ITEMS):
        build(nid)
