#!/usr/bin/env python3
"""Write mNN.txt from the stored page texts in ../_raw/pages/mNN.raw (real21's make_txt.py, adapted).

For each item: the headline line (or None when the page stored none), the first and the
last raw line kept as the body (by line prefix, after stripping leading/trailing blanks),
and raw lines inside that range that are page furniture (photo captions; dropped by exact
text, listed in SOURCES.md).  Leading indentation is stripped; every kept raw line becomes
one paragraph.  Nothing inside a line is changed, except the furniture named in LINE_SUFFIX
(a site footer or table rule at the end of the last kept line, on the same line); the script
asserts that it is present and prints what it cut."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

# id: (headline text or None, first body line prefix, last body line prefix,
#      furniture lines inside the body range, dropped by exact text)
ITEMS = {
 "m01": (None, "7月8日,地处义宁镇走马村", "7月8日,地处义宁镇走马村", []),
 "m02": ("皖垦茶业集团十字工业园举行入园企业集中投产 开工 签约仪式", "429上午,阳光普照", "刘超副总经理表了热情洋溢的致辞", []),
 "m03": (None, "今天上午,通化县52个重点项目集中开工", "新开工建设的项目,呈现出", []),
 "m04": (None, "近年来,鄂州华容区全力打造", "四大园区已成为华容经济增长的新引擎", []),
 "m05": (None, "昨日,青岛市基金园区启动仪式", "近年来,高新区始终坚持", []),
 "m06": ("哈尔滨市首支政府投资产业基金落地", "近日,经哈尔滨市产业引导基金管理机构", "据了解,为创新财政支持产业发展方式", []),
 "m07": ("总投资200亿元!漯河市79个大项目集中开工", "河南日报讯:7月12日上午", "此外,集中开工的双汇第二工业园", []),
 "m08": ("咸阳市新兴纺织工业园精准发力狠抓重点项目招引", "咸阳市新兴纺织工业园(科技产业园)四季度", "市新兴纺织工业园2020年市级重点项目21个", []),
 "m09": (None, "连日来,随着气温回升", "(石青青 李南星)",
         ["剑河民合服饰厂生产内工人正在赶制订单", "贵州森环活性炭有限公司工厂内的自动化流水线"]),
 "m10": (None, "7日,珠海市金湾区(珠海经济技术开发区)", "据了解,今年以来,金湾区已新引进", []),
 "m11": (None, "记者获悉,通过近日在线上举办的", "昌平区相关负责人介绍", []),
 "m12": ("杏陈云生工业园项目正式落成并启用", "11月26日下午,杏陈云生工业园项目", "本次签约入驻项目园区的两家企业",
         ["东山县合庆木业有限公司", "云霄瑞顿户外安全运动用品有限公司"]),
}
# furniture at the end of the last kept raw line (same line), cut off
LINE_SUFFIX = {"m01": " 修水网 www.xiushui.Net |", "m03": " |"}


def build(nid):
    head, first, last, inner_drop = ITEMS[nid]
    lines = [l.strip() for l in open(os.path.join(RAW, nid + ".raw"), encoding="utf-8").read().split("\n")]
    i0 = next(i for i, l in enumerate(lines) if l.startswith(first))
    i1 = next(i for i, l in enumerate(lines) if i >= i0 and l.startswith(last))
    for x in inner_drop:
        assert x in lines[i0:i1 + 1], (nid, x)
    body = [l for l in lines[i0:i1 + 1] if l and l not in inner_drop]
    cut = []
    suf = LINE_SUFFIX.get(nid)
    if suf:
        raw_last = open(os.path.join(RAW, nid + ".raw"), encoding="utf-8").read().split("\n")[i1].rstrip("\n")
        assert raw_last.endswith(suf) or raw_last.strip().endswith(suf.strip()), (nid, suf)
        assert body[-1].endswith(suf.strip()), (nid, suf)
        body[-1] = body[-1][:-len(suf.strip())].rstrip()
        cut.append(suf.strip())
    text = "\n\n".join(body) + "\n"
    hidx = None
    if head:
        hidx = next(i for i, l in enumerate(lines[:i0]) if l == head)
        text = head + "\n\n" + text
    dropped = [l for i, l in enumerate(lines) if l and (not (i0 <= i <= i1) or l in inner_drop) and i != hidx]
    return text, dropped, cut


if __name__ == "__main__":
    for nid in sorted(ITEMS):
        text, dropped, cut = build(nid)
        open(os.path.join(D, nid + ".txt"), "w", encoding="utf-8").write(text)
        print(nid, len(text), "cut in-line:", cut, "| dropped:", " | ".join(dropped)[:600])
