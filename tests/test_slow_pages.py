"""The pages that read whole tables at scale: fact search through bigram indexes, filter lists, streamed CSV, coverage."""
from __future__ import annotations

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from analytics.csv_export import iter_report_csv
from analytics.testing import make_sample
from loaders.models import Evidence
from parks.search import bigram_search, term_bigrams
from projects.models import Fact


@pytest.mark.parametrize("term, grams", [("海信", ["海信"]), ("青岛市", ["岛市", "青岛"]), ("Ab", ["ab"]), ("园", [])])
def test_a_terms_bigrams_are_those_sql_computes(term, grams, db):
    assert term_bigrams(term) == grams
    with connection.cursor() as cursor:
        cursor.execute("SELECT text_bigrams(%s)", [term])
        assert sorted(cursor.fetchone()[0]) == grams


@pytest.mark.django_db
@pytest.mark.parametrize("term", ["园区", "基金", "青岛国际", "10亿", "园", "hyperlink"])
def test_bigram_search_finds_what_a_substring_scan_finds(term):
    make_sample()
    found = set(bigram_search(Evidence.objects.all(), fields=["quote"], search_term=term).values_list("pk", flat=True))
    assert found == set(Evidence.objects.filter(quote__icontains=term).values_list("pk", flat=True))


@pytest.mark.django_db
def test_fact_search_in_the_admin_goes_through_the_bigram_index(editor_client, world):
    fact = Fact.objects.filter(review_status="unreviewed").first()
    with CaptureQueriesContext(connection) as queries:
        response = editor_client.get(reverse("admin:projects_fact_changelist"), {"q": fact.subject_name[:2]})
    assert response.status_code == 200
    assert any("text_bigrams(" in q["sql"] for q in queries.captured_queries)
    assert fact in response.context["cl"].result_list


@pytest.mark.django_db
def test_a_csv_download_reads_the_view_through_a_server_side_cursor():
    make_sample()
    lines = iter_report_csv("report_evidence")
    next(lines)
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_cursors")
        assert [row[0].split(" FOR ")[1] for row in cursor.fetchall()] == ['SELECT * FROM "public"."report_evidence"']
    assert len(list(lines)) >= 1


@pytest.mark.django_db
def test_article_coverage_counts_each_articles_live_records():
    make_sample()
    with connection.cursor() as cursor:
        cursor.execute("SELECT article_id, park_count, fact_count, evidence_count FROM report_article_coverage")
        coverage = {row[0]: row[1:] for row in cursor.fetchall()}
        cursor.execute("""
            SELECT e.article_id,
                   count(DISTINCT e.entity_id) FILTER (WHERE e.entity_type = 'park' AND p.review_status <> 'rejected'),
                   count(DISTINCT e.entity_id) FILTER (WHERE e.entity_type = 'fact' AND f.review_status <> 'rejected'),
                   count(*) FILTER (WHERE COALESCE(p.review_status, c.review_status, pr.review_status, fu.review_status,
                                                   g.review_status, f.review_status) <> 'rejected')
              FROM loaders_evidence e
              LEFT JOIN parks_park p ON e.entity_type = 'park' AND p.id = e.entity_id
              LEFT JOIN parks_company c ON e.entity_type = 'company' AND c.id = e.entity_id
              LEFT JOIN parks_parkgroup g ON e.entity_type = 'park_group' AND g.id = e.entity_id
              LEFT JOIN projects_project pr ON e.entity_type = 'project' AND pr.id = e.entity_id
              LEFT JOIN projects_fund fu ON e.entity_type = 'fund' AND fu.id = e.entity_id
              LEFT JOIN projects_fact f ON e.entity_type = 'fact' AND f.id = e.entity_id
             GROUP BY e.article_id""")
        expected = {row[0]: row[1:] for row in cursor.fetchall()}
    assert expected and all(coverage[article] == counts for article, counts in expected.items())
    assert any(counts[1] for counts in expected.values())


