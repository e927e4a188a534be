"""Append many rows to a table with PostgreSQL's COPY: the loader's bulk path for new records, their history,
evidence and sentence keys.

COPY skips what makes bulk_create slow at this volume (a model instance and a prepared value per
field per row, one parameter per value); rows go to the server as one stream. It has no ON
CONFLICT, so callers pass rows that cannot conflict: an article's rows are deleted before it is
re-extracted, and duplicates within an article are dropped first.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from django.db import connection
from django.db.models import Model
from django.utils import timezone


def copy_rows(model: type[Model], columns: Sequence[str], rows: Iterable[Sequence]) -> None:
    """COPY `rows` (tuples of Python values in `columns` order; None is NULL) into `model`'s table."""
    table = connection.ops.quote_name(model._meta.db_table)
    names = ", ".join(connection.ops.quote_name(c) for c in columns)
    with connection.cursor() as cursor:
        with cursor.cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)


def insert_with_history(model: type[Model], records: Sequence[Model], *, reason: str) -> None:
    """Insert new `records` and their '+' history rows: one COPY each, ids given beforehand.

    The records must already have their ids (`allocate_ids`), which is what lets a record point
    at another new one in the same insert (a new park's new parent) instead of updating it after.
    What bulk_create_with_history writes, without a model instance and a parameter per value.
    """
    if not records:
        return
    copy_rows(model, *_columns_and_rows(model, records))
    history = model.history.model
    now = timezone.now()
    rows = [history(history_date=now, history_user=None, history_change_reason=reason, history_type="+",
                    **{f.attname: getattr(record, f.attname) for f in history.tracked_fields})
            for record in records]
    copy_rows(history, *_columns_and_rows(history, rows, skip_pk=True))
    for record in records:
        record._state.adding = False
        record._state.db = connection.alias


def allocate_ids(model: type[Model], count: int) -> list[int]:
    """`count` new ids from the table's identity sequence, in one statement."""
    if count == 0:
        return []
    with connection.cursor() as cursor:
        cursor.execute("SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
                       [model._meta.db_table, model._meta.pk.column, count])
        return [row[0] for row in cursor.fetchall()]


def _columns_and_rows(model: type[Model], records: Sequence[Model], *, skip_pk: bool = False) -> tuple[list[str], list]:
    fields = [f for f in model._meta.concrete_fields if not (skip_pk and f.primary_key)]
    rows = [tuple(f.get_db_prep_save(f.pre_save(record, True), connection) for f in fields) for record in records]
    return [f.column for f in fields], rows
