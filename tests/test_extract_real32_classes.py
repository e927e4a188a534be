"""Rules of extractor 1.58, from real32 after its first score. The sentences are fixtures for one behaviour each
(invented names; places are the closed class of the lexicon); real prose is measured by
tests/test_extraction_quality.py."""
from __future__ import annotations

from loaders.extract import extract
from tests.extracted import park_aliases as _parks


def test_a_class_a_park_is_one_of_and_a_style_of_park_are_no_parks():
    parks = _parks("重庆松岭生态工业园区是重庆特色工业园区的代表之一,占地面积约20平方公里。")
    assert set(parks) == {"重庆松岭生态工业园区"}, parks
    assert _parks("园区按照园林式工业园的标准建设。") == {}


def test_a_citys_parks_together_are_no_short_form_of_one_of_them():
    parks = _parks("到2022年,重庆市工业园区销售产值将达6万亿元。重庆松岭生态工业园区占地面积约20平方公里。")
    assert parks.get("重庆松岭生态工业园区") == [], parks


def test_taiwan_farmers_parks_as_a_class_are_no_park_and_a_senior_title_is_no_part_of_a_firm():
    assert "台湾农民创业园" not in _parks("国家在大陆设立台湾农民创业园,其中松岭台湾农民创业园已入驻企业20家。")
    firms = [c.name for c in extract("甲乙电资深副总经理丙丁代表甲乙电签字。").companies]
    assert "甲乙电资深" not in firms, firms


def test_firms_counted_then_two_kinds_of_firm_close_a_list_and_a_zones_name_may_end_in_descriptive_words():
    firms = [c.name for c in extract("据悉,甲乙电厂、丙丁电子、戊己食品和庚辛化工等四家台湾著名财团和上市公司已相继落户松岭市。").companies]
    assert firms == ["甲乙电厂", "丙丁电子", "戊己食品", "庚辛化工"], firms
    assert "角松工业综合开发区" in _parks("松岭市的角松工业综合开发区是当地台资经济最具规模的区域。")


def test_a_cooperation_park_and_the_size_of_a_class_a_park_is_one_of():
    x = extract("其中松岭电子项目总投资15亿元。中韩国际合作产业园成为安徽省首批授牌的10家国际合作产业园之一。")
    assert [p.name for p in x.parks] == ["中韩国际合作产业园"], x.parks
    assert not any(f.amount.value == 10 for f in x.facts), x.facts


def test_a_bare_industrial_park_word_opening_a_clause_is_the_park_in_scope():
    text = ("松岭创新工业园区 成为经济发展新增长极\n\n"
            "近年来,云南省大理白族自治州推进工业强州战略,有力加快了创新工业园区建设步伐。"
            "到目前,工业园区入驻企业达772户,完成工业总产值387.5亿元。")
    facts = {(f.subject, f.metric, str(f.amount.value)) for f in extract(text).facts}
    assert {("松岭创新工业园区", "enterprises", "772"), ("松岭创新工业园区", "output_value", "38750000000")} <= facts, facts
