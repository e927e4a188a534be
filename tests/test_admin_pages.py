"""The editors' admin pages: changelist query counts, search, evidence beside the record, the article page,
review buttons, saving through the editor-change function, permissions and the login wall."""
from __future__ import annotations

from decimal import Decimal

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from loaders.models import Evidence
from parks.models import Company, Park
from projects.models import Project
from tests.editor_fixtures import make_editor

pytestmark = pytest.mark.django_db


def more_rows(world):
    """A second page's worth of related rows, so an N+1 query would show up in the counts."""
    for i in range(5):
        park = Park.objects.create(name=f"测试园区{i}", city="青岛", parent=world["park"])
        company = Company.objects.create(name=f"测试公司{i}")
        company.parks.add(park, world["park"])
        Project.objects.create(name=f"测试项目{i}", park=park, investment_cny=Decimal(i * 10**8))


# Every changelist: 1 session, 2 user, then the page's own queries below (listed per admin); with
# show_full_result_count off there is no second COUNT(*), and list_select_related/prefetch keep rows at one query.
CHANGELISTS = [
    # 3 article filter lookups, 4 count, 5 rows (with parent joined), 6 distinct kinds for the kind filter
    ("admin:parks_park_changelist", 6),
    # 3 park filter lookups, 4 article filter lookups, 5 count, 6 rows, 7 prefetch of all rows' parks
    ("admin:parks_company_changelist", 7),
    # 3 article filter lookups, 4 count, 5 rows
    ("admin:parks_parkgroup_changelist", 5),
    # 3 park filter lookups, 4 article filter lookups, 5 count, 6 rows (with park joined)
    ("admin:projects_project_changelist", 6),
    # 3 park filter lookups, 4 article filter lookups, 5 count, 6 rows (with park joined)
    ("admin:projects_fund_changelist", 6),
    # 3 article filter lookups, 4 count, 5 rows (with article joined), 6 the conflicting pairs among the page's
    # flagged facts (live_conflict_pairs; one more reads the partners when there are any), 7 distinct metrics
    ("admin:projects_fact_changelist", 7),
    # 3 count, 4 rows (duplicate_of joined, text deferred), 5 distinct outlets (date precisions are a fixed list)
    ("admin:loaders_sourcearticle_changelist", 5),
    # 3 count, 4 rows (article joined)
    ("admin:loaders_evidence_changelist", 4),
    # 3 count, 4 rows (performed_by, undone_by joined)
    ("admin:curation_mergelog_changelist", 4),
]


@pytest.mark.parametrize("url_name, queries", CHANGELISTS)
def test_each_changelist_runs_a_fixed_number_of_queries(admin_client, world, url_name, queries,
                                                        django_assert_num_queries):
    more_rows(world)
    with django_assert_num_queries(queries):
        response = admin_client.get(reverse(url_name))
    assert response.status_code == 200


@pytest.mark.parametrize("url_name", [name for name, _queries in CHANGELISTS])
def test_a_list_shows_its_filters_counts_when_asked(editor_client, world, url_name):
    # "显示计数" (?_facets=True) has each filter count its choices: the admin hands a park or article filter the
    # choice's own id, an int, where the URL gives a string.
    more_rows(world)
    response = editor_client.get(reverse(url_name) + "?_facets=True")
    assert response.status_code == 200


def test_the_query_count_does_not_grow_with_the_rows(admin_client, world, django_assert_num_queries):
    with django_assert_num_queries(6):  # the same six as above, with 1 project instead of 6
        admin_client.get(reverse("admin:projects_project_changelist"))


def test_two_character_chinese_search_finds_names_and_aliases(admin_client, world):
    Company.objects.create(name="上海信息技术公司")
    response = admin_client.get(reverse("admin:parks_company_changelist"), {"q": "海尔"})
    assert "青岛海尔" in response.content.decode()
    assert "上海信息" not in response.content.decode()
    response = admin_client.get(reverse("admin:parks_company_changelist"), {"q": "尔"})
    assert "青岛海尔" in response.content.decode()
    response = admin_client.get(reverse("admin:projects_project_changelist"), {"q": "智能制造"})
    assert "青岛海尔智能制造项目" in response.content.decode()


