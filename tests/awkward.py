"""A folder of awkward article files, every kind an operator meets, with what loading each must do.

`make_awkward_folder(root)` writes it and returns the expectations; `python -m tests.awkward DIR`
writes one to look at. Good files load (some with a warning), bad files are refused by name with
a reason, hidden files and linked folders are skipped with a line each. Load it with
`LOAD_MAX_FILE_MB=1` so the large file is refused.
"""
from __future__ import annotations

import codecs
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
NAMES = ["海川", "云帆", "金桥", "明德", "启航", "星河", "蓝海", "华岳", "鼎盛", "瑞丰", "恒通", "凯旋", "天成", "润泽",
         "长风", "远望"]


def park_of(n: int) -> str:
    return f"青岛{NAMES[n % len(NAMES)] + ('' if n < len(NAMES) else str(n))}产业园"


def article(n: int, *, date: str | None = None, extra: str = "") -> str:
    name = NAMES[n % len(NAMES)] + ("" if n < len(NAMES) else str(n))
    date = date or f"2024年3月{n % 28 + 1}日"
    return (f"本报讯 {date},青岛{name}产业园今年签约总投资{n + 2}亿元的{name}智能装备项目。\n"
            f"目前,园区已集聚{n + 20}家重点企业,年营业收入约{n + 3}亿元。{extra}\n")


@dataclass
class Awkward:
    root: Path
    good: dict[str, str] = field(default_factory=dict)  # path -> what it is
    warned: dict[str, str] = field(default_factory=dict)  # path -> words its warning must contain
    refused: dict[str, str] = field(default_factory=dict)  # path -> words its reason must contain
    skipped: dict[str, str] = field(default_factory=dict)  # path -> words its reason must contain

    @property
    def kinds(self) -> int:
        return len(self.good) + len(self.refused) + len(self.skipped)


