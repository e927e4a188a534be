"""Which fact an editor corrected a figure into: so re-extraction lands on it instead of bringing the old value back.

A fact's natural key includes its value, so once an editor changes 4.6亿元 to 4.8亿元 the key an
article's figure gives (4.6亿元) no longer names it. Its identity is kept two ways, both read from
evidence, which keeps the value each article gave whatever an editor did to the record:

- by position: the same figure (same span of the same article text) read as the same metric is the
  same fact, whatever subject, period, unit or value an editor gave it since, and whatever a newer
  extractor now reads there;
- by reading: any article giving the subject, metric, unit and period the fact has and the value an
  article gave for it before the correction (another edition, a later story repeating the figure)
  is a source of that fact too.

Only facts editors shaped are looked up this way: those an editor changed (locked a field of),
rejected, or merged others into (their evidence holds values they do not have); every other fact is
found by its natural key as before.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.db import connection

from loaders.models import Evidence
from curation.models import ReviewStatus
from projects.models import Fact

FACT_COLUMNS = ["pk", "subject_type", "subject_id", "metric", "unit", "value", "as_of_text", "review_status",
                "locked_fields"]


def _edited(fact: Fact) -> bool:
    return bool(fact.locked_fields) or fact.review_status == ReviewStatus.REJECTED


def _reading(fact: Fact, value) -> tuple | None:
    try:
        amount = Decimal(str(value["value"])).quantize(Decimal("0.000001"))
    except (InvalidOperation, KeyError, TypeError):
        return None
    return (fact.subject_type, fact.subject_id, fact.metric, fact.unit, amount, fact.as_of_text)


@dataclass
class CorrectedFacts:
    """Edited facts reachable from one article: by position in it, and by the readings articles gave."""

    by_position: dict[tuple[int, int, str], Fact] = field(default_factory=dict)  # (span start, end, metric)
    by_reading: dict[tuple, Fact] = field(default_factory=dict)  # (subject type, id, metric, unit, value, period)

    @classmethod
    def of_article(cls, article_id: int | None) -> CorrectedFacts:
        """The editor-shaped facts this article's figures supported. Call before its evidence is replaced."""
        found = cls()
        if article_id is None:
            return found
        rows = list(Evidence.objects.filter(article_id=article_id, entity_type="fact", field="value")
                    .values_list("entity_id", "span_start", "span_end", "value"))
        if not rows:
            return found
        facts = Fact.objects.filter(pk__in={r[0] for r in rows}).only(*FACT_COLUMNS).in_bulk()
        for fact_id, start, end, value in rows:
            fact = facts.get(fact_id)
            reading = _reading(fact, value or {}) if fact is not None else None
            if fact is None or start is None or reading is None:
                continue
            if _edited(fact) or reading[4] != fact.value:  # corrected, rejected, or merged into
                found.by_position[(start, end, fact.metric)] = fact
                found.by_reading.setdefault(reading, fact)
        return found

    def add_facts(self, facts: Iterable[Fact], keys: Iterable[tuple]) -> None:
        """Learn which of `facts` (the facts of the subjects an article names) articles gave one of `keys`
        (the natural keys the article gives no fact has) for: the corrected or merged-into facts those
        keys now name. One query, probing each fact of a key's subject, metric, unit and period for the
        key's value among the values articles gave it: its cost does not grow with how many articles
        cite the fact (reading all their evidence did, with every article loaded).
        """
        by_group: dict[tuple, list[Fact]] = {}
        for fact in facts:
            by_group.setdefault((fact.subject_type, fact.subject_id, fact.metric, fact.unit, fact.as_of_text),
                                []).append(fact)
        probes: dict[int, set[str]] = {}
        for key in keys:
            for fact in by_group.get((key[0], key[1], key[2], key[3], key[5]), ()):
                if fact.value != key[4]:
                    probes.setdefault(fact.pk, set()).add(str(key[4]))
        if not probes:
            return
        facts = {f.pk: f for group in by_group.values() for f in group if f.pk in probes}
        pairs = [(pk, value) for pk, values in probes.items() for value in values]
        evidence = Evidence._meta.db_table
        with connection.cursor() as cursor:
            # The loader writes an article's value as str() of the amount at six decimals, as str(key[4]).
            cursor.execute(
                f"SELECT p.id, e.value FROM unnest(%s::bigint[], %s::text[]) AS p(id, value)"
                f" JOIN {evidence} e ON e.entity_type = 'fact' AND e.field = 'value' AND e.entity_id = p.id"
                f" AND (e.value ->> 'value') = p.value",
                [[pk for pk, _ in pairs], [value for _, value in pairs]])
            for fact_id, value in cursor.fetchall():
                if isinstance(value, str):
                    value = json.loads(value)
                reading = _reading(facts[fact_id], value or {})
                if reading is not None:
                    self.by_reading.setdefault(reading, facts[fact_id])

    def at(self, span, metric: str) -> Fact | None:
        """The edited fact a figure at this span of the article, read as this metric, was before."""
        return None if span is None else self.by_position.get((span.start, span.end, metric))

    def read_as(self, key: tuple) -> Fact | None:
        """The edited fact whose sources gave this natural key (subject type, id, metric, unit, value, period)."""
        return self.by_reading.get(key)
