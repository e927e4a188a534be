"""Rules of extractor 1.52, from real26 after its first score. The sentences are fixtures for one behaviour each
(invented names; places are the closed class of the lexicon); real prose is measured by
tests/test_extraction_quality.py."""
from __future__ import annotations

from loaders.extract import extract
from tests.extracted import facts as _facts, firms as _firms, park_aliases as _parks, projects as _projects


def test_a_securities_fund_named_after_its_park_names_no_park_and_keeps_its_long_name():
    text = ("8月15日,据上交所网站披露,甲乙证券松岭新经济产业园封闭式基础设施证券投资基金(以下简称松岭新经济REIT)已获正式受理。"
            "丙丁创新产业园REIT正式向上交所提了反馈回复。")
    x = extract(text)
    assert [p.name for p in x.parks] == [], [p.name for p in x.parks]
    assert [f.name for f in x.funds][:1] == ["甲乙证券松岭新经济产业园封闭式基础设施证券投资基金"], [f.name for f in x.funds]


def test_parks_counted_in_places_or_deals_are_no_park_and_a_smart_manufacturing_park_is_one():
    assert _parks("两单产业园REITs底层资产均为工业厂房。底层资产为位于上海市的4处产业园。") == {}
    assert "松岭奉贤智造园" in _parks("企业入驻松岭奉贤智造园,出租率达99%。")


def test_a_financial_product_is_no_investment_project():
    text = "国务院指出,抓紧推出面向民间投资的不动产投资信托基金项目;鼓励更多符合条件的基础设施REITs项目发行上市。"
    assert _projects(text) == {}


def test_a_japanese_legal_form_a_groups_member_firms_and_a_generation_in_a_name():
    firms = _firms("据了解,甲乙硝子株式会社是日本的百年老企业,属于松岭集团成员公司。")
    assert "甲乙硝子株式会社" in firms and "松岭集团成员公司" not in firms, firms
    projects = _projects("昨天,甲乙硝子第8.5代TFT-LCD玻璃基板项目开工。甲乙硝子TFT-LCD玻璃基板项目的开工建设意义重大。")
    assert list(projects) == ["甲乙硝子第8.5代TFT-LCD玻璃基板项目"], projects


def test_a_guest_at_a_ceremony_is_not_placed_in_the_park_and_a_firms_subsidiaries_are_no_park_figure():
    text = ("甲乙项目在松岭新区开工。市长张甲、丙丁集团股份有限公司董事长李乙等出席了开工仪式。"
            "松岭新区的甲乙株式会社目前在全球拥有200多家子公司。")
    assert _firms(text).get("丙丁集团股份有限公司") is None, _firms(text)
    assert not any(v == "200" for _, _, v in _facts(text)), _facts(text)


def test_a_firm_sited_in_a_park_owns_the_figures_after_it():
    text = "甲乙电动车有限公司位于松岭经济技术开发区,占地1000余亩,总投资达12亿元。"
    facts = _facts(text)
    assert ("甲乙电动车有限公司", "planned_investment", "1200000000") in facts, facts
    assert not any(s == "松岭经济技术开发区" for s, _, _ in facts), facts
