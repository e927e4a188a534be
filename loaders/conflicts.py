"""Conflicting figures: the same subject, metric and period given different values by different stories."""
from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from loaders.models import Evidence
from parks.models import ReviewStatus
from projects.models import Fact


def fact_groups(fact_ids) -> set[tuple]:
    """The (subject, metric, unit, period) groups the given facts belong to."""
    return set(Fact.objects.filter(pk__in=fact_ids).values_list("subject_type", "subject_id", "metric", "unit",
                                                                  "as_of_text"))


def refresh_conflicts(groups: set[tuple]) -> None:
    """Flag facts where stories give different values for one subject, metric and period.

    A conflict needs one story giving a value the other does not and vice versa. Two values
    that one story gives together are two scopes of it (年营收约30亿元 for the park, 突破10亿元
    for one part), not a disagreement; editions of one story (duplicate_of) count as one story.
    """
    for subject_type, subject_id, metric, unit, as_of_text in groups:
        facts = list(Fact.objects.filter(subject_type=subject_type, subject_id=subject_id, metric=metric, unit=unit,
                                         as_of_text=as_of_text).exclude(review_status=ReviewStatus.REJECTED))
        stories_of: dict[Decimal, set[int]] = defaultdict(set)
        rows = (Evidence.objects.filter(entity_type="fact", entity_id__in=[f.pk for f in facts])
                .values_list("entity_id", "article_id", "article__duplicate_of_id"))
        value_of = {f.pk: f.value for f in facts}
        for fact_id, article_id, duplicate_of_id in rows:
            stories_of[value_of[fact_id]].add(duplicate_of_id or article_id)
        conflicting_values = {
            v for v, stories in stories_of.items()
            if any(w != v and (stories - others) and (others - stories) for w, others in stories_of.items())
        }
        for fact in facts:
            flag = fact.value in conflicting_values
            if fact.has_conflict != flag:
                Fact.objects.filter(pk=fact.pk).update(has_conflict=flag)
