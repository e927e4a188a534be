"""The report views' SQL: one file per view in analytics/sql/, so reading the file is reading the view.

Each file holds the view's CREATE VIEW and the COMMENTs on it and on each of its columns (the data
dictionary is generated from those comments). Migrations apply the files with `apply_sql` and take them
away with `drop_sql`; no migration patches another's SQL.

To change a view: edit its file and add a migration running
`RunSQL(views.drop_sql() + views.apply_sql(), reverse_sql=...)`, whose reverse re-creates the previous
definitions (see analytics/migrations/0005_views_from_files.py for how it keeps them).
"""
from __future__ import annotations

from pathlib import Path

SQL_DIR = Path(__file__).resolve().parent / "sql"

# Creation order: a view comes after the views it reads. The live_* views are internal helpers (not
# report_*, so not granted to analysts); report views read them with their owner's rights.
VIEWS: tuple[str, ...] = (
    "live_subjects", "live_facts", "live_fact_metrics", "live_records", "live_conflict_pairs",
    "report_articles", "report_parks", "report_companies", "report_projects", "report_funds",
    "report_conflicts", "report_facts", "report_evidence", "report_metrics", "report_park_groups",
    "report_park_figures", "report_park_summary", "report_fact_series", "report_article_coverage",
    "report_load_runs", "report_records",
)


def view_sql(name: str) -> str:
    """The SQL file of one view: its CREATE VIEW and its comments."""
    return (SQL_DIR / f"{name}.sql").read_text(encoding="utf-8")


def apply_sql() -> list[str]:
    """Statements creating every view from its file, in dependency order."""
    return [view_sql(name) for name in VIEWS]


def drop_sql(names=VIEWS) -> list[str]:
    """Statements dropping the given views (default: all of them), dependants first."""
    return [f"DROP VIEW IF EXISTS public.{name} CASCADE;" for name in reversed(tuple(names))]
