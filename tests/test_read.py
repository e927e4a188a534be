"""Reading article files: encodings, normalisation, and the files we refuse."""
from __future__ import annotations

from pathlib import Path

import pytest

from loaders.read import ArticleText, RefusedFile, iter_article_paths, read_article

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
ARTICLE = (
    "青岛国际创新园晋级省级示范数字经济园区。\n"
    "总占地面积约285亩，总建筑面积约92万平方米，已入驻企业200余家。\n"
    "《人民日报》报道：园区营收同比增长12.17%、税收约3亿元！"
)


def write(tmp_path: Path, data: bytes, name: str = "article.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    "data, encoding",
    [
        (ARTICLE.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + ARTICLE.replace("\n", "\r\n").encode("utf-8"), "utf-8-sig"),
        (ARTICLE.replace("\n", "\r").encode("utf-8"), "utf-8"),
        (ARTICLE.encode("gb18030"), "gb18030"),
        (ARTICLE.encode("gbk"), "gb18030"),
        (ARTICLE.replace("\n", "\r\n").encode("gb18030") + b"\r\n\r\n", "gb18030"),
    ],
    ids=["utf8", "utf8-bom-crlf", "utf8-cr", "gb18030", "gbk", "gb18030-crlf-trailing"],
)
def test_it_decodes_every_encoding_to_the_same_text_and_hash(tmp_path, data, encoding):
    article = read_article(write(tmp_path, data))
    assert article.text == ARTICLE
    assert article.encoding == encoding
    assert article.sha256 == read_article(write(tmp_path, ARTICLE.encode(), "plain.txt")).sha256


def test_it_warns_when_it_decodes_gb18030(tmp_path):
    assert read_article(write(tmp_path, ARTICLE.encode("gb18030"))).warnings == ("decoded as GB18030",)


def test_a_renamed_copy_has_the_same_sha256(tmp_path):
    original = read_article(write(tmp_path, ARTICLE.encode(), "000_a.txt"))
    renamed = read_article(write(tmp_path, ARTICLE.encode(), "copy of the article.txt"))
    assert renamed.sha256 == original.sha256
    assert renamed.path != original.path


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("投资１２亿元", "投资12亿元"),
        ("ＡＩ产业园与ｅ谷", "AI产业园与e谷"),
        ("增长１２．５％", "增长12.5%"),
        ("园区\u3000介绍", "园区 介绍"),
        # Chinese punctuation is text the editor sees in quotes: kept as written.
        ("据《科技日报》报道，“园区”建成、投产。", "据《科技日报》报道，“园区”建成、投产。"),
        ("（一）规划：约２８５亩；", "（一）规划：约285亩；"),
        ("全文完．下一篇", "全文完．下一篇"),  # ． as a full stop, not a decimal point
        ("第一行  \n\n第二行\n\n\n  ", "第一行  \n\n第二行"),  # line structure kept, file end trimmed
        ("\ufeff正文开始", "正文开始"),
    ],
)
def test_it_folds_full_width_digits_and_letters_but_not_chinese(tmp_path, raw, expected):
    assert read_article(write(tmp_path, raw.encode("utf-8"))).text == expected


def test_folding_never_moves_an_offset(tmp_path):
    raw = "投资１２亿元，ＡＩ\u3000园区"
    assert len(read_article(write(tmp_path, raw.encode())).text) == len(raw)


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty file"),
        (b"\xef\xbb\xbf", "empty file"),
        (b"   \r\n\t\n  ", "only whitespace"),
        ("\u3000\u3000\n".encode("utf-8"), "only whitespace"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary content (NUL bytes)"),
        (bytes(range(1, 8)) * 50 + "园区".encode(), "binary content (control characters)"),
        ("园区".encode("utf-16"), "UTF-16 text (save it as UTF-8)"),
        (b"caf\xe9 \xe0 la cr\xe8me \xff\xfe\xfd", "not valid UTF-8 or GB18030"),
    ],
    ids=["empty", "bom-only", "whitespace", "ideographic-space", "png", "controls", "utf16", "latin1"],
)
def test_it_refuses_files_that_are_not_text(tmp_path, data, reason):
    path = write(tmp_path, data)
    with pytest.raises(RefusedFile) as refused:
        read_article(path)
    assert refused.value.reason == reason
    assert refused.value.path == path
    assert str(refused.value) == f"{path}: refused: {reason}"


@pytest.mark.parametrize(
    "text, encoding",
    [
        (ARTICLE * 3, "latin-1"),  # UTF-8 read as Latin-1, saved as UTF-8: ä¸­å›½
        (ARTICLE * 3, "gbk"),  # UTF-8 read as GBK, saved as UTF-8: 涓浗
    ],
)
def test_it_refuses_mojibake_saved_as_utf8(tmp_path, text, encoding):
    garbled = text.encode("utf-8").decode(encoding, errors="ignore")
    with pytest.raises(RefusedFile) as refused:
        read_article(write(tmp_path, garbled.encode("utf-8")))
    assert refused.value.reason.startswith("mojibake: ")


