#!/usr/bin/env python3
"""Write wdNN.txt from the stored page texts in ../_raw/pages/wdNN.raw (real52's make_txt.py with a new ITEMS table and
LINE_SUFFIX (the unfinished tail where the stored excerpt breaks off: wd02, wd05, wd08 — the unfinished sentence, cut so
that the text ends at the last whole sentence; wd01's and wd06's unfinished last lines are left out by ITEMS); photo
captions and "点击图片查看大图" lines inside the body are dropped by exact text (inner_drop); LINE_PREFIX, JOIN, HEAD_SUFFIX
and WATERMARK unused). real52's note follows.
"""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "wd01": ("冲刺“全年胜” 钱塘32个项目集中签约开工投产投用", "11月5日,钱塘(新)区", "增量招引“捷报频传”", []),
 "wd02": ("产业立区守初心 钱塘跑出引强招优加速度", "开栏语:", "以“精”为要", []),
 "wd03": ("前湾新区—慈溪55个重大项目集中开工 总投资193亿元", "中国宁波网记者 黄程", "“项目为王、服务至上”", ["点击图片查看大图"]),
 "wd04": ("总投资202.4亿元 台商投资区25个项目集中开竣工", "为营造项目建设良好氛围", "今年以来,台商区", ["利澳产业园扩建项目(一期)代表台商区参加全市集中开工"]),
 "wd05": ("中共厦门市委火炬高新区工委关于2025年工作总结和2026年主要工作思路的报告", "2025年,火炬高新区坚持", "(一)强力实施项目攻坚", []),
 "wd06": ("一笔50亿创投基金背后的厦门火炬集团", "基金设立形式主要包括", "值得关注的是,其母公司", []),
 "wd07": ("福州高新区招商大会暨经济工作推进会举行 20个重大项目签约", "2日,福州高新区2023年", "会上,记者获悉", ["福州高新区招商大会暨经济工作推进会举行 20个重大项目签约高新区举行招商大会暨经济工作推进会。记者 林榕昇 摄"]),
 "wd08": (None, "厦门日报讯", "面对疫情影响", []),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {}
# furniture at the end of the last kept raw line (same line), cut off: here the unfinished sentence where the excerpt is cut
LINE_SUFFIX = {"wd02": "今年8月,总投资20.7亿元的幄肯新材料",
               "wd05": "三是投资",
               "wd08": "今年前三季度,高新区累计完成规上工业总产值22"}
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