def test_search_uses_the_bigram_array(world):
    from django.contrib.admin.sites import site
    from django.test import RequestFactory
    request = RequestFactory().get("/")
    qs, _ = site._registry[Company].get_search_results(request, Company.objects.all(), "海尔")
    sql = str(qs.query)
    assert "search_bigrams" in sql and "@>" in sql


def test_a_project_page_shows_its_evidence_with_the_span_highlighted(editor_client, world):
    project = world["project"]
    response = editor_client.get(reverse("admin:projects_project_change", args=[project.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    assert "<mark>总投资6亿元</mark>" in html
    assert 'value="6亿元"' in html  # the amount is edited the way it is read
    article_url = reverse("admin:loaders_sourcearticle_change", args=[world["article"].pk])
    assert article_url in html


def test_the_article_page_escapes_the_text_and_links_every_span_to_its_record(editor_client, world):
    article = world["article"]
    response = editor_client.get(reverse("admin:loaders_sourcearticle_change", args=[article.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert reverse("admin:projects_project_change", args=[world["project"].pk]) in html
    assert reverse("admin:parks_park_change", args=[world["park"].pk]) in html
    for ev in Evidence.objects.filter(article=article):
        assert f'id="ev-{ev.pk}"' in html
    assert "<mark>总投资6亿元</mark>" in html


def test_saving_the_form_goes_through_the_editor_change_function(editor_client, world):
    project = world["project"]
    url = reverse("admin:projects_project_change", args=[project.pk])
    response = editor_client.post(url, {
        "name": project.name, "aliases": "", "park": project.park_id, "companies": [world["company"].pk],
        "investment": "约3.9亿元", "phase": "", "status": "", "_save": "保存",
    })
    assert response.status_code == 302, response.content.decode()[:3000]
    project.refresh_from_db()
    assert (project.investment_cny, project.investment_qualifier, project.investment_text) == (
        Decimal("390000000"), "约", "约3.9亿元")
    assert set(project.locked_fields) == {"investment_cny", "investment_amount", "investment_currency",
                                          "investment_qualifier", "investment_text"}
    assert project.history.latest().history_user.username == "editor"


def test_an_unreadable_amount_is_refused_on_the_form(editor_client, world):
    project = world["project"]
    response = editor_client.post(reverse("admin:projects_project_change", args=[project.pk]), {
        "name": project.name, "park": project.park_id, "investment": "很多钱", "_save": "保存"})
    assert response.status_code == 200
    assert "无法识别的金额" in response.content.decode()


def test_verify_and_unlock_buttons_on_the_page(editor_client, world):
    project = world["project"]
    url = reverse("admin:projects_project_change", args=[project.pk])
    editor_client.post(url, {"_verify": "1"})
    project.refresh_from_db()
    assert project.review_status == "verified" and project.reviewed_by.username == "editor"
    project.locked_fields = ["investment_cny", "investment_amount", "investment_currency", "investment_qualifier",
                             "investment_text"]
    project.investment_cny = Decimal(1)
    project.save()
    editor_client.post(url, {"_unlock": "investment_cny"})
    project.refresh_from_db()
    assert project.locked_fields == [] and project.investment_cny == Decimal("600000000")


def test_bulk_actions_verify_and_report_a_count(editor_client, world):
    response = editor_client.post(reverse("admin:parks_park_changelist"), {
        "action": "verify_selected", "_selected_action": [world["park"].pk]}, follow=True)
    assert "已核实 1 条记录" in response.content.decode()
    assert Park.objects.get(pk=world["park"].pk).review_status == "verified"


def test_merge_action_asks_for_the_survivor_then_merges(editor_client, world):
    other = Company.objects.create(name="海尔集团")
    url = reverse("admin:parks_company_changelist")
    ids = [world["company"].pk, other.pk]
    page = editor_client.post(url, {"action": "merge_selected", "_selected_action": ids})
    assert "survivor" in page.content.decode()
    editor_client.post(url, {"action": "merge_selected", "_selected_action": ids, "survivor": world["company"].pk})
    assert not Company.objects.filter(pk=other.pk).exists()
    assert "海尔集团" in Company.objects.get(pk=world["company"].pk).aliases


def test_the_review_queue_puts_conflicting_figures_first(editor_client, world):
    response = editor_client.get(reverse("review_queue"))
    html = response.content.decode()
    assert response.status_code == 200
    assert html.index("数据冲突（1）") < html.index("项目（1）")
    assert reverse("admin:projects_fact_change", args=[world["fact"].pk]) in html  # the first tab: conflicts
    html = editor_client.get(reverse("review_queue") + "?type=project").content.decode()
    assert reverse("admin:projects_project_change", args=[world["project"].pk]) in html


def test_anonymous_visitors_only_see_the_login_page(client, world):
    for url in [reverse("admin:index"), reverse("review_queue"), reverse("admin:projects_project_changelist"),
                reverse("admin:loaders_sourcearticle_change", args=[world["article"].pk])]:
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith(reverse("admin:login"))
    assert client.get(reverse("admin:login")).status_code == 200


def test_the_editors_group_can_view_change_merge_and_review_but_not_delete_sources():
    editor = make_editor()
    editor = User.objects.get(pk=editor.pk)
    for perm in ["parks.view_park", "parks.change_park", "parks.change_company", "projects.change_project",
                 "projects.change_fund", "projects.change_fact", "curation.merge_records", "curation.review_records",
                 "loaders.view_sourcearticle", "loaders.view_evidence"]:
        assert editor.has_perm(perm), perm
    for perm in ["loaders.delete_sourcearticle", "loaders.change_sourcearticle", "loaders.delete_evidence",
                 "parks.delete_park", "projects.delete_project", "curation.delete_mergelog"]:
        assert not editor.has_perm(perm), perm


def test_editors_get_no_delete_button_or_action(editor_client, world):
    response = editor_client.get(reverse("admin:parks_park_changelist"))
    assert "delete_selected" not in response.content.decode()
    response = editor_client.get(reverse("admin:loaders_sourcearticle_delete", args=[world["article"].pk]))
    assert response.status_code == 403


def test_the_admin_speaks_chinese_by_default_and_english_on_request(editor_client):
    html = editor_client.get(reverse("admin:index")).content.decode()
    assert "园区数据库" in html and 'lang="zh-hans"' in html
    editor_client.post(reverse("set_language"), {"language": "en", "next": "/admin/"})
    html = editor_client.get(reverse("admin:index")).content.decode()
    assert 'lang="en"' in html and "Log out" in html


def test_history_is_viewable_and_a_revert_is_an_editor_change(editor_client, world):
    project = world["project"]
    from curation.editing import apply_editor_change
    apply_editor_change(record=project, changes={"phase": "二期"}, user=None)
    first = project.history.order_by("history_date").first()
    response = editor_client.get(reverse("admin:projects_project_history", args=[project.pk]))
    assert response.status_code == 200
    url = reverse("admin:projects_project_simple_history", args=[project.pk, first.history_id])
    page = editor_client.get(url)
    assert page.status_code == 200
    editor_client.post(url, {"name": project.name, "aliases": "", "park": project.park_id,
                             "companies": [world["company"].pk], "investment": "6亿元", "phase": "", "status": "",
                             "_save": "1"})
    project.refresh_from_db()
    assert project.phase == "" and "phase" in project.locked_fields
    assert project.history.latest().history_user.username == "editor"
