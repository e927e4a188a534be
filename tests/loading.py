"""Test helpers for loading: build an Extraction by hand (so loader tests don't depend on extraction rules),
and snapshot every report view to compare loads."""
from __future__ import annotations

from decimal import Decimal

from django.db import connection

from loaders.extract.types import (Amount, ArticleMeta, CompanyMention, Extraction, FactMention, FundMention,
                                   ParkMention, ProjectMention, Span)


def span_of(text: str, needle: str) -> Span:
    start = text.index(needle)
    return Span(start, start + len(needle))


def sentence_of(text: str, needle: str) -> Span:
    start = text.index(needle)
    left = max(text.rfind(c, 0, start) for c in "。\n") + 1
    ends = [i for i in (text.find(c, start) for c in "。\n") if i != -1]
    return Span(left, (min(ends) + 1) if ends else len(text))


def amount(text: str, figure: str, value: str, unit: str = "cny", qualifier: str = "") -> Amount:
    return Amount(Decimal(value), unit, qualifier, figure, span_of(text, figure))


def park(text: str, name: str, **kw) -> ParkMention:
    kw.setdefault("kind", "产业园")
    kw.setdefault("city", "青岛")
    kw.setdefault("district", None)
    kw.setdefault("parent", None)
    return ParkMention(name=name, span=span_of(text, name), sentence=sentence_of(text, name), **kw)


def company(text: str, name: str, **kw) -> CompanyMention:
    kw.setdefault("kind", "enterprise")
    return CompanyMention(name=name, span=span_of(text, name), sentence=sentence_of(text, name), **kw)


def project(text: str, name: str, **kw) -> ProjectMention:
    return ProjectMention(name=name, span=span_of(text, name), sentence=sentence_of(text, name), **kw)


def fund(text: str, name: str, **kw) -> FundMention:
    return FundMention(name=name, span=span_of(text, name), sentence=sentence_of(text, name), **kw)


def fact(text: str, subject: str, metric: str, figure: str, value: str, unit: str = "cny", qualifier: str = "",
         subject_type: str = "park", **kw) -> FactMention:
    return FactMention(subject=subject, subject_type=subject_type, metric=metric,
                       amount=amount(text, figure, value, unit, qualifier), sentence=sentence_of(text, figure), **kw)


def extraction(**kw) -> Extraction:
    kw.setdefault("meta", ArticleMeta(title="标题", outlet=None))
    return Extraction(**kw)


REPORT_VIEWS = ["report_articles", "report_parks", "report_companies", "report_projects", "report_funds",
                "report_facts", "report_evidence"]


def views_snapshot() -> dict[str, list]:
    """Every row of every contract view, in a stable order: two loads compare equal when their views do."""
    out = {}
    with connection.cursor() as cursor:
        for view in REPORT_VIEWS:
            cursor.execute(f"SELECT * FROM {view}")
            out[view] = sorted(cursor.fetchall(), key=repr)
    return out


# The seeds agree with each other. An article that disagrees with one of their figures (000 gives 青岛国际创新园
# 200余家 firms) gives them a conflict, for the tests and reports that show one.
DISAGREEING_ARTICLE = "青岛国际创新园再添新企业\n\n青岛国际创新园已入驻企业150家。\n"


def load_a_disagreeing_article(folder) -> None:
    """Load, through load_seeds, one article whose figure disagrees with a seed's (after the seeds are loaded)."""
    import io
    from pathlib import Path

    from django.core.management import call_command

    folder = Path(folder) / "disagreeing"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "later.txt").write_text(DISAGREEING_ARTICLE, encoding="utf-8")
    call_command("load_seeds", str(folder), stdout=io.StringIO(), stderr=io.StringIO())
