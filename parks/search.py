"""Substring search over long text columns through the GIN-indexed `text_bigrams()` (loaders migration 0006).

`LIKE '%海信%'` reads every row; asking first for rows whose bigrams contain the term's lets
PostgreSQL use the index, and the LIKE then only checks the rows it found. A one-character term
has no bigram and falls back to the plain scan.
"""
from __future__ import annotations

from django.contrib.postgres.fields import ArrayField
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
