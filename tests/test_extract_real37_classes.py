"""Rules of extractor 1.66, from real37 after its first score (chemical parks, parks built in pairs across provinces,
paired-assistance parks, 2009-2010 prose). The sentences are fixtures for one behaviour each (invented names; places
are the closed class of the lexicon); real prose is measured by tests/test_extraction_quality.py."""
from __future__ import annotations

from tests.extracted import facts as _facts, park_aliases as _parks


def test_chemical_parks_of_every_spelling_are_parks():
    parks = _parks("5家化工园区分别是武汉化学工业区、湖北松岭经济开发区甲乙湖化工园、松涛化工园区、丙丁化工园。")
    assert {"武汉化学工业区", "湖北松岭经济开发区甲乙湖化工园", "丙丁化工园"} <= set(parks), parks
    parks = _parks("认定的化工集中区为宁夏松岭工业园区化工区块、松涛石化片区。")
    assert {"宁夏松岭工业园区化工区块", "松涛石化片区"} <= set(parks), parks


def test_a_zones_part_two_names_a_dash_joins_is_named_with_the_zone():
    parks = _parks("认定的化工集中区为石嘴山经济技术开发区甲乙—丙丁化工区。")
    assert "石嘴山经济技术开发区甲乙—丙丁化工区" in parks, parks


def test_a_label_joined_by_a_dot_or_a_bracketed_place_stays_in_the_name():
    parks = _parks("2月27日上午,深中合作(松岭)产业园正式揭牌。深中合作产业园由两市共建。")
    assert parks == {"深中合作(松岭)产业园": ["深中合作产业园"]}, parks
    assert "川渝合作（达州·松岭）示范园区" in _parks("川渝合作（达州·松岭）示范园区建设提速。")


def test_former_is_no_part_of_a_zones_name():
    parks = _parks("2014年7月,原杭州经济技术开发区与原凯里经济开发区签订对口帮扶框架协议。")
    assert set(parks) == {"杭州经济技术开发区", "凯里经济开发区"}, parks


def test_a_park_word_opening_a_clause_is_the_one_park_named_with_it():
    text = ("2016年4月,杭州经济开发区帮扶2000万元建设了凯里·杭州经济开发区协作园。"
            "通过钱塘新区牵线搭桥,已有甲乙股份有限公司等企业成功落户。目前,协作园已有16家企业建成投产。")
    facts = _facts(text)
    assert ("凯里·杭州经济开发区协作园", "enterprises", "16") in facts, facts


def test_a_zones_industry_park_and_our_city_before_a_zone():
    parks = _parks("我市松岭经济开发区数字经济园区入围省级示范型园区。")
    assert set(parks) == {"松岭经济开发区", "松岭经济开发区数字经济园区"}, parks
    assert "滨江经济开发区化工园区" not in _parks("滨江经济开发区化工园区实现产值410亿元。")
