#!/usr/bin/env python3
"""Write zhNN.txt from the stored page texts in ../_raw/pages/zhNN.raw (real37's make_txt.py with a new ITEMS table;
LINE_PREFIX and LINE_SUFFIX unused).

For each item: the headline line (or None when the stored excerpt has none), the first and the last raw line kept as the
body (by line prefix, after stripping leading/trailing blanks), and raw lines inside that range that are page furniture
(dropped by exact text, listed in SOURCES.md).  Leading indentation is stripped; every kept raw line becomes one paragraph.
Nothing inside a line is changed, except the furniture named in LINE_PREFIX / LINE_SUFFIX; the script asserts that it is
present and prints what it cut.  The text is never converted between simplified and traditional script."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "zh01": ("港深創科園第一批首三座大樓落成 兩座濕實驗室大樓出租率近八成", "創科局表示,位於香港北部都會區內", "港深創科園今日舉行開園典禮", []),
 "zh02": ("【施政報告】研建規模媲美數碼港地標性創科設施", "特首林鄭月娥宣讀《施政報告》時指出", "長遠而言,在《發展策略》下", []),
 "zh03": ("科學園深圳分園啟用 李家超冀把握河套規劃機遇 加強交流合作", "【Now新聞台】香港科學園深圳分園啟用", "科技園公司期望深圳分園", []),
 "zh04": ("孫東視察先進製造業中心 支持本地企業升級轉型", "創新科技及工業局局長孫東今日", "孫東說,業界對首個先進製造業中心", []),
 "zh05": ("「粵澳合作產業園」本月16日招商中止申請", "澳門貿易投資促進局及橫琴新區管理委員會於", "如有任何查詢", []),
 "zh06": ("【澳門導報】合作區首個工業用地順利競拍 未來將新增約40萬平方米生產製造空間", "(本報消息) 6月17日", "該地塊位於合作區", []),
 "zh07": ("截至4月橫琴粵澳深度合作區澳企總量達6208戶", "香港中通社廣州6月11日電", "琴澳人員往來日益頻密", ["香港中通社圖片"]),
 "zh08": ("哈尔滨新区坚持创新发展改革发展开放发展 跑出振兴发展加速度", "2015年12月16日,随着国务院批复同意", "七年先行先试敢闯勇创", []),
 "zh09": ("长春新区上半年地区生产总值达420亿元", "工人日报讯(记者彭冰 柳姗姗)", "据介绍,长春新区不断完善", []),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {}
# furniture at the end of the last kept raw line (same line), cut off
LINE_SUFFIX = {}


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
    text = "\n\n".join(body) + "\n"
    hidx = set()
    if head:
        parts = head if isinstance(head, tuple) else (head,)
        for p in parts:
            hidx.add(next(i for i, l in enumerate(lines[:i0]) if l == p))
        text = " ".join(parts) + "\n\n" + text
    dropped = [l for i, l in enumerate(lines) if l and (not (i0 <= i <= i1) or l in inner_drop) and i not in hidx]
    return text, dropped, cut


if __name__ == "__main__":
    for nid in sorted(ITEMS):
        text, dropped, cut = build(nid)
        open(os.path.join(D, nid + ".txt"), "w", encoding="utf-8").write(text)
        print(nid, len(text), "cut in-line:", cut, "| dropped:", " | ".join(dropped)[:600])
