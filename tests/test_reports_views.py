"""The analysts' views: every report view documented column by column, and the added views' figures."""
from __future__ import annotations

import json
import subprocess
from decimal import Decimal

import pytest
from django.db import connection

from analytics.catalog import relations, report_view_names
from analytics.dictionary import undocumented_columns
from analytics.testing import make_sample, psql_args

JSONB_OID = 3802
ADDED_VIEWS = {
    "report_park_summary", "report_park_figures", "report_article_coverage", "report_load_runs",
    "report_conflicts", "report_fact_series", "report_records",
}


def fetch(query: str, params: list | None = None) -> list[dict]:
    with connection.cursor() as cursor:
        cursor.execute(query, params or [])
        names = [column.name for column in cursor.description]
        # Django leaves jsonb as text on raw cursors (JSONField parses it); parse it here.
        json_columns = {c.name for c in cursor.description if c.type_code == JSONB_OID}
        return [{name: json.loads(value) if name in json_columns and value is not None else value
                 for name, value in zip(names, row)} for row in cursor.fetchall()]


@pytest.mark.django_db
def test_every_report_view_and_every_column_has_a_comment():
    assert set(report_view_names()) >= ADDED_VIEWS | {"report_projects", "report_facts"}
    assert undocumented_columns() == []


@pytest.mark.django_db
def test_psql_describe_shows_a_comment_on_every_column_of_report_projects():
    args, env = psql_args(database=connection.settings_dict["NAME"], extra=["-c", r"\d+ report_projects"])
    output = subprocess.run(args, env=env, capture_output=True, text=True, check=True, timeout=30).stdout
    column_lines = [line for line in output.splitlines() if line.count("|") >= 6][1:]  # skip the header line
    assert len(column_lines) == 17  # the 14 of the contract, confidence, company_ids, investment_amount
    assert all(line.rsplit("|", 1)[1].strip() for line in column_lines), output
    assert "Total investment in yuan" in output


@pytest.mark.django_db
@pytest.mark.parametrize("view", sorted(ADDED_VIEWS))
def test_each_added_view_is_empty_right_after_migrate(view):
    assert fetch(f"SELECT count(*) AS n FROM {view}") == [{"n": 0}]


@pytest.mark.django_db
def test_the_park_summary_counts_projects_by_status_and_sums_yuan_only():
    sample = make_sample()
    rows = {row["name"]: row for row in fetch("SELECT * FROM report_park_summary")}
    assert set(rows) == {"青岛国际创新园", "东江科技园"}  # the rejected 该园 is left out
    park = rows["青岛国际创新园"]
    assert park["project_count"] == 1 and park["projects_started"] == 1
    assert park["project_investment_cny"] == Decimal("600000000")
    assert (park["company_count"], park["fund_count"], park["fund_size_cny"]) == (1, 1, Decimal("1000000000"))
    assert park["story_count"] == 2  # 000 and its edition 001 are one story; 002 is another
    latest = park["latest_figures"]["annual_revenue"]
    assert (latest["value"], latest["article_file"]) == (4000000000, "002_c.txt")  # the later article's figure
    assert (park["reported_planned_investment_cny"], park["reported_planned_investment_article_id"]) == (
        Decimal("5000000000"), sample.other.pk)  # the park total 002 reports, apart from the projects' sum
    assert park["reported_planned_investment_as_of"] == sample.other.published_on
    second = rows["东江科技园"]
    assert second["project_investment_cny"] == Decimal("250000000")  # the dollar project is not added in
    assert (second["projects_signed"], second["projects_under_construction"], second["projects_with_investment"]) == (1, 1, 1)
    assert second["latest_figures"] == {} and second["fund_size_cny"] is None
    figures = fetch("SELECT * FROM report_park_figures")
    assert sorted((f["park_id"], f["metric"], f["figures_reported"]) for f in figures) == [
        (sample.park.pk, "annual_revenue", 2), (sample.park.pk, "planned_investment", 1)]


