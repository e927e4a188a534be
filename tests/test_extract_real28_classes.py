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


def test_a_park_named_with_a_numeral_is_built_as_a_project_and_counts_stay_counts():
    x = extract("8月22日,位于甲乙开发区丙丁工业园的七松新材料产业园项目建设现场机器轰鸣,施工车辆往来不停。")
    projects = {p.name: p.park for p in x.projects}
    assert "七松新材料产业园项目" in projects, projects
    assert extract("推进三大产业园项目建设,两个产业园项目开工。").projects == []


def test_a_zone_after_a_district_the_tables_do_not_know_is_named_without_it():
    x = extract("位于松岭区金峰开发区丙丁工业园的甲乙产业园项目建设现场机器轰鸣。")
    parks = {p.name: (p.parent, p.aliases) for p in x.parks}
    assert parks.get("金峰开发区") == (None, ["松岭区金峰开发区"]), parks
    assert parks.get("松岭区金峰开发区丙丁工业园", (None,))[0] == "金峰开发区", parks


def test_a_project_sited_in_a_zones_park_is_in_that_park():
    x = extract("位于金峰开发区丙丁工业园的松涛新材料产业园项目建设现场机器轰鸣。")
    assert {p.name: p.park for p in x.projects} == {"松涛新材料产业园项目": "金峰开发区丙丁工业园"}, x.projects
