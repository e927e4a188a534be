"""Issue 10: the analysts' questions get right answers — one test (or a few) per numbered problem.

Hand-built extractions (tests/loading.py) go through the real loader, so these tests do not depend on the
extraction rules; the seeds tests at the end check the answers the guide (docs/analysts.md) quotes.
"""
from __future__ import annotations

import importlib
import io
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from django.apps import apps as django_apps
from django.core.management import call_command
from django.db import connection

from analytics.views import SQL_DIR, VIEWS
from loaders import pipeline
from loaders.extract.tables.metrics import METRICS
from loaders.extract.types import ArticleMeta
from loaders.models import Evidence
from loaders.pipeline import load_paths
from curation.editing import review_records
from curation.merge import merge_records, undo_merge
from parks.models import Park, ParkGroup
from projects.models import Fact, Fund
from tests import loading as L

PROJECT_DIR = Path(__file__).resolve().parent.parent


def rows(query: str, params: list | None = None) -> list[dict]:
    with connection.cursor() as cursor:
        cursor.execute(query, params or [])
        names = [column.name for column in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]


def load_articles(tmp_path, monkeypatch, articles: dict[str, tuple[str, object]]) -> None:
    """Load {file name: (text, extraction)} through the real loader, in name order."""
    by_text = {text.strip(): extraction for text, extraction in articles.values()}
    monkeypatch.setattr(pipeline, "extract", lambda text, **kw: by_text[text.strip()])
    for name, (text, _) in articles.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    load_paths([tmp_path / name for name in sorted(articles)])


def meta(published_on: date, precision: str = "day") -> ArticleMeta:
    return ArticleMeta(title="标题", outlet=None, published_on=published_on, published_precision=precision)


# 1. Top parks: a park's reported total and the sum of its named projects are two columns -----------------

PARK_TOTAL = "今年潍坊高新区计划建设产业项目174个，总投资1436亿元。凯信船舶项目总投资3.3亿元。\n"


@pytest.mark.django_db
def test_the_reported_park_total_and_the_projects_sum_are_separate_and_unknown_is_null(tmp_path, monkeypatch):
    text = PARK_TOTAL + "东江科技园今年新签约一批企业。\n"
    load_articles(tmp_path, monkeypatch, {"a.txt": (text, L.extraction(
        meta=meta(date(2020, 6, 1)),
        parks=[L.park(text, "潍坊高新区", city="潍坊"), L.park(text, "东江科技园", city="惠州")],
        projects=[L.project(text, "凯信船舶项目", park="潍坊高新区",
                            investment=L.amount(text, "总投资3.3亿元", "330000000"))],
        facts=[L.fact(text, "潍坊高新区", "planned_investment_cny", "1436亿元", "143600000000")],
    ))})
    summary = {r["name"]: r for r in rows("SELECT * FROM report_park_summary")}
    weifang, dongjiang = summary["潍坊高新区"], summary["东江科技园"]
    assert weifang["reported_planned_investment_cny"] == Decimal("143600000000")
    assert weifang["project_investment_cny"] == Decimal("330000000")
    assert weifang["reported_planned_investment_as_of"] == date(2020, 6, 1)
    assert weifang["reported_planned_investment_article_id"] is not None
    assert dongjiang["reported_planned_investment_cny"] is None and dongjiang["project_investment_cny"] is None
    assert dongjiang["fund_size_cny"] is None  # unknown is NULL, never 0


# 2. Conflicts that mean something ---------------------------------------------------------------------

