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


# Facts a touched one is checked against at a time, when its partner must be found among facts already flagged.
PARTNERS_AT_A_TIME = 64


def _paired(left: list[int], right: list[int]) -> set[int]:
    """The facts in a pair of live_conflict_pairs with one side in `left` and the other in `right`.

    Through live_conflict_pairs_of (analytics migration 0014), whose plan the server keeps for the session:
    planned afresh, the view costs 8-10 ms a query, many times what reading a few facts' pairs does.
    """
    if not left or not right:
        return set()
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM live_conflict_pairs_of(%s::bigint[], %s::bigint[]) "
                       "UNION ALL SELECT * FROM live_conflict_pairs_of(%s::bigint[], %s::bigint[])",
                       [left, right, right, left])
        return {fact_id for pair in cursor.fetchall() for fact_id in pair}


def _may_pair(a, b) -> bool:
    """What live_conflict_pairs requires of two facts that their own columns tell: same unit and period, values
    that differ. Only a filter: the view decides."""
    if a[1] != b[1] or a[4] == b[4]:
        return False
    if a[2] is not None or b[2] is not None:
        return a[2] == b[2]
    return a[3] == b[3]


def refresh_conflicts(groups: set[tuple], *, touched: Collection[int] | None = None) -> None:
    """Set has_conflict on every fact of the groups' subjects and metrics from live_conflict_pairs.

    Periods are matched by the view (an as_of date may join two wordings), so a whole subject and metric
    is refreshed. Both sides of the pairs are read by the ids of those facts: the view then reads them and
    nothing else, however many subjects the groups span (restricted on one side only, the other side was
    planned over every fact and every subject table).

    `touched` is for a newly loaded article: the facts of the groups it created or cited, when nothing
    else about the groups changed. A fact the article did not touch keeps its pairs with the other
    untouched facts, and can gain but not lose a pair with a touched one (a touched fact gains one source,
    the new article, which does not cite the untouched fact), so it is only ever flagged here, never
    cleared; a touched fact is flagged exactly when it has a pair. So only these pairs are read: a touched
    fact with the other touched ones and with the unflagged facts of its unit and period (which it may
    flag); then, for a touched fact still without a partner, the flagged facts of its unit and period, a
    few at a time, until one pairs with it. The view computes each fact it reads from its evidence, so
    what an article costs is the figures it brings and their nearest partners, not the size of the
    subject: a park named in every tenth article gathers hundreds of disagreeing figures of one metric
    (490 after 10,000 articles of the benchmark corpus).
    """
    if not groups:
        return
    Fact = _fact()
    keys = sorted({(subject_type, subject_id, metric) for subject_type, subject_id, metric, *_ in groups})
    condition = Q(pk__in=[])
    for subject_type, subject_id, metric in keys:
        condition |= Q(subject_type=subject_type, subject_id=subject_id, metric=metric)
    rows = {row[0]: row for row in Fact.objects.filter(condition).values_list(
        "pk", "has_conflict", "subject_type", "subject_id", "metric", "unit", "as_of", "as_of_text", "value")}
    if not rows:
        return
    flags = {pk: row[1] for pk, row in rows.items()}
    if touched is None:
        ids = sorted(flags)
        with connection.cursor() as cursor:
            cursor.execute("SELECT * FROM live_conflict_pairs_of(%s::bigint[], %s::bigint[])", [ids, ids])
            conflicting = {fact_id for pair in cursor.fetchall() for fact_id in pair}
        to_clear = [pk for pk in flags if pk not in conflicting and flags[pk]]
    else:
        # (subject, unit, as_of, as_of_text, value): what _may_pair compares
        shape = {pk: ((row[2], row[3], row[4]), row[5], row[6], row[7], row[8]) for pk, row in rows.items()}
        mine = sorted(pk for pk in set(touched) if pk in flags)
        partners = {m: sorted((pk for pk in flags if pk not in mine and shape[pk][0] == shape[m][0]
                               and _may_pair(shape[pk], shape[m])), key=lambda pk: (flags[pk], -pk))
                    for m in mine}
        # Every unflagged partner (it may gain its flag), and the first few flagged ones of each touched fact.
        first = {pk for m in mine for n, pk in enumerate(partners[m]) if not flags[pk] or n < PARTNERS_AT_A_TIME}
        conflicting = _paired(mine, sorted(set(mine) | first))
        for m in mine:
            rest = [pk for pk in partners[m] if pk not in first]
            for at in range(0, len(rest), PARTNERS_AT_A_TIME):
                if m in conflicting:
                    break
                conflicting |= {m} & _paired([m], rest[at:at + PARTNERS_AT_A_TIME])
        to_clear = [pk for pk in mine if pk not in conflicting and flags[pk]]
    to_flag = [pk for pk, flag in flags.items() if pk in conflicting and not flag]
    if to_flag:
        Fact.objects.filter(pk__in=to_flag).update(has_conflict=True)
    if to_clear:
        Fact.objects.filter(pk__in=to_clear).update(has_conflict=False)
