"""What PostgreSQL's catalog says about the report views and documented tables: names, columns, comments."""
from __future__ import annotations

import re
from dataclasses import dataclass

from django.db import connection

REPORT_VIEW_NAME = re.compile(r"^report_[a-z0-9_]+$")
# Tables of our own apps; Django's and simple_history's tables are not for analysts.
DOCUMENTED_TABLE_PREFIXES = ("parks_", "projects_", "loaders_")


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    comment: str | None


@dataclass(frozen=True)
class Relation:
    name: str
    kind: str  # "view" or "table"
    comment: str | None
    columns: tuple[Column, ...]


def report_view_names() -> list[str]:
    """The report_* views in the public schema, sorted: the whitelist for grants and CSV downloads."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = 'public' AND c.relkind = 'v' AND c.relname LIKE %s ORDER BY c.relname",
            ["report\\_%"],
        )
        return [name for (name,) in cursor.fetchall() if REPORT_VIEW_NAME.match(name)]


def relations(names: list[str] | None = None) -> list[Relation]:
    """Report views, then our apps' tables (or just `names`), each with its columns and comments."""
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT c.relname, CASE c.relkind WHEN 'v' THEN 'view' ELSE 'table' END, obj_description(c.oid, 'pg_class'),
                   a.attname, format_type(a.atttypid, a.atttypmod), col_description(c.oid, a.attnum)
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
            WHERE n.nspname = 'public' AND c.relkind IN ('v', 'r')
            ORDER BY c.relkind = 'r', c.relname, a.attnum
            """
        )
        rows = cursor.fetchall()
    grouped: dict[str, tuple[str, str | None, list[Column]]] = {}
    for relname, kind, comment, column, type_, column_comment in rows:
        grouped.setdefault(relname, (kind, comment, []))[2].append(Column(column, type_, column_comment))
    found = []
    for relname, (kind, comment, columns) in grouped.items():
        wanted = (
            relname in names if names is not None
            else (kind == "view" and REPORT_VIEW_NAME.match(relname))
            or (kind == "table" and relname.startswith(DOCUMENTED_TABLE_PREFIXES) and comment is not None)
        )
        if wanted:
            found.append(Relation(relname, kind, comment, tuple(columns)))
    return found
