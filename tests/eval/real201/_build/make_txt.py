#!/usr/bin/env python3
"""Write urNN.txt from the stored page texts in ../_raw/pages/urNN.raw (real52's make_txt.py with a new ITEMS table,
LINE_SUFFIX (ur08: the unfinished sentence where the stored excerpt breaks off, cut so that the text ends at the last
whole sentence; ur05's unfinished heading “(四)园区综合效益” and ur07's unfinished last paragraph are left out by ITEMS);
LINE_PREFIX, JOIN, HEAD_SUFFIX and WATERMARK unused). The build function below is real52's, unchanged. real52's note
(the general rules) follows in short:

For each item: the headline line (or None when the stored excerpt has none; a tuple: several headline lines joined with
one space), the first and the last raw line kept as the body (by line prefix, after stripping leading/trailing blanks),
and raw lines inside that range that are page furniture (dropped by exact text, listed in SOURCES.md). Leading
indentation is stripped; every kept raw line becomes one paragraph. Nothing inside a line is changed, except the
furniture named in LINE_SUFFIX; the script asserts that it is present and prints what it cut. The text is never
converted between simplified and traditional script."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "ur01": ("亳州市食品产业园引来众多“金凤”来栖 已入驻项目46个,总投资金额为26.9亿元", "本报讯 日前", "(张俊宝 记者 蒋海涛)", []),
 "ur02": ("兴宁市丝苗米省级现代农业产业园建设项目基本完成建设", "近日,兴宁市丝苗米", "市农业农村局制定了", ["图片"]),
 "ur03": ("泰兴市、盱眙县、苏州市吴江区、宝应县新添现代农业产业园",
          "农业农村部、财政部近日公布了第四批通过认定的43个国家现代农业产业园名单,泰兴市、盱眙县、苏州市吴江区、宝应县4家申请认定的现代农业产业园全部通过。至此累计创建国家现代农业产业园12个",
          "园区探索创建", []),
 "ur04": (None, "近日,国务院批复", "(记者乔地实习记者孙越)", []),
 "ur05": ("成都国家农业科技园圆满通过创建验收", "5月25日", "(三)产业发展势头强劲", []),
 "ur06": ("【屏山资讯】展科技园区形象 树食品金字招牌——我县食品科技园牌坊工程竣工验收", "据我县工业园区", "食品科技园牌坊建成", []),
 "ur07": ("重庆梁平绿色食品产业园渝美滋项目将投产 已有企业入驻", "中国食品安全网讯", "据了解,梁平谢鸭子",
          ["20201014092416601.jpg", "重庆绿色食品产业园"]),
 "ur08": (("“平原水乡”驶出种业“航母”", "——访中原农谷核心区(平原示范区)党工委书记陈剑虹"), "黄河之畔", "在龙头企业", []),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {}
# furniture at the end of the last kept raw line (same line), cut off: here the unfinished sentence where the excerpt is cut
LINE_SUFFIX = {"ur08": "在国家生物育种产业创新中心内,机器人手臂可以精准提取小麦DNA样本,人工智能大模型比对10万组基因序列,表型鉴定舱内光照、温湿度可以实现自动调"}
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
