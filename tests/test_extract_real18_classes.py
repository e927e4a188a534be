"""Rules of extractor 1.40, from real18's misses (after its first score): a firm that signs with a zone for a project
is in that zone; a firm's short name and its placed or bracketed long name are one firm; sectors listed before 等项目
are neither firms nor projects; two parks joined by 和 are not one name; 'a park of X' (X一工业园区) names no park;
市北 opens a zone's name; words that read as a clause inside a project's name (建设经营, 系列产品); a body's name
starts after 与/和/获; a project described as one of a park's keeps its figures; the noun nearest a figure names its
metric. The sentences are fixtures for one behaviour each; real prose is measured by tests/test_extraction_quality.py."""
from __future__ import annotations

from loaders.extract import extract


def _firms(text):
    return {c.name: c.park for c in extract(text).companies if c.kind == "enterprise"}


def test_a_firm_that_signs_with_a_zone_for_a_project_is_in_that_zone():
    text = ("在洽谈会签约仪式上,我市签下了3个项目。这些项目是:甲乙实业有限公司与丙丁经济开发区管委会签署的总投资为9800万美元的"
            "计算机整机生产项目;戊己集团(香港)有限公司与庚辛市壬癸经济区签署的总投资为4980万美元的酒店项目。")
    firms = _firms(text)
    assert firms["甲乙实业有限公司"] == "丙丁经济开发区"
    assert firms["戊己集团(香港)有限公司"] == "庚辛市壬癸经济区"


def test_a_firm_that_signs_a_strategic_deal_beside_a_zone_is_not_placed_by_this_rule():
    firms = _firms("甲乙银行股份有限公司与丙丁经济开发区管委会签署战略合作协议。")
    assert firms.get("甲乙银行股份有限公司") is None  # a bank serves parks; it is not placed in one


def test_a_firms_short_stem_and_its_bracketed_local_company_are_one_firm():
    text = "戊己集团投资建设酒店。戊己集团(香港)有限公司与庚辛市壬癸经济区签署协议。"
    assert [c.name for c in extract(text).companies if c.kind == "enterprise"] == ["戊己集团(香港)有限公司"]


def test_a_firm_named_with_and_without_its_city_is_one_firm_placed_where_the_text_puts_it():
    text = ("甲乙循环经济试验区签约仪式举行。成都丙丁有限公司总经理张某说,投资环境良好。"
            "目前丙丁有限公司在戊己工业园区已投资建设了一个200亩的装备制造厂区。")
    firms = _firms(text)
    assert list(firms) == ["成都丙丁有限公司"] and firms["成都丙丁有限公司"] == "戊己工业园区"


def test_sectors_listed_before_deng_xiangmu_are_neither_firms_nor_projects():
    x = extract("近年来,一批盐湖化工、新能源、新材料、装备制造、特色生物、文化旅游等项目的签约和落实,促进了甲乙市的发展。")
    assert [c.name for c in x.companies] == [] and [p.name for p in x.projects] == []


def test_two_parks_joined_by_he_are_not_one_park():
    x = extract("四幢商务楼宇昨日落成,将分别作为甲乙文化产业园二期和丙丁生物医药产业园的重要组成部分。")
    assert all("和" not in p.name for p in x.parks)


def test_a_park_of_a_city_counted_as_one_is_no_name():
    x = extract("九江一工业园区扩区调区获省政府批复!")
    assert [p.name for p in x.parks] == [] and [c.name for c in x.companies] == []


def test_a_zone_named_after_the_north_of_a_city_is_a_zone():
    assert [p.name for p in extract("该项目位于市北高新区。").parks] == ["市北高新区"]
    assert [p.name for p in extract("占市下达高新区任务的一半。").parks] == []  # a bare unit, then a verb


def test_construction_and_operation_and_a_product_series_stay_inside_a_projects_name():
    x = extract("甲乙公司签署了总投资为5000万美元的标准厂房建设经营项目和总投资为3000万美元的医用器械系列产品项目。")
    assert {p.name: float(p.investment.value) for p in x.projects} == {
        "标准厂房建设经营项目": 50_000_000.0, "医用器械系列产品项目": 30_000_000.0}


def test_a_bodys_name_starts_after_a_conjunction_or_a_verb():
    x = extract("中兴产业园项目投资方与市政府签订的协议为框架协议。扩区调区获省政府批复。")
    assert [c.name for c in x.companies] == []


def test_a_project_described_as_one_of_a_parks_keeps_its_figures_and_their_metrics():
    text = ("甲乙四局高端建筑智能智造总部项目是丙丁高新区重点打造的产业体系中的支撑性战略项目,计划总投资30亿元,占地124亩,"
            "预计实现年应税销售20亿元、税收1200万元,到账外资3000万美元。")
    facts = {(f.subject, f.metric.removesuffix("_target"), float(f.amount.value)) for f in extract(text).facts}
    name = "甲乙四局高端建筑智能智造总部项目"
    assert {(name, "area_mu", 124.0), (name, "annual_revenue", 2e9), (name, "annual_tax", 1.2e7),
            (name, "fdi_used", 3e7)} <= facts
    assert not any(subject == "丙丁高新区" for subject, _, _ in facts)
