"""Nothing an editor types is stored wrong or ends in a server error: every refusal is a Chinese form error.

One validation layer (curation.validation) serves the admin forms, imports and the editor-change function: names
another record has, negative or overflowing amounts, a fund paid in beyond its size, facts dated in the future,
negative counts and metrics outside the vocabulary. Merges respect "not the same".
"""
from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from curation.editing import apply_editor_change
from curation.merge import MergeError, is_not_same, mark_not_same, merge_records
from curation.names import split_list
from parks.models import Company, Park
from projects.models import Fact, Fund, Project

pytestmark = pytest.mark.django_db


def change_url(record) -> str:
    opts = record._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[record.pk])


def company_form(company, **changes) -> dict:
    data = {"name": company.name, "aliases": "、".join(company.aliases), "kind": company.kind,
            "parks": [p.pk for p in company.parks.all()]}
    data.update(changes)
    return data


# ---------------------------------------------------------------- 1. names another record has

@pytest.mark.parametrize("typed", ["京东方", "京 东 方", "京东方。"])
def test_renaming_to_a_taken_name_is_a_form_error_with_a_link_and_a_merge_offer(editor_client, world, typed):
    taken = Company.objects.create(name="京东方")
    company = world["company"]
    response = editor_client.post(change_url(company), company_form(company, name=typed))
    assert response.status_code == 200
    html = response.content.decode()
    assert "已有同名记录" in html
    assert change_url(taken) in html
    assert reverse("admin:parks_company_merge") + f"?ids={taken.pk},{company.pk}" in html
    assert Company.objects.get(pk=company.pk).name == "青岛海尔"


def test_adding_a_record_with_a_taken_name_is_a_form_error(editor_client, world):
    Company.objects.create(name="京东方")
    response = editor_client.post(reverse("admin:parks_company_add"), {"name": "京东方", "aliases": "",
                                                                         "kind": "enterprise"})
    assert response.status_code == 200
    assert "已有同名记录" in response.content.decode()
    assert Company.objects.filter(normalised_name="京东方").count() == 1


def test_the_merge_offer_opens_the_merge_confirmation(editor_client, world):
    taken = Company.objects.create(name="京东方")
    response = editor_client.get(reverse("admin:parks_company_merge") + f"?ids={taken.pk},{world['company'].pk}")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="survivor"' in html and f'action="{reverse("admin:parks_company_changelist")}"' in html


def test_the_editor_change_function_refuses_a_taken_name():
    Company.objects.create(name="京东方")
    other = Company.objects.create(name="海尔")
    with pytest.raises(ValidationError) as caught:
        apply_editor_change(record=other, changes={"name": "京东方。"})
    assert "name" in caught.value.message_dict
    assert Company.objects.get(pk=other.pk).name == "海尔"


# ---------------------------------------------------------------- 6. amounts, dates, codes

def project_form(project, **changes) -> dict:
    data = {"name": project.name, "aliases": "", "park": project.park_id or "",
            "companies": [c.pk for c in project.companies.all()], "investment": "6亿元", "phase": "", "status": ""}
    data.update(changes)
    return data


@pytest.mark.parametrize("typed, message", [
    ("1" * 24, "金额过大"),
    ("-500000000", "金额不能为负数"),
    ("99999999999999999999", "金额过大"),
    ("-5亿", "金额"),
])
def test_impossible_amounts_are_refused_in_the_form(editor_client, world, typed, message):
    project = world["project"]
    response = editor_client.post(change_url(project), project_form(project, investment=typed))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert Project.objects.get(pk=project.pk).investment_cny == Decimal("600000000")


def test_a_fund_cannot_have_more_paid_in_than_its_size(editor_client, world):
    fund = Fund.objects.create(name="青岛产业基金", size_cny=Decimal("1000000000"))
    response = editor_client.post(change_url(fund), {"name": fund.name, "aliases": "", "park": "",
                                                      "size": "10亿", "paid_in": "20亿", "invested": ""})
    assert response.status_code == 200
    assert "实缴不能超过基金规模" in response.content.decode()
    assert Fund.objects.get(pk=fund.pk).paid_in_cny is None