@pytest.mark.django_db
def test_only_different_articles_with_incompatible_values_for_one_period_conflict(tmp_path, monkeypatch):
    a = "青岛国际创新园已入驻企业50余家，其中高新技术企业30家。园区营收约30亿元，其中数字化板块营收突破10亿元。\n"
    b = "青岛国际创新园入驻企业50多家。园区营收约45亿元。到2025年，园区营收力争达到100亿元。\n"
    park = "青岛国际创新园"
    load_articles(tmp_path, monkeypatch, {
        "a.txt": (a, L.extraction(meta=meta(date(2024, 3, 1)), parks=[L.park(a, park)], facts=[
            L.fact(a, park, "enterprises", "50余家", "50", "count", "余"),
            L.fact(a, park, "annual_revenue", "约30亿元", "3000000000", qualifier="约"),
            L.fact(a, park, "annual_revenue", "突破10亿元", "1000000000", qualifier="突破"),  # one scope of a
        ])),
        "b.txt": (b, L.extraction(meta=meta(date(2024, 5, 1)), parks=[L.park(b, park)], facts=[
            L.fact(b, park, "enterprises", "50多家", "50", "count", "余"),  # equivalent wording
            L.fact(b, park, "annual_revenue", "约45亿元", "4500000000", qualifier="约"),
            L.fact(b, park, "annual_revenue_target", "100亿元", "10000000000"),  # a target, not a figure
        ])),
    })
    pairs = rows("SELECT * FROM report_conflicts")
    assert [(p["value_text_a"], p["value_text_b"]) for p in pairs] == [("约30亿元", "约45亿元")]
    assert (pairs[0]["article_file_a"], pairs[0]["article_file_b"]) == ("a.txt", "b.txt")
    assert (pairs[0]["quote_a"], pairs[0]["quote_b"]) == ("园区营收约30亿元，其中数字化板块营收突破10亿元。", "园区营收约45亿元。")
    flagged = set(Fact.objects.filter(has_conflict=True).values_list("value_text", flat=True))
    assert flagged == {"约30亿元", "约45亿元"}
    assert {r["value_text"] for r in rows("SELECT value_text FROM report_facts WHERE has_conflict")} == flagged


def load_two_counts(tmp_path, monkeypatch, template: str, figures: tuple[str, str], park: str) -> None:
    """Two articles, a.txt and b.txt, each `template` with one of `figures` (30余家, 200家 ...) as `park`'s enterprises."""
    articles = {}
    for name, figure in zip(("a.txt", "b.txt"), figures):
        text = template.format(figure)
        value, qualifier = re.match(r"\d+", figure).group(), "余" if "余" in figure else ""
        articles[name] = (text, L.extraction(parks=[L.park(text, park)], facts=[
            L.fact(text, park, "enterprises", figure, value, "count", qualifier)]))
    load_articles(tmp_path, monkeypatch, articles)


EDITION = "据统计,青岛市集成电路产业园已集聚{}重点企业。园区位于青岛市西海岸新区。\n"


@pytest.mark.django_db
def test_two_editions_that_disagree_are_a_conflict(tmp_path, monkeypatch):
    load_two_counts(tmp_path, monkeypatch, EDITION, ("30余家", "40余家"), "青岛市集成电路产业园")
    assert rows("SELECT count(*) AS n FROM report_articles WHERE duplicate_of_id IS NOT NULL") == [{"n": 1}]
    (pair,) = rows("SELECT * FROM report_conflicts")
    assert (pair["value_text_a"], pair["value_text_b"]) == ("30余家", "40余家")
    assert Fact.objects.filter(has_conflict=True).count() == 2


@pytest.mark.django_db
def test_rejecting_one_side_of_a_conflict_clears_the_other_for_the_queue(tmp_path, monkeypatch, admin_user):
    load_two_counts(tmp_path, monkeypatch, EDITION, ("30余家", "40余家"), "青岛市集成电路产业园")
    review_records(records=[Fact.objects.get(value=40)], status="rejected", user=admin_user)
    assert rows("SELECT * FROM report_conflicts") == []
    assert not Fact.objects.filter(has_conflict=True).exists()


@pytest.mark.django_db
def test_one_as_of_date_written_two_ways_is_one_period(tmp_path, monkeypatch):
    a = "截至2024年3月底，青岛国际创新园集聚企业200家。\n"
    b = "截至3月底，青岛国际创新园集聚企业260家。\n"
    park = "青岛国际创新园"
    load_articles(tmp_path, monkeypatch, {
        "a.txt": (a, L.extraction(meta=meta(date(2024, 4, 2)), parks=[L.park(a, park)], facts=[
            L.fact(a, park, "enterprises", "200家", "200", "count", as_of_text="截至2024年3月底",
                   as_of=date(2024, 3, 31))])),
        "b.txt": (b, L.extraction(meta=meta(date(2024, 4, 9)), parks=[L.park(b, park)], facts=[
            L.fact(b, park, "enterprises", "260家", "260", "count", as_of_text="截至3月底",
                   as_of=date(2024, 3, 31))])),
    })
    (pair,) = rows("SELECT as_of_text_a, as_of_text_b FROM report_conflicts")
    assert pair == {"as_of_text_a": "截至2024年3月底", "as_of_text_b": "截至3月底"}
    assert Fact.objects.filter(has_conflict=True).count() == 2


