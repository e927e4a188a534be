"""Rules found on real11 (tests/eval/real11), each checked on a sentence written for it: the products or
buildings a list of firms names are not firms, a founding year is not a figure's period (and 截止 is written
for 截至), a meeting the park held is where the reporter learnt of it, a verb right before a park word
governs it, parks counted in a ranking or written as a class (国内…产业园区) are not parks, a counted
enumeration keeps its descriptive items, a 其中 sentence takes the stage of the set it details, a project's
bracketed abbreviation (…(LNG)项目) is its short name, and a 合作区 is a zone. The sentences are fixtures for
one behaviour each; how the rules do on real prose is measured by the scored sets
(tests/test_extraction_quality.py)."""
from __future__ import annotations

from loaders.extract import extract


def company_names(text):
    return {c.name for c in extract(text).companies}


def park_names(text):
    return {p.name for p in extract(text).parks}


def test_the_products_a_list_of_firms_ends_in_are_not_firms():
    text = "目前，该项目已导入甲乙开发区的10余家口罩、防护服、消毒液等应急物资生产企业。"
    assert company_names(text) & {"口罩", "防护服", "消毒液"} == set()
    assert "标准厂房" not in company_names("将与甲乙开发区内企业合作，利用现有标准厂房等快速导入相关企业。")


def test_firms_listed_with_a_verb_still_are_firms():
    found = company_names("丙丁集团、戊己机床、庚辛建工等企业纷纷入驻甲乙开发区。")
    assert {"丙丁集团", "戊己机床", "庚辛建工"} <= found
    # firms the tagger does not know read as common words, piece by piece: still firms
    assert {"通产智能", "悟牛科技"} <= company_names("园区培育了通产智能、悟牛科技等一批高成长性企业。")


def test_a_founding_year_is_not_the_period_of_the_figure_after_it():
    x = extract("甲乙工业园区是1992年成立的省级工业园区，截止目前，入园企业达171个，建成投产企业98户。")
    periods = {f.amount.value: f.as_of_text for f in x.facts if f.subject == "甲乙工业园区"}
    assert periods.get(171) == "截止目前"
    assert "1992年" not in periods.values()
    x = extract("甲乙工业园区2003年获批为省级开发区，入园企业达171个。")
    assert all(f.as_of_text != "2003年" for f in x.facts)


def test_a_meeting_the_park_held_names_the_park_the_story_is_about():
    x = extract("9月21日，记者从甲乙工业园区建园20周年座谈会上获悉，园区将力争升级为国家级开发区。\n\n"
                "目前，园区总体规划面积为54.19平方公里，已引进多国企业。丙丁集团、戊己机床、庚辛建工等企业纷纷入驻。")
    parks = {c.name: c.park for c in x.companies}
    assert parks["丙丁集团"] == parks["戊己机床"] == "甲乙工业园区"


def test_a_verb_right_before_a_park_word_governs_it():
    assert park_names("六大制造业增加值增长17.1%，占产业集聚区工业的比重达到49.2%。") == set()
    assert park_names("全国化工园区30强的评选包含化工园区的综合经济实力等多项指标。") == set()
    # a brand's first character read as a verb opens the park's name
    assert "联东U谷" in park_names("园区与开投芯屏产业园、融安光电科技园、联东U谷等“区中园”联合招商。")


def test_parks_of_a_ranking_or_of_a_class_are_not_parks():
    assert park_names("通报中还列出了投资总额前30位和后30位产业集聚区。") == set()
    assert park_names("这是国内石化产业园区综合实力和先进水平的反映。") == set()


def test_a_counted_enumeration_keeps_its_descriptive_items():
    x = extract("甲乙高新区首批4个项目集中签约。本次签约的4个项目分别是:丙丁国际创新药生产基地项目、"
                "高端医药及医疗器械项目、庚辛精密数控加工中心项目及戊己云工业互联网创新中心项目。")
    found = {p.name: p for p in x.projects}
    assert "高端医药及医疗器械项目" in found  # one of the 4, however descriptive its words
    assert found["高端医药及医疗器械项目"].park == "甲乙高新区"
    assert "丙丁国际创新药生产基地项目" in found


def test_a_sentence_opening_with_qizhong_takes_the_stage_of_the_set_it_details():
    x = extract("近日，甲乙高新区举行重大项目签约开竣工活动。据悉，此次签约项目共8个，总投资38.27亿元。"
                "其中10亿元以上项目2个，分别为总投资18.5亿元的丙丁清洁能源一体化产业项目，"
                "总投资10亿元的戊己智能智造研发生产基地项目。")
    found = {p.name: p for p in x.projects}
    assert found["丙丁清洁能源一体化产业项目"].status == "签约"
    assert found["戊己智能智造研发生产基地项目"].status == "签约"


def test_a_projects_bracketed_abbreviation_is_its_short_name():
    x = extract("甲乙经济技术开发区举行丙丁清洁能源有限公司液化天然气(LNG)项目开工奠基仪式。"
                "约550人参加了LNG项目的开工奠基仪式。")
    projects = [p for p in x.projects]
    assert [p.name for p in projects] == ["丙丁清洁能源有限公司液化天然气(LNG)项目"]
    assert "LNG项目" in projects[0].aliases


def test_a_special_cooperation_zone_is_a_zone():
    x = extract("项目首期投资超10亿元，建设用地选定于甲乙经济特别合作区，将与丙丁开发区内企业合作。")
    kinds = {p.name: p.kind for p in x.parks}
    assert kinds.get("甲乙经济特别合作区") == "经济合作区"


def test_a_list_closed_by_jixiangguan_names_firms():
    found = company_names("1~9月，海川制冷、海川通用及相关配套企业产值累计完成144.8亿元，同比增长13.3%。")
    assert {"海川制冷", "海川通用"} <= found
    # 以及相关单位: what the officials of a ceremony came with, no list of firms
    assert "县长" not in company_names("县长、甲乙高新区管委会主任王某以及相关单位部门、企业负责人参加开工仪式。")
