"""Write an article's evidence rows: COPY for a new article, only the difference for a re-extracted one.

Re-extracting an article (a new extractor version, or `--force`) usually finds what it found
before; deleting and re-inserting every row would rewrite tens of rows an article, and bloat the
table, for nothing. Rows are compared whole, on EVIDENCE_COLUMNS.
"""
from __future__ import annotations

import json
from collections.abc import Sequence

from psycopg.types.json import Jsonb

from loaders.bulk import copy_rows
from loaders.models import Evidence

EVIDENCE_COLUMNS = ["article_id", "entity_type", "entity_id", "field", "start_offset", "end_offset", "quote",
                    "span_start", "span_end", "value"]


def write_evidence(*, article_id: int, rows: Sequence[tuple], replace: bool) -> tuple[set[tuple[str, int]], int]:
    """Make the article's evidence exactly `rows` (EVIDENCE_COLUMNS order; `value` a Jsonb or None).

    Returns the records the article supported before (empty for a new one) and how many rows
    were written (deleted plus inserted). `replace=False` promises the article has no rows yet.
    """
    if not replace:
        copy_rows(Evidence, EVIDENCE_COLUMNS, rows)
        return set(), len(rows)
    wanted = {_comparable(row): row for row in rows}
    stale: list[int] = []
    supported: set[tuple[str, int]] = set()
    for pk, *values in Evidence.objects.filter(article_id=article_id).values_list("pk", *EVIDENCE_COLUMNS):
        supported.add((values[1], values[2]))
        if wanted.pop(_comparable(values), None) is None:
            stale.append(pk)
    if stale:
        Evidence.objects.filter(pk__in=stale).delete()
    if wanted:
        copy_rows(Evidence, EVIDENCE_COLUMNS, wanted.values())
    return supported, len(stale) + len(wanted)


def _comparable(row: Sequence) -> tuple:
    value = row[-1].obj if isinstance(row[-1], Jsonb) else row[-1]
    return (*row[:-1], None if value is None else json.dumps(value, sort_keys=True, ensure_ascii=False))
