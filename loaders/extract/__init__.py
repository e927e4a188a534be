"""Extraction core: normalised article text -> typed mentions with spans (no Django, no database).

    from loaders.extract import extract
    result = extract(text, known_names={"海信": "company"})

The loader resolves the returned mentions against the database; everything here is
a pure function of the text and the editor-verified names passed in.
"""
from __future__ import annotations

from collections.abc import Mapping

from .companies import company_key, find_companies, kind_of
from .facts import METRICS, find_facts
from .funds import find_funds
from .known import apply_known_names
from .meta import extract_meta
from .parks import find_parks, merge_key
from .projects import find_projects, project_key
from .sentences import build_doc
from .types import Extraction

from .version import EXTRACTOR_VERSION

__all__ = ["extract", "METRICS", "EXTRACTOR_VERSION", "company_key", "merge_key", "project_key"]


def extract(text: str, *, known_names: Mapping[str, str] | None = None) -> Extraction:
    """Everything the rules find in one article: parks, companies, projects, funds, facts, metadata."""
    doc = build_doc(text)
    parks, occs = find_parks(doc)
    park_keys = {merge_key(p.name) for p in parks} | {merge_key(a) for p in parks for a in p.aliases}
    companies, list_projects = find_companies(doc, park_keys)
    if known_names:
        apply_known_names(doc, known_names, parks, occs, companies)
    projects = find_projects(doc, parks, companies, list_projects)
    funds = find_funds(doc, parks)
    for c in companies:
        if c.park is None:
            sent = c.sentence
            for o in occs:
                if sent.start <= o.start < sent.end:
                    c.park = o.key
                    break
    facts = find_facts(doc, parks, occs, projects, funds)
    return Extraction(meta=extract_meta(text), parks=parks, companies=companies, projects=projects, funds=funds,
                      facts=facts)
