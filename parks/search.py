"""Search and filter lists that read indexes, not whole tables: substring search through the GIN-indexed
`text_bigrams()` (loaders migration 0006), and a filter list of a column's distinct values.

`LIKE '%海信%'` reads every row; asking first for rows whose bigrams contain the term's lets
PostgreSQL use the index, and the LIKE then only checks the rows it found. A one-character term
has no bigram and falls back to the plain scan.
"""
from __future__ import annotations

from django.contrib import admin
from django.contrib.postgres.fields import ArrayField
from django.db import connection
from django.db.models import F, Func, Q, QuerySet, TextField


def term_bigrams(term: str) -> list[str]:
    """The term's bigrams as text_bigrams() computes them in SQL: lower-cased, overlapping."""
    text = term.lower()
    return sorted({text[i:i + 2] for i in range(len(text) - 1)})


def bigram_search(queryset: QuerySet, *, fields: list[str], exact_fields: tuple[str, ...] = (),
                  search_term: str) -> QuerySet:
    """Rows where every word of `search_term` is in one of `fields` (case-insensitive) or equals an exact field."""
    for term in search_term.split():
        grams = term_bigrams(term)
        condition = Q()
        for name in fields:
            contains = Q(**{f"{name}__icontains": term})
            if grams:
                alias = f"_bigrams_{name}"
                queryset = queryset.alias(**{alias: Func(F(name), function="text_bigrams",
                                                         output_field=ArrayField(TextField()))})
                contains &= Q(**{f"{alias}__contains": grams})
            condition |= contains
        for name in exact_fields:
            condition |= Q(**{name: term})
        queryset = queryset.filter(condition)
    return queryset


class DistinctValuesFilter(admin.AllValuesFieldListFilter):
    """A column's values for a filter list, read from its index one value at a time.

    The stock filter runs `SELECT DISTINCT column` over the whole table: a million-row scan
    for a dozen values. A recursive query that asks the index for the next value above the
    last one (a "loose index scan") reads one index entry per distinct value. The column
    needs a b-tree index; the distinct values are read over the whole table, as the stock
    filter does without other filters applied.
    """

    def __init__(self, field, request, params, model, model_admin, field_path):
        super().__init__(field, request, params, model, model_admin, field_path)
        table = connection.ops.quote_name(model._meta.db_table)
        column = connection.ops.quote_name(field.column)
        with connection.cursor() as cursor:
            cursor.execute(f"""
                WITH RECURSIVE v(value) AS (
                    SELECT min({column}) FROM {table}
                    UNION ALL
                    SELECT (SELECT min({column}) FROM {table} WHERE {column} > v.value) FROM v WHERE v.value IS NOT NULL
                ) SELECT value FROM v WHERE value IS NOT NULL""")
            self.lookup_choices = [row[0] for row in cursor.fetchall()]
