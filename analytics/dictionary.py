"""The data dictionary (docs/data-dictionary.md), rendered from the comments PostgreSQL keeps on views and tables."""
from __future__ import annotations

from analytics.catalog import Relation, relations

HEADER = """# Data dictionary

Generated from the database's own comments by `python manage.py data_dictionary --output docs/data-dictionary.md`;
do not edit by hand (a test fails when this file and the migrations disagree). In psql, `\\d+ report_parks`
shows the same text.

Analysts query the `report_*` views (read-only role: see docs/analysts.md). The base tables below them are
listed for reference; their columns may change between releases, the views' columns do not.
"""


def cell(text: str | None) -> str:
    return (text or "").replace("|", "\\|").replace("\n", " ")


def render_relation(relation: Relation) -> str:
    lines = [f"### {relation.name}", "", cell(relation.comment) or "_(no comment)_", "",
             "| column | type | meaning |", "|---|---|---|"]
    lines += [f"| {c.name} | {cell(c.type)} | {cell(c.comment)} |" for c in relation.columns]
    return "\n".join(lines) + "\n"


def render_dictionary(found: list[Relation] | None = None) -> str:
    found = relations() if found is None else found
    views = [r for r in found if r.kind == "view"]
    tables = [r for r in found if r.kind == "table"]
    parts = [HEADER]
    parts.append("## Report views\n\n" + "\n".join(f"- [{r.name}](#{r.name}): {cell(r.comment)}" for r in views) + "\n")
    parts += [render_relation(r) for r in views]
    parts.append("## Base tables\n")
    parts += [render_relation(r) for r in tables]
    return "\n".join(parts)


def undocumented_columns(found: list[Relation] | None = None) -> list[str]:
    """'view.column' for every report view column without a comment (and 'view' for a view without one)."""
    found = relations() if found is None else found
    missing = []
    for relation in found:
        if relation.kind != "view":
            continue
        if not relation.comment:
            missing.append(relation.name)
        missing += [f"{relation.name}.{c.name}" for c in relation.columns if not c.comment]
    return missing
