"""Conflicting figures: Fact.has_conflict, kept equal to membership of a pair in the report_conflicts view.

What a conflict is (same subject, metric and period; values no single number satisfies as written; each
given by an article that does not give the other) is written once, in analytics/sql/report_conflicts.sql.
The flag the editors' queue filters on is read from that view, so the queue, report_facts.has_conflict
and report_conflicts always agree.
"""
from __future__ import annotations

from collections.abc import Collection

from django.apps import apps
from django.db import connection
from django.db.models import Q


def _fact():
    """The Fact model, by label: curation imports no other app."""
    return apps.get_model("projects", "Fact")


def fact_groups(fact_ids) -> set[tuple]:
    """The (subject, metric, unit, period) groups the given facts belong to."""
    return set(_fact().objects.filter(pk__in=fact_ids).values_list("subject_type", "subject_id", "metric", "unit",
                                                                  "as_of_text"))


def refresh_conflicts_of(entity_type: str, ids) -> None:
    """Refresh has_conflict after editors changed records: facts themselves, or every fact about the records.

    Rejecting or restoring a fact or its subject, or merging records, changes which figures are compared.
    """
    if entity_type == "fact":
        refresh_conflicts(fact_groups(ids))
    else:
        refresh_conflicts(set(_fact().objects.filter(subject_type=entity_type, subject_id__in=list(ids))
                              .values_list("subject_type", "subject_id", "metric", "unit", "as_of_text")))


def _pairs(keys: list[tuple], mine: list[int]) -> list[tuple[int, int]]:
    """The conflicting pairs (fact_id_a, fact_id_b) with a fact of `mine` on one side, among the facts of these
    (subject_type, subject_id, metric).

    Both sides are read by fact ids, as refresh_conflicts does: filtered on the view's subject columns
    instead, PostgreSQL planned the pairs of every fact first (2.3 s for a page of facts at the
    million-row scale). One statement: the group's ids are an init plan, read once, by index.
    """
    if not keys or not mine:
        return []
    table = connection.ops.quote_name(_fact()._meta.db_table)
    group = (f"ARRAY(SELECT id FROM {table} WHERE (subject_type, subject_id, metric) IN ("
             + ", ".join(["(%s, %s, %s)"] * len(keys)) + "))::bigint[]")
    params = [value for key in keys for value in key]
    sql = ("SELECT fact_id_a, fact_id_b FROM live_conflict_pairs WHERE fact_id_a = ANY(%s::bigint[]) "
           f"AND fact_id_b = ANY({group}) UNION "
           "SELECT fact_id_a, fact_id_b FROM live_conflict_pairs WHERE fact_id_b = ANY(%s::bigint[]) "
           f"AND fact_id_a = ANY({group})")
    with connection.cursor() as cursor:
        cursor.execute(sql, [mine, *params, mine, *params])
        return cursor.fetchall()


def conflict_partners(facts, *, limit: int = 3) -> dict[int, list]:
    """For each of `facts`, the facts it conflicts with (live_conflict_pairs: the same pairs that set the flag and
    fill report_conflicts), the first `limit` by value; two queries for a whole page of facts."""
    keys = sorted({(f.subject_type, f.subject_id, f.metric) for f in facts if f.has_conflict})
    partner_ids: dict[int, set[int]] = {}
    for a, b in _pairs(keys, sorted(f.pk for f in facts if f.has_conflict)):
        partner_ids.setdefault(a, set()).add(b)
        partner_ids.setdefault(b, set()).add(a)
    wanted = {pk for f in facts for pk in partner_ids.get(f.pk, ())}
    others = list(_fact().objects.filter(pk__in=wanted).order_by("value", "pk")) if wanted else []
    return {f.pk: [o for o in others if o.pk in partner_ids.get(f.pk, ())][:limit] for f in facts}


def refresh_conflicts(groups: set[tuple], *, touched: Collection[int] | None = None) -> None:
    """Set has_conflict on every fact of the groups' subjects and metrics from live_conflict_pairs.

    Periods are matched by the view (an as_of date may join two wordings), so a whole subject and metric
    is refreshed. Both sides of the pairs are read by the ids of those facts: the view then reads them and
    nothing else, however many subjects the groups span (restricted on one side only, the other side was
    planned over every fact and every subject table).

    `touched` is for a newly loaded article: the facts of the groups it created or cited, when nothing
    else about the groups changed. Then only the pairs with a touched fact are read. A fact the article
    did not touch keeps its pairs with the other untouched facts, and can gain but not lose a pair with a
    touched one (a touched fact gains one source, the new article, which does not cite the untouched fact),
    so it is only ever flagged here, never cleared; a touched fact is flagged exactly when it has a pair.
    A subject named in every tenth article, with hundreds of figures that disagree, then costs the
    partners of the few figures an article brings, not every pair among its figures (65,000 pairs, a
    second, for one park after 3,000 articles of the benchmark corpus).
    """
    if not groups:
        return
    Fact = _fact()
    keys = sorted({(subject_type, subject_id, metric) for subject_type, subject_id, metric, *_ in groups})
    condition = Q(pk__in=[])
    for subject_type, subject_id, metric in keys:
        condition |= Q(subject_type=subject_type, subject_id=subject_id, metric=metric)
    flags = dict(Fact.objects.filter(condition).values_list("pk", "has_conflict"))
    if not flags:
        return
    ids = sorted(flags)
    pairs = ("SELECT fact_id_a, fact_id_b FROM live_conflict_pairs "
             "WHERE fact_id_a = ANY(%s::bigint[]) AND fact_id_b = ANY(%s::bigint[])")
    with connection.cursor() as cursor:
        if touched is None:
            cursor.execute(pairs, [ids, ids])
        else:
            mine = sorted(pk for pk in set(touched) if pk in flags)
            cursor.execute(f"{pairs} UNION ALL {pairs}", [mine, ids, ids, mine])
        conflicting = {fact_id for pair in cursor.fetchall() for fact_id in pair}
    to_flag = [pk for pk, flag in flags.items() if pk in conflicting and not flag]
    to_clear = [pk for pk in (flags if touched is None else mine) if pk not in conflicting and flags[pk]]
    if to_flag:
        Fact.objects.filter(pk__in=to_flag).update(has_conflict=True)
    if to_clear:
        Fact.objects.filter(pk__in=to_clear).update(has_conflict=False)
