"""Plausibility bounds for extracted figures and dates: a value no article could mean is dropped with a warning.

A misread number (99999999999% growth, a 26-digit amount, a publication date in 2099) would
otherwise be stored, shown to analysts and, if too large for its column, cost the whole article.
The bounds are wide — they catch misreadings, not surprising news — and one table says them all:
per unit, with a few metrics narrower than their unit. Pure, no Django.
"""
from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from decimal import Decimal

from loaders.extract.types import Amount, Extraction

MONEY = {"cny", "usd", "eur", "hkd", "gbp", "jpy", "krw", "twd", "sgd"}

# unit -> (lowest, highest) a figure in that unit may be. Money: 200万亿 (more than China's GDP);
# yen and won are counted in smaller units.
UNIT_BOUNDS: dict[str, tuple[Decimal, Decimal]] = {
    **{code: (Decimal(0), Decimal("2e14")) for code in MONEY},
    "jpy": (Decimal(0), Decimal("5e15")),
    "krw": (Decimal(0), Decimal("5e16")),
    "count": (Decimal(0), Decimal("1e8")),
    "ratio": (Decimal(-1), Decimal(100)),  # -100% .. +10000%
    "mu": (Decimal(0), Decimal("1e8")),  # 66,667 km²
    "m2": (Decimal(0), Decimal("1e11")),
    "km2": (Decimal(0), Decimal("1e5")),
    "tonne": (Decimal(0), Decimal("1e11")),
}
FALLBACK_BOUNDS = (Decimal("-1e15"), Decimal("1e15"))

# metric -> bounds narrower than its unit's.
METRIC_BOUNDS: dict[str, tuple[Decimal, Decimal]] = {
    "rd_intensity_ratio": (Decimal(0), Decimal(1)),
    "growth_ratio": (Decimal(-1), Decimal(100)),
    "parks_count": (Decimal(0), Decimal(100000)),
    "universities": (Decimal(0), Decimal(10000)),
    "fund_count": (Decimal(0), Decimal(100000)),
}

EARLIEST_PUBLICATION = date(1980, 1, 1)


def bounds_of(amount: Amount, metric: str | None = None) -> tuple[Decimal, Decimal]:
    return METRIC_BOUNDS.get(metric or "") or UNIT_BOUNDS.get(amount.unit, FALLBACK_BOUNDS)


def implausible(amount: Amount, metric: str | None = None) -> str | None:
    """Why this figure cannot be what the article means, or None when it can."""
    low, high = bounds_of(amount, metric)
    if not amount.value.is_finite() or not low <= amount.value <= high:
        what = f"{metric} " if metric else ""
        return (f"dropped {what}figure {amount.text!r} at characters {amount.span.start}-{amount.span.end}: "
                f"{amount.value:,} {amount.unit} is outside {low:,}..{high:,}")
    return None


def check_extraction(extraction: Extraction, *, today: date | None = None) -> tuple[Extraction, list[str]]:
    """The extraction without implausible figures and dates, and one warning for each dropped."""
    warnings: list[str] = []
    latest = (today or date.today()) + timedelta(days=1)

    meta = extraction.meta
    if meta.published_on is not None and not EARLIEST_PUBLICATION <= meta.published_on <= latest:
        warnings.append(f"dropped publication date {meta.published_on.isoformat()} ({meta.date_basis or 'no basis'}):"
                        f" not between {EARLIEST_PUBLICATION.isoformat()} and {latest.isoformat()}")
        meta = dataclasses.replace(meta, published_on=None, published_precision=None, date_basis=None)

    facts = []
    for fact in extraction.facts:
        problem = implausible(fact.amount, fact.metric)
        if problem:
            warnings.append(problem)
        else:
            facts.append(fact)

    def checked(mention, *fields: str):
        changes = {}
        for name in fields:
            amount = getattr(mention, name)
            problem = amount and implausible(amount)
            if problem:
                warnings.append(problem)
                changes[name] = None
        return dataclasses.replace(mention, **changes) if changes else mention

    projects = [checked(p, "investment") for p in extraction.projects]
    funds = [checked(f, "size", "paid_in", "invested") for f in extraction.funds]
    if not warnings:
        return extraction, warnings
    return dataclasses.replace(extraction, meta=meta, facts=facts, projects=projects, funds=funds), warnings
