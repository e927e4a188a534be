"""An industry base (产业基地) as a park: only where a place or the state names it. The sentences are fixtures for
one behaviour each (invented names; places are the closed class of the lexicon); real prose is measured by
tests/test_extraction_quality.py."""
from __future__ import annotations

from tests.extracted import park_aliases as _parks, projects as _projects


def test_a_base_a_place_names_is_a_park_and_holds_its_projects():
    text = "在位于松岭镇的宁波松涛装备及模组产业基地，宁波甲乙装备项目正紧锣密鼓地推进，预计今年底可部分完工。"
    assert set(_parks(text)) == {"宁波松涛装备及模组产业基地"}, _parks(text)
    assert _projects(text) == {"宁波甲乙装备项目": ("宁波松涛装备及模组产业基地", "在建")}, _projects(text)


def test_a_base_the_state_names_is_a_park():
    text = "经国家有关部门批准设立的国家动漫游戏原创松涛产业基地昨天授牌，一期规划建筑面积2万平方米。"
    assert set(_parks(text)) == {"国家动漫游戏原创松涛产业基地"}, _parks(text)


def test_a_firms_base_a_goal_and_an_item_of_projects_counted_are_no_parks():
    assert not _parks("松涛电器投资50亿元在渝建设西南产业基地，松涛电器西南产业基地今日开工。")
    assert not _parks("该区将努力打造宁波船舶动力产业基地。")
    assert not _parks("包括甲乙食品产业园一期、宁波电缆转型升级产业基地等46个重大项目集中开工。")
