"""A zone's parks named with the bare 园 (一区五园: 高峰园、天子园 …): parks where the text counts the list or calls it
the zone's parts, and the area written right after one of them. The sentences are fixtures for one behaviour each
(invented names); real prose is measured by tests/test_extraction_quality.py."""
from __future__ import annotations

from tests.extracted import facts as _facts, park_aliases as _parks


def test_a_list_of_parts_a_zone_counts_names_each_part():
    text = ("据悉，“一区三园”即按照松岭园、松涛园、甲乙园的总体布局推进开发建设。"
            "其中，松岭园29.26平方公里，重点发展装备制造。松涛园3.78平方公里，重点发展汽车制造。")
    assert {"松岭园", "松涛园", "甲乙园"} <= set(_parks(text)), _parks(text)
    found = _facts(text)
    assert ("松岭园", "area_km2", "29.26") in found and ("松涛园", "area_km2", "3.78") in found, found


def test_a_list_the_text_counts_as_parks_names_each():
    text = "十年间，松涛软件园的园区建设成果显著，松岭园、丙丁园、甲乙世博分园、昆山松涛软件园这四大园区各具特色。"
    assert {"松岭园", "丙丁园", "甲乙世博分园"} <= set(_parks(text)), _parks(text)


def test_a_list_of_gardens_or_a_miscounted_list_names_no_parks():
    assert "松岭公园" not in _parks("松岭公园、松涛花园这两大园区对市民开放。")
    assert "松岭园" not in _parks("松岭园、松涛园这三大园区各具特色。")
    assert "松岭园" not in _parks("松岭园、松涛园的建设进展顺利。")