def fact_form(fact, **changes) -> dict:
    data = {"subject_type": fact.subject_type, "subject_id": fact.subject_id, "subject_name": fact.subject_name,
            "metric": "enterprises", "value": "50", "unit": "count", "qualifier": "", "value_text": "50家",
            "as_of": "", "as_of_text": "", "has_conflict": "", "article": fact.article_id}
    data.update(changes)
    return data


@pytest.mark.parametrize("changes, message", [
    ({"as_of": "2099-01-01"}, "时点不能晚于"),
    ({"value": "-3"}, "数值不能为负数"),
    ({"metric": "营收"}, "营收"),
    ({"metric": "annual_revenue", "unit": "count"}, "单位不能是"),
])
def test_impossible_facts_are_refused_in_the_form(editor_client, world, changes, message):
    fact = world["fact"]
    response = editor_client.post(change_url(fact), fact_form(fact, **changes))
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html and 'class="errorlist' in html
    assert Fact.objects.get(pk=fact.pk).metric == "annual_revenue"


def test_a_valid_fact_edit_is_saved(editor_client, world):
    fact = world["fact"]
    response = editor_client.post(change_url(fact), fact_form(fact, as_of="2024-03-31"))
    assert response.status_code == 302
    fact.refresh_from_db()
    assert (fact.metric, fact.value, fact.as_of) == ("enterprises", Decimal("50"), datetime.date(2024, 3, 31))


def test_a_target_may_be_dated_ahead():
    from curation.validation import as_of_error
    today = datetime.date(2026, 1, 1)
    assert as_of_error("enterprises_target", datetime.date(2030, 12, 31), today=today) is None
    assert as_of_error("enterprises", datetime.date(2030, 12, 31), today=today)


# ---------------------------------------------------------------- 12. one list separator rule

@pytest.mark.parametrize("typed, items", [
    ("赛轮集团，赛轮轮胎、赛轮股份", ["赛轮集团", "赛轮轮胎", "赛轮股份"]),
    ("a, b;c；d", ["a", "b", "c", "d"]),
    ("海尔|海尔集团", ["海尔", "海尔集团"]),
    (" 海尔 ，，海尔 ", ["海尔"]),
])
def test_every_list_separator_splits(typed, items):
    assert split_list(typed) == items


def test_the_alias_box_splits_on_chinese_commas_and_enumeration_commas(editor_client, world):
    company = world["company"]
    response = editor_client.post(change_url(company), company_form(company, aliases="赛轮集团，赛轮轮胎、赛轮股份"))
    assert response.status_code == 302
    assert Company.objects.get(pk=company.pk).aliases == ["赛轮集团", "赛轮轮胎", "赛轮股份"]


# ---------------------------------------------------------------- 7. not the same is respected

def test_a_merge_of_records_marked_not_the_same_is_refused():
    first, second = Company.objects.create(name="海尔"), Company.objects.create(name="海尔生物")
    mark_not_same(first=first, second=second)
    assert is_not_same("company", second.pk, first.pk)
    with pytest.raises(MergeError):
        merge_records(survivor=first, others=[second])
    assert Company.objects.filter(pk=second.pk).exists()


def test_the_merge_action_reports_the_refusal_in_chinese(editor_client, world):
    first, second = world["company"], Company.objects.create(name="海尔生物")
    mark_not_same(first=first, second=second)
    response = editor_client.post(reverse("admin:parks_company_changelist"), {
        "action": "merge_selected", "_selected_action": [first.pk, second.pk], "survivor": first.pk}, follow=True)
    assert response.status_code == 200
    assert "不是同一个" in response.content.decode()
    assert Company.objects.filter(pk=second.pk).exists()


