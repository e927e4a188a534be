"""Every extracted record names the rule that produced it and carries that rule's measured confidence."""
from __future__ import annotations

import pytest

from loaders.extract import extract
from loaders.extract.records.confidence import DEFAULT, RULES, Rule, confidence_of

TEXT = ("青岛高新区引进青岛宝佳智能装备股份有限公司等企业。"
        "总投资6亿元的海信高性能抗光屏幕项目正在加快建设。青岛高新区实现产值120亿元。")


def test_every_mention_has_a_known_rule_and_a_confidence_between_0_and_1():
    result = extract(TEXT)
    mentions = [*result.parks, *result.companies, *result.projects, *result.funds, *result.facts]
    assert mentions
    for m in mentions:
        assert m.rule in RULES, m
        assert 0 < m.confidence < 1, m


def test_a_figure_named_with_its_park_and_one_taken_from_scope_have_different_rules():
    facts = extract("青岛高新区今年引进项目12个。园区实现产值120亿元。").facts
    assert {f.rule for f in facts} == {"fact_named", "fact_scope"}


@pytest.mark.parametrize("precision, found, expected", [
    (1.0, 7, 0.89),   # 7 right of 7: sure, but not certain
    (1.0, 98, 0.99),
    (0.5, 10, 0.5),
    (0.0, 0, DEFAULT),  # never measured
])
def test_a_rule_measured_on_few_records_is_pulled_towards_the_middle(monkeypatch, precision, found, expected):
    monkeypatch.setitem(RULES, "test_rule", Rule("a rule of this test", precision, found))
    assert confidence_of("test_rule") == expected


def test_an_unknown_rule_gets_the_default():
    assert confidence_of("no_such_rule") == DEFAULT


@pytest.mark.django_db
def test_loaded_records_keep_their_rule_and_confidence(tmp_path):
    from loaders.pipeline import load_paths
    from parks.models import Park
    from projects.models import Fact, Project

    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    load_paths([tmp_path])
    park = Park.objects.get(name="青岛高新区")
    assert park.extraction_rules == ["park_place_suffix"]
    assert park.confidence == confidence_of("park_place_suffix")
    assert Project.objects.get().extraction_rules == ["project_word"]
    assert all(f.extraction_rules and f.confidence for f in Fact.objects.all())
