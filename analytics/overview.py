"""The figures behind the admin overview page, read from the report views and the curated tables."""
from __future__ import annotations

from datetime import date

from django.db import connection
from django.db.models import Count, Q
from django.db.models.functions import TruncDate, TruncMonth
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from analytics.charts import Row
from loaders.models import SourceArticle
from parks.models import Company, Park, ParkGroup, ReviewStatus
from projects.models import Fact, Fund, Project, ProjectStatus

REVIEWED_MODELS = (Park, ParkGroup, Company, Project, Fund, Fact)
NOT_STATED = "not_stated"
DAILY_UP_TO_DAYS = 62  # a longer span is shown by month


def _rows(query: str, params: list | None = None) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(query, params or [])
        return cursor.fetchall()


def investment_by_park(*, limit: int = 12) -> list[Row]:
    """Parks with the most planned investment (sum of their projects' yuan amounts), largest first."""
    # report_park_summary's planned_investment_cny, summed straight from the projects: the view computes
    # a dozen other columns for every park before it could be sorted (seconds at a million rows).
    found = _rows(
        "SELECT p.name::text, s.planned_investment_cny FROM ("
        "    SELECT pr.park_id, sum(pr.investment_cny) FILTER (WHERE pr.investment_currency IN ('', 'cny'))"
        "               AS planned_investment_cny"
        "      FROM projects_project pr WHERE pr.review_status <> 'rejected' AND pr.park_id IS NOT NULL"
        "     GROUP BY pr.park_id) s"
        " JOIN parks_park p ON p.id = s.park_id AND p.review_status <> 'rejected'"
        " WHERE s.planned_investment_cny > 0 ORDER BY s.planned_investment_cny DESC, p.name LIMIT %s",
        [limit],
    )
    return [Row(name, {"value": float(amount)}) for name, amount in found]


def projects_by_status() -> list[Row]:
    """Project counts per status, in the order a project goes through them."""
    counts = dict(_rows("SELECT COALESCE(status, %s), count(*) FROM report_projects GROUP BY 1", [NOT_STATED]))
    labels = [(status.value, str(status.label)) for status in ProjectStatus] + [(NOT_STATED, str(_("未注明")))]
    return [Row(label, {"value": counts[code]}) for code, label in labels if counts.get(code)]


def review_progress() -> list[Row]:
    """Unreviewed, verified and rejected records per record type (rejected ones included, unlike the views)."""
    rows = []
    for model in REVIEWED_MODELS:
        counts = dict(model.objects.order_by().values_list("review_status").annotate(n=Count("pk")))
        rows.append(Row(str(model._meta.verbose_name_plural),
                        {status.value: counts.get(status.value, 0) for status in ReviewStatus}))
    return rows


def articles_loaded() -> list[Row]:
    """Articles first loaded per day (per month over a longer span), originals and other editions apart."""
    span = SourceArticle.objects.order_by().values_list("first_loaded_at", flat=True)
    first, last = span.order_by("first_loaded_at").first(), span.order_by("-first_loaded_at").first()
    if first is None:
        return []
    monthly = (last - first).days > DAILY_UP_TO_DAYS
    bucket = TruncMonth("first_loaded_at") if monthly else TruncDate("first_loaded_at")
    found = (SourceArticle.objects.annotate(period=bucket).values("period").order_by("period")
             .annotate(originals=Count("pk", filter=Q(duplicate_of__isnull=True)),
                       editions=Count("pk", filter=Q(duplicate_of__isnull=False))))
    return [Row(_period_label(item["period"], monthly), {"originals": item["originals"], "editions": item["editions"]})
            for item in found]


def _period_label(period: date, monthly: bool) -> str:
    return period.strftime("%Y-%m" if monthly else "%Y-%m-%d")


def totals() -> dict[str, int]:
    """Headline counts: articles, distinct stories, and records shown in the reports."""
    (articles, stories), = _rows(
        "SELECT count(*), count(DISTINCT COALESCE(duplicate_of_id, article_id)) FROM report_articles")
    views = {"parks": "report_parks", "companies": "report_companies", "projects": "report_projects",
             "funds": "report_funds", "facts": "report_facts"}
    counts = dict(_rows(" UNION ALL ".join(f"SELECT '{key}', count(*) FROM {view}" for key, view in views.items())))
    return {"articles": articles, "stories": stories, **counts}


def yi(value: float) -> str:
    """Yuan shown in 亿 (100 million), the unit Chinese reports use."""
    return gettext("%(amount)s 亿元") % {"amount": f"{value / 1e8:,.2f}"}
