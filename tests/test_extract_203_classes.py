"""Rules of extractor 2.03, from what the studied real sets (real59 above all) still got wrong. The sentences are
fixtures for one behaviour each (invented names; places are the closed class of the lexicon); real prose is measured
by tests/test_extraction_quality.py."""
from __future__ import annotations

from loaders.extract import extract
from tests.extracted import projects as _projects


# From real59 (studied after its first score).

def test_the_bare_unit_before_a_park_word_is_the_county_the_article_is_about():
    text = ("12月2日,松岭县在县产业集聚区举行集中开工仪式。县委常委程卫东出席。"
            "据了解,此次集中开工的松岭县柏川化妆刷生产项目、河南松桓科技建设项目等11个重点建设项目,总投资近21亿元。")
    x = extract(text)
    assert [p.name for p in x.parks] == ["松岭县产业集聚区"], x.parks
    got = {name: park for name, (park, _) in _projects(text).items()}
    assert got == {"松岭县柏川化妆刷生产项目": "松岭县产业集聚区", "河南松桓科技建设项目": "松岭县产业集聚区"}, got


def test_our_citys_zones_are_a_class_and_no_park():
    text = "松岭县加快项目建设，推动我市开发区高质量发展。该县集中区共平整土地500多亩。"
    assert extract(text).parks == [], extract(text).parks


def test_a_project_written_with_and_without_its_city_is_one_project():
    text = ("鹤壁市第一批重点项目集中开工仪式隆重举行。鹤壁市委在市产业集聚区鹤壁柏川正大项目工地设主会场。"
            "柏川正大项目总投资10亿元。鹤壁市各县区设分会场。")
    x = extract(text)
    assert [p.name for p in x.parks] == ["鹤壁市产业集聚区"], x.parks
    assert [(p.name, p.park) for p in x.projects] == [("柏川正大项目", "鹤壁市产业集聚区")], x.projects
    assert "鹤壁柏川正大项目" in x.projects[0].aliases, x.projects[0].aliases