def make_awkward_folder(root: Path) -> Awkward:
    root.mkdir(parents=True, exist_ok=True)
    found = Awkward(root)

    def good(name: str, data: bytes, what: str, *, warning: str = "") -> Path:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        found.good[str(path)] = what
        if warning:
            found.warned[str(path)] = warning
        return path

    def bad(name: str, data: bytes, reason: str) -> Path:
        path = root / name
        path.write_bytes(data)
        found.refused[str(path)] = reason
        return path

    # Good files, in every encoding and shape the loader accepts.
    for seed in sorted(SEEDS.glob("*.txt")):
        good(f"seed-{seed.name}", seed.read_bytes(), "a seed article, UTF-8")
    for n in range(8):
        good(f"plain-{n:02d}.txt", article(n).encode("utf-8"), "UTF-8")
    good("gb18030.txt", article(8).encode("gb18030"), "GB18030", warning="decoded as GB18030")
    good("bom-crlf.txt", codecs.BOM_UTF8 + article(9).replace("\n", "\r\n").encode("utf-8"), "UTF-8 BOM, CRLF")
    good("bad-date-feb-30.txt", article(10, date="2024年2月30日").encode("utf-8"), "a date that does not exist")
    good("bad-date-jun-31.txt", article(11, date="2024年6月31日").encode("utf-8"), "6月31日")
    good("bad-date-13-45.txt", article(12, date="2023年13月45日").encode("utf-8"), "13月45日")
    good("bad-date-0-0.txt", article(13, date="2000年0月0日").encode("utf-8"), "0月0日")
    good("future-date.txt", article(14, date="2099年3月5日").encode("utf-8"), "published in 2099",
         warning="dropped publication date 2099-03-05")
    good("overflow.txt", article(15, extra="园区另有总投资99999999999999999999999999亿元的储备项目。").encode("utf-8"),
         "a 34-digit amount", warning="金额过大")
    good("growth.txt", article(16, extra=f"{park_of(16)}营业收入同比增长99999999999%。").encode("utf-8"), "absurd growth",
         warning="growth_ratio")
    good("trillion.txt", article(17, extra="全区产业规模达到三万亿元。").encode("utf-8"), "三万亿元")
    good("html.txt", ("<html><head><meta charset='utf-8'><title>新闻</title></head><body><p>"
                      + article(18).replace("\n", "</p><p>") + "</p></body></html>").encode("utf-8"), "HTML markup")
    good("名字 with spaces 和中文.txt", article(19).encode("utf-8"), "a Chinese name with spaces")
    gbk_name = os.fsdecode("青岛园区新闻".encode("gbk") + b".txt")  # a name from a Windows zip
    good(gbk_name, article(20).encode("utf-8"), "a GBK file name")
    deep = root
    for level in range(13):  # 80 characters (240 bytes, under the 255 a name may take) a level
        deep = deep / (f"第{level:02d}层" + "很长的文件夹名字" * 10)[:80]
    good(str((deep / "deep.txt").relative_to(root)), article(21).encode("utf-8"), "a path over 1,000 characters")
    outside = root.parent / f"{root.name}-elsewhere"
    outside.mkdir(exist_ok=True)
    (outside / "target.txt").write_bytes(article(22).encode("utf-8"))
    (root / "link-to-file.txt").symlink_to(outside / "target.txt")
    found.good[str(root / "link-to-file.txt")] = "a symbolic link to a file"
    good("traditional.txt", "本報訊 2024年3月5日,臺北科技園區今年簽約總投資8億元的智慧製造項目。\n園區已集聚35家重點企業。\n"
         .encode("utf-8"), "traditional Chinese, UTF-8")

    # Bad files: each refused with its reason.
    bad("empty.txt", b"", "empty file")
    bad("whitespace.txt", b" \r\n\t\n", "only whitespace")
    bad("utf16-bom.txt", codecs.BOM_UTF16_LE + article(23).encode("utf-16-le"), "UTF-16")
    bad("utf16-no-bom.txt", article(24).encode("utf-16-le"), "NUL bytes")
    bad("nul-bytes.txt", article(25).encode("utf-8").replace("。".encode("utf-8"), b"\x00", 1), "NUL bytes")
    bad("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary")
    bad("big5.txt", "本報訊 臺北科技園區今年簽約總投資8億元的智慧製造項目。園區已集聚35家重點企業。".encode("big5"),
        "mojibake")
    bad("latin1.txt", "Le parc technologique de Qingdao a signé un accord: café, résumé, été, déjà vu, "
        "à côté, naïve, façade, élève, crème brûlée.".encode("latin-1"),
        "not valid UTF-8 or GB18030")
    bad("double-encoded.txt", article(26).encode("utf-8").decode("latin-1").encode("utf-8"), "Latin-1")
    bad("kunjinkao.txt", ("锟斤拷" * 5 + article(27)).encode("utf-8"), "锟斤拷")
    bad("damaged-utf8.txt", b"".join(ch.encode("utf-8")[:-1] + b"a" if i % 3 == 0 else ch.encode("utf-8")
                                     for i, ch in enumerate(article(28) * 3)), "not valid UTF-8 or GB18030")
    bad("large.txt", article(29).encode("utf-8") * 20_000, "larger than")
    (root / "loop-a.txt").symlink_to(root / "loop-b.txt")
    (root / "loop-b.txt").symlink_to(root / "loop-a.txt")
    found.refused[str(root / "loop-a.txt")] = "symbolic link loop"
    found.refused[str(root / "loop-b.txt")] = "symbolic link loop"
    (root / "dangling.txt").symlink_to(root / "no-such-file.txt")
    found.refused[str(root / "dangling.txt")] = "dangling symbolic link"
    os.mkfifo(root / "fifo.txt")
    found.refused[str(root / "fifo.txt")] = "not a regular file"

    # Left out on purpose, each said once.
    (root / ".hidden.txt").write_bytes(article(30).encode("utf-8"))
    found.skipped[str(root / ".hidden.txt")] = "hidden file"
    (root / ".git").mkdir()
    (root / ".git" / "notes.txt").write_bytes(article(31).encode("utf-8"))
    found.skipped[str(root / ".git")] = "hidden folder"
    (root / "linked-folder").symlink_to(outside)
    found.skipped[str(root / "linked-folder")] = "symbolic link to a folder"
    (root / "notes.md").write_bytes(b"not an article")  # not *.txt: not an article file, not mentioned
    return found


if __name__ == "__main__":
    folder = make_awkward_folder(Path(sys.argv[1]))
    print(f"{folder.kinds} files in {folder.root}: {len(folder.good)} good, {len(folder.refused)} refused, "
          f"{len(folder.skipped)} skipped")
