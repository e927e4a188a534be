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

Only facts an editor changed (locked a field of) or rejected are looked up this way; every other
fact is found by its natural key as before.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.db.models import Q

from loaders.models import Evidence
from parks.models import ReviewStatus
from projects.models import Fact

FACT_COLUMNS = ["pk", "subject_type", "subject_id", "metric", "unit", "value", "as_of_text", "review_status",
                "locked_fields"]


def _edited(queryset):
    return queryset.filter(~Q(locked_fields=[]) | Q(review_status=ReviewStatus.REJECTED))


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
        """The edited facts this article's figures supported. Call before its evidence is replaced."""
        found = cls()
        if article_id is None:
            return found
        rows = list(Evidence.objects.filter(article_id=article_id, entity_type="fact", field="value")
                    .values_list("entity_id", "span_start", "span_end", "value"))
        facts = _edited(Fact.objects.filter(pk__in={r[0] for r in rows})).only(*FACT_COLUMNS).in_bulk()
        for fact_id, start, end, value in rows:
            fact = facts.get(fact_id)
            if fact is None or start is None:
                continue
            found.by_position[(start, end, fact.metric)] = fact
            reading = _reading(fact, value or {})
            if reading is not None:
                found.by_reading.setdefault(reading, fact)
        return found

    def add_facts(self, facts: Iterable[Fact]) -> None:
        """Learn the readings every article gave for the edited ones among `facts` (the facts of the
        subjects an article names); no query unless one of them was edited."""
        edited = {f.pk: f for f in facts if f.locked_fields or f.review_status == ReviewStatus.REJECTED}
        if not edited:
            return
        for fact_id, value in (Evidence.objects.filter(entity_type="fact", entity_id__in=list(edited), field="value")
                               .values_list("entity_id", "value")):
            reading = _reading(edited[fact_id], value or {})
            if reading is not None:
                self.by_reading.setdefault(reading, edited[fact_id])

    def at(self, span, metric: str) -> Fact | None:
        """The edited fact a figure at this span of the article, read as this metric, was before."""
        return None if span is None else self.by_position.get((span.start, span.end, metric))

    def read_as(self, key: tuple) -> Fact | None:
        """The edited fact whose sources gave this natural key (subject type, id, metric, unit, value, period)."""
        return self.by_reading.get(key)
