#!/usr/bin/env python3
"""Write zgNN.txt from the stored page texts in ../_raw/pages/zgNN.raw (real36's make_txt.py with a new ITEMS table;
LINE_PREFIX unused; LINE_SUFFIX cuts zg02's in-line source credit).

For each item: the headline line (or None when the stored excerpt has none), the first and the last raw line kept as the
body (by line prefix, after stripping leading/trailing blanks), and raw lines inside that range that are page furniture
(dropped by exact text, listed in SOURCES.md).  Leading indentation is stripped; every kept raw line becomes one paragraph.
Nothing inside a line is changed, except the furniture named in LINE_PREFIX / LINE_SUFFIX; the script asserts that it is
present and prints what it cut.  The text is never converted between simplified and traditional script."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "zg01": ("深圳正加快向粤东潮州的产业转移", "15日,在深圳市举行的", "据潮州市委书记骆文智介绍", []),
 "zg02": (None, "本报电 (孙涛)", "3年多来,广宗城东", []),
 "zg03": ("河南省开封市台湾工业园成立 王在希为工业园揭牌", "中国台湾网10月9日开封消息", "开封市委书记刘长春", []),
 "zg04": (None, "本报讯(通讯员 谢阳)", "近年来,该县抢抓苏陕协作机遇", []),
 "zg05": (None, "本报讯 记者耿斌报道", "王庆华指出", []),
 "zg06": ("杭州钱塘新区向黔东南州凯里捐赠帮扶资金1250万元", "近日,钱塘新区主要领导", "目前,协作园已有16家企业", []),
 "zg07": ("宁夏公布化工园区(化工集中区)名单", "全球涂料网讯:近日", "通知要求,督促已认定化工园区", []),
 "zg08": (None, "近日,山东省工业和信息化厅公示三家化工园区扩区", "三、东明石化产业园", []),
 "zg09": ("湖北5家化工园区被评为D级", "近期,湖北省安委会办公室公布了两批", "根据应急管理部修订印发", []),
 "zg10": ("50分钟通达深圳 深中合作(黄圃)产业园揭牌", "2月27日上午,深中合作(黄圃)产业园正式揭牌", "下一步,黄圃镇将依托", ["50分钟通达深圳 深中合作(黄圃)产业园揭牌"]),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {}
# furniture at the end of the last kept raw line (same line), cut off
LINE_SUFFIX = {"zg02": " (来源:人民网-《人民日报》)"}


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