@pytest.mark.django_db
def test_merging_two_parks_brings_their_disagreement_to_the_queue_and_undoing_takes_it_away(
        tmp_path, monkeypatch, admin_user):
    a, b = "青岛国际创新园集聚企业200家。\n", "崂山科创园集聚企业260家。\n"
    load_articles(tmp_path, monkeypatch, {
        "a.txt": (a, L.extraction(parks=[L.park(a, "青岛国际创新园")], facts=[
            L.fact(a, "青岛国际创新园", "enterprises", "200家", "200", "count")])),
        "b.txt": (b, L.extraction(parks=[L.park(b, "崂山科创园")], facts=[
            L.fact(b, "崂山科创园", "enterprises", "260家", "260", "count")])),
    })
    assert not Fact.objects.filter(has_conflict=True).exists()
    log = merge_records(survivor=Park.objects.get(name="青岛国际创新园"), others=[Park.objects.get(name="崂山科创园")],
                        user=admin_user)
    assert len(rows("SELECT * FROM report_conflicts")) == 1
    assert Fact.objects.filter(has_conflict=True).count() == 2
    undo_merge(log=log, user=admin_user)
    assert rows("SELECT * FROM report_conflicts") == []
    assert not Fact.objects.filter(has_conflict=True).exists()


# 3. Dates with precision, series in as_of order ---------------------------------------------------------

@pytest.mark.django_db
def test_a_year_only_date_is_shown_as_a_year_and_series_follow_as_of_then_publication(tmp_path, monkeypatch):
    early = "截至2024年3月底，青岛国际创新园集聚企业200家。\n"
    late = "青岛国际创新园集聚企业260家。2023年底园区集聚企业180家。\n"
    park = "青岛国际创新园"
    load_articles(tmp_path, monkeypatch, {
        "a.txt": (early, L.extraction(meta=meta(date(2024, 1, 1), "year"), parks=[L.park(early, park)], facts=[
            L.fact(early, park, "enterprises", "200家", "200", "count", as_of_text="截至2024年3月底",
                   as_of=date(2024, 3, 31))])),
        "b.txt": (late, L.extraction(meta=meta(date(2024, 7, 12)), parks=[L.park(late, park)], facts=[
            L.fact(late, park, "enterprises", "260家", "260", "count"),
            L.fact(late, park, "enterprises", "180家", "180", "count", as_of_text="2023年底",
                   as_of=date(2023, 12, 31))])),
    })
    articles = {r["file_name"]: r for r in rows("SELECT * FROM report_articles")}
    assert (articles["a.txt"]["published_precision"], articles["a.txt"]["published_text"]) == ("year", "2024")
    assert (articles["b.txt"]["published_precision"], articles["b.txt"]["published_text"]) == ("day", "2024-07-12")
    series = rows("SELECT value, period_basis, previous_value FROM report_fact_series ORDER BY position")
    assert [(r["value"], r["period_basis"]) for r in series] == [
        (Decimal("180"), "as_of"), (Decimal("200"), "as_of"), (Decimal("260"), "published_on")]
    assert series[2]["previous_value"] == Decimal("200")
    assert rows("SELECT as_of FROM report_facts WHERE value = 200") == [{"as_of": date(2024, 3, 31)}]


@pytest.mark.django_db
def test_a_re_extraction_that_reads_the_period_as_a_date_stores_it(tmp_path, monkeypatch):
    text = "截至2024年3月底，青岛国际创新园集聚企业200家。\n"
    park = "青岛国际创新园"
    without = L.extraction(parks=[L.park(text, park)], facts=[
        L.fact(text, park, "enterprises", "200家", "200", "count", as_of_text="截至2024年3月底")])
    load_articles(tmp_path, monkeypatch, {"a.txt": (text, without)})
    assert rows("SELECT as_of FROM report_facts") == [{"as_of": None}]
    with_date = L.extraction(parks=[L.park(text, park)], facts=[
        L.fact(text, park, "enterprises", "200家", "200", "count", as_of_text="截至2024年3月底",
               as_of=date(2024, 3, 31))])
    monkeypatch.setattr(pipeline, "extract", lambda text, **kw: with_date)
    load_paths([tmp_path / "a.txt"], force=True)
    assert rows("SELECT as_of FROM report_facts") == [{"as_of": date(2024, 3, 31)}]