def test_a_not_same_pair_typed_larger_id_first_is_stored_in_order(editor_client, world):
    from curation.models import NotSame
    first, second = world["company"], Company.objects.create(name="海尔生物")
    response = editor_client.post(reverse("admin:curation_notsame_add"), {
        "entity_type": "company", "left_id": second.pk, "right_id": first.pk})
    assert response.status_code == 302, response.content.decode()[-2000:]
    assert is_not_same("company", first.pk, second.pk)
    assert NotSame.objects.get().created_by.username == "editor"


@pytest.mark.parametrize("ids, message", [(("{a}", "{a}"), "两条不同记录"), (("{a}", "999999"), "没有编号为 999999 的企业/机构")])
def test_a_not_same_pair_of_one_record_or_of_no_record_is_refused_in_chinese(editor_client, world, ids, message):
    from curation.models import NotSame
    a = world["company"].pk
    response = editor_client.post(reverse("admin:curation_notsame_add"), {
        "entity_type": "company", "left_id": ids[0].format(a=a), "right_id": ids[1].format(a=a)})
    assert response.status_code == 200 and message in response.content.decode()
    assert not NotSame.objects.exists()


# ---------------------------------------------------------------- 2. history pages show and revert, nothing else

def old_version_url(project):
    apply_editor_change(record=project, changes={"investment_cny": Decimal("700000000"),
                                                 "investment_amount": Decimal("700000000")})
    oldest = project.history.order_by("history_id").first()
    return reverse("admin:projects_project_simple_history", args=[project.pk, oldest.history_id])


def test_an_old_version_page_has_no_review_or_unlock_buttons(editor_client, world):
    html = editor_client.get(old_version_url(world["project"])).content.decode()
    assert 'name="_reject"' not in html and 'name="_verify"' not in html and 'name="_unlock"' not in html
    assert "证据" in html


@pytest.mark.parametrize("button", ["_reject", "_verify", "_unlock"])
def test_a_review_button_posted_to_an_old_version_neither_reverts_nor_reviews(editor_client, world, button):
    project = world["project"]
    url = old_version_url(project)
    response = editor_client.post(url, {**project_form(project), button: "investment_cny"}, follow=True)
    assert response.status_code == 200
    assert "历史版本页只能查看或恢复" in response.content.decode()
    project.refresh_from_db()
    assert project.investment_cny == Decimal("700000000") and project.review_status == "unreviewed"


def test_reverting_to_an_old_version_still_works(editor_client, world):
    project = world["project"]
    url = old_version_url(project)
    response = editor_client.post(url, project_form(project, investment="6亿元"))
    assert response.status_code == 302
    project.refresh_from_db()
    assert project.investment_cny == Decimal("600000000")


# ---------------------------------------------------------------- 8. split keeps data with its evidence; change type

GOER_TEXT = "歌尔股份在潍坊投资。\n歌尔集团落户青岛国际创新园，建设研发中心。\n"


def goer_world():
    from tests.editor_fixtures import evidence, make_article
    article = make_article(GOER_TEXT, name="goer.txt")
    park = Park.objects.create(name="青岛国际创新园", city="青岛")
    goer = Company.objects.create(name="歌尔", aliases=["歌尔集团", "歌尔股份"])
    goer.parks.add(park)
    evidence(article, goer, "name", "歌尔股份")
    name_ev = evidence(article, goer, "name", "歌尔集团")
    park_ev = evidence(article, goer, "parks", "青岛国际创新园")
    return goer, park, [name_ev.pk, park_ev.pk]


def test_a_split_record_takes_the_links_its_evidence_supports_and_the_old_one_loses_them():
    from loaders.models import Evidence
    from curation.merge import split_record
    goer, park, moved = goer_world()
    new = split_record(record=goer, name="歌尔集团", evidence_ids=moved)
    assert list(new.parks.all()) == [park]
    assert list(Company.objects.get(pk=goer.pk).parks.all()) == []
    assert set(Evidence.objects.filter(entity_type="company", entity_id=new.pk).values_list("pk", flat=True)) == \
        set(moved)
    assert Company.objects.get(pk=goer.pk).aliases == ["歌尔股份"]
    assert is_not_same("company", goer.pk, new.pk)


