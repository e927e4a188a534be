"""Rules of extractor 1.86, from real41 after its first score (a new area's projects in 甘肃, zones of 鄂尔多斯 and
梧州, state-level zones in 2003-2004, enclave and co-built parks). The sentences are fixtures for one behaviour each
(invented names; places are the closed class of the lexicon); real prose is measured by
tests/test_extraction_quality.py."""
from __future__ import annotations

from loaders.extract import extract
from tests.extracted import park_aliases as _parks, projects as _projects


def test_a_zone_two_provinces_build_is_named_with_the_city_of_its_part():
    text = ("粤桂合作特别试验区(梧州):1—5月招商资金71.1亿元\n\n今年以来，该试验区加快招商，松涛医疗器械生产项目、"
            "甲乙智能护理用品项目开工建设。")
    assert _parks(text) == {"粤桂合作特别试验区(梧州)": ["粤桂合作特别试验区"]}, _parks(text)
    assert {park for park, _ in _projects(text).values()} == {"粤桂合作特别试验区(梧州)"}, _projects(text)


def test_items_of_a_list_counted_as_projects_are_projects_in_the_park_in_scope_and_targets_are_planned():
    text = ("今年，兰州新区将积极做好协调服务，力促松涛新能源及装备制造产业园、兰州水泵总厂、和盛堂高新技术产业化示范工程等5个项目，"
            "在3、4月份开工建设，国家级甲乙阀门产业科技园、丙丁石化润滑油生产厂等5个项目，5、6月份开工建设。")
    assert set(_parks(text)) == {"兰州新区"}, _parks(text)
    found = _projects(text)
    assert found.get("和盛堂高新技术产业化示范工程") == ("兰州新区", "planned"), found
    assert found.get("松涛新能源及装备制造产业园") == ("兰州新区", "planned"), found
    assert found.get("国家级甲乙阀门产业科技园") == ("兰州新区", "planned"), found


def test_the_parks_of_a_list_a_count_closes_are_no_subject_of_the_groups_figures():
    text = ("此外，松涛工业园区、甲乙投资区、丙丁出口加工区、戊己开发区等4个经国务院批准享受国家级开发区政策的区域"
            "上半年实现工业总产值1609.31亿元，工业增加值419.07亿元。")
    assert not extract(text).facts, [(f.subject, f.amount.text) for f in extract(text).facts]


def test_rates_given_respectively_after_the_measures_and_their_values_are_the_groups():
    text = ("据统计，上半年东部沿海33家国家级开发区实现工业总产值6084.6亿元，工业增加值1664.55亿元，税收收入315.32亿元，"
            "同比分别增长42.4%、37.1%、16.2%。")
    rates = sorted(str(f.amount.value) for f in extract(text).facts if f.metric == "growth_ratio")
    assert rates == ["0.162", "0.371", "0.424"], rates


def test_a_plant_written_after_the_sum_invested_in_it_is_a_project():
    text = "同样，投资逾30亿元、年产10万辆SUV越野车的松涛集团雅安汽车生产基地内，四大工艺车间已完成建设。"
    found = {p.name: p.investment.text if p.investment else None for p in extract(text).projects}
    assert found == {"松涛集团雅安汽车生产基地": "逾30亿元"}, found


def test_a_project_a_firm_names_after_an_area_many_build_in_is_named_without_it():
    text = "4月25日，梧州临港经济区松涛大理石瓷砖生产项目建设全速推进。该区已引进松涛、甲乙建材等企业。"
    assert _projects(text) == {"松涛大理石瓷砖生产项目": ("梧州临港经济区", "在建")}, _projects(text)
    kept = _projects("1月2日，分会场集中开工11个项目，包括：青禾综合保税区光伏发电项目、钨丝生产线扩建项目。")
    assert "青禾综合保税区光伏发电项目" in kept, kept  # (a kind of project after the zone: the zone's, named with it)


def test_incubation_bases_research_centres_and_research_funding_are_measures():
    text = ("目前，松涛开发区成立了6个高科技创业孵化基地，科研课题经费投入达到1.1亿元。"
            "松涛开发区力争新建企业技术中心、工程技术研究中心不低于2家。")
    found = {(f.metric, str(f.amount.value)) for f in extract(text).facts}
    assert {("incubators", "6"), ("rd_spending", "110000000")} <= found, found
    assert any(metric.startswith("research_institutions") and value == "2" for metric, value in found), found