# 4. Integrity: nothing of a rejected or deleted record is shown, nothing dangles ------------------------

def _park_with_facts(tmp_path, monkeypatch) -> Park:
    load_two_counts(tmp_path, monkeypatch, "青岛国际创新园集聚企业{}。\n", ("200家", "260家"), "青岛国际创新园")
    assert len(rows("SELECT * FROM report_conflicts")) == 1
    return Park.objects.get(name="青岛国际创新园")


FACT_VIEWS = ("report_facts", "report_fact_series", "report_park_figures", "report_records")


@pytest.mark.django_db
def test_the_facts_and_evidence_of_a_rejected_park_are_not_shown(tmp_path, monkeypatch, admin_user):
    park = _park_with_facts(tmp_path, monkeypatch)
    review_records(records=[park], status="rejected", user=admin_user)
    for view in FACT_VIEWS:
        assert rows(f"SELECT * FROM {view}") == [], view
    assert rows("SELECT * FROM report_conflicts") == []
    assert rows("SELECT * FROM report_evidence") == []
    assert not Fact.objects.filter(has_conflict=True).exists()  # nor in the editors' queue


@pytest.mark.django_db
def test_deleting_a_park_deletes_its_facts_and_every_evidence_row(tmp_path, monkeypatch):
    park = _park_with_facts(tmp_path, monkeypatch)
    fact_ids = list(Fact.objects.values_list("pk", flat=True))
    park.delete()
    assert not Fact.objects.exists()
    assert not Evidence.objects.filter(entity_type="park", entity_id=park.pk).exists()
    assert not Evidence.objects.filter(entity_type="fact", entity_id__in=fact_ids).exists()
    assert rows("SELECT * FROM report_evidence") == []


# 5. Park groups ----------------------------------------------------------------------------------------

@pytest.mark.django_db
def test_park_groups_have_members_and_evidence(tmp_path, monkeypatch):
    text = "截至2024年3月底，青岛8个新兴产业专业园区在建项目50个。青岛市氢能产业园是其中之一。\n"
    group = "青岛8个新兴产业专业园区"
    load_articles(tmp_path, monkeypatch, {"a.txt": (text, L.extraction(
        parks=[L.park(text, "青岛市氢能产业园")],
        facts=[L.fact(text, group, "projects_under_construction", "50个", "50", "count", subject_type="park_group")],
    ))})
    (evidence,) = rows("SELECT * FROM report_evidence WHERE entity_type = 'park_group'")
    assert evidence["quote"].startswith("截至2024年3月底")
    found = ParkGroup.objects.get(name=group)
    found.members.add(Park.objects.get(name="青岛市氢能产业园"))
    assert rows("SELECT group_id, group_name, park_name FROM report_park_groups") == [
        {"group_id": found.pk, "group_name": group, "park_name": "青岛市氢能产业园"}]
    (fact,) = rows("SELECT subject_type, subject_id FROM report_facts")
    assert (fact["subject_type"], fact["subject_id"]) == ("park_group", found.pk)


# 6. Money in other currencies --------------------------------------------------------------------------

@pytest.mark.django_db
def test_a_dollar_fund_keeps_its_currency_and_no_yuan_column_holds_it(tmp_path, monkeypatch):
    text = "青岛国际创新园设立海外科创基金，规模5亿美元。园区营收达到20亿新台币。\n"
    park = "青岛国际创新园"
    load_articles(tmp_path, monkeypatch, {"a.txt": (text, L.extraction(
        parks=[L.park(text, park)],
        funds=[L.fund(text, "海外科创基金", park=park, size=L.amount(text, "5亿美元", "500000000", "usd"))],
        facts=[L.fact(text, park, "annual_revenue", "20亿新台币", "2000000000", "twd")],
    ))})
    fund = Fund.objects.get()
    assert (fund.size_cny, fund.size_amount, fund.size_currency) == (None, Decimal("500000000"), "usd")
    (row,) = rows("SELECT size_cny, size_amount, size_currency FROM report_funds")
    assert row == {"size_cny": None, "size_amount": Decimal("500000000"), "size_currency": "usd"}
    (summary,) = rows("SELECT fund_count, fund_size_cny FROM report_park_summary")
    assert summary == {"fund_count": 1, "fund_size_cny": None}
    (fact,) = rows("SELECT metric, unit FROM report_facts")
    assert fact == {"metric": "annual_revenue", "unit": "twd"}  # the code names the quantity, unit the currency


