"""Append many rows to a table with PostgreSQL's COPY: the loader's bulk path for evidence and sentence keys.

COPY skips what makes bulk_create slow at this volume (a model instance and a prepared value per
field per row, one parameter per value); rows go to the server as one stream. It has no ON
CONFLICT, so callers pass rows that cannot conflict: an article's rows are deleted before it is
re-extracted, and duplicates within an article are dropped first.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from django.db import connection
from django.db.models import Model


def copy_rows(model: type[Model], columns: Sequence[str], rows: Iterable[Sequence]) -> None:
    """COPY `rows` (tuples of Python values in `columns` order; None is NULL) into `model`'s table."""
    table = connection.ops.quote_name(model._meta.db_table)
    names = ", ".join(connection.ops.quote_name(c) for c in columns)
    with connection.cursor() as cursor:
        with cursor.cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
