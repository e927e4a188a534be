"""CSV of a report view for spreadsheet users: UTF-8 with BOM, and no cell a spreadsheet would run as a formula."""
from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from decimal import Decimal

from django.db import connection
from psycopg import sql

from analytics.catalog import report_view_names

BOM = "\ufeff"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BATCH = 2000


class UnknownReport(Exception):
    """The name is not one of the report_* views."""


def safe_cell(value) -> str:
    """The text of a cell; text a spreadsheet would run as a formula gets a leading ' (CSV injection).

    Numbers are written as they are: -0.25 is a number, not a formula.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float, Decimal)):
        return str(value)
    if isinstance(value, dict):
        text = json.dumps(value, ensure_ascii=False, default=str)
    elif isinstance(value, (list, tuple)):
        text = "; ".join("" if v is None else str(v) for v in value)
    else:
        text = str(value)
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


class _Line:
    """A file-like sink that hands back what csv.writer wrote for one row."""

    def __init__(self) -> None:
        self.text = ""

    def write(self, text: str) -> None:
        self.text += text


def iter_report_csv(view: str) -> Iterator[str]:
    """Lines of the CSV (BOM first, then the header row) of a whitelisted report view, streamed in batches."""
    if view not in report_view_names():
        raise UnknownReport(view)
    line = _Line()
    writer = csv.writer(line)
    query = sql.SQL("SELECT * FROM {}").format(sql.Identifier("public", view))
    # A server-side cursor: the view is read BATCH rows at a time, so memory stays flat however big it is.
    with connection.chunked_cursor() as cursor:
        cursor.execute(query.as_string(connection.connection))
        writer.writerow([column.name for column in cursor.description])
        yield BOM + line.text
        while rows := cursor.fetchmany(BATCH):
            line.text = ""
            for row in rows:
                writer.writerow([safe_cell(value) for value in row])
            yield line.text