# 7. The metric vocabulary ------------------------------------------------------------------------------

def migrated_metric_rows() -> dict[str, tuple]:
    """Every metric row the projects migrations insert (each migration that adds codes has a METRICS list)."""
    found = {}
    for path in sorted((PROJECT_DIR / "projects" / "migrations").glob("0*.py")):
        module = importlib.import_module(f"projects.migrations.{path.stem}")
        for row in getattr(module, "METRICS", []):
            found[row[0]] = row
    return found


def test_every_metric_code_comes_with_a_migration_that_inserts_it():
    migrated = migrated_metric_rows()
    assert set(migrated) == set(METRICS)  # a code added to metrics.py needs a migration that inserts it
    for code, metric in METRICS.items():
        assert migrated[code] == (code, metric.label_zh, metric.label_en, metric.unit, metric.kind,
                                  metric.description)
    assert not any(code.endswith("_cny") for code in migrated)


@pytest.mark.django_db
def test_report_metrics_lists_the_vocabulary_with_how_many_facts_use_each_code():
    # Test teardown of transactional tests empties every table, migration data included: insert it again.
    importlib.import_module("projects.migrations.0005_metric_vocabulary").add_metrics(django_apps, None)
    park = Park.objects.create(name="青岛国际创新园")
    Fact.objects.create(subject_type="park", subject_id=park.pk, subject_name=park.name, metric="enterprises",
                        value=Decimal("200"), unit="count")
    found = {r["code"]: r for r in rows("SELECT * FROM report_metrics")}
    assert set(found) == set(METRICS)
    assert (found["annual_revenue"]["label_zh"], found["annual_revenue"]["unit"]) == ("营业收入", "money")
    assert found["annual_revenue_target"]["kind"] == "target"
    assert (found["enterprises"]["fact_count"], found["patents"]["fact_count"]) == (1, 0)
    assert (PROJECT_DIR / "docs" / "data-dictionary.md").read_text(encoding="utf-8").count("### report_metrics") == 1


# 8. The overview and the CSV page ----------------------------------------------------------------------

@pytest.mark.django_db
def test_the_csv_page_describes_each_view_in_chinese(admin_client):
    page = admin_client.get("/admin/analytics/report/").content.decode()
    rows_ = re.findall(r"<tr>\s*<td><code>(report_\w+)</code></td>\s*<td>(.*?)</td>", page, re.DOTALL)
    assert len(rows_) >= 16
    assert [view for view, text in rows_ if not re.search(r"[\u4e00-\u9fff]", text)] == []
    assert "One row per" not in page


# Each view defined in one place ------------------------------------------------------------------------

@pytest.mark.django_db
def test_every_report_view_is_its_file_and_the_file_documents_every_column():
    with connection.cursor() as cursor:
        cursor.execute("SELECT table_name, column_name FROM information_schema.columns "
                       "WHERE table_schema = 'public' AND table_name LIKE 'report%%'")
        columns: dict[str, set[str]] = {}
        for view, column in cursor.fetchall():
            columns.setdefault(view, set()).add(column)
    assert {v for v in columns} == {v for v in VIEWS if v.startswith("report_")}
    for view in VIEWS:
        text = (SQL_DIR / f"{view}.sql").read_text(encoding="utf-8")
        assert f"CREATE VIEW public.{view} AS" in text
        if view.startswith("report_"):
            commented = set(re.findall(rf"COMMENT ON COLUMN public\.{view}\.(\w+) IS", text))
            assert commented == columns[view], view
    patches = [p.name for p in (PROJECT_DIR / "analytics" / "migrations").glob("*.py")
               if ".replace(" in p.read_text(encoding="utf-8") and p.name > "0005"]
    assert patches == []


# The seeds, as docs/analysts.md quotes them ------------------------------------------------------------

@pytest.fixture
def seeds(db, seeds_dir):
    call_command("load_seeds", str(seeds_dir), stdout=io.StringIO(), stderr=io.StringIO())


