"""The admin overview page (four server-side SVG charts) and CSV downloads of the report views."""
from __future__ import annotations

import csv
import io
import json
import re

import pytest
from django.urls import reverse

from analytics.charts import Row, Segment, bar_chart, column_chart
from analytics.csv_export import safe_cell
from analytics.testing import make_sample

OVERVIEW = "/admin/analytics/overview/"
REPORTS = "/admin/analytics/report/"


def chart_sections(page: str) -> list[str]:
    return re.findall(r'<section class="overview-chart">.*?</section>', page, re.DOTALL)


def csv_rows(response) -> tuple[bytes, list[list[str]]]:
    body = b"".join(response.streaming_content)
    return body, list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))


@pytest.mark.django_db
def test_the_overview_draws_four_charts_from_the_data(admin_client):
    make_sample()
    response = admin_client.get(OVERVIEW)
    assert response.status_code == 200
    charts = chart_sections(response.content.decode())
    assert len(charts) == 4 and all("<svg" in chart for chart in charts)
    assert "青岛国际创新园" in charts[0] and "50.00 亿元" in charts[0]  # the reported park total, in 亿元
    assert "6.00 亿元" not in charts[0]  # not the sum of its projects
    assert "开工" in charts[1] and "已核实" in charts[2]
    assert "2024-03" in charts[3] and "2024-06" in charts[3]  # by publication month, not the day they were loaded
    for chart in charts:  # no JavaScript, nothing fetched from anywhere
        assert "<script" not in chart and "href" not in chart
        assert "http" not in chart.replace("http://www.w3.org/2000/svg", "")


@pytest.mark.django_db
def test_the_overview_works_on_an_empty_database(admin_client):
    charts = chart_sections(admin_client.get(OVERVIEW).content.decode())
    assert len(charts) == 4 and all("暂无数据" in chart for chart in charts)  # no data yet, and no failure


@pytest.mark.django_db
def test_the_admin_index_links_to_the_overview_and_reports(admin_client):
    page = admin_client.get(reverse("admin:index")).content.decode()
    assert OVERVIEW in page and REPORTS in page


@pytest.mark.django_db
def test_only_staff_reach_the_overview_and_the_csv(client, django_user_model):
    user = django_user_model.objects.create_user("reader", password="x-very-long-password")
    client.force_login(user)
    for url in (OVERVIEW, REPORTS, REPORTS + "report_parks.csv"):
        response = client.get(url)
        assert response.status_code == 302 and "/admin/login/" in response["Location"]
    user.is_staff = True
    user.save()
    assert client.get(OVERVIEW).status_code == 200
    assert client.get(REPORTS + "report_parks.csv").status_code == 200


@pytest.mark.django_db
def test_the_reports_page_lists_every_report_view_with_its_csv_link(admin_client):
    page = admin_client.get(REPORTS).content.decode()
    for view in ("report_parks", "report_projects", "report_park_summary", "report_conflicts"):
        assert f'href="{REPORTS}{view}.csv"' in page


@pytest.mark.django_db
def test_the_csv_is_utf8_with_bom_and_escapes_formulas(admin_client):
    make_sample()
    response = admin_client.get(REPORTS + "report_articles.csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="report_articles.csv"' in response["Content-Disposition"]
    body, rows = csv_rows(response)
    assert body.startswith(b"\xef\xbb\xbf")
    assert rows[0] == ["article_id", "file_name", "sha256", "title", "outlet", "published_on", "char_count",
                       "duplicate_of_id", "published_precision", "published_text", "story_id"]
    titles = {row[1]: row[3] for row in rows[1:]}
    assert titles["000_a.txt"] == "青岛园区新闻"
    assert titles["002_c.txt"] == "'=cmd|' /C calc'!A0"  # a formula is made inert


@pytest.mark.django_db
def test_csv_cells_render_arrays_json_and_quotes(admin_client):
    make_sample()
    _, rows = csv_rows(admin_client.get(REPORTS + "report_evidence.csv"))
    assert any(row[-1] == "'=HYPERLINK 园区基金规模10亿元。" for row in rows[1:])
    _, parks = csv_rows(admin_client.get(REPORTS + "report_parks.csv"))
    header = parks[0]
    park = next(row for row in parks[1:] if row[header.index("name")] == "青岛国际创新园")
    assert park[header.index("aliases")] == "创新园"
    _, summary = csv_rows(admin_client.get(REPORTS + "report_park_summary.csv"))
    figures = {row[summary[0].index("name")]: row[summary[0].index("latest_figures")] for row in summary[1:]}
    assert json.loads(figures["青岛国际创新园"])["annual_revenue"]["value_text"] == "约40亿元"
    assert figures["东江科技园"] == "{}"


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["parks_park", "auth_user", "report_parks; DROP TABLE parks_park",
                                  "report_parks\"", "REPORT_PARKS", "pg_roles"])
