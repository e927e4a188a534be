"""The figures behind the admin overview page, read from the report views and the curated tables."""
from __future__ import annotations

import json
from datetime import date

from django.db import connection
from django.db.models import Count
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from analytics.charts import Row
from curation.models import ReviewStatus
from parks.models import Company, Park, ParkGroup
from projects.models import Fact, Fund, Project, ProjectStatus

REVIEWED_MODELS = (Park, ParkGroup, Company, Project, Fund, Fact)
NOT_STATED = "not_stated"
DAILY_UP_TO_DAYS = 62  # a longer span is shown by month
#: A count the planner expects to be larger than this is its estimate, shown as 约 N: an exact count(*)
#: reads every row of a view (the five totals and the status chart took 0.45 s at the million-row scale).
#: Smaller counts, and everything an editor acts on (the review progress), are exact.
EXACT_UP_TO = 100_000


def _rows(query: str, params: list | None = None) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(query, params or [])
        return cursor.fetchall()


def planned_rows(query: str, params: list | None = None) -> int:
    """The number of rows the planner expects the query to return (EXPLAIN, nothing is read)."""
    (plan,), = _rows("EXPLAIN (FORMAT JSON) " + query, params)
    plan = json.loads(plan) if isinstance(plan, str) else plan
    return int(plan[0]["Plan"]["Plan Rows"])


def count_rows(query: str, params: list | None = None) -> tuple[int, bool]:
    """(rows of the query, approximate?): exact up to EXACT_UP_TO expected rows, else the planner's estimate."""
    expected = planned_rows(query, params)
    if expected > EXACT_UP_TO:
        return expected, True
    (n,), = _rows(f"SELECT count(*) FROM ({query}) AS counted", params)
    return n, False


def investment_by_park(*, limit: int = 12) -> list[Row]:
    """Parks by the planned-investment total articles report for them (latest figure, yuan), largest first.

    Not the sum of the park's named projects: articles name a few projects but report the park's total.
    """
    found = _rows(
        "SELECT name, reported_planned_investment_cny FROM report_park_summary "
        "WHERE reported_planned_investment_cny > 0 "
        "ORDER BY reported_planned_investment_cny DESC, name LIMIT %s",
        [limit],
    )
    return [Row(name, {"value": float(amount)}) for name, amount in found]


def projects_by_status() -> list[Row]:
    """Project counts per status, in the order a project goes through them (estimates past EXACT_UP_TO)."""
    if planned_rows("SELECT 1 FROM report_projects") > EXACT_UP_TO:
        counts = {status.value: planned_rows("SELECT 1 FROM report_projects WHERE status = %s", [status.value])
                  for status in ProjectStatus}
        counts[NOT_STATED] = planned_rows("SELECT 1 FROM report_projects WHERE status IS NULL")
    else:
        counts = dict(_rows("SELECT COALESCE(status, %s), count(*) FROM report_projects GROUP BY 1", [NOT_STATED]))
    labels = [(status.value, str(status.label)) for status in ProjectStatus] + [(NOT_STATED, str(_("未注明")))]
    return [Row(label, {"value": counts[code]}) for code, label in labels if counts.get(code)]


def review_progress() -> list[Row]:
    """Unreviewed, verified and rejected records per record type (rejected ones included, unlike the views)."""
    rows = []
    for model in REVIEWED_MODELS:
        # count(*), not count(id): the review_status index alone answers it (count(id) reads every row)
        counts = dict(model.objects.order_by().values_list("review_status").annotate(n=Count("*")))
        rows.append(Row(str(model._meta.verbose_name_plural),
                        {status.value: counts.get(status.value, 0) for status in ReviewStatus}))
    return rows


def articles_published() -> list[Row]:
    """Articles per publication month (per day over a short span), originals and other editions apart.

    A date is used only to its precision: an article known only to the year is counted under the year,
    never under January; one with no date under 日期不详, last.
    """
    found = _rows(
        "SELECT published_on, published_precision, duplicate_of_id IS NULL FROM report_articles")
    dated = [day for day, _, _ in found if day is not None]
    daily = bool(dated) and (max(dated) - min(dated)).days <= DAILY_UP_TO_DAYS
    buckets: dict[tuple, dict[str, int]] = {}
    for day, precision, original in found:
        key = _period_key(day, precision, daily)
        counts = buckets.setdefault(key, {"originals": 0, "editions": 0})
        counts["originals" if original else "editions"] += 1
    return [Row(label, counts) for (_, label), counts in sorted(buckets.items())]


def _period_key(day: date | None, precision: str | None, daily: bool) -> tuple[tuple, str]:
    """(sort key, label) of the bucket an article's publication date falls in."""
    if day is None:
        return (9999, 99, 99), gettext("日期不详")
    if precision == "year":
        return (day.year, 0, 0), f"{day.year}"
    if precision == "month" or not daily:
        return (day.year, day.month, 0), day.strftime("%Y-%m")
    return (day.year, day.month, day.day), day.strftime("%Y-%m-%d")


def totals() -> dict:
    """Headline counts: articles, distinct stories, and records shown in the reports; 'approximate' names
    the counts that are the planner's estimates (more than EXACT_UP_TO rows)."""
    (articles, stories), = _rows(
        "SELECT count(*), count(DISTINCT COALESCE(duplicate_of_id, article_id)) FROM report_articles")
    # Facts are counted in live_fact_metrics: the rows of report_facts, read from an index (analytics 0012).
    views = {"parks": "report_parks", "companies": "report_companies", "projects": "report_projects",
             "funds": "report_funds", "facts": "live_fact_metrics"}
    out: dict = {"articles": articles, "stories": stories}
    approximate = set()
    for key, view in views.items():
        out[key], estimated = count_rows(f"SELECT 1 FROM {view}")
        if estimated:
            approximate.add(key)
    out["approximate"] = frozenset(approximate)
    return out


def yi(value: float) -> str:
    """Yuan shown in 亿 (100 million), the unit Chinese reports use."""
    return gettext("%(amount)s 亿元") % {"amount": f"{value / 1e8:,.2f}"}