def test_it_refuses_kun_jin_kao(tmp_path):
    with pytest.raises(RefusedFile, match="锟斤拷"):
        read_article(write(tmp_path, ("园区" + "锟斤拷" * 3 + ARTICLE).encode("utf-8")))


def test_it_never_reads_a_utf8_seed_as_gb18030(tmp_path):
    # Every byte sequence here is valid GB18030 after one damaged byte turns it away
    # from UTF-8; the file must still not come out as GB18030 garbage.
    seed = (SEEDS / "001_4e21875027cd29b8.txt").read_bytes()
    damaged = seed[:100] + b"\xff" + seed[100:]
    article = read_article(write(tmp_path, damaged))
    assert article.encoding == "utf-8"
    assert "歌尔" in article.text


# Policy: up to 8 invalid UTF-8 sequences, and at most 1% of the non-ASCII characters,
# are replaced by U+FFFD with a warning naming their byte offsets; more damage in a
# file that is otherwise UTF-8 is refused, naming the first offset.
def test_a_few_bad_bytes_in_utf8_are_replaced_with_a_warning(tmp_path):
    good = (ARTICLE * 20).encode("utf-8")
    damaged = good[:30] + b"\xff" + good[30:60] + b"\xe5\x9b" + good[60:]
    article = read_article(write(tmp_path, damaged))
    assert article.encoding == "utf-8"
    assert article.text.count("\ufffd") == 2
    assert article.warnings == (
        "replaced 2 invalid UTF-8 byte sequence(s) with U+FFFD at byte offset(s) 30, 61",
    )


def test_a_utf8_file_cut_mid_character_loads_with_a_warning(tmp_path):
    good = (ARTICLE * 5).encode("utf-8")
    article = read_article(write(tmp_path, good[:-2]))
    assert article.text.endswith("\ufffd")
    assert "byte offset(s) " + str(len(good) - 3) in article.warnings[0]


def test_much_damage_in_a_utf8_file_is_refused_naming_the_first_offset(tmp_path):
    chunk = ARTICLE.encode("utf-8")
    damaged = b"\xff".join([chunk] * 21)
    with pytest.raises(RefusedFile) as refused:
        read_article(write(tmp_path, damaged))
    assert refused.value.reason == (
        f"damaged UTF-8: 20 invalid byte sequences, first at byte offset {len(chunk)}"
    )


def test_utf8_damaged_beyond_counting_is_still_not_read_as_gb18030(tmp_path):
    good = (ARTICLE * 40).encode("utf-8")
    damaged = b"".join(good[i:i + 100] + b"\xff" for i in range(0, 4000, 100)) + good[4000:]
    with pytest.raises(RefusedFile) as refused:
        read_article(write(tmp_path, damaged))
    assert refused.value.reason.startswith("damaged UTF-8: ")


def test_it_refuses_a_folder_and_a_missing_file(tmp_path):
    with pytest.raises(RefusedFile, match="not a regular file"):
        read_article(tmp_path)
    with pytest.raises(RefusedFile, match="unreadable: No such file or directory"):
        read_article(tmp_path / "gone.txt")


@pytest.mark.parametrize("seed", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_every_seed_reads_cleanly(seed):
    article = read_article(seed)
    assert isinstance(article, ArticleText)
    assert article.encoding == "utf-8"
    assert article.warnings == ()
    assert "\r" not in article.text and article.text == article.text.rstrip()


def test_it_lists_folders_recursively_sorted_and_once(tmp_path):
    for name in ["b.txt", "a.txt", "sub/c.txt", "notes.md", ".hidden.txt", ".git/x.txt", "sub/D.TXT"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("园区")
    explicit = tmp_path / "notes.md"
    listed = iter_article_paths([explicit, tmp_path, tmp_path / "a.txt"])
    assert [p.relative_to(tmp_path).as_posix() for p in listed] == [
        "notes.md", "a.txt", "b.txt", "sub/D.TXT", "sub/c.txt",
    ]


def test_a_missing_path_is_a_usage_error(tmp_path):
    with pytest.raises(FileNotFoundError) as missing:
        iter_article_paths([tmp_path / "nope"])
    assert missing.value.filename == str(tmp_path / "nope")


@pytest.mark.parametrize("seed", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_a_seed_re_encoded_as_gb18030_is_the_same_article(tmp_path, seed):
    original = read_article(seed)
    copy = read_article(write(tmp_path, original.text.replace("\n", "\r\n").encode("gb18030")))
    assert copy.encoding == "gb18030"
    assert copy.sha256 == original.sha256
