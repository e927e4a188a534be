#!/usr/bin/env python3
"""Write iNN.txt from the raw excerpts in ../_raw/pages/iNN.raw (real30; new script, same output layout as real28's make_txt.py).

i01: the raw item is one line whose paragraphs are separated by the full-width indent "　　" (as stored in the source
     string); each piece is one paragraph; the trailing photo captions (pieces starting with "▲") are dropped.
i02: the raw item is a CMS HTML fragment; each <div> with text is one paragraph (tags removed, nothing else changed).
The headline (None when the source stores none) is prepended.  The script prints what it dropped."""
import os, re, html
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

HEAD = {"i01": None, "i02": "全省区域中心城市热议省委十一届七次全会精神 借势借力 深化与成渝双核协作配套"}

def build(nid):
    raw = open(os.path.join(RAW, nid + ".raw"), encoding="utf-8").read()
    body = raw.split("]\n", 1)[1]          # drop the bracketed provenance note
    dropped = []
    if nid == "i01":
        parts = [p.strip() for p in body.split("　　")]
        parts = [p for p in parts if p]
        keep = [p for p in parts if not p.startswith("▲")]
        dropped = [p for p in parts if p.startswith("▲")]
        assert keep[0].startswith("本报讯(记者黄柏秀") and keep[-1].endswith("以优异成绩迎接党的十九大胜利召开。")
    else:
        m = re.search(r"VALUES \('69955', '(.*)'\);", body, re.S)
        divs = re.findall(r"<div>(.*?)</div>", m.group(1), re.S)
        keep = []
        for d in divs:
            t = html.unescape(re.sub(r"<[^>]+>", "", d)).strip()
            if t:
                keep.append(t)
        assert keep[0].startswith("省委十一届七次全会") and keep[-1].startswith("（四川日报记者")
    text = "\n\n".join(keep) + "\n"
    if HEAD[nid]:
        text = HEAD[nid] + "\n\n" + text
    return text, dropped

if __name__ == "__main__":
    for nid in sorted(HEAD):
        text, dropped = build(nid)
        open(os.path.join(D, nid + ".txt"), "w", encoding="utf-8").write(text)
        print(nid, len(text), "| dropped:", " | ".join(dropped)[:300])
