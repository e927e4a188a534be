"""Merging duplicates and undoing it, not-the-same pairs, splitting, and changing a record's type."""
from __future__ import annotations

from decimal import Decimal

import pytest

from loaders.models import Evidence
from curation.merge import change_type, mark_not_same, merge_records, split_record, undo_merge
from curation.models import MergeLog, NotSame
from parks.models import Company, Park, ParkGroup
from projects.models import Fact, Fund, Project
from tests.editor_fixtures import evidence, make_editor, make_world

pytestmark = pytest.mark.django_db


def state(park_ids):
    """Everything a park merge touches, to compare before and after an undo."""
    return {
        "parks": sorted(Park.objects.filter(pk__in=park_ids).values_list("pk", "name", "aliases", "parent_id",
                                                                         "locked_fields")),
        "projects": sorted(Project.objects.values_list("pk", "park_id")),
        "funds": sorted(Fund.objects.values_list("pk", "park_id")),
        "company_parks": sorted(Company.parks.through.objects.values_list("company_id", "park_id")),
        "group_members": sorted(ParkGroup.members.through.objects.values_list("parkgroup_id", "park_id")),
        "facts": sorted(Fact.objects.values_list("pk", "subject_type", "subject_id", "subject_name")),
        "evidence": sorted(Evidence.objects.values_list("pk", "entity_type", "entity_id", "field")),
    }


def test_merge_moves_everything_to_the_survivor_and_undo_puts_it_back():
    world = make_world()
    editor = make_editor()
    survivor, article = world["park"], world["article"]
    duplicate = Park.objects.create(name="青岛国际创新园区", city="青岛", aliases=["创新园"])
    child = Park.objects.create(name="创新园一区", city="青岛", parent=duplicate)
    survivor.parent = duplicate
    survivor.save()
    fund = Fund.objects.create(name="创新园基金", park=duplicate)
    project = Project.objects.create(name="另一个项目", park=duplicate)
    world["company"].parks.add(duplicate, survivor)
    group = ParkGroup.objects.create(name="青岛8个新兴产业专业园区")
    group.members.add(duplicate)
    Fact.objects.create(subject_type="park", subject_id=duplicate.pk, subject_name=duplicate.name, metric="enterprises",
                        value=Decimal(200), unit="count", qualifier="余", value_text="200余家")
    # The same revenue figure about the duplicate: after the merge the survivor keeps one fact with both sources.
    twin = Fact.objects.create(subject_type="park", subject_id=duplicate.pk, subject_name=duplicate.name,
                               metric="annual_revenue", value=Decimal("3000000000"), unit="cny")
    evidence(article, twin, "value", "营收约30亿元")
    evidence(article, duplicate, "name", "青岛国际创新园")  # same span as the survivor's: kept once
    evidence(article, duplicate, "city", "青岛国际")
    ids = [survivor.pk, duplicate.pk, child.pk]
    duplicate_id = duplicate.pk
    before = state(ids)

    log = merge_records(survivor=survivor, others=[duplicate], user=editor)

    survivor.refresh_from_db()
    assert not Park.objects.filter(pk=duplicate_id).exists()
    assert set(survivor.aliases) == {"青岛国际创新园区", "创新园"}
    assert {"aliases:青岛国际创新园区", "aliases:创新园"} <= set(survivor.locked_fields)
    assert survivor.parent_id is None  # it pointed at the duplicate; a park is not its own parent
    assert Park.objects.get(pk=child.pk).parent_id == survivor.pk
    assert Fund.objects.get(pk=fund.pk).park_id == survivor.pk
    assert Project.objects.get(pk=project.pk).park_id == survivor.pk
    assert list(world["company"].parks.all()) == [survivor]
    assert list(group.members.all()) == [survivor]
    assert Fact.objects.filter(subject_type="park", subject_id=survivor.pk).count() == 2
    revenue = Fact.objects.get(subject_type="park", subject_id=survivor.pk, metric="annual_revenue")
    assert Evidence.objects.filter(entity_type="fact", entity_id=revenue.pk).count() == 2
    assert Evidence.objects.filter(entity_type="park", entity_id=duplicate_id).count() == 0
    assert Evidence.objects.filter(entity_type="park", entity_id=survivor.pk).count() == 2
    assert (log.entity_type, log.survivor_id, log.merged_ids, log.performed_by) == ("park", survivor.pk,
                                                                                   [duplicate_id], editor)
    assert survivor.history.latest().history_user == editor

    undo_merge(log=MergeLog.objects.get(pk=log.pk), user=editor)

    assert state(ids) == before
    assert MergeLog.objects.get(pk=log.pk).undone_by == editor


