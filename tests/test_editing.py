"""The one editor-change function: what it locks, review bookkeeping, unlock + recompute, and the amount field."""
from __future__ import annotations

from decimal import Decimal

import pytest

from tests.editor_fixtures import make_editor, make_world
from curation.editing import apply_editor_change, review_records, unlock_field
from curation.forms import AmountField, EditedAmount, format_amount, parse_edited_amount
from projects.models import Project


@pytest.mark.parametrize("text, value, currency, qualifier", [
    ("6亿", "600000000", "cny", ""),
    ("6亿元", "600000000", "cny", ""),
    ("3.9亿元", "390000000", "cny", ""),
    ("约3.9亿元", "390000000", "cny", "约"),
    ("2000万", "20000000", "cny", ""),
    ("700余亿元", "70000000000", "cny", "余"),
    ("超10亿", "1000000000", "cny", "超"),
    ("1.5亿美元", "150000000", "usd", ""),
    ("600000000", "600000000", "cny", ""),
    ("1,200,000", "1200000", "cny", ""),
])
def test_the_amount_field_reads_what_editors_type(text, value, currency, qualifier):
    amount = AmountField().clean(text)
    assert (amount.value, amount.currency, amount.qualifier) == (Decimal(value), currency, qualifier)


@pytest.mark.parametrize("text", ["abc", "6亿元和别的", "285亩"])
def test_the_amount_field_refuses_what_is_not_money(text):
    from django.core.exceptions import ValidationError
    with pytest.raises(ValidationError):
        AmountField().clean(text)


def test_an_empty_amount_clears_it():
    assert AmountField(required=False).clean("") is None
    assert parse_edited_amount("  ") is None


@pytest.mark.parametrize("value, qualifier, currency, shown", [
    ("600000000", "", "cny", "6亿元"),
    ("390000000", "约", "cny", "约3.9亿元"),
    ("20000000", "", "cny", "2000万元"),
    ("70000000000", "余", "cny", "700余亿元"),
    ("150000000", "", "usd", "1.5亿美元"),
    ("5000", "", "cny", "5000元"),
    ("600000000.00", "", "cny", "6亿元"),
])
def test_amounts_are_shown_the_way_editors_read_them(value, qualifier, currency, shown):
    assert format_amount(Decimal(value), qualifier=qualifier, currency=currency) == shown
    assert format_amount(None) == ""


def test_the_amount_widget_shows_a_stored_amount_in_chinese():
    widget = AmountField().widget
    assert widget.format_value(EditedAmount(Decimal("390000000"), "cny", "约", "约3.9亿元")) == "约3.9亿元"


@pytest.mark.django_db
def test_it_locks_the_whole_investment_group_and_records_the_editor_in_history():
    world = make_world()
    editor = make_editor()
    project = world["project"]
    locks = apply_editor_change(record=project, changes={"investment_cny": Decimal("390000000")}, user=editor)
    project.refresh_from_db()
    assert project.investment_cny == Decimal("390000000")
    assert set(locks) == {"investment_cny", "investment_amount", "investment_currency", "investment_qualifier",
                          "investment_text"}
    latest = project.history.latest()
    assert latest.history_user == editor
    assert latest.history_change_reason == "editor changed investment"  # the group, by its evidence field


@pytest.mark.django_db
def test_it_locks_aliases_and_links_one_by_one():
    world = make_world()
    project, company = world["project"], world["company"]
    apply_editor_change(record=project, changes={"aliases": ["海尔项目"], "companies": []}, user=None)
    project.refresh_from_db()
    assert set(project.locked_fields) == {"aliases:海尔项目", f"companies:{company.pk}"}
    assert list(project.companies.all()) == []


@pytest.mark.django_db
def test_an_unchanged_value_locks_nothing():
    world = make_world()
    project = world["project"]
    count = project.history.count()
    assert apply_editor_change(record=project, changes={"name": project.name}, user=None) == []
    assert project.history.count() == count


@pytest.mark.django_db
def test_review_records_who_and_when_without_locking():
    world = make_world()
    editor = make_editor()
    assert review_records(records=[world["park"], world["project"]], status="verified", user=editor) == 2
    park = type(world["park"]).objects.get(pk=world["park"].pk)
    assert (park.review_status, park.reviewed_by, park.locked_fields) == ("verified", editor, [])
    assert park.reviewed_at is not None
    assert review_records(records=[park], status="verified", user=editor) == 0


@pytest.mark.django_db
def test_unlock_hands_the_field_back_and_recomputes_it_from_evidence():
    world = make_world()
    project = world["project"]
    apply_editor_change(record=project, changes={"investment_cny": Decimal("1"), "investment_amount": Decimal("1"),
                                                 "investment_text": "1元"}, user=None)
    project.refresh_from_db()
    assert "investment_cny" in project.locked_fields
    assert unlock_field(record=project, key="investment_text", user=None) is True
    project.refresh_from_db()
    assert not any(k.startswith("investment") for k in project.locked_fields)
    assert (project.investment_cny, project.investment_text) == (Decimal("600000000"), "总投资6亿元")


@pytest.mark.django_db
def test_unlocking_one_alias_leaves_the_other_locks():
    world = make_world()
    project = world["project"]
    apply_editor_change(record=project, changes={"aliases": ["甲", "乙"], "phase": "一期"}, user=None)
    project.refresh_from_db()
    unlock_field(record=project, key="aliases:甲", user=None)
    project.refresh_from_db()
    assert set(project.locked_fields) == {"aliases:乙", "phase"}
    assert Project.objects.get(pk=project.pk).aliases == ["甲", "乙"]


@pytest.mark.django_db
def test_unlocking_never_brings_back_a_value_the_rules_refuse():
    from loaders.models import Evidence

    world = make_world()
    project = world["project"]
    # evidence written before the bounds existed: 10^30 yuan
    Evidence.objects.filter(entity_type="project", entity_id=project.pk, field="investment").update(
        value={"amount": "1" + "0" * 30, "currency": "cny", "qualifier": "", "text": "总投资1e22亿元"})
    apply_editor_change(record=project, changes={"investment_cny": Decimal("7"), "investment_amount": Decimal("7"),
                                                 "investment_text": "7元"}, user=None)
    project.refresh_from_db()
    assert unlock_field(record=project, key="investment_text", user=None) is False
    project.refresh_from_db()
    assert (project.investment_cny, project.investment_text) == (Decimal("7"), "7元")
