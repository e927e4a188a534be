#!/usr/bin/env python3
"""Write kcNN.txt from the stored search excerpts in ../_raw/pages/kcNN.raw (pattern of real52's make_txt.py, simplified).
For each item: the headline (as kept), the first and last raw line of the body (by prefix after stripping), raw lines inside
that range dropped by exact text (photo captions), and in-line cuts: CUT_TAIL (the unfinished sentence where the excerpt
breaks off, cut from the end of the last kept line) and CUT_INNER (a photo caption inside a run-together line). Every kept
raw line becomes one paragraph; nothing else inside a line is changed; the text is never converted between scripts."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")
ITEMS = {
 "kc01": ("柘荣:大项目舞起来 产业链活起来", "6月12日,柘荣县乍洋", "有着十多年不锈钢紧固件", []),
 "kc02": ("清流:强化项目引领 扩大有效投资", "6月26日,在清流县", "今年以来,清流县强化项目引领", []),
 "kc03": ("福建稳经济观察:福建宁德新能源产业集聚发展", "中新网 宁德11月1日电", "当地官方称,福鼎已逐步形成",
          ["航拍宁德邦普新材料产业园。王婷婷 摄",
           "1日,宁德市委市政府2023年第三季度工作检查活动走进福鼎市。 中新网 记者 吕巧琴 摄",
           "检查组参观宁德邦普新材料产业园。 中新网 记者 吕巧琴 摄"]),
 "kc04": ("福建福安全力打造百亿船舶产业基地", "数十家船舶修造企业", "数十家船舶修造企业", []),
 "kc05": ("三明:项目落地“骨头长肉”", "上半年,三明市统筹疫情防控", "其中,海斯福公司", []),
 "kc06": ("福州南平山海协作签约14个项目 总投资23.55亿元", "借助第二十六届海峡两岸经贸交易会", "借助第二十六届海峡两岸经贸交易会", []),
}
CUT_TAIL = {
 "kc01": "“乍洋不锈钢产业园区靠近浙南地区,距上",
 "kc03": "“3”即打造前岐—双岳锂电新能源产业园、龙安—店下省级化工园、佳阳",
 "kc04": " 此外,以发展大中型游艇及其配件生产为主的甘下船舶工业园区投资主体现也已明确",
 "kc06": " 在新签约的14个项目中,除了茉莉花加工生产项目、杂交水稻制种产业基地项目、新型竹木加工生产建设等农业项目外,还有环保吸尘设备建",
}
CUT_INNER = {"kc06": "南平和福州开展山海协作招商对接。记者 原浩 摄 "}

def build(nid):
    head, first, last, drop = ITEMS[nid]
    lines = [l.strip() for l in open(os.path.join(RAW, nid + ".raw"), encoding="utf-8").read().split("\n")]
    i0 = next(i for i, l in enumerate(lines) if l.startswith(first))
    i1 = next(i for i, l in enumerate(lines) if i >= i0 and l.startswith(last))
    for x in drop:
        assert x in lines[i0:i1 + 1], (nid, x)
    body = [l for l in lines[i0:i1 + 1] if l and l not in drop]
    cut = []
    ci = CUT_INNER.get(nid)
    if ci:
        n = sum(l.count(ci) for l in body)
        assert n == 1, (nid, ci)
        body = [l.replace(ci, "") for l in body]
        cut.append("inner: " + ci)
    ct = CUT_TAIL.get(nid)
    if ct:
        assert body[-1].endswith(ct), (nid, ct)
        body[-1] = body[-1][:-len(ct)].rstrip()
        cut.append("tail: " + ct)
    assert any(head in l for l in lines[:i0]), (nid, head)
    text = head + "\n\n" + "\n\n".join(body) + "\n"
    dropped = [l for i, l in enumerate(lines) if l and (not (i0 <= i <= i1) or l in drop)]
    return text, dropped, cut

if __name__ == "__main__":
    for nid in sorted(ITEMS):
        text, dropped, cut = build(nid)
        open(os.path.join(D, nid + ".txt"), "w", encoding="utf-8").write(text)
        print(nid, len(text), "cut:", cut, "| dropped:", " | ".join(dropped)[:400])
