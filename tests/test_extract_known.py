"""Known names found by one automaton: the same occurrences a scan per name finds, in the same order."""
from __future__ import annotations

import random
import re

import pytest

from loaders.extract import extract
from loaders.extract.mentions.known import find_known


def scan_per_name(text: str, known: dict[str, str]) -> list[tuple[str, str, int, int]]:
    return [(name, kind, m.start(), m.end()) for name, kind in known.items() if name
            for m in re.finditer(re.escape(name), text)]


@pytest.mark.parametrize(
    "text, known, expected",
    [
        ("海信在青岛，海信视像也在。", {"海信": "company"}, [("海信", "company", 0, 2), ("海信", "company", 6, 8)]),
        ("“A座”与A座", {"A座": "park"}, [("A座", "park", 1, 3), ("A座", "park", 5, 7)]),
        ("aaaa", {"aa": "company", "a": "park"},
         [("aa", "company", 0, 2), ("aa", "company", 2, 4)] + [("a", "park", i, i + 1) for i in range(4)]),
        ("𠀀园区与园区", {"园区": "park"}, [("园区", "park", 1, 3), ("园区", "park", 4, 6)]),  # a 4-byte character first
        ("没有已知名称", {"海信": "company"}, []),
        ("海信", {}, []),
    ],
)
def test_it_finds_every_occurrence_with_character_offsets(text, known, expected):
    assert find_known(text, known) == expected


def test_fifty_thousand_names_find_what_a_scan_per_name_finds(seeds_dir):
    rng = random.Random(12)
    known = {"".join(chr(rng.randint(0x4E00, 0x9FA5)) for _ in range(rng.randint(2, 6))): "company"
             for _ in range(50_000)}
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir.glob("*.txt"))]
    for text in texts:  # names cut from the text, so there is something to find
        for _ in range(20):
            start = rng.randrange(len(text) - 6)
            known[text[start:start + rng.randint(2, 5)]] = rng.choice(["park", "company"])
    for text in texts:
        assert find_known(text, known) == scan_per_name(text, known)


def test_a_new_set_of_names_is_used_at_once():
    assert find_known("海信与海尔", {"海信": "company"}) == [("海信", "company", 0, 2)]
    assert find_known("海信与海尔", {"海尔": "company"}) == [("海尔", "company", 3, 5)]


def test_extraction_with_known_names_finds_them_as_companies():
    result = extract("据悉，海信今年在园区新建了一座研发中心。", known_names={"海信": "company"})
    assert "海信" in {c.name for c in result.companies}
