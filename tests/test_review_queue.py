"""The review queue flows: verify, reject or skip from the queue, least certain first, filters by type, park and
confidence, pages of 25, conflicts side by side, and 核实并下一条 on a record's page."""
from __future__ import annotations

from decimal import Decimal

import pytest
from django.urls import reverse

from parks.models import Company, Park
from projects.models import Fact, Project
from tests.editor_fixtures import evidence

pytestmark = pytest.mark.django_db
QUEUE = "/admin/review/"


def act(client, record_key: str, do: str, next_url: str = QUEUE):
    return client.post(reverse("review_queue"), {"record": record_key, "do": do, "next": next_url})


def test_a_record_is_verified_from_the_queue_in_one_click(editor_client, world):
    project = world["project"]
    response = act(editor_client, f"project:{project.pk}", "verify", QUEUE + "?type=project")
    assert response.status_code == 302 and response["Location"] == QUEUE + "?type=project"
    project.refresh_from_db()
    assert project.review_status == "verified" and project.reviewed_by.username == "editor"
    assert reverse("admin:projects_project_change", args=[project.pk]) not in \
        editor_client.get(QUEUE + "?type=project").content.decode()


def test_a_record_is_rejected_from_the_queue(editor_client, world):
    act(editor_client, f"company:{world['company'].pk}", "reject")
    assert Company.objects.get(pk=world["company"].pk).review_status == "rejected"


def test_a_skipped_record_leaves_the_queue_for_the_session_without_being_reviewed(editor_client, world):
    project = world["project"]
    act(editor_client, f"project:{project.pk}", "skip")
    html = editor_client.get(QUEUE + "?type=project").content.decode()
    assert reverse("admin:projects_project_change", args=[project.pk]) not in html
    assert Project.objects.get(pk=project.pk).review_status == "unreviewed"
    html = editor_client.get(QUEUE + "?type=project&reset_skipped=1").content.decode()
    assert reverse("admin:projects_project_change", args=[project.pk]) in html


def test_the_least_certain_come_first_and_editor_made_records_last(editor_client, world):
    world["project"].delete()
    sure = Project.objects.create(name="确定的项目", confidence=0.95)
    unsure = Project.objects.create(name="不确定的项目", confidence=0.3)
    made = Project.objects.create(name="编辑新建的项目")
    html = editor_client.get(QUEUE + "?type=project").content.decode()
    assert html.index(unsure.name) < html.index(sure.name) < html.index(made.name)


def test_the_queue_filters_by_park_and_confidence(editor_client, world):
    elsewhere = Park.objects.create(name="崂山科技城", city="青岛")
    other = Project.objects.create(name="崂山项目", park=elsewhere, confidence=0.9)
    world["project"].confidence = 0.4
    world["project"].save()
    html = editor_client.get(QUEUE + f"?type=project&park={elsewhere.pk}").content.decode()
    assert other.name in html and world["project"].name not in html
    html = editor_client.get(QUEUE + "?type=project&confidence=low").content.decode()
    assert world["project"].name in html and other.name not in html


def test_the_queue_is_paginated(editor_client, world):
    Project.objects.bulk_create([Project(name=f"项目{i:03d}", normalised_name=f"项目{i:03d}") for i in range(60)])
    html = editor_client.get(QUEUE + "?type=project").content.decode()
    assert html.count('class="queue-row"') == 25 and "第 1 页，共 3 页" in html
    html = editor_client.get(QUEUE + "?type=project&page=3").content.decode()
    assert html.count('class="queue-row"') == 11


def test_a_conflict_is_shown_beside_the_figure_it_conflicts_with(editor_client, world):
    from tests.editor_fixtures import make_article
    from curation.conflicts import refresh_conflicts_of
    other_article = make_article("园区营收18亿元。", name="001_test.txt")
    other = Fact.objects.create(subject_type="park", subject_id=world["park"].pk, subject_name=world["park"].name,
                                metric=world["fact"].metric, value=Decimal("1800000000"), unit="cny",
                                value_text="18亿元", article=other_article)
    evidence(other_article, other, "value", "18亿元")
    # 约28亿元 would be no conflict with 约30亿元 (a number satisfies both), nor a figure beside it in the queue
    near = Fact.objects.create(subject_type="park", subject_id=world["park"].pk, subject_name=world["park"].name,
                               metric=world["fact"].metric, value=Decimal("2800000000"), unit="cny", qualifier="约",
                               value_text="约28亿元", article=make_article("园区营收约28亿元。", name="002_test.txt"))
    evidence(near.article, near, "value", "约28亿元")
    refresh_conflicts_of("fact", [other.pk])
    html = editor_client.get(QUEUE + "?type=conflict").content.decode()
    table = html[html.index('<table class="conflict">'):]
    table = table[:table.index("</table>")]
    assert "<mark>约30亿元</mark>" in table and "<mark>18亿元</mark>" in table and "约28亿元" not in table
    assert reverse("admin:projects_fact_change", args=[other.pk]) in table  # the figure it conflicts with, one click away
    assert reverse("admin:loaders_sourcearticle_change", args=[other_article.pk]) in table
    assert reverse("admin:loaders_sourcearticle_change", args=[world["article"].pk]) in table


