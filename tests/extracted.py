"""What extract() finds in a fixture sentence, in the shapes the rule tests compare: one definition for every
tests/test_extract_*.py file that asks the same question."""
from __future__ import annotations

from loaders.extract import extract


def projects(text):
    """Each project's name -> (park, status)."""
    return {p.name: (p.park, p.status) for p in extract(text).projects}


def projects_with_sums(text):
    """Each project's name -> (park, status, its sum as written)."""
    return {p.name: (p.park, p.status, p.investment.text if p.investment else None) for p in extract(text).projects}


def facts(text):
    """Each fact as (subject, metric, value written as a string)."""
    return {(f.subject, f.metric, str(f.amount.value)) for f in extract(text).facts}


def firms(text):
    """Each company's name -> its park."""
    return {c.name: c.park for c in extract(text).companies}


def park_aliases(text):
    """Each park's name -> its aliases."""
    return {p.name: p.aliases for p in extract(text).parks}


def funds(text):
    """Each fund's name -> (its size as written, its aliases)."""
    return {f.name: (f.size.text if f.size else None, f.aliases) for f in extract(text).funds}
