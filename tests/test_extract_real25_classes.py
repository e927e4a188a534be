"""Rules of extractor 1.50, from real25 after its first score. The sentences are fixtures for one behaviour each
(invented names; places are the closed class of the lexicon); real prose is measured by
tests/test_extraction_quality.py."""
from __future__ import annotations

from loaders.extract import extract
from tests.extracted import facts as _facts, firms as _firms, park_aliases as _parks, projects as _projects


def test_what_firms_make_after_a_preposition_and_firms_of_a_market_are_no_firms():
    assert _firms("入园企业以轻工机械、环保设备、食品加工设备为主。") == {}
    assert _firms("日前,甲乙科技产业园举行项目集中签约仪式,13个科技型项目集中落户,其中不乏新三板上市公司。") == {}


def test_a_parks_entering_projects_are_a_class_and_fast_building_is_building():
    assert _projects("甲乙轻工产业园入园项目开工") == {}
    text = "今年上半年松岭新区推动丙丁机场三期、戊己新材料二期等一批重大项目快速建设。"
    assert _projects(text).get("戊己新材料二期", (None, None))[1] == "在建", _projects(text)


def test_an_economic_cooperation_park_and_a_cross_border_zone_named_with_its_two_countries():
    assert "甲乙(松岭)经济合作园区" in _parks("9月下旬,甲乙(松岭)经济合作园区河段改道工程开工建设。")
    parks = _parks("在建的跨境合作园区有中国百色-越南高平边境经济合作区等。")
    assert "中国百色-越南高平边境经济合作区" in parks, parks


def test_a_park_named_after_the_town_it_lies_in_is_named_by_its_own_name():
    parks = _parks("日前,甲乙科技产业园在松岭市溪口镇丙丁工业区动工建设。")
    assert "丙丁工业区" in parks and "松岭市溪口镇丙丁工业区" in parks["丙丁工业区"], parks
    assert "溪口镇工业园" in _parks("项目落户溪口镇工业园。")


def test_the_parks_a_park_was_founded_on_do_not_own_its_figures():
    text = "据了解,甲乙科技产业园是在丙丁经济开发区及戊己产业园、庚辛工业园基础上成立的工业示范园区,总规划面积62平方公里。"
    assert ("甲乙科技产业园", "area_km2", "62") in _facts(text), _facts(text)


def test_projects_named_out_of_a_signed_batch_are_signed_though_the_sentence_says_what_they_will_do():
    text = ("7月10日,松岭区举行重点项目签约活动,集中签约17个项目,计划总投资100余亿元。\n\n"
            "其中,甲乙文化创意园、丙丁影视传媒文创园等项目,将以文化创意产业为主导,积极对接企业。")
    projects = _projects(text)
    assert projects["甲乙文化创意园"][1] == "签约" and projects["丙丁影视传媒文创园"][1] == "签约", projects
    talks = _projects("7月10日,松岭区举行重点项目座谈会。\n\n其中,甲乙文化创意园等项目,将以文化创意产业为主导。")
    assert talks["甲乙文化创意园"][1] != "签约", talks


def test_a_quoted_name_after_one_of_the_projects_is_a_project():
    text = "甲乙轻工产业园首批入园项目之一的“丙丁重型钢构”在湘阴县奠基。"
    assert _projects(text).get("丙丁重型钢构") == ("甲乙轻工产业园", "开工"), _projects(text)


def test_cities_listed_before_a_count_of_zones_each_have_one():
    text = "目前共有南宁、桂林、柳州、北海4个国家高新区;梧州、钦州、来宾3个自治区高新区。"
    parks = set(_parks(text))
    assert {"南宁国家高新区", "桂林国家高新区", "柳州国家高新区", "北海国家高新区",
            "梧州高新区", "钦州高新区", "来宾高新区"} <= parks, parks
    facts = _facts(text)
    assert ("4个国家高新区", "parks_count", "4") in facts and ("3个自治区高新区", "parks_count", "3") in facts, facts
    assert _parks("柳州、南宁国家高新区成为全区仅有的两个千亿元园区。").keys() == {"柳州国家高新区", "南宁国家高新区"}


def test_a_park_named_in_a_note_in_brackets_does_not_own_the_figure():
    text = "去年,6个高新区(来宾高新区2015年3月获批)工业总产值达到3934.66亿元。"
    assert not any(s == "来宾高新区" for s, _, _ in _facts(text)), _facts(text)


# Extractor 1.51: the company lists of the studied sets, read again for what is no firm.

def test_how_and_where_before_with_are_no_part_of_a_name_and_persons_a_title_opens_a_list_with_are_no_firms():
    firms = _firms("市政府、松岭新区及甲乙县政府分别与丙丁制药、戊己机床等企业签约。")
    assert "甲乙县政府" in firms and "甲乙县政府分别" not in firms, firms
    firms = _firms("市级领导张甲、李乙、王丙代表松岭市人民政府、甲乙高新区管委会在会上与松涛实业集团有限公司等10家企业签约。")
    assert not {"市级领导张甲", "李乙", "甲乙高新区管委会在会上"} & set(firms), firms
    assert "松涛实业集团有限公司" in firms and not any("代表" in name for name in firms), firms


def test_places_listed_among_bodies_are_no_firms():
    firms = _firms("甲乙经开区管委会、临桂区、永福县、市工信委、市科技局等单位有关负责人参加仪式。")
    assert not {"临桂区", "永福县"} & set(firms), firms


def test_a_governments_office_is_government_and_firms_described_by_ownership_or_series_are_none():
    kinds = {c.name: c.kind for c in extract("县政府办、县发改局等单位负责人参加。").companies}
    assert kinds.get("县政府办") == "government", kinds
    firms = _firms("我们将紧盯松岭系列公司、甲乙生物科技公司等工业园区骨干企业。")
    assert "松岭系列公司" not in firms and "甲乙生物科技公司" in firms, firms
    assert "国有园区平台公司" not in _firms("甲乙经开区由国有园区平台公司等企业负责运营。")


def test_what_is_made_is_no_firm():
    text = ("这次开工的项目除甲乙深加工、丙丁加工和戊己景区综合开发3个亿元以上项目外,"
            "还有节水灌溉设备生产、水泵生产、塑料加工和肉制品加工等项目。")
    assert "水泵生产" not in _firms(text)


def test_a_counted_list_keeps_a_conjunction_inside_a_name_and_a_firm_opened_by_an_adverb():
    text = ("松岭化工年产40万吨乙二醇及30万吨二甲醚、丙丁新材料1000吨石墨烯粉体、共同低碳碳回收及驰放气循环再利用"
            "3个重大项目均进入试车阶段,计划年内建成。")
    projects = _projects(text)
    assert set(projects) == {"松岭化工年产40万吨乙二醇及30万吨二甲醚", "丙丁新材料1000吨石墨烯粉体",
                             "共同低碳碳回收及驰放气循环再利用"}, projects
    assert {status for _, status in projects.values()} == {"在建"}, projects
    assert _projects("双方共同推进甲乙新材料产业园建设、共同打造丙丁智能制造产业链2个项目。") == {}


def test_money_put_into_named_works_is_money_spent():
    facts = _facts("甲乙科技产业园总规划面积62平方公里,累计投入基础设施及配套设施建设资金55亿余元。")
    assert ("甲乙科技产业园", "completed_investment_cumulative", "5500000000") in facts, facts
