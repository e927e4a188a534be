"""Rules of extractor 1.62, from real33 after its first score (and a second, as a holdout, before it was studied).
The sentences are fixtures for one behaviour each (invented names; places are the closed class of the lexicon);
real prose is measured by tests/test_extraction_quality.py."""
from __future__ import annotations

from loaders.extract.mentions.amounts import find_amounts
from tests.extracted import facts as _facts, firms as _firms, park_aliases as _parks, projects as _projects


def test_a_sentence_going_into_detail_keeps_the_subject_of_the_one_before():
    facts = _facts("今年前三季度,七松新区GDP增长13%。具体来看,规上工业增加值增长19.4%,固定资产投资增长21%。")
    assert {("七松新区", "growth_ratio", "0.194"), ("七松新区", "growth_ratio", "0.21")} <= facts, facts


def test_rates_listed_after_one_verb_are_each_a_growth_rate():
    text = "与此同时,甲乙工业园区、丙丁工业园区、戊己工业园区投资分别增长10.3%、7.6%、12.1%。"
    facts = _facts(text)
    assert ("戊己工业园区", "growth_ratio", "0.121") in facts, facts


def test_percentage_points_are_no_count():
    assert find_amounts("拉动固投19.7个百分点") == []
    assert [a.value for a in find_amounts("开复工19个")] == [19]


def test_an_activity_read_as_one_verb_is_no_firm_in_a_list():
    firms = _firms("近年来,松岭县在州委、州政府的坚强领导下,坚持以招商引资和实施“6个20工程”等重大项目作为加快经济发展的"
                   "主抓手,相继引来一批重大项目落户松岭。")
    assert "招商引资" not in firms, firms


def test_a_county_before_an_industrial_park_the_tagger_reads_as_one_place():
    parks = _parks("再次掀起了镇远县黔东工业园区招商引资项目建设热潮。")
    assert parks == {"黔东工业园区": ["镇远县黔东工业园区"]}, parks
    # a descriptive rest keeps its county: 生态工业集中区 names no park
    assert "旬阳县生态工业集中区" in _parks("旬阳县生态工业集中区实现产值45.5亿元。")


def test_a_province_and_an_industry_name_a_zone_listed_after_a_named_one():
    parks = _parks("其中经济技术开发区有洛阳经济技术开发区、河南航天经济技术开发区、河南航空经济技术开发区。")
    assert {"洛阳经济技术开发区", "河南航天经济技术开发区", "河南航空经济技术开发区"} <= set(parks), parks
    assert _parks("河南航天经济技术开发区建设加快。") == {}  # alone, a province's parks of an industry


def test_a_concentrated_processing_zone_is_a_park_and_an_adjective_names_none():
    assert "松岭农畜产品集中加工区" in _parks("其中,松岭农畜产品集中加工区被命名为四川省特色产业基地。")
    assert _parks("此外,优秀经开区的排名情况也予以公布。") == {}


def test_projects_that_completed_investment_are_being_built():
    projects = _projects("完成投资亿元以上的10万吨高纯晶硅、35吉瓦单晶硅等8个项目,占开发区固定资产投资83.4%。")
    assert projects.get("10万吨高纯晶硅") == (None, "在建"), projects


def test_a_meeting_for_a_places_projects_is_no_project_with_its_city_in_brackets():
    text = "3月13日,“松岭招商引资项目(常州)推介会”在常州市成功举办,共达成协议项目11个。"
    assert _projects(text) == {}, _projects(text)