@pytest.mark.django_db
def test_article_coverage_per_article_gives_what_the_grouped_definition_gave():
    import importlib

    from parks.models import Park

    sample = make_sample()
    # A live fact about a rejected park, cited: neither it nor its evidence is counted (live_records).
    fact = Fact.objects.create(subject_type="park", subject_id=sample.rejected_park.pk, subject_name="该园",
                               metric="employees", value=7, unit="count", article=sample.other)
    Evidence.objects.create(article=sample.other, entity_type="fact", entity_id=fact.pk, field="value",
                            start_offset=0, end_offset=4, quote=sample.other.text[:4])
    Park.objects.filter(pk=sample.park.pk).update(review_status="verified")
    grouped = importlib.import_module("analytics.migrations.0007_article_coverage_per_article").GROUPED
    select = grouped.split(" AS\n", 1)[1].rstrip().rstrip(";")
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM report_article_coverage ORDER BY article_id")
        per_article = cursor.fetchall()
        cursor.execute(f"SELECT * FROM ({select}) grouped ORDER BY article_id")
        assert per_article == cursor.fetchall()
        cursor.execute("SELECT fact_count, evidence_count FROM report_article_coverage WHERE article_id = %s",
                       [sample.other.pk])
        assert cursor.fetchone() == (2, 4)


@pytest.mark.django_db
def test_an_evidence_search_counts_its_matches_up_to_a_cap(editor_client, monkeypatch):
    from curation.paging import CappedPaginator

    make_sample()
    matching = Evidence.objects.filter(quote__icontains="园").count()
    url = reverse("admin:loaders_evidence_changelist")
    monkeypatch.setattr(CappedPaginator, "cap", matching - 1)
    with CaptureQueriesContext(connection) as queries:
        html = editor_client.get(url, {"q": "园"}).content.decode()
    assert f"{matching - 1}+" in html
    assert not any(q["sql"].startswith("SELECT COUNT(*) AS") for q in queries.captured_queries)  # no uncapped count
    monkeypatch.setattr(CappedPaginator, "cap", 1000)
    response = editor_client.get(url, {"q": "园"})
    assert response.context["cl"].result_count == matching


@pytest.mark.django_db
def test_the_park_summary_per_park_gives_what_the_grouped_definition_gave():
    import importlib

    make_sample()
    grouped = importlib.import_module("analytics.migrations.0008_park_summary_per_park").GROUPED
    select = grouped.split(" AS\n", 1)[1].rstrip().rstrip(";")
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM report_park_summary ORDER BY park_id")
        per_park = cursor.fetchall()
        cursor.execute(f"SELECT * FROM ({select}) grouped ORDER BY park_id")
        assert per_park == cursor.fetchall()
    assert len(per_park) == 2 and any(row[-1] for row in per_park)  # both live parks, latest figures found


@pytest.mark.django_db
def test_a_new_session_plans_without_jit():
    import psycopg

    settings = connection.settings_dict
    with psycopg.connect(dbname=settings["NAME"], user=settings["USER"] or None, host=settings["HOST"] or None,
                         port=settings["PORT"] or None, password=settings["PASSWORD"] or None) as session:
        assert session.execute("SHOW jit").fetchone() == ("off",)