@pytest.mark.django_db
def test_article_coverage_counts_what_each_article_supports_and_groups_editions():
    sample = make_sample()
    rows = {row["file_name"]: row for row in fetch("SELECT * FROM report_article_coverage")}
    original, edition, other = rows["000_a.txt"], rows["001_b.txt"], rows["002_c.txt"]
    assert (original["park_count"], original["company_count"], original["project_count"], original["fact_count"]) == (1, 1, 1, 1)
    assert original["story_id"] == edition["story_id"] == sample.original.pk
    assert edition["first_reported_fact_count"] == 0 and original["first_reported_fact_count"] == 1
    assert other["first_reported_fact_count"] == 2
    # 002 also cites the rejected park: it is not counted.
    assert (other["park_count"], other["fund_count"], other["fact_count"], other["evidence_count"]) == (1, 1, 2, 4)


@pytest.mark.django_db
def test_conflicts_show_both_values_with_their_sources():
    sample = make_sample()
    first, second = sample.conflict
    (row,) = fetch("SELECT * FROM report_conflicts")
    assert (row["fact_id_a"], row["fact_id_b"]) == (first.pk, second.pk)
    assert (row["value_a"], row["value_b"]) == (Decimal("3000000000"), Decimal("4000000000"))
    assert (row["article_file_a"], row["article_file_b"]) == ("000_a.txt", "002_c.txt")
    assert row["quote_a"] == "青岛国际创新园营收约30亿元。" and row["quote_b"] == "青岛国际创新园营收约40亿元。"
    assert row["same_period"] is True and row["subject_name"] == "青岛国际创新园"
    assert row["article_ids_a"] == [sample.original.pk, sample.edition.pk]


@pytest.mark.django_db
def test_the_fact_series_orders_by_date_and_gives_the_change():
    make_sample()
    rows = fetch("SELECT * FROM report_fact_series WHERE metric = 'annual_revenue' ORDER BY position")
    assert [r["value"] for r in rows] == [Decimal("3000000000"), Decimal("4000000000")]
    assert [r["period_basis"] for r in rows] == ["published_on", "published_on"]
    assert rows[0]["previous_value"] is None and rows[1]["previous_value"] == Decimal("3000000000")
    assert round(rows[1]["change_ratio"], 4) == Decimal("0.3333")
    assert rows[0]["story_count"] == 1  # cited by 000 and its edition 001: one story
    assert fetch("SELECT count(*) AS n FROM report_fact_series WHERE metric = 'enterprises'") == [{"n": 0}]


@pytest.mark.django_db
def test_load_runs_and_records_tell_what_a_run_changed():
    sample = make_sample()
    (run,) = fetch("SELECT * FROM report_load_runs")
    assert (run["run_id"], run["files_seen"], run["records_created"]) == (sample.run.pk, 3, 9)
    assert run["duration_seconds"] > 0 and run["report"] == {"files": []}
    records = fetch("SELECT entity_type, name, story_count FROM report_records WHERE entity_type = 'park' ORDER BY name")
    assert records == [{"entity_type": "park", "name": "东江科技园", "story_count": 0},
                       {"entity_type": "park", "name": "青岛国际创新园", "story_count": 2}]


@pytest.mark.django_db
def test_the_added_views_give_json_and_arrays_never_null():
    make_sample()
    assert fetch("SELECT count(*) AS n FROM report_park_summary WHERE latest_figures IS NULL") == [{"n": 0}]
    assert fetch("SELECT count(*) AS n FROM report_load_runs WHERE report IS NULL") == [{"n": 0}]


@pytest.mark.django_db
def test_each_report_view_lists_its_columns_for_the_dictionary():
    found = {relation.name: relation for relation in relations(report_view_names())}
    assert [c.name for c in found["report_conflicts"].columns][:6] == [
        "subject_type", "subject_id", "subject_name", "metric", "unit", "same_period"]
    assert found["report_park_summary"].kind == "view"
