"""Re-extraction (--force, an extractor upgrade, another edition) never undoes an editor's rename or correction."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from django.core.management import call_command

from loaders import pipeline
from loaders.models import Evidence
from loaders.pipeline import load_paths
from parks.editing import apply_editor_change, review_records
from parks.models import Park, ReviewStatus
from projects.models import Fact
from tests import loading as L

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

ARTICLE = "青岛高新区去年实现营业收入4.6亿元。\n园区新签约项目12个。\n"
EDITION = "本报讯 青岛高新区去年实现营业收入4.6亿元,同比增长。\n"


def fake_extract(text: str, *, known_names=None):
    figure = "4.7亿元" if "4.7亿元" in text else "4.6亿元"
    value = "470000000" if figure == "4.7亿元" else "460000000"
    if UPGRADE["on"]:  # a newer extractor reads the same figure differently
        value = "460000001"
    return L.extraction(parks=[L.park(text, "青岛高新区")],
                        facts=[L.fact(text, "青岛高新区", "annual_revenue_cny", figure, value)])


UPGRADE = {"on": False}


@pytest.fixture
def article(tmp_path, monkeypatch) -> Path:
    monkeypatch.setattr(pipeline, "extract", fake_extract)
    monkeypatch.setitem(UPGRADE, "on", False)
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    return tmp_path / "a.txt"


def _rename_and_correct() -> tuple[Park, Fact]:
    park = Park.objects.get()
    apply_editor_change(record=park, changes={"name": "青岛高新技术产业开发区"})
    fact = Fact.objects.get()
    apply_editor_change(record=fact, changes={"value": Decimal("480000000"), "value_text": "4.8亿元"})
    return park, fact


def _assert_editors_work_kept(park: Park, fact: Fact, *, sources: int = 1) -> None:
    assert list(Park.objects.values_list("pk", "name")) == [(park.pk, "青岛高新技术产业开发区")]
    park.refresh_from_db()
    assert not park.source_lost
    assert Evidence.objects.filter(entity_type="park", entity_id=park.pk).exists()
    assert list(Fact.objects.values_list("pk", "value", "value_text")) == \
        [(fact.pk, Decimal("480000000"), "4.8亿元")]
    fact.refresh_from_db()
    assert not fact.source_lost
    assert Evidence.objects.filter(entity_type="fact", entity_id=fact.pk).values("article").distinct().count() == sources


def test_a_rename_keeps_the_old_name_as_a_locked_alias(db):
    park = Park(name="青岛高新区", city="青岛")
    park.save()
    apply_editor_change(record=park, changes={"name": "青岛高新技术产业开发区"})
    park.refresh_from_db()
    assert park.aliases == ["青岛高新区"]
    assert "aliases:青岛高新区" in park.locked_fields and "name" in park.locked_fields
    apply_editor_change(record=park, changes={"name": "青岛高新技术产业开发区 "})  # same name: nothing added
    park.refresh_from_db()
    assert park.aliases == ["青岛高新区"]


@pytest.mark.django_db
def test_a_forced_reload_keeps_the_rename_and_the_corrected_figure(article):
    load_paths([article])
    park, fact = _rename_and_correct()
    report = load_paths([article], force=True)
    assert [f.status for f in report.files] == ["reloaded"]
    assert report.records.created == 0 and report.records.locked == 1
    _assert_editors_work_kept(park, fact)


@pytest.mark.django_db
def test_an_extractor_upgrade_reading_the_figure_differently_lands_on_the_corrected_fact(article, monkeypatch):
    load_paths([article])
    park, fact = _rename_and_correct()
    monkeypatch.setitem(UPGRADE, "on", True)
    monkeypatch.setattr(pipeline, "EXTRACTOR_VERSION", "test-next")
    assert [f.status for f in load_paths([article]).files] == ["reloaded"]
    _assert_editors_work_kept(park, fact)
    assert Evidence.objects.get(entity_type="fact").value["value"] == "460000001.000000"


@pytest.mark.django_db
def test_another_edition_repeating_the_old_figure_is_a_source_of_the_corrected_fact(article):
    load_paths([article])
    park, fact = _rename_and_correct()
    (article.parent / "b.txt").write_text(EDITION, encoding="utf-8")
    load_paths([article.parent / "b.txt"])
    _assert_editors_work_kept(park, fact, sources=2)
    assert not Fact.objects.get().has_conflict


@pytest.mark.django_db
def test_a_different_figure_from_another_article_is_still_a_fact_of_its_own(article):
    load_paths([article])
    park, fact = _rename_and_correct()
    (article.parent / "c.txt").write_text("据区统计局最新发布的数字,青岛高新区全年营收为4.7亿元。\n", encoding="utf-8")
    load_paths([article.parent / "c.txt"])
    assert sorted(Fact.objects.values_list("value", flat=True)) == [Decimal("470000000"), Decimal("480000000")]
    assert set(Fact.objects.values_list("has_conflict", flat=True)) == {True}


@pytest.mark.django_db
def test_a_rejected_figure_stays_rejected_when_a_new_extractor_reads_it_differently(article, monkeypatch):
    load_paths([article])
    review_records(records=Fact.objects.all(), status=ReviewStatus.REJECTED, user=None)
    monkeypatch.setitem(UPGRADE, "on", True)
    load_paths([article], force=True)
    assert list(Fact.objects.values_list("review_status", flat=True)) == [ReviewStatus.REJECTED]


@pytest.mark.django_db
def test_the_seeds_reloaded_by_force_keep_a_renamed_park_and_a_corrected_figure():
    call_command("load_seeds", str(SEEDS), verbosity=0)
    park = Park.objects.get(name="青岛高新区")
    apply_editor_change(record=park, changes={"name": "青岛高新技术产业开发区"})
    fact = Fact.objects.get(value_text="4.6亿元")
    apply_editor_change(record=fact, changes={"value": Decimal("480000000"), "value_text": "4.8亿元"})
    parks_before, facts_before = Park.objects.count(), Fact.objects.count()
    call_command("load_seeds", str(SEEDS), force=True, verbosity=0)
    assert not Park.objects.filter(name="青岛高新区").exists()
    park.refresh_from_db()
    assert park.name == "青岛高新技术产业开发区" and not park.source_lost
    assert Evidence.objects.filter(entity_type="park", entity_id=park.pk).exists()
    assert not Fact.objects.filter(value=Decimal("460000000"), metric=fact.metric).exists()
    fact.refresh_from_db()
    assert fact.value == Decimal("480000000") and not fact.source_lost
    assert Evidence.objects.filter(entity_type="fact", entity_id=fact.pk).exists()
    assert (Park.objects.count(), Fact.objects.count()) == (parks_before, facts_before)


@pytest.mark.django_db
def test_a_corrected_city_holds_when_the_article_is_reloaded_with_the_old_one(article):
    load_paths([article])
    park = Park.objects.get()
    assert park.city == "青岛"
    apply_editor_change(record=park, changes={"city": "烟台"})
    load_paths([article], force=True)
    (article.parent / "b.txt").write_text(EDITION, encoding="utf-8")
    load_paths([article.parent / "b.txt"])
    assert list(Park.objects.values_list("pk", "city")) == [(park.pk, "烟台")]
    assert Evidence.objects.filter(entity_type="park", entity_id=park.pk).values("article").distinct().count() == 2


@pytest.mark.django_db
def test_figures_an_editor_merged_into_one_fact_stay_merged_when_reloaded(article):
    from parks.merge import merge_records

    (article.parent / "c.txt").write_text("据区统计局最新发布的数字,青岛高新区全年营收为4.7亿元。\n", encoding="utf-8")
    load_paths([article, article.parent / "c.txt"])
    right, wrong = Fact.objects.get(value=Decimal("460000000")), Fact.objects.get(value=Decimal("470000000"))
    merge_records(survivor=right, others=[wrong])
    load_paths([article.parent], force=True)
    (article.parent / "d.txt").write_text("青岛高新区营收4.7亿元,位居全市前列,园区发展势头良好。\n", encoding="utf-8")
    load_paths([article.parent / "d.txt"])
    assert list(Fact.objects.values_list("pk", "value")) == [(right.pk, Decimal("460000000"))]
    assert Evidence.objects.filter(entity_type="fact", entity_id=right.pk).values("article").distinct().count() == 3
