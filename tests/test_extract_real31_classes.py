"""Rules of extractor 1.57, from real30 and real31 after their first scores. The sentences are fixtures for one
behaviour each (invented names; places are the closed class of the lexicon); real prose is measured by
tests/test_extraction_quality.py."""
from __future__ import annotations

from loaders.extract import extract
from tests.extracted import facts as _facts
from loaders.extract.mentions.amounts import find_amounts


def _parks(text):
    return {p.name: p.kind for p in extract(text).parks}


def test_a_park_quoted_whole_is_named_by_its_quotes():
    assert "和松產業園區" in _parks("高雄市「和松產業園區」簽約金額就高達221億元。")
    assert "粤澳合作产业园" in _parks("澳门特区政府新推荐的50个项目入驻横琴“粤澳合作产业园”。")


def test_export_processing_zones_are_zones_and_a_ministry_is_no_part_of_a_parks_name():
    parks = _parks("經濟部加工出口區管理處今日宣布,台中加工出口區可望新增約4萬平方公尺的產業空間。")
    assert parks == {"台中加工出口區": "出口加工区"}, parks
    parks = _parks("科技部科學工業園區審議委員會今天通過4件投資案。")
    assert "科技部科學工業園區" not in parks, parks
    assert "北海出口加工区" in _parks("北海出口加工区已有企业进驻。")


def test_a_sum_written_in_yi_then_wan_is_one_figure():
    amounts = find_amounts("共计核准投资新台币17亿2700万元,合计增资29亿2350万元。")
    assert [(a.value, a.unit) for a in amounts] == [(1727000000, "twd"), (2923500000, "cny")], amounts


def test_a_word_of_the_table_the_tagger_reads_as_a_place_names_no_zone():
    assert _parks("吸引了一大批台资企业扎堆投资开发区,对台资招商实现新突破。") == {}


def test_firms_listed_before_where_they_set_up_are_in_that_park_and_what_each_has_is_no_total():
    x = extract("通过的投资案中包含在新竹科学工业园区设立的甲乙光学(股)公司。\n\n"
                "丙丁生技(股)公司、戊己生技(股)公司在南部科学工业园区设立,各投资1.2亿元。")
    firms = {c.name: c.park for c in x.companies}
    assert firms.get("丙丁生技(股)公司") == "南部科学工业园区", firms
    assert not any(f.amount.value == 120000000 for f in x.facts), x.facts


def test_the_measure_of_a_figure_may_sit_in_the_clause_before_after_a_date():
    facts = _facts("受到需求带动,南部科学园区今年1至10月营业额表现持续亮眼,整体约2.36兆元。")
    assert ("南部科学园区", "annual_revenue", "2360000000000") in facts, facts


def test_a_fund_set_up_beside_something_else_starts_with_its_own_place():
    funds = [f.name for f in extract("特别是设立澳门投资绿色通道和横琴粤澳发展基金,专门服务澳门投资者。").funds]
    assert funds == ["横琴粤澳发展基金"], funds


def test_counts_written_with_digits_before_big_or_new_are_no_projects_and_own_no_sum():
    assert extract("澳门50新项目入驻横琴自贸区").projects == []
    x = extract("我县举行新项目集中开工仪式。位于我县境内的松岭塑业有限公司圆织生产线扩能项目、丙丁节能玻璃有限公司"
                "节能门窗生产项目、松青东路项目、戊己镇社会福利院4大项目同天分别举行开工仪式，项目总投资4.69亿元。")
    assert all(p.investment is None for p in x.projects), [(p.name, p.investment) for p in x.projects]


def test_a_short_name_in_brackets_is_the_same_project():
    x = extract("位于我县境内的丙丁塑业有限公司圆织生产线扩能项目、松青东路项目同天分别在各项目地举行开工仪式。"
                "位于我县甲乙镇的松岭水泥总厂棚户区改造片区配套基础设施(松青东路)项目总投资1.9亿元。")
    names = {p.name: p.aliases for p in x.projects}
    assert names.get("松岭水泥总厂棚户区改造片区配套基础设施(松青东路)项目") == ["松青东路项目"], names
    assert "松青东路项目" not in names, names


def test_roads_and_items_cut_out_of_a_bracket_are_no_firms_nor_projects():
    x = extract("还有特色街区改造建设项目(甲南路、甲北路)、丙丁商务综合项目、马岭路、桂黄东二路等在10月竣工项目共11项。")
    assert not [c.name for c in x.companies], x.companies
    assert not any(")" in p.name and "(" not in p.name for p in x.projects), x.projects


def test_a_firm_named_with_its_city_and_its_county_in_brackets():
    names = [c.name for c in extract("还有桂林(灵川)松涛水利电业设备有限公司新建年产10000台变压器项目。").companies]
    assert names == ["桂林(灵川)松涛水利电业设备有限公司"], names


def test_an_adverb_after_a_zone_opens_no_park_of_it_and_a_university_science_park_is_a_kind():
    parks = _parks("为争创区域中心城市提供新动能,松岭国家高新区将提升园区承载能力作为当务之急。")
    assert "将提升园区" not in parks, parks
    assert _parks("要充分发挥科技创新中心、大学科技园等平台作用。") == {}
