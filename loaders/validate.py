"""Hold an article's extraction to the rules editors' forms and imports obey (curation.validation) before it is written.

A value those rules refuse — a misread number (99999999999% growth, a 26-digit amount), a publication date in
2099, a metric outside the vocabulary, a company kind that is not a code — is dropped with a warning that gives the
same reason an editor would read on the form; the rest of the article loads. Nothing here decides what is
plausible: it only says which check each extracted value goes through. A figure is dropped with its mention (a fact),
or as a field of the record it belongs to (a project's investment, a fund's size); a date is dropped from its
figure or article, which keep their text.
"""
from __future__ import annotations

import dataclasses
from datetime import date

from django.utils.translation import gettext

from curation import validation
from loaders.extract.types import Amount, Extraction, FactMention, FundMention
from loaders.metric_codes import current_code
from parks.models import Company, Park
from projects.models import Project


def figure_error(amount: Amount, metric: str | None = None) -> str | None:
    """Why an extracted figure cannot be stored: as a fact of `metric`, or (no metric) as an amount of a record."""
    if metric is None:
        problem = validation.amount_error(amount.value, unit=amount.unit)
    else:
        code = current_code(metric)
        problem = (validation.metric_error(code) or validation.unit_error(code, amount.unit)
                   or validation.fact_value_error(code, amount.value, unit=amount.unit))
    return problem or validation.qualifier_error(amount.qualifier)


def _dropped_figure(amount: Amount, what: str, reason: str) -> str:
    return f"dropped {what}figure {amount.text!r} at characters {amount.span.start}-{amount.span.end}: {reason}"


def check_extraction(extraction: Extraction, *, today: date | None = None) -> tuple[Extraction, list[str]]:
    """The extraction without the values curation.validation refuses, and one warning for each dropped."""
    warnings: list[str] = []

    meta = extraction.meta
    if problem := validation.published_on_error(meta.published_on, today=today):
        warnings.append(f"dropped publication date {meta.published_on.isoformat()} "
                        f"({meta.date_basis or 'no basis'}): {problem}")
        meta = dataclasses.replace(meta, published_on=None, published_precision=None, date_basis=None)

    def checked_fields(mention, model, entity: str, fields: dict[str, object]):
        """The mention without the text fields (codes, places, phases) its record's columns refuse."""
        changes = {}
        for name, empty in fields.items():
            value = getattr(mention, name)
            if value and (problem := validation.field_error(model, name, value)):
                warnings.append(f"dropped {entity} {name} {value!r} of {mention.name!r}: {problem}")
                changes[name] = empty
        return dataclasses.replace(mention, **changes) if changes else mention

    def checked_amounts(mention, *fields: str):
        changes = {}
        for name in fields:
            amount = getattr(mention, name)
            if amount is not None and (problem := figure_error(amount)):
                warnings.append(_dropped_figure(amount, f"{name} ", problem))
                changes[name] = None
        return dataclasses.replace(mention, **changes) if changes else mention

    parks = [checked_fields(p, Park, "park", {"kind": "", "city": None, "district": None}) for p in extraction.parks]
    companies = [checked_fields(c, Company, "company", {"kind": ""}) for c in extraction.companies]
    projects = [checked_fields(checked_amounts(p, "investment"), Project, "project", {"phase": None, "status": None})
                for p in extraction.projects]
    funds = [_checked_fund_parts(checked_amounts(f, "size", "paid_in", "invested"), warnings)
             for f in extraction.funds]
    facts = []
    for fact in extraction.facts:
        if problem := figure_error(fact.amount, fact.metric):
            warnings.append(_dropped_figure(fact.amount, f"{fact.metric} ", problem))
            continue
        facts.append(_checked_as_of(fact, warnings, today=today))
    if not warnings:
        return extraction, warnings
    return dataclasses.replace(extraction, meta=meta, parks=parks, companies=companies, projects=projects,
                               funds=funds, facts=facts), warnings


def _checked_fund_parts(fund: FundMention, warnings: list[str]) -> FundMention:
    """A fund whose paid-in or invested amount exceeds its size (in one currency) keeps the size only."""
    changes = {}
    for name, label in (("paid_in", gettext("实缴")), ("invested", gettext("已投资"))):
        part = getattr(fund, name)
        if fund.size is None or part is None or part.unit != fund.size.unit:
            continue
        if problem := validation.fund_part_error(size=fund.size.value, part=part.value, label=label):
            warnings.append(_dropped_figure(part, f"{name} ", problem))
            changes[name] = None
    return dataclasses.replace(fund, **changes) if changes else fund


def _checked_as_of(fact: FactMention, warnings: list[str], *, today: date | None) -> FactMention:
    """A figure dated where no figure can be keeps its period as written (as_of_text), without the date."""
    problem = validation.as_of_error(current_code(fact.metric), fact.as_of, today=today)
    if not problem:
        return fact
    warnings.append(f"dropped as-of date {fact.as_of.isoformat()} of figure {fact.amount.text!r} at characters "
                    f"{fact.amount.span.start}-{fact.amount.span.end}: {problem}")
    return dataclasses.replace(fact, as_of=None)
