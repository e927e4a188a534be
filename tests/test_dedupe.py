"""Near-duplicate editions: sentences, their keys, and the 40%-of-the-shorter rule."""
from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from loaders.dedupe import (
    find_duplicate_of,
    overlap_ratio,
    sentence_keys,
    sentence_sketch,
    split_sentences,
)
from loaders.read import read_article

SEEDS = {p.name[:3]: read_article(p).text for p in sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))}
SKETCHES = {name: sentence_sketch(text) for name, text in SEEDS.items()}


@pytest.mark.parametrize(
    "text, sentences",
    [
        ("园区建成。企业入驻！产值多少？", ["园区建成", "企业入驻", "产值多少"]),
        ("第一句;第二句；第三句\n  第四句  \n\n", ["第一句", "第二句", "第三句", "第四句"]),
        ("Is it? Yes!", ["Is it", "Yes"]),
        ("。。\n\n", []),
        ("没有句号的一段话", ["没有句号的一段话"]),
    ],
)
def test_it_splits_sentences_into_spans(text, sentences):
    assert [text[start:end] for start, end in split_sentences(text)] == sentences


def test_short_fragments_are_not_counted():
    # A caption and a byline, then one real sentence of 8+ Chinese characters.
    assert len(sentence_sketch("受访者供图\n本报记者 王健高\n青岛国际创新园晋级省级示范园区。")) == 1


@pytest.mark.parametrize(
    "edited",
    [
        "青岛国际创新园，晋级省级示范数字经济园区（试点）",  # punctuation
        "青岛国际创新园 晋级 省级示范数字经济园区 试点",  # spaces
        "青岛国际创新园晋级省级示范数字经济园区(试点)",  # ASCII brackets
    ],
)
def test_punctuation_and_spaces_do_not_change_the_keys(edited):
    assert sentence_keys(edited) == sentence_keys("青岛国际创新园晋级省级示范数字经济园区（试点）。")


def test_keys_are_short_hex_strings_and_stable():
    keys = sentence_keys("青岛国际创新园晋级省级示范数字经济园区。")
    assert len(keys) == 6
    assert all(re.fullmatch(r"[0-9a-f]{16}", key) for key in keys)
    assert keys == sentence_keys("青岛国际创新园晋级省级示范数字经济园区。")


def test_a_small_edit_still_matches():
    a = "崂山区委书记孙海生表示，园区的竞争力说到底是创新力，青岛国际创新园要打造创新高地。"
    b = "崂山区委书记孙海生表示，园区的竞争力说到底还是创新力，青岛国际创新园要打造创新高地。"
    assert overlap_ratio(a, b) == 1.0


def test_seeds_000_and_001_are_editions_of_one_story():
    assert overlap_ratio(SKETCHES["000"], SKETCHES["001"]) >= 0.40


@pytest.mark.parametrize(
    "a, b",
    [pair for pair in itertools.combinations(sorted(SEEDS), 2) if pair != ("000", "001")],
)
def test_no_other_pair_of_seeds_is_linked(a, b):
    # 003 and 004 are different stories about the same parks: ~0.10.
    assert overlap_ratio(SKETCHES[a], SKETCHES[b]) < 0.20


def test_it_finds_the_earlier_edition_among_candidates():
    earlier = {name: SKETCHES[name] for name in ["002", "003", "000", "004"]}
    assert find_duplicate_of(SKETCHES["001"], earlier) == "000"
    assert find_duplicate_of(SEEDS["001"], {"000": SEEDS["000"]}) == "000"
    assert find_duplicate_of(SKETCHES["003"], {k: v for k, v in SKETCHES.items() if k != "003"}) is None


def test_on_a_tie_the_first_candidate_wins():
    assert find_duplicate_of(SKETCHES["001"], {"first": SKETCHES["000"], "second": SKETCHES["000"]}) == "first"


def test_an_article_without_counted_sentences_is_nobodys_duplicate():
    assert overlap_ratio("受访者供图", SEEDS["000"]) == 0.0
    assert find_duplicate_of("受访者供图", {"000": SEEDS["000"]}) is None


def test_the_ratio_is_over_the_shorter_article():
    long_ = "。".join(f"青岛国际创新园第{i}个项目今天正式签约落地" for i in "一二三四五六七八九十")
    short = "青岛国际创新园第一个项目今天正式签约落地。另一篇文章里完全不同的一句话在这里"
    assert overlap_ratio(short, long_) == overlap_ratio(long_, short) == 0.5
