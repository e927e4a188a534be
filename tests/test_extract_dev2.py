"""Generalisation, round 1.5: tests/articles_dev2 (10 articles in new registers, studied and fixed
against) and tests/articles_holdout2 (4 articles written and scored before any rule was changed,
never tuned on), plus phrase tables for each failure class fixed from the dev set.

Registers: a city 政府工作报告, a statistics table, a 问/答 interview, a 百强 ranking, 港澳台 parks in
traditional characters, an English-named press release, a 招商 poster of labelled fields, a fire in
a chemical park, a 招标公告 and a subsidy policy 通知; held out: a 证券时报 announcement story, a
人民日报 roundup of 国家级新区 and 自贸片区, a county 工业园区 signing list, an incubator feature.
"""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from loaders.extract import extract

ROOT = Path(__file__).resolve().parent.parent
DEV2 = ROOT / "tests" / "articles_dev2"
HOLDOUT2 = ROOT / "tests" / "articles_holdout2"

# One worker of a parallel run (pytest-xdist) scores this module's sets, once.
pytestmark = pytest.mark.xdist_group("dev2")


@pytest.fixture(scope="module")
def dev2(extraction_scores):
    return extraction_scores(DEV2)


@pytest.fixture(scope="module")
def holdout2(extraction_scores):
    return extraction_scores(HOLDOUT2)


# measured at 1.5: parks P=0.92 F1=0.92, companies P=1.00 F1=0.82, projects P=1.00 F1=0.80,
# facts P=1.00 F1=0.97 (strict-subject recall 0.92).  Bars: the measure minus a margin.
DEV2_BARS = {"parks": (0.85, 0.85), "companies": (0.9, 0.75), "projects": (0.9, 0.7), "facts": (0.9, 0.9)}


@pytest.mark.django_db
@pytest.mark.parametrize("kind", sorted(DEV2_BARS))
def test_dev2_articles_stay_above_the_measured_floor(dev2, kind):
    precision, f1 = DEV2_BARS[kind]
    assert dev2[kind]["precision"] >= precision, dev2[kind]
    assert dev2[kind]["f1"] >= f1, dev2[kind]


@pytest.mark.django_db
def test_dev2_fact_subjects_are_mostly_right(dev2):
    assert dev2["facts_strict_recall"] >= 0.8, dev2["facts"]


# measured before any change (1.4): parks P=0.73 F1=0.76, companies P=0.90 F1=0.90, projects P=0.82
# F1=0.78 amounts 9/9, facts P=0.85 R=0.85; after (1.5): the same but facts P=0.92 R=0.81 F1=0.86.
HOLDOUT2_BARS = {"parks": (0.65, 0.7), "companies": (0.85, 0.85), "projects": (0.75, 0.7), "facts": (0.85, 0.8)}


@pytest.mark.django_db
@pytest.mark.parametrize("kind", sorted(HOLDOUT2_BARS))
def test_held_out2_articles_stay_above_the_measured_floor(holdout2, kind):
    precision, f1 = HOLDOUT2_BARS[kind]
    assert holdout2[kind]["precision"] >= precision, holdout2[kind]
    assert holdout2[kind]["f1"] >= f1, holdout2[kind]


@pytest.mark.django_db
def test_held_out2_project_amounts_that_are_found_are_exact(holdout2):
    assert holdout2["projects"]["amounts_right"] == holdout2["projects"]["amounts_checked"], holdout2["projects"]


def _facts(text):
    return {(f.subject, f.metric, f.amount.value) for f in extract(text).facts}


# -- a city's or county's own figures are not a park's -------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("株洲高新区营业收入突破3000亿元。过去一年，全市地区生产总值增长6.1%，达到3720亿元。", Decimal("372000000000")),
    ("安远县工业园区累计引进项目28个。1至5月，全县完成规上工业增加值同比增长8.6%。", Decimal("0.086")),
    ("株洲高新区营业收入突破3000亿元。全市新认定高新技术企业312家，总数达到1485家。", Decimal("1485")),
])
def test_figures_of_a_whole_city_or_county_are_not_park_facts(text, value):
    assert not any(v == value for _, _, v in _facts(text))


def test_a_group_of_the_citys_parks_is_still_a_subject():
    assert any(s == "全省开发区" for s, _, _ in _facts("一季度，全省开发区实现规上工业总产值9860亿元。"))


def test_a_sentence_without_a_park_after_a_paragraph_of_several_parks_has_no_subject():
    text = ("株洲高新技术产业开发区营业收入突破3000亿元；株洲经济开发区新签约项目46个；醴陵经济开发区产值达到860亿元。\n"
            "项目建设提速增效。全年实施重大项目450个，完成投资1130亿元。")
    values = {v for _, _, v in _facts(text)}
    assert Decimal("450") not in values and Decimal("113000000000") not in values
    assert Decimal("46") in values