def test_verify_and_next_opens_the_next_record_of_the_queue(editor_client, world):
    first = world["project"]
    second = Project.objects.create(name="下一个项目", confidence=0.99)
    response = editor_client.post(reverse("admin:projects_project_change", args=[first.pk]), {"_verify_next": "1"})
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:projects_project_change", args=[second.pk])
    assert Project.objects.get(pk=first.pk).review_status == "verified"
    response = editor_client.post(reverse("admin:projects_project_change", args=[second.pk]), {"_verify_next": "1"})
    assert response["Location"].startswith(QUEUE)  # none left


def test_the_record_page_offers_verify_and_next_with_a_shortcut(editor_client, world):
    html = editor_client.get(reverse("admin:projects_project_change", args=[world["project"].pk])).content.decode()
    assert 'name="_verify_next"' in html and 'data-key="v"' in html and "核实并下一条" in html


def test_a_long_section_is_counted_up_to_a_cap(editor_client, world, monkeypatch):
    from curation import review

    Project.objects.bulk_create([Project(name=f"项目{i:03d}", normalised_name=f"项目{i:03d}") for i in range(60)])
    unreviewed = Project.objects.filter(review_status="unreviewed").count()
    monkeypatch.setattr(review, "QUEUE_COUNT_CAP", 55)
    html = editor_client.get(QUEUE + "?type=project").content.decode()
    assert "项目（55+）" in html and "只列出前 55 条" in html
    assert "第 1 页，共 3 页" in html  # the pages of the first 55
    monkeypatch.setattr(review, "QUEUE_COUNT_CAP", 1000)
    html = editor_client.get(QUEUE + "?type=project").content.decode()
    assert f"（{unreviewed}）" in html and "只列出前" not in html


def test_the_index_counts_the_waiting_work_as_the_queue_does_up_to_its_cap(editor_client, world, monkeypatch):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from curation import review

    Project.objects.bulk_create([Project(name=f"项目{i:03d}", normalised_name=f"项目{i:03d}") for i in range(60)])
    monkeypatch.setattr(review, "QUEUE_COUNT_CAP", 55)
    with CaptureQueriesContext(connection) as queries:
        html = editor_client.get(reverse("admin:index")).content.decode()
    summary = html[html.index('id="work-summary"'):]
    assert "项目（55+）" in summary and "园区（1）" in summary and "数据冲突（1）" in summary
    # one count per queue tab, each reading at most cap + 1 rows: a million unreviewed facts are not all counted
    counts = [q["sql"] for q in queries.captured_queries if "COUNT(" in q["sql"].upper()]
    assert len(counts) == len(review.QUEUE_TYPES) and all("LIMIT 56" in sql for sql in counts), counts


def test_a_page_of_conflicts_costs_the_same_queries_however_many_rows_it_has(editor_client, world):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.editor_fixtures import make_article

    from curation.conflicts import refresh_conflicts_of

    def conflict_pair(n: int) -> None:
        for value in (n, 2 * n + 1):  # two articles give the same year's revenue differently
            article = make_article(f"{2000 + n}年园区营收{value}亿元。", name=f"1{n:02d}_{value}_test.txt")
            fact = Fact.objects.create(subject_type="park", subject_id=world["park"].pk, subject_name=world["park"].name,
                                       metric="annual_revenue", value=Decimal(value * 100_000_000), unit="cny",
                                       as_of_text=f"{2000 + n}年", value_text=f"{value}亿元", article=article)
            evidence(article, fact, "value", f"{value}亿元")
        refresh_conflicts_of("fact", [fact.pk])

    def queries_for_the_page() -> tuple[int, str]:
        with CaptureQueriesContext(connection) as queries:
            html = editor_client.get(QUEUE + "?type=conflict").content.decode()
        return len(queries), html

    conflict_pair(1)
    few, html = queries_for_the_page()
    assert html.count('<table class="conflict">') == 2  # each figure beside the other
    for n in range(2, 8):
        conflict_pair(n)
    many, html = queries_for_the_page()
    assert html.count('<table class="conflict">') == 14 and many == few