def test_a_merge_cannot_be_undone_twice():
    world = make_world()
    other = Company.objects.create(name="海尔集团")
    log = merge_records(survivor=world["company"], others=[other], user=None)
    undo_merge(log=log, user=None)
    from curation.merge import MergeError
    with pytest.raises(MergeError):
        undo_merge(log=log, user=None)


def test_merging_companies_joins_their_projects_and_parks():
    world = make_world()
    other = Company.objects.create(name="海尔智家", aliases=["海尔"])
    project = Project.objects.create(name="海尔二期项目")
    project.companies.add(other)
    merge_records(survivor=world["company"], others=[other], user=None)
    assert list(project.companies.all()) == [world["company"]]
    company = Company.objects.get(pk=world["company"].pk)
    assert company.aliases == ["海尔", "海尔智家"]  # 海尔 was already an alias: not repeated


def test_not_same_is_stored_as_an_ordered_pair_once():
    world = make_world()
    other = Company.objects.create(name="海尔生物")
    mark_not_same(first=other, second=world["company"], user=None)
    mark_not_same(first=world["company"], second=other, user=None)
    pair = NotSame.objects.get()
    assert (pair.entity_type, pair.left_id, pair.right_id) == ("company", world["company"].pk, other.pk)


def test_split_gives_the_chosen_evidence_to_a_new_record_that_is_not_the_same():
    world = make_world()
    project = world["project"]
    project.aliases = ["智能制造项目"]
    project.save()
    investment = Evidence.objects.get(entity_type="project", entity_id=project.pk, field="investment")
    new = split_record(record=project, name="智能制造项目", evidence_ids=[investment.pk], user=None)
    assert Evidence.objects.get(pk=investment.pk).entity_id == new.pk
    assert Project.objects.get(pk=project.pk).aliases == []
    assert "aliases:智能制造项目" in Project.objects.get(pk=project.pk).locked_fields
    assert NotSame.objects.filter(entity_type="project").count() == 1


def test_a_project_that_is_really_a_park_becomes_one_and_the_project_is_a_tombstone():
    world = make_world()
    article = world["article"]
    wrong = Project.objects.create(name="黄石科技城")
    evidence(article, wrong, "name", "黄石科技城")
    park = change_type(record=wrong, to_model=Park, user=None)
    assert isinstance(park, Park) and park.name == "黄石科技城"
    assert Evidence.objects.filter(entity_type="park", entity_id=park.pk, field="name").count() == 1
    assert not Evidence.objects.filter(entity_type="project", entity_id=wrong.pk).exists()
    assert Project.objects.get(pk=wrong.pk).review_status == "rejected"
    assert "name" in park.locked_fields


def test_undo_keeps_what_editors_changed_after_the_merge():
    from curation.editing import apply_editor_change

    world = make_world()
    survivor = world["park"]
    duplicate = Park.objects.create(name="青岛国际创新园区", city="青岛")
    duplicate_id = duplicate.pk
    elsewhere = Park.objects.create(name="崂山科技城", city="青岛")
    moved = Project.objects.create(name="另一个项目", park=duplicate)
    log = merge_records(survivor=survivor, others=[duplicate], user=None)
    assert Project.objects.get(pk=moved.pk).park_id == survivor.pk
    # after the merge an editor puts the project in another park and gives the survivor a new alias
    apply_editor_change(record=Project.objects.get(pk=moved.pk), changes={"park": elsewhere})
    apply_editor_change(record=Park.objects.get(pk=survivor.pk),
                        changes={"aliases": [*Park.objects.get(pk=survivor.pk).aliases, "国际创新园"]})

    undo_merge(log=log, user=None)

    assert Project.objects.get(pk=moved.pk).park_id == elsewhere.pk
    survivor = Park.objects.get(pk=survivor.pk)
    assert survivor.aliases == ["国际创新园"]
    assert "aliases:国际创新园" in survivor.locked_fields
    assert "aliases:青岛国际创新园区" not in survivor.locked_fields
    assert Park.objects.filter(pk=duplicate_id).exists()
