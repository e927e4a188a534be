"""Editor-verified names: every known name that occurs as a real word yields a mention.

A match is rejected when it straddles a place name (海信 inside 上海信息: 上海 crosses
its start) or lies inside a longer name already found (a company, a park).
"""
from __future__ import annotations

import re
from collections.abc import Mapping

from .lexicon import PLACES
from .parks import ParkOcc
from .sentences import Doc
from .types import CompanyMention, ParkMention, Span

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
    for name, kind in known.items():
        if not name:
            continue
        for m in re.finditer(re.escape(name), text):
            s, e = m.start(), m.end()
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