@pytest.mark.django_db
def test_the_fact_counts_read_from_the_index_are_those_of_report_facts():
    from analytics.overview import totals
    from parks.models import Company, ParkGroup
    from projects.models import Fund, Project

    sample = make_sample()
    group = ParkGroup.objects.create(name="青岛8个新兴产业专业园区")
    rejected_group = ParkGroup.objects.create(name="某园区群", review_status="rejected")
    company = Company.objects.get(name="歌尔股份有限公司")
    fund = Fund.objects.get(name="创新园产业基金")

    def fact(subject_type: str, subject_id: int, metric: str, **fields) -> Fact:
        return Fact.objects.create(subject_type=subject_type, subject_id=subject_id, subject_name="x", metric=metric,
                                   value=subject_id % 97, unit="count", article=sample.other, **fields)

    fact("park_group", group.pk, "parks_count")
    fact("park_group", rejected_group.pk, "parks_count")  # its subject is rejected: not shown
    fact("company", company.pk, "employees")
    fact("company", company.pk, "patents", review_status="rejected")  # rejected itself
    fact("project", sample.project.pk, "employees", review_status="verified")
    fact("fund", fund.pk, "fund_count")
    fact("park", sample.rejected_park.pk, "employees")  # about a rejected park
    fact("company", 10**9, "employees")  # about no record at all
    fact("park", sample.park.pk, "no_such_metric")  # a code missing from the vocabulary is still a fact
    Project.objects.filter(pk=sample.project.pk).update(review_status="verified")

    def grouped(view: str) -> dict:
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT metric, count(*) FROM {view} GROUP BY metric")
            return dict(cursor.fetchall())

    shown = grouped("report_facts")
    assert grouped("live_fact_metrics") == shown
    assert shown["employees"] == 2 and shown["parks_count"] == 1 and "patents" not in shown
    with connection.cursor() as cursor:
        cursor.execute("SELECT code, fact_count FROM report_metrics")
        per_metric = dict(cursor.fetchall())
    assert {code: n for code, n in per_metric.items() if n} == {m: n for m, n in shown.items() if m in per_metric}
    assert totals()["facts"] == sum(shown.values())


@pytest.mark.django_db
def test_the_metric_filter_offers_exactly_the_metrics_in_use_by_a_skip_scan():
    from projects.admin import metrics_in_use

    make_sample()
    assert metrics_in_use() == sorted(set(Fact.objects.values_list("metric", flat=True)))
    Fact.objects.all().delete()
    assert metrics_in_use() == []


@pytest.mark.django_db
def test_conflict_partners_read_the_pairs_by_fact_ids_not_by_subject(world):
    from curation.conflicts import _pairs
    from tests.editor_fixtures import make_conflict

    make_conflict(world)
    make_conflict(world, figure="25亿元", value="2500000000")
    with connection.cursor() as cursor:
        cursor.execute("SELECT fact_id_a, fact_id_b FROM live_conflict_pairs")
        every = {(a, b) for a, b in cursor.fetchall()}
    assert every, "the sample world has facts that disagree"
    mine = [min(every)[0]]
    keys = sorted({(f.subject_type, f.subject_id, f.metric) for f in Fact.objects.all()})
    with CaptureQueriesContext(connection) as queries:
        pairs = _pairs(keys, mine)
    assert len(queries) == 1
    sql = queries.captured_queries[0]["sql"]
    filtered_on = re.findall(r"FROM live_conflict_pairs WHERE (\w+)", sql)
    assert filtered_on and set(filtered_on) <= {"fact_id_a", "fact_id_b"}, sql  # the view read by ids only
    # exactly the pairs the view gives with one of mine on one side
    assert pairs and set(pairs) == {(a, b) for a, b in every if a in mine or b in mine}


@pytest.mark.django_db
@pytest.mark.parametrize("ordering, index", [(("metric", "-pk"), "fact_metric_order"), (("value", "-pk"), "fact_value_idx")])
def test_the_fact_list_sorted_by_a_column_reads_its_first_page_from_an_index(ordering, index):
    """The admin orders a sorted list by the column, then -pk: an index in that order gives the first page
    without sorting every fact (a few dozen metrics: sorting each metric's facts took 200 ms at 450,000)."""
    queryset = Fact.objects.order_by(*ordering)[:100]
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")  # an empty test table would be read whole otherwise
        cursor.execute("SET LOCAL enable_sort = off")
        cursor.execute("EXPLAIN " + sql, params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert index in plan, plan
    if index == "fact_metric_order":
        assert "Sort" not in plan, plan  # metric, then id descending: the index's own order


@pytest.mark.django_db
@pytest.mark.parametrize("name, column", [("facts sorted by value", "value"), ("facts sorted by metric", "metric")])
def test_the_bench_times_the_fact_list_sorted_by_the_column_its_label_names(admin_client, name, column):
    from bench.pages import PAGES

    url = dict(PAGES)[name]
    response = admin_client.get(url)
    assert response.status_code == 200
    assert response.context["cl"].get_ordering(response.wsgi_request, Fact.objects.all())[0] == column
