#!/usr/bin/env python3
"""Write lwNN.txt from the stored page texts in ../_raw/pages/lwNN.raw (real52's make_txt.py with a new ITEMS table and
LINE_SUFFIX (the unfinished sentence where the stored excerpt breaks off: lw01, lw03, lw04, lw06, lw07 - cut so that the text
ends at the last whole sentence); lw05's page repeats its headline as image captions and starts with a cut summary line,
both dropped by exact text (inner_drop); LINE_PREFIX, JOIN, HEAD_SUFFIX and WATERMARK unused).

For each item: the headline line (or None when the stored excerpt has none), the first and the last raw line kept as the
body (by line prefix, after stripping leading/trailing blanks), and raw lines inside that range that are page furniture
(dropped by exact text, listed in SOURCES.md).  Leading indentation is stripped; every kept raw line becomes one paragraph.
Nothing inside a line is changed, except the furniture named in LINE_PREFIX / LINE_SUFFIX; the script asserts that it is
present and prints what it cut.  JOIN names pairs of raw lines (by prefix) where the page breaks one sentence over two
lines; the second is appended to the first with nothing in between (printed).  The text is never converted between
simplified and traditional script."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

G5 = "总投资近200亿 15个项目签约落户——宜兴官林产业合作创新发展大会开幕"
ITEMS = {
 "lw01": ("11个重大产业项目落户昆山陆家 总投资超48亿元", "3月29日,2023年昆山陆家镇", "作为昆山的工业强镇", []),
 "lw02": ("张家港保税区为高质量发展做强项目支撑", "苏报讯(驻张家港记者", "当前,张家港保税区正紧紧", []),
 "lw03": ("江苏江阴80个重点重大项目集中开工启动竣工投运", "近日,江阴举行第八次", "江阴从去年开始", []),
 "lw04": ("昆山举行第15届樱花季招商活动", "3月23日上午", "以花为媒", []),
 "lw05": (G5, "10月16日,宜兴市官林镇", "项目是产业发展的支撑",
          ["10月16日,宜兴市官林镇产业合作创新发展大会隆重开幕,总投资近200亿元的15个项目正式集中签约落户。本次大会汇聚行业领域、科研院校、企业界的精英翘楚,旨在凝", G5]),
 "lw06": ("古里镇", "古里概况", "经济发展", []),
 "lw07": ("东方港城张家港加速崛起", "新华社南京4月18日电", "张家港土生土长的沙钢集团", []),
}
# furniture at the start of the first kept raw line (same line), cut off
LINE_PREFIX = {}
# the unfinished sentence at the end of the last kept raw line, cut off
LINE_SUFFIX = {"lw01": "当前,昆山陆家紧盯智能机器人、医美生物科技、智慧农业三大赛道,瞄准高端、前端、顶端,持续做大做强新兴产业集群,强化园区就是城区的理念,擦亮华成智能机器人产业园特色名片,加快建设中韩医美生物科技(昆山)产业园,以集中开工为契机,为海美国际长三角智能机器人科创产业园、智数信飞科创园、精伦纳米产业园、未来智慧农业科技产业园建设保驾护航,全力打造专业特色创新产业园区;",
               "lw03": "两年来,江阴已为近700个项目举行了集中竣工开工仪式,总投资达1340多亿元,目前已累计完成投资500亿元,为“十一五”圆满收官,“十二五”扬帆起航奠定了",
               "lw04": "2024年,昆山",
               "lw06": "完成零星低效工业整优签约313.5亩,实施企业更新收储15家、合计82.5亩;开元智造产业园一期顺利建成并投用、康博邻里中心启动建设,新增各类",
               "lw07": "沙钢集团董事局主席沈文荣说,“在新起点上,沙钢集团要把"}
JOIN = {}
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
