#!/usr/bin/env python3
"""Write lcNN.txt from the stored search excerpts in ../_raw/pages/lcNN.raw (adapted from real52's make_txt.py).

For each item: the headline (or None when the stored excerpt has none), the first and the last raw line kept as the body
(by line prefix, after stripping blanks).  Every kept raw line becomes one paragraph; leading/trailing blanks stripped.
Nothing inside a line is changed except: LINE_PREFIX (furniture at the start of the first kept line, cut), LINE_SUFFIX
(the unfinished tail where the excerpt breaks off, cut so the text ends at the last whole sentence), HEAD_PREFIX (the
label “原題:” before a headline line, not part of the headline) and SPLIT (lc01: the store gives the body as one raw line
whose paragraphs are separated by a single space after “。”; split there into paragraphs, nothing else changed).
The script asserts every cut is present and prints it.  The text is never converted between simplified and traditional."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "lc01": ("厦门签约重大招商项目13个 投资额353亿元", "福建省重大项目集中签约仪式", "福建省重大项目集中签约仪式"),
 "lc02": (None, "鷺島廈門迎來", "(湖北日報記者李朝霞"),
 "lc03": ("第二十一届“西洽会”集中签约109个项目 揽金超3000亿元", "中国网5月25月讯", "今天签约的主要项目包括"),
 "lc04": (None, "9月12日,第13届中国—东盟博览会", "借助东博会平台"),
 "lc05": ("我市借力東北亞博覽會 簽約15個重大項目", "本報訊 (記者楊洪倫)", "長春市政府合作交流辦相關負責人"),
 "lc06": (None, "本报讯 (记者 赵志伟", "我市代表团在大会期间"),
}
LINE_PREFIX = {"lc01": "福建省重大项目集中签约仪式(东南网记者 夏菁 摄) "}
LINE_SUFFIX = {"lc01": " 龙头项目带动引领。中国运动鞋服行业领军企业安踏集团选址"}
HEAD_PREFIX = {"lc05": "原題:"}
SPLIT = {"lc01": "。 "}

def build(nid):
    head, first, last = ITEMS[nid]
    lines = [l.strip() for l in open(os.path.join(RAW, nid + ".raw"), encoding="utf-8").read().split("\n")]
    i0 = next(i for i, l in enumerate(lines) if l.startswith(first))
    i1 = next(i for i, l in enumerate(lines) if i >= i0 and l.startswith(last))
    body = [l for l in lines[i0:i1 + 1] if l]
    cut = []
    pre = LINE_PREFIX.get(nid)
    if pre:
        assert body[0].startswith(pre), (nid, pre)
        body[0] = body[0][len(pre):].lstrip(); cut.append("prefix: " + pre.strip())
    suf = LINE_SUFFIX.get(nid)
    if suf:
        assert body[-1].endswith(suf), (nid, suf)
        body[-1] = body[-1][:-len(suf)].rstrip(); cut.append("suffix: " + suf.strip())
    sp = SPLIT.get(nid)
    if sp:
        new = []
        for l in body:
            parts = l.split(sp)
            new += [p + "。" for p in parts[:-1]] + [parts[-1]]
        cut.append("split into %d paragraphs at '%s'" % (len(new), sp)); body = new
    text = "\n\n".join(body) + "\n"
    hidx = set()
    if head:
        hp = HEAD_PREFIX.get(nid, "")
        hidx.add(next(i for i, l in enumerate(lines[:i0]) if l == hp + head))
        if hp: cut.append("headline label: " + hp)
        text = head + "\n\n" + text
    dropped = [l for i, l in enumerate(lines) if l and not (i0 <= i <= i1) and i not in hidx]
    return text, dropped, cut

if __name__ == "__main__":
    for nid in sorted(ITEMS):
        text, dropped, cut = build(nid)
        open(os.path.join(D, nid + ".txt"), "w", encoding="utf-8").write(text)
        body = text.split("\n\n", 1)[1] if ITEMS[nid][0] else text
        print(nid, len(text), "body", len(body.replace("\n", "")), "| cut:", cut, "| dropped:", " | ".join(dropped)[:300])