@pytest.mark.django_db
def test_on_the_seeds_weifang_leads_with_1436_yi(seeds):
    sql = (PROJECT_DIR / "reports" / "top_parks_by_planned_investment.sql").read_text(encoding="utf-8")
    found = rows(sql)
    assert found[0]["park"] == "潍坊高新区"
    assert found[0]["reported_planned_investment_yi_yuan"] == Decimal("1436.00")
    assert rows("SELECT count(*) AS n FROM report_park_summary WHERE project_investment_cny = 0 "
                "OR reported_planned_investment_cny = 0") == [{"n": 0}]


@pytest.mark.django_db
def test_on_the_seeds_no_conflict_comes_from_one_article_or_equivalent_wording(seeds):
    pairs = rows("SELECT * FROM report_conflicts")
    for pair in pairs:
        assert not set(pair["article_ids_a"]) <= set(pair["article_ids_b"])
        assert not set(pair["article_ids_b"]) <= set(pair["article_ids_a"])
        assert pair["value_a"] != pair["value_b"]
    in_view = {p["fact_id_a"] for p in pairs} | {p["fact_id_b"] for p in pairs}
    assert set(Fact.objects.filter(has_conflict=True).values_list("pk", flat=True)) == in_view
    assert {r["fact_id"] for r in rows("SELECT fact_id FROM report_facts WHERE has_conflict")} == in_view
    # 超万人 / 超10000人, 50余家 / 50多家: one fact each, never a pair
    assert not any({p["value_text_a"], p["value_text_b"]} in ({"超万人", "超10000人"}, {"50余家", "50多家"})
                   for p in pairs)
    assert len(pairs) <= 1


@pytest.mark.django_db
def test_on_the_seeds_the_eight_parks_group_lists_its_eight_members_with_their_source(seeds):
    members = rows("SELECT park_name FROM report_park_groups WHERE group_name = '青岛8个新兴产业专业园区' "
                   "ORDER BY park_name")
    assert len(members) == 8 and all(m["park_name"] for m in members)
    assert {m["park_name"] for m in members} >= {"青岛市氢能产业园", "青岛市精密仪器仪表产业园"}
    quotes = rows("SELECT e.quote FROM report_evidence e JOIN report_park_groups g ON g.group_id = e.entity_id "
                  "WHERE e.entity_type = 'park_group' AND e.field = 'members'")
    assert quotes and all("8个新兴产业专业园区" in q["quote"] for q in quotes)


@pytest.mark.django_db
def test_on_the_seeds_the_flags_miss_no_pair_the_definition_finds(seeds, tmp_path):
    # report_conflicts reads only flagged facts; the pairs are defined in live_conflict_pairs. The seeds agree with
    # each other, so a later article that disagrees with one of them gives them a conflict to find.
    L.load_a_disagreeing_article(tmp_path)
    pairs = lambda view: {(r["fact_id_a"], r["fact_id_b"]) for r in rows(f"SELECT fact_id_a, fact_id_b FROM {view}")}
    assert pairs("report_conflicts") == pairs("live_conflict_pairs") != set()


@pytest.mark.django_db
def test_on_the_seeds_the_fact_counts_from_the_index_are_those_of_report_facts(seeds):
    # report_metrics and the overview count live_fact_metrics (analytics 0012), not report_facts itself
    from analytics.overview import totals

    per_metric = {r["metric"]: r["n"] for r in rows("SELECT metric, count(*) AS n FROM report_facts GROUP BY metric")}
    assert per_metric and per_metric == {
        r["metric"]: r["n"] for r in rows("SELECT metric, count(*) AS n FROM live_fact_metrics GROUP BY metric")}
    vocabulary = {r["code"]: r["fact_count"] for r in rows("SELECT code, fact_count FROM report_metrics")}
    assert vocabulary == {code: per_metric.get(code, 0) for code in vocabulary}
    assert totals()["facts"] == sum(per_metric.values())


@pytest.mark.django_db
def test_on_the_seeds_the_year_only_edition_is_not_dated_1_january(seeds):
    (article,) = rows("SELECT published_precision, published_text FROM report_articles "
                      "WHERE file_name LIKE '001_%%'")
    assert article == {"published_precision": "year", "published_text": "2021"}
