"""Links between records of two tables, and what unloading an article leaves behind."""
from __future__ import annotations

from pathlib import Path

import pytest
from django.core.management import call_command

from loaders import pipeline
from loaders.models import SourceArticle
from loaders.pipeline import load_paths
from loaders.retract import unload_article
from curation.editing import apply_editor_change
from parks.models import Company, Park
from tests import loading as L

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

LINKED = "崂山区政府与青岛国际创新园签署合作协议,园区企业将获支持。\n"
PARENT = "东江科技园位于仲恺高新区,是该区的重点园区。\n"
OTHER = "东江科技园今年新引进项目12个,仲恺高新区统计局发布了数据。\n"
ALSO_NAMED = "崂山区政府发布了年度报告,青岛国际创新园入选。\n"


def fake_extract(text: str, *, known_names=None):
    if text == LINKED.strip():
        return L.extraction(parks=[L.park(text, "青岛国际创新园")],
                            companies=[L.company(text, "崂山区政府", kind="government", park="青岛国际创新园")])
    if text == PARENT.strip():
        return L.extraction(parks=[L.park(text, "仲恺高新区", kind="高新区", city="惠州"),
                                   L.park(text, "东江科技园", city="惠州", parent="仲恺高新区",
                                           district="仲恺")])
    if text == ALSO_NAMED.strip():
        return L.extraction(parks=[L.park(text, "青岛国际创新园")],
                            companies=[L.company(text, "崂山区政府", kind="government")])
    return L.extraction(parks=[L.park(text, "东江科技园", city="惠州"), L.park(text, "仲恺高新区", kind="高新区",
                                                                         city="惠州")])


@pytest.fixture
def extracted(monkeypatch):
    monkeypatch.setattr(pipeline, "extract", fake_extract)


@pytest.mark.django_db
def test_a_company_is_linked_to_its_park_even_when_their_ids_coincide(tmp_path, extracted):
    Park(pk=900, name="青岛国际创新园", city="青岛").save()
    Company(pk=900, name="崂山区政府", kind="government").save()
    (tmp_path / "a.txt").write_text(LINKED, encoding="utf-8")
    load_paths([tmp_path])
    assert list(Company.objects.get(pk=900).parks.values_list("pk", flat=True)) == [900]


@pytest.mark.django_db
def test_the_seeds_link_the_parks_developer_to_the_qingdao_innovation_park():
    # 青岛国际创新园由崂山区政府和青岛高科产业发展有限公司合作开发运营: the firm is placed in the park
    # (the government is a developer the ground truth places in no park).
    call_command("load_seeds", str(SEEDS), verbosity=0)
    company = Company.objects.get(name="青岛高科产业发展有限公司")
    assert list(company.parks.values_list("name", flat=True)) == ["青岛国际创新园"]
    assert not Company.objects.get(name="崂山区政府").parks.exists()


@pytest.mark.django_db
def test_unloading_the_only_article_giving_a_parent_clears_it_and_keeps_the_rest(tmp_path, extracted):
    (tmp_path / "parent.txt").write_text(PARENT, encoding="utf-8")
    (tmp_path / "other.txt").write_text(OTHER, encoding="utf-8")
    load_paths([tmp_path / "parent.txt", tmp_path / "other.txt"])
    child = Park.objects.get(name="东江科技园")
    assert child.parent.name == "仲恺高新区" and child.district == "仲恺"
    result = unload_article(SourceArticle.objects.get(file_name="parent.txt"))
    child.refresh_from_db()
    assert child.parent is None and child.district == ""
    assert child.city == "惠州" and Park.objects.get(name="仲恺高新区").kind == "高新区"
    assert result.recomputed == 1


@pytest.mark.django_db
def test_unloading_leaves_a_value_an_editor_set(tmp_path, extracted):
    (tmp_path / "parent.txt").write_text(PARENT, encoding="utf-8")
    (tmp_path / "other.txt").write_text(OTHER, encoding="utf-8")
    load_paths([tmp_path])
    child = Park.objects.get(name="东江科技园")
    apply_editor_change(record=child, changes={"district": "仲恺高新区"})
    unload_article(SourceArticle.objects.get(file_name="parent.txt"))
    child.refresh_from_db()
    assert child.district == "仲恺高新区" and child.parent is None


@pytest.mark.django_db
def test_unloading_the_only_article_stating_a_link_removes_it_unless_an_editor_decided_it(tmp_path, extracted):
    (tmp_path / "linked.txt").write_text(LINKED, encoding="utf-8")
    (tmp_path / "also.txt").write_text(ALSO_NAMED, encoding="utf-8")
    load_paths([tmp_path / "linked.txt", tmp_path / "also.txt"])
    company = Company.objects.get(name="崂山区政府")
    assert list(company.parks.values_list("name", flat=True)) == ["青岛国际创新园"]
    unload_article(SourceArticle.objects.get(file_name="linked.txt"))
    company.refresh_from_db()  # both still named by the other article, which does not link them
    assert Park.objects.filter(name="青岛国际创新园").exists() and not company.parks.exists()


@pytest.mark.django_db
def test_unloading_keeps_a_link_an_editor_locked(tmp_path, extracted):
    (tmp_path / "linked.txt").write_text(LINKED, encoding="utf-8")
    (tmp_path / "also.txt").write_text(ALSO_NAMED, encoding="utf-8")
    load_paths([tmp_path / "linked.txt", tmp_path / "also.txt"])
    company = Company.objects.get(name="崂山区政府")
    park = Park.objects.get(name="青岛国际创新园")
    Company.objects.filter(pk=company.pk).update(locked_fields=[f"parks:{park.pk}"])
    unload_article(SourceArticle.objects.get(file_name="linked.txt"))
    assert list(Company.objects.get(pk=company.pk).parks.values_list("pk", flat=True)) == [park.pk]
