"""Rules found on real7 (tests/eval/real7), each checked on a sentence written for it: zone kinds without
the common suffixes, where a zone's name starts, projects named after a count, and figures with a
typesetting gap. The sentences are fixtures for one behaviour each; how the rules do on real prose is
measured by the scored sets (tests/test_extraction_quality.py)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from loaders.extract import extract
from loaders.extract.mentions.amounts import find_amounts


def parks(text):
    return {p.name: p for p in extract(text).parks}


def projects(text):
    return {p.name: p for p in extract(text).projects}


@pytest.mark.parametrize("text, name, kind", [
    ("新华社电 甘南重点开发开放试验区今年签约项目30个。", "甘南重点开发开放试验区", "开发开放试验区"),
    ("河口县边境经济合作区今年新增入驻企业12家。", "河口县边境经济合作区", "边境经济合作区"),
])
def test_zone_kinds_without_the_common_suffixes(text, name, kind):
    found = parks(text)
    assert name in found, found
    assert found[name].kind == kind


def test_a_clause_before_a_zone_is_not_its_name():
    # 天气/挡不住/通州湾示范区: a verb, then a place, opens the name at the place
    found = parks("本报讯 (记者王明)寒冷的天气挡不住洋口港示范区2020年第四期项目集中开工的热潮。")
    assert "洋口港示范区" in found, found
    assert not any("挡不住" in name for name in found)


def test_china_and_a_partner_joined_by_a_dash_open_the_name():
    found = parks("主会场设在中国—马来西亚经贸创新发展示范园区食品产业园现场。")
    assert "中国—马来西亚经贸创新发展示范园区" in found, found


def test_a_bare_zone_word_before_a_park_is_not_part_of_its_name():
    found = parks("开工仪式在边境经济合作区金穗木业产业园区举行。")
    assert "金穗木业产业园区" in found, found
    assert "边境经济合作区金穗木业产业园区" not in found


@pytest.mark.parametrize("text", [
    "两地工业园区日前被认定为自治区高质量发展示范园区。",
    "全区共有9家开发区申报自治区高质量发展示范园区。",
    "两家开发区综合排名靠前，符合自治区高质量发展示范园区认定条件。",
    "园区已形成以食品加工为主导产业的综合性工业园区。",
])
def test_a_title_or_a_description_is_not_a_park(text):
    assert not [name for name in parks(text) if "示范园" in name or "综合性" in name], parks(text)


def test_items_named_after_a_count_of_projects_are_projects():
    found = projects("本次集中开工3个项目，总投资0.44亿元，分别是投资3500万元的鸿源蜂业产业园区、"
                     "投资500万元的长丰汽车电子交易基地、投资400万元的白石水库路提质改造工程。")
    assert {"鸿源蜂业产业园区", "长丰汽车电子交易基地", "白石水库路提质改造工程"} <= set(found), found
    assert found["鸿源蜂业产业园区"].investment.value == Decimal("35000000")


def test_a_count_that_does_not_match_the_items_names_no_projects():
    found = projects("本次集中开工5个项目，分别是鸿源蜂业产业园区、长丰汽车电子交易基地。")
    assert "长丰汽车电子交易基地" not in found, found


@pytest.mark.parametrize("text, value, unit", [
    ("重大项目共 235 个、总投资 1035 亿元。", Decimal("235"), "count"),
    ("总投资 1035 亿元。", Decimal("103500000000"), "cny"),
])
def test_a_space_between_a_figure_and_its_unit(text, value, unit):
    assert (value, unit) in {(a.value, a.unit) for a in find_amounts(text)}


def test_a_space_after_a_year_is_not_a_figure():
    assert not [a for a in find_amounts("2021 年项目") if a.value == 2021]


def test_a_city_event_held_in_a_park_does_not_give_the_park_its_figures():
    text = ("11月16日上午，全市四季度重大项目集中开工活动暨全市招商引资项目现场会在潍河高新区育新谷生物医药项目现场举行。"
            "参加此次集中开工活动的市、区重大项目共235个、总投资1035亿元。")
    assert not [f for f in extract(text).facts if f.subject == "潍河高新区"], extract(text).facts