def test_a_parent_inside_its_childs_name_does_not_compete_as_topic():
    text = ("惠州仲恺高新区东江科技园 上半年工业项目集中动工\n"
            "本报讯 5月30日，惠州仲恺高新区东江科技园举行3个项目动工仪式。\n"
            "据了解，3个项目总投资达10亿元，建成后可实现工业产值17亿元。")
    assert ("惠州仲恺高新区东江科技园", "planned_investment", Decimal("1000000000")) in _facts(text)


# -- posters and forms: labelled fields ---------------------------------------------------------

POSTER = ("【招商】德阳高新技术产业开发区 诚邀您的入驻\n\n园区名称：德阳高新技术产业开发区\n规划面积：56.8平方公里\n"
          "主导产业：高端装备制造、新材料、生物医药\n入驻企业：园区已入驻企业680余家，其中规上工业企业152家\n"
          "配套设施：标准厂房约45万平方米，人才公寓1200套\n招商热线：0838-2512345")


@pytest.mark.parametrize("metric, value", [
    ("area_km2", Decimal("56.8")), ("enterprises", Decimal("680")), ("enterprises", Decimal("152")),
    ("floor_area_m2", Decimal("450000")),
])
def test_a_posters_labelled_lines_are_facts_about_its_park(metric, value):
    assert ("德阳高新技术产业开发区", metric, value) in _facts(POSTER)


def test_a_park_word_early_in_the_clause_does_not_make_a_count_of_parks():
    assert not any(m == "parks_count" for _, m, _ in _facts(POSTER))


@pytest.mark.parametrize("text, metric, value", [
    ("2023年，合肥高新区全年新增高新技术企业386家，总数达到2150家。", "high_tech_enterprises", Decimal("2150")),
    ("株洲经济开发区新签约项目46个，合同引资额210亿元。", "planned_investment", Decimal("21000000000")),
])
def test_the_measured_noun_is_read_from_the_previous_clause_or_a_synonym(text, metric, value):
    assert any(m == metric and v == value for _, m, v in _facts(text))


# -- accidents carry no park statistics -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "江苏响水生态化工园区内一处仓库发生火灾，过火面积约800平方米。",
    "事故发生后，当地对江苏响水生态化工园区开展排查，责令5家企业停产整改。",
])
def test_an_accidents_figures_are_not_facts(text):
    assert extract(text).facts == []


# -- park names ---------------------------------------------------------------------------------

def _parks(text):
    return [p.name for p in extract(text).parks]


@pytest.mark.parametrize("text, not_park", [
    ("2024中国产业园区百强榜发布 长三角占据半壁江山", "2024中国产业园区"),
    ("港澳台科技園區加速佈局創新產業", "港澳台科技園區"),
    ("香港科技園公司行政總裁表示，園區去年表現理想。", "香港科技園"),
    ("常州高新区下辖的滨江经济开发区化工园区则重点发展新材料。", "滨江经济开发区化工园区"),
])
def test_classes_regions_and_companies_named_after_parks_are_not_parks(text, not_park):
    assert not_park not in _parks(text)


@pytest.mark.parametrize("text, park", [
    ("双方将在中新南京生态科技岛共同开发一座产业园。", "中新南京生态科技岛"),
    ("3月21日，江苏响水生态化工园区内一处仓库起火。", "江苏响水生态化工园区"),
    ("中部科學園區營業額為新台幣9,860億元。", "中部科學園區"),
])
def test_bilateral_island_and_chemical_parks_are_found(text, park):
    assert park in _parks(text)


def test_a_short_name_defined_after_an_english_name_is_an_alias():
    text = ("盛裕集团今日与南京江宁经济技术开发区（Nanjing Jiangning Economic and Technological Development Zone，"
            "以下简称“江宁开发区”）签署合作协议。江宁开发区是首批国家级经济技术开发区之一。")
    parks = extract(text).parks
    assert len(parks) == 1 and "江宁开发区" in parks[0].aliases


# -- company names ------------------------------------------------------------------------------

def _companies(text):
    return [c.name for c in extract(text).companies if c.kind == "enterprise"]


@pytest.mark.parametrize("text, company", [
    ("本招标项目已批准建设，项目业主为眉山发展产业投资有限公司，建设资金来自企业自筹。", "眉山发展产业投资有限公司"),
    ("江苏响水生态化工园区内盐城海德化工有限公司一处仓库发生火灾。", "盐城海德化工有限公司"),
])
def test_roles_and_places_in_front_of_a_legal_name_are_cut(text, company):
    assert company in _companies(text)


def test_a_job_title_in_traditional_script_is_not_part_of_the_company():
    assert not any(n.endswith("行政") for n in _companies("香港科技園公司行政總裁表示，去年共有112家初創企業完成融資。"))


def test_a_country_in_front_of_a_firm_named_again_without_it_is_one_firm():
    text = "新加坡盛裕集团与江宁开发区签约。盛裕集团首席执行官表示，这是集团在华东地区的第三个产业园项目。"
    found = [c for c in extract(text).companies if "盛裕" in c.name]
    assert len(found) == 1 and found[0].name == "盛裕集团" and "新加坡盛裕集团" in found[0].aliases
