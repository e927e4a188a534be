"""Rules of extractor 1.54, from real28 after its first score. The sentences are fixtures for one behaviour each
(invented names; places are the closed class of the lexicon); real prose is measured by
tests/test_extraction_quality.py."""
from __future__ import annotations

from loaders.extract import extract


def test_products_listed_before_kinds_of_makers_are_no_firms_but_firms_of_all_kinds_are():
    text = "该项目建成后将引进新型复合家电面板、高强度五金制品、高品质钢管及运动器材结构型材等多类型生产企业。"
    assert [c.name for c in extract(text).companies] == []
    firms = {c.name for c in extract("甲乙集聚区已入驻松涛食品、丙丁乳业、戊己重科等各类工业企业347家。").companies}
    assert {"松涛食品", "丙丁乳业", "戊己重科"} <= firms, firms


def test_an_industrial_project_area_is_a_park_not_a_project():
    x = extract("松岭甲乙工业项目区规划面积1500亩,已入驻企业29家。")
    assert [p.name for p in x.parks] == ["松岭甲乙工业项目区"] and x.projects == [], (x.parks, x.projects)


def test_an_industrial_corridor_is_a_park():
    x = extract("经过一年多的集中建设,松岭“甲乙工业走廊”初具规模。走廊规划面积921平方公里。")
    assert "甲乙工业走廊" in [p.name for p in x.parks], [p.name for p in x.parks]
