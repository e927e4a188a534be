"""Conflicting figures: the same subject, metric and period given different values by different stories."""
from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from django.db.models import Q

from loaders.models import Evidence
from curation.models import ReviewStatus
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
    Set-based: two queries for all the groups of an article, however many there are.
    """
    if not groups:
        return
    condition = Q(pk__in=[])
    for subject_type, subject_id, metric, unit, as_of_text in groups:
        condition |= Q(subject_type=subject_type, subject_id=subject_id, metric=metric, unit=unit,
                       as_of_text=as_of_text)
    facts = list(Fact.objects.filter(condition).exclude(review_status=ReviewStatus.REJECTED)
                 .values_list("pk", "subject_type", "subject_id", "metric", "unit", "as_of_text", "value",
                              "has_conflict"))
    by_group: dict[tuple, list[tuple]] = defaultdict(list)
    for pk, *group, value, flag in facts:
        by_group[tuple(group)].append((pk, value, flag))
    several = {pk for members in by_group.values() if len({v for _, v, _ in members}) > 1 for pk, _, _ in members}
    stories: dict[int, set[int]] = defaultdict(set)
    for fact_id, article_id, duplicate_of_id in (
            Evidence.objects.filter(entity_type="fact", entity_id__in=several)
            .values_list("entity_id", "article_id", "article__duplicate_of_id")):
        stories[fact_id].add(duplicate_of_id or article_id)
    to_flag, to_clear = [], []
    for members in by_group.values():
        stories_of: dict[Decimal, set[int]] = defaultdict(set)
        for pk, value, _ in members:
            stories_of[value] |= stories[pk]
        conflicting = {
            v for v, mine in stories_of.items()
            if any(w != v and (mine - others) and (others - mine) for w, others in stories_of.items())
        }
        for pk, value, flag in members:
            if (value in conflicting) != flag:
                (to_flag if value in conflicting else to_clear).append(pk)
    if to_flag:
        Fact.objects.filter(pk__in=to_flag).update(has_conflict=True)
    if to_clear:
        Fact.objects.filter(pk__in=to_clear).update(has_conflict=False)
