"""Editor-verified names: every known name that occurs as a real word yields a mention.

A match is rejected when it straddles a place name (海信 inside 上海信息: 上海 crosses
its start) or lies inside a longer name already found (a company, a park).

All names are found in one pass over the text by an Aho–Corasick automaton, built once per
set of names, so 50,000 verified names cost about what none do.
"""
from __future__ import annotations

from collections.abc import Mapping

import ahocorasick

from ..tables.lexicon import PLACES
from .parks import ParkOcc
from ..text.sentences import Doc
from ..types import CompanyMention, ParkMention, Span

_MAXP = max(len(p) for p in PLACES)


def _straddles_place(text: str, s: int, e: int) -> bool:
    for a in range(max(0, s - _MAXP + 1), e):
        for n in range(2, _MAXP + 1):
            b = a + n
            if b > len(text):
                break
            if (a < s < b or a < e < b) and text[a:b] in PLACES:
                return True
    return False


def apply_known_names(doc: Doc, known: Mapping[str, str], parks: list[ParkMention], occs: list[ParkOcc],
                      companies: list[CompanyMention]) -> None:
    text = doc.text
    spans = [(c.span.start, c.span.end) for c in companies] + [(o.start, o.end) for o in occs]
    have_company = {c.name for c in companies} | {a for c in companies for a in c.aliases}
    have_park = {p.name for p in parks} | {a for p in parks for a in p.aliases}
    for name, kind, s, e in find_known(text, known):
        if _straddles_place(text, s, e):
            continue
        if any(a <= s and e <= b and (b - a) > (e - s) for a, b in spans):
            continue
        if kind == "park":
            if name not in have_park:
                parks.append(ParkMention(name=name, kind="", city=None, district=None, parent=None,
                                         span=Span(s, e), sentence=doc.sentence_at(s)))
                have_park.add(name)
            occs.append(ParkOcc(s, e, name))
        elif kind == "company":
            if name not in have_company:
                companies.append(CompanyMention(name=name, kind="enterprise", span=Span(s, e),
                                                sentence=doc.sentence_at(s)))
                have_company.add(name)
    occs.sort(key=lambda o: (o.start, -o.end))


def find_known(text: str, known: Mapping[str, str]) -> list[tuple[str, str, int, int]]:
    """(name, kind, start, end) of every occurrence of a known name, by name in `known`'s order, then by start.

    Occurrences of one name do not overlap each other (as with a regex scan from the left).
    """
    automaton = _automaton(known)
    if automaton is None:
        return []
    data = _bytes_as_chars(text)
    hits = sorted((end + 1 - width, rank, name, kind) for end, (rank, name, kind, width) in automaton.iter(data))
    found: list[tuple[int, int, str, str]] = []  # (name's rank, start, name, kind)
    byte_at, char_at = 0, 0
    for byte_start, rank, name, kind in hits:  # UTF-8 offsets to character offsets, left to right
        char_at += len(data[byte_at:byte_start].encode("latin-1").decode("utf-8"))
        byte_at = byte_start
        found.append((rank, char_at, name, kind))
    found.sort()
    out: list[tuple[str, str, int, int]] = []
    last_rank, last_end = -1, 0
    for rank, start, name, kind in found:
        if rank == last_rank and start < last_end:
            continue
        out.append((name, kind, start, start + len(name)))
        last_rank, last_end = rank, start + len(name)
    return out


def _bytes_as_chars(text: str) -> str:
    """The UTF-8 bytes of `text`, one character each.

    The automaton steps through a node's children one by one; over Chinese characters the root
    alone has thousands, over bytes at most 256, which makes a scan ~100 times faster. UTF-8 is
    self-synchronising, so a whole name's bytes only match at character boundaries.
    """
    return text.encode("utf-8").decode("latin-1")


# The automaton of the last mapping seen: a load passes the same names for every article.
_cache: tuple[Mapping[str, str], int, ahocorasick.Automaton | None] | None = None


def _automaton(known: Mapping[str, str]) -> ahocorasick.Automaton | None:
    global _cache
    if _cache is not None and _cache[0] is known and _cache[1] == len(known):
        return _cache[2]
    automaton = None
    names = [(name, kind) for name, kind in known.items() if name]
    if names:
        automaton = ahocorasick.Automaton()
        for rank, (name, kind) in enumerate(names):
            data = _bytes_as_chars(name)
            automaton.add_word(data, (rank, name, kind, len(data)))
        automaton.make_automaton()
    _cache = (known, len(known), automaton)
    return automaton