def test_only_report_views_can_be_downloaded(admin_client, name):
    assert admin_client.get(REPORTS + f"{name}.csv").status_code == 404


@pytest.mark.parametrize("value, cell", [
    ("=SUM(A1)", "'=SUM(A1)"), ("+86 532", "'+86 532"), ("-1", "'-1"), ("@cmd", "'@cmd"), ("\t=1", "'\t=1"),
    ("青岛", "青岛"), ("a=b", "a=b"), (None, ""), (True, "true"), (["甲", "乙"], "甲; 乙"), (["=x"], "'=x"),
])
def test_safe_cell(value, cell):
    assert safe_cell(value) == cell


def test_negative_numbers_stay_numbers():
    from decimal import Decimal
    assert safe_cell(Decimal("-0.25")) == "-0.25" and safe_cell(-3) == "-3"


def test_the_charts_are_self_contained_svg_with_escaped_labels():
    svg = bar_chart([Row("<b>园区</b>", {"value": 5}), Row("乙", {"value": 0})], title="t")
    assert svg.startswith("<svg") and "&lt;b&gt;" in svg and "<b>" not in svg
    stacked = column_chart([Row("2024-01-01", {"a": 1, "b": 2})], title="t",
                           segments=[Segment("a", "原稿", "#111"), Segment("b", "版本", "#222")])
    assert stacked.count("<rect") == 4  # two legend swatches, two column segments
    assert "No data yet" in bar_chart([], title="t")


@pytest.mark.django_db
def test_articles_are_counted_by_publication_date_to_its_precision():
    from datetime import date

    from analytics.overview import articles_published
    from analytics.testing import article

    article("a.txt", "甲", published_on=date(2021, 1, 1), published_precision="year")
    article("b.txt", "乙", published_on=date(2021, 6, 2), published_precision="day")
    article("c.txt", "丙", published_on=date(2024, 4, 1), published_precision="month")
    article("d.txt", "丁")
    found = {row.label: row.values for row in articles_published()}
    assert list(found) == ["2021", "2021-06", "2024-04", "日期不详"]  # never 2021-01 for a year-only date
    assert found["2021"] == {"originals": 1, "editions": 0}


@pytest.mark.django_db
def test_past_the_exact_limit_the_totals_and_the_status_chart_are_the_planners_estimates(admin_client, monkeypatch):
    from analytics import overview

    make_sample()
    exact = overview.totals()
    assert exact["approximate"] == frozenset() and exact["projects"] >= 1
    page = admin_client.get(OVERVIEW).content.decode()
    assert "约" not in re.search(r'<ul class="overview-totals">.*?</ul>', page, re.DOTALL).group()

    monkeypatch.setattr(overview, "EXACT_UP_TO", 0)  # every count is now "large"
    estimated = overview.totals()
    assert estimated["approximate"] == {"parks", "companies", "projects", "funds", "facts"}
    assert estimated["articles"] == exact["articles"]  # articles are always counted
    assert all(isinstance(estimated[key], int) and estimated[key] >= 1 for key in estimated["approximate"])
    totals = re.search(r'<ul class="overview-totals">.*?</ul>', admin_client.get(OVERVIEW).content.decode(),
                       re.DOTALL).group()
    assert totals.count("约 ") == 5, totals
    assert overview.projects_by_status()  # the chart still has bars, from the estimates