def test_a_split_can_be_undone_from_its_log(editor_client):
    from loaders.models import Evidence
    from curation.models import MergeLog
    goer, park, moved = goer_world()
    response = editor_client.post(reverse("admin:parks_company_split", args=[goer.pk]),
                                  {"name": "歌尔集团", "evidence": moved}, follow=True)
    assert "可撤销" in response.content.decode()
    new = Company.objects.get(name="歌尔集团")
    log = MergeLog.objects.get(action="split")
    response = editor_client.post(reverse("admin:curation_mergelog_change", args=[log.pk]), {"_undo": "1"}, follow=True)
    assert "拆分已撤销" in response.content.decode()
    goer = Company.objects.get(pk=goer.pk)
    assert not Company.objects.filter(pk=new.pk).exists()
    assert list(goer.parks.all()) == [park] and goer.aliases == ["歌尔集团", "歌尔股份"]
    assert Evidence.objects.filter(entity_type="company", entity_id=goer.pk).count() == 3
    assert not is_not_same("company", goer.pk, new.pk)


def test_a_split_without_evidence_chosen_is_refused_in_chinese(editor_client):
    goer, _park, _moved = goer_world()
    response = editor_client.post(reverse("admin:parks_company_split", args=[goer.pk]), {"name": "歌尔集团"},
                                  follow=True)
    assert "请勾选至少一条" in response.content.decode()
    assert not Company.objects.filter(name="歌尔集团").exists()


def test_splitting_off_a_taken_name_is_refused_not_a_server_error(editor_client):
    goer, _park, moved = goer_world()
    Company.objects.create(name="歌尔集团有限公司", aliases=[])
    Company.objects.create(name="歌尔集团 ")
    response = editor_client.post(reverse("admin:parks_company_split", args=[goer.pk]),
                                  {"name": "歌尔集团", "evidence": moved}, follow=True)
    assert response.status_code == 200 and "已有同名记录" in response.content.decode()


def test_a_project_that_is_really_a_park_gets_a_parks_name_kind_city_and_parent():
    from curation.merge import change_type
    zone = Park.objects.create(name="仲恺高新区", city="惠州")
    project = Project.objects.create(name="东江科技园项目", park=zone)
    park = change_type(record=project, to_model=Park)
    assert (park.name, park.kind, park.city, park.parent_id) == ("东江科技园", "科技园", "惠州", zone.pk)
    assert "东江科技园项目" in park.aliases
    assert Project.objects.get(pk=project.pk).review_status == "rejected"


# ---------------------------------------------------------------- 12. one chip per lock, named in Chinese

def test_a_corrected_amount_is_one_lock_chip_and_unlocking_names_it(editor_client, world):
    project = world["project"]
    apply_editor_change(record=project, changes={"investment_cny": Decimal("390000000"),
                                                 "companies": [world["company"]]})
    apply_editor_change(record=project, changes={"companies": []})
    html = editor_client.get(change_url(project)).content.decode()
    assert html.count('name="_unlock"') == 2  # the amount's five columns, and the removed link
    assert "企业：青岛海尔" in html
    response = editor_client.post(change_url(project), {"_unlock": "investment_amount"}, follow=True)
    assert "已解锁 投资额(元)" in response.content.decode()
    assert not {"investment_cny", "investment_text"} & set(Project.objects.get(pk=project.pk).locked_fields)


def test_a_two_word_search_finds_records_with_both_words(editor_client, world):
    Park.objects.create(name="青岛市集成电路产业园", city="青岛")
    Park.objects.create(name="无锡集成电路产业园", city="无锡")
    html = editor_client.get(reverse("admin:parks_park_changelist") + "?q=青岛 集成电路").content.decode()
    assert "青岛市集成电路产业园" in html and "无锡集成电路产业园" not in html


