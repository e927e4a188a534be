#!/usr/bin/env python3
"""Turn _raw/pages/vaNN.raw (stored search-corpus excerpts, verbatim) into vaNN.txt: headline (when the stored
excerpt has one), blank line, body paragraphs separated by blank lines. Nothing is rewritten: lines are only
selected (navigation, photo captions, image file names, tags, disclaimers and a cut trailing fragment are left out)."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = os.path.join(D, "_raw", "pages")

# nid: (headline or None, first body line (prefix), last body line (prefix), lines to drop (prefixes), cut tail: keep up to and including this string in the last kept line)
SPEC = {
 "va01": (None, "岳阳日报全媒体讯", "李志坚认真听取", [], None),
 "va02": ("经开区保税物流中心(B型)(筹建)项目动工建设", "3月27日,经开区举行", "在市委、市政府大力支持", [], None),
 "va03": ("内江国际物流港保税物流中心(B型)项目预计本月竣工验收", "作为内江市重点产业项目", "投入运营后", [], None),
 "va04": (None, "近日,成都高新综合保税区内", "近年来,成都高新综保区", [], None),
 "va05": (None, "本报讯 (记者黄科)", "为确保梅州综保区封关后", [], None),
 "va06": (None, "重庆日报消息", "“作为地区开发开放的重大基础设施", [], None),
 "va07": ("天津港保税区完成“百千万”亿发展目标", "本报讯(记者岳珊)", "同时,保税区对外贸易稳中提质", [], None),
 "va08": ("城陵矶综保区:朝着更高层次的开放全速前进", "5月18日,两辆满载", "然而,光有资质还不够", ["1685023", "▲"], "为全球单体产能最大天然橡胶加工厂。"),
}

for nid, (head, first, last, drop, cut) in SPEC.items():
    raw = open(os.path.join(P, nid + ".raw"), encoding="utf-8").read().split("\n")
    lines = [l.strip() for l in raw]
    i = next(k for k, l in enumerate(lines) if l.startswith(first))
    j = next(k for k, l in enumerate(lines) if l.startswith(last))
    body = [l for l in lines[i:j + 1] if l and not any(l.startswith(d) for d in drop)]
    if cut:
        assert cut in body[-1], (nid, body[-1])
        body[-1] = body[-1][:body[-1].index(cut) + len(cut)]
    if head:
        assert head in lines, (nid, head)
    out = ([head, ""] if head else []) + "\n\n".join(body).split("\n")
    txt = "\n".join(out) + "\n"
    assert "\ufffd" not in txt
    open(os.path.join(D, nid + ".txt"), "w", encoding="utf-8").write(txt)
    print(nid, len(txt), "chars", len(body), "paragraphs")
