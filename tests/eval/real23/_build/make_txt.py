#!/usr/bin/env python3
"""Write nNN.txt from the stored page texts in ../_raw/pages/nNN.raw (real22's make_txt.py, adapted).

For each item: the headline line (or None when the page stored none), the first and the
last raw line kept as the body (by line prefix, after stripping leading/trailing blanks),
and raw lines inside that range that are page furniture (dropped by exact text, listed in
SOURCES.md).  Leading indentation is stripped; every kept raw line becomes one paragraph
(a sub-headline stored on its own line right after the headline, n05, is kept as the first
paragraph, as real7 and real16 kept theirs).  Nothing inside a line is changed, except the
furniture named in LINE_SUFFIX (an editor tag at the end of the last kept line, on the same
line); the script asserts that it is present and prints what it cut."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

# id: (headline text or None, first body line prefix, last body line prefix,
#      furniture lines inside the body range, dropped by exact text)
ITEMS = {
 "n01": (None, "张家口日报报讯(记者焦磊立", "侯亮在讲话中代表张家口市委", []),
 "n02": ("78户企业向新区拓展搬迁 兰石兰电已开工建设", "今年以来,兰州市企业出城入园", "据了解,近期在兰州新区举行的第三批", []),
 "n03": ("紫金在临江工业园举行投资环境推介会", "本报讯(记者 谢素德", "在当天推介会上,现场签约", []),
 "n04": ("重庆万州经开区打造五大特色产业园区", "神华神东电力万州港电", "据经开区相关负责人介绍", []),
 "n05": ("邵阳“掘金”成果喜人", "签约项目26个,引资133.53亿元", "在邵阳市签约的26个项目中", []),
 "n06": ("桂林经开区宝山工业园21个项目集中开工10个项目顺利竣工", "本报讯(记者徐莹波", "樊新鸿出席开/竣工仪式", []),
 "n07": ("成都4个开发区升“省级”", "成都市又新增4家省级开发区", "记者在文件上看到", []),
 "n08": ("江苏中关村科技产业园获评省级创业投资综合服务基地称号", "10月30日,经江苏省发改委公布", "下一步江苏中关村科技产业园", []),
 "n09": (None, "今年以来,营口辽河经济开发区", "韩雅竹 记者 徐鑫", []),
 "n10": (None, "根据《国家级经济技术开发区综合发展水平考核评价办法", "下一步,省商务厅将认真贯彻落实", []),
 "n11": (None, "7月28日,“投资楚雄•共赢未来”", "宋振华、孙春荣、鲁潜等市级领导参加", []),
 "n12": ("新疆塔城重点开发开放试验区加快建设 先行发展区企业落地见效", "中新社 新疆塔城11月10日电", "陈威龙表示,截至目前", []),
}
# furniture at the end of the last kept raw line (same line), cut off
LINE_SUFFIX = {"n12": " 【编辑:刘阳禾】"}


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
    suf = LINE_SUFFIX.get(nid)
    if suf:
        assert raw_lines[i1].rstrip().endswith(suf.strip()), (nid, suf)
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
        print(nid, len(text), "cut in-line:", cut, "| dropped:", " | ".join(dropped)[:700])