def test_articles_are_found_by_words_of_their_text(editor_client, world):
    html = editor_client.get(reverse("admin:loaders_sourcearticle_changelist") + "?q=智能制造").content.decode()
    assert reverse("admin:loaders_sourcearticle_change", args=[world["article"].pk]) in html


def test_undoing_a_merge_whose_name_was_taken_since_is_refused_not_a_server_error(editor_client, world):
    from curation.models import MergeLog
    other = Company.objects.create(name="海尔集团")
    log = merge_records(survivor=world["company"], others=[other])
    Company.objects.create(name="海尔集团")  # a later load brought the name back as a new record
    response = editor_client.post(reverse("admin:curation_mergelog_change", args=[log.pk]), {"_undo": "1"}, follow=True)
    assert response.status_code == 200 and "无法撤销" in response.content.decode()
    assert MergeLog.objects.get(pk=log.pk).undone_at is None


# ---------------------------------------------------------------- 9. facts are curated in the editor's words

def test_a_fact_page_links_its_subject_and_shows_the_evidence_value_as_written(editor_client, world):
    from loaders.models import Evidence
    fact = world["fact"]
    Evidence.objects.filter(entity_type="fact", entity_id=fact.pk).update(
        value={"value": "3000000000", "unit": "cny", "qualifier": "约", "text": "约30亿元"})
    html = editor_client.get(change_url(fact)).content.decode()
    assert f'href="{change_url(world["park"])}">青岛国际创新园（园区）</a>' in html
    evidence = html[html.index('<table class="evidence">'):]
    assert "<td>约30亿元</td>" in evidence and "{&#x27;value" not in evidence and "{'value" not in evidence


def test_a_conflicting_fact_links_to_the_fact_it_conflicts_with_in_the_list_and_on_its_page(editor_client, world):
    from tests.editor_fixtures import make_conflict
    fact, other = world["fact"], make_conflict(world)
    fact.refresh_from_db()
    other.refresh_from_db()
    assert fact.has_conflict and other.has_conflict
    listing = editor_client.get(reverse("admin:projects_fact_changelist")).content.decode()
    assert f'<a href="{change_url(other)}" class="conflict-partner">与 18亿元（编号 {other.pk}）冲突</a>' in listing
    assert f'<a href="{change_url(fact)}" class="conflict-partner">与 约30亿元（编号 {fact.pk}）冲突</a>' in listing
    page = editor_client.get(change_url(fact)).content.decode()
    assert f'<a href="{change_url(other)}" class="conflict-partner">' in page


def test_correcting_a_conflicting_figure_settles_the_conflict_at_once(editor_client, world):
    from tests.editor_fixtures import make_conflict
    fact, other = world["fact"], make_conflict(world)
    response = editor_client.post(change_url(other), fact_form(other, metric="annual_revenue", unit="cny",
                                                                value="2900000000", qualifier="", value_text="29亿元"))
    assert response.status_code == 302, response.context["adminform"].form.errors
    fact.refresh_from_db()
    other.refresh_from_db()
    assert not fact.has_conflict and not other.has_conflict


@pytest.mark.parametrize("field, typed", [("parks", ["abc"]), ("parks", ["1", "x1"])])
def test_a_linked_record_typed_as_letters_is_a_form_error_not_a_server_error(editor_client, world, field, typed):
    """A crafted or mangled post: the autocomplete box sent back with the error must not look 'abc' up."""
    company = world["company"]
    response = editor_client.post(change_url(company), company_form(company, **{field: typed}))
    assert response.status_code == 200
    assert "不是一个有效的值" in response.content.decode()


def test_a_park_typed_as_letters_on_a_project_is_a_form_error(editor_client, world):
    project = world["project"]
    response = editor_client.post(change_url(project), project_form(project, park="abc"))
    assert response.status_code == 200 and "errorlist" in response.content.decode()
