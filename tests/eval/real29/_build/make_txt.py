#!/usr/bin/env python3
"""Write lNN.txt from the stored page texts in ../_raw/pages/lNN.raw (real28's make_txt.py; real29 uses it with a new ITEMS table, no LINE_SUFFIX, and a two-line headline joined by one blank).

For each item: the headline line (or None when the page stored none), the first and the last raw
line kept as the body (by line prefix, after stripping leading/trailing blanks), and raw lines inside
that range that are page furniture (dropped by exact text, listed in SOURCES.md).  Leading indentation
is stripped; every kept raw line becomes one paragraph.  Nothing inside a line is changed, except the
furniture named in LINE_SUFFIX (page furniture at the end of a kept line, on the same line); the script
asserts that it is present and prints what it cut."""
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(D, "_raw", "pages")

ITEMS = {
 "l01": ("汉中经开区成功签约7个项目,总投资25.3亿元", "3月18日,由中共汉中市委", "签约仪式上,汉中经开区成功签约", []),
 "l02": ("总投资707.9亿元!萍乡102个重大项目开工建设", "11月3日,总投资50亿元", "今年前三季度,萍乡市", []),
 "l03": (None, "四川经济日报广元讯", "此次集中签约落户广元", []),
 "l04": ("榆林高新区2024年二季度重点项目集中开工", "近日,榆林高新区2024年", "2024年,榆林高新区共安排", ["20240415100112923-85-7b156.jpg", "20240415100104290-26-65030.jpg", "20240415100108724-5-f9214.jpg"]),
 "l05": ("嘉善—庆元—九寨沟“飞地”产业园迎来 首批入驻项目", "本报讯(陈静 记者 夏姆)", "园区正式投产后", []),
 "l06": (None, "1月30日,中山火炬开发区", "会议指出,2024年", []),
 "l07": (("平坝赴佛山招商引资", "签约8个项目总投资超23亿元"), "本报讯(记者 陈斌)", "下一步,平坝区将围绕", []),
 "l08": (None, "孝感2024年第四季度", "孝感持续夯实", []),
}
# furniture at the end of a kept raw line (same line), cut off
LINE_SUFFIX = {}
# a headline stored on two raw lines (title + subtitle) is joined with one blank (l07)

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
        print(nid, len(text), "cut in-line:", cut, "| dropped:", " | ".join(dropped)[:400])
