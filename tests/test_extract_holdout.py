"""Generalisation checks: two folders of articles written after the rules (tests/articles_holdout_dev,
tests/articles_holdout) and phrase tables for the false-positive classes fixed from the dev set.

articles_holdout_dev (10 articles) was studied and the rules fixed against it; articles_holdout
(4 articles) was written first and its output not looked at until the rules were final, so its
bars are the honest measure and sit below the figures measured then (with a margin).
"""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from loaders.extract import extract
from loaders.extract.mentions.amounts import find_amounts

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "tests" / "articles_holdout_dev"
HOLDOUT = ROOT / "tests" / "articles_holdout"

# One worker of a parallel run (pytest-xdist) scores this module's sets, once.
pytestmark = pytest.mark.xdist_group("holdout")


@pytest.fixture(scope="module")
def dev(extraction_scores):
    return extraction_scores(DEV)


@pytest.fixture(scope="module")
def holdout(extraction_scores):
    return extraction_scores(HOLDOUT)


# measured at 1.3: dev parks/companies/projects/facts P=R=1.00, strict-subject recall 0.78.
@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["parks", "companies", "projects", "facts"])
def test_dev_articles_are_extracted_precisely(dev, kind):
    assert dev[kind]["precision"] >= 0.9, dev[kind]
    assert dev[kind]["f1"] >= 0.85, dev[kind]


@pytest.mark.django_db
def test_dev_fact_subjects_are_mostly_right(dev):
    assert dev["facts_strict_recall"] >= 0.65, dev["facts"]


@pytest.mark.django_db
def test_dev_project_amounts_are_exact(dev):
    assert dev["projects"]["amounts_right"] == dev["projects"]["amounts_checked"], dev["projects"]


# measured at 1.3: parks P=0.83 F1=0.91, companies P=1.00 F1=0.96, projects P=R=0.75 amounts 5/5,
# facts P=0.80 R=0.87.  Funds (3 gold funds, F1 0.22) are too few and too weak for a bar.
HOLDOUT_BARS = {"parks": (0.75, 0.85), "companies": (0.9, 0.9), "projects": (0.65, 0.65), "facts": (0.7, 0.75)}


@pytest.mark.django_db
@pytest.mark.parametrize("kind", sorted(HOLDOUT_BARS))
def test_held_out_articles_stay_above_the_measured_floor(holdout, kind):
    precision, f1 = HOLDOUT_BARS[kind]
    assert holdout[kind]["precision"] >= precision, holdout[kind]
    assert holdout[kind]["f1"] >= f1, holdout[kind]


@pytest.mark.django_db
def test_held_out_project_amounts_that_are_found_are_exact(holdout):
    assert holdout["projects"]["amounts_right"] == holdout["projects"]["amounts_checked"], holdout["projects"]


def _companies(text):
    return [c.name for c in extract(text).companies if c.kind == "enterprise"]


@pytest.mark.parametrize("text, not_company", [
    ("科技部火炬中心有关负责人表示，将推动高质量发展。", "科技部火炬中心有关"),
    ("省商务厅有关负责人表示，下一步将加快推进。", "省商务厅有关"),
    ("该区拥有上市公司62家。", "上市"),
    ("项目由公司全资子公司嘉兴恒润热管理科技有限公司负责实施。", "公司全资子公司"),
    ("计划引进检测、改装、二手车交易等企业100家以上。", "检测"),
    ("计划引进检测、改装、二手车交易等企业100家以上。", "二手车交易"),
    ("记者从中国（上海）自由贸易试验区临港新片区管委会获悉。", "中国"),
])
def test_titles_relations_activities_and_countries_are_not_companies(text, not_company):
    assert not any(n == not_company or n.startswith(not_company + "全资") for n in _companies(text))


@pytest.mark.parametrize("text, company, alias", [
    ("Tesla（特斯拉）储能超级工厂预计今年三季度投产。", "特斯拉", "Tesla"),
    ("德国化工巨头BASF（巴斯夫）宣布在当地投资建设研发中心。", "巴斯夫", "BASF"),
    ("荷兰光刻机龙头阿斯麦ASML也在临港设立了培训中心。", "阿斯麦", "ASML"),
    ("项目由公司全资子公司嘉兴恒润热管理科技有限公司负责实施。", "嘉兴恒润热管理科技有限公司", None),
])
def test_foreign_and_subsidiary_names_are_found(text, company, alias):
    found = {c.name: c for c in extract(text).companies}
    assert company in found
    if alias:
        assert alias in found[company].aliases


@pytest.mark.parametrize("text, not_park", [
    ("江西开发区一季度经济运行稳中有进", "江西开发区"),
    ("截至目前，常州高新区共建有各类特色产业园区9个。", "有各类特色产业园区"),
    ("总投资60亿元的长春奥迪一汽新能源汽车基地配套产业园二期项目开工。", "长春奥迪一汽新能源汽车基地配套产业园"),
])
def test_provinces_categories_and_project_words_are_not_parks(text, not_park):
    assert not_park not in [p.name for p in extract(text).parks]


@pytest.mark.parametrize("text, count", [
    ("比赛在贵阳国家高新技术产业开发区举行。贵阳高新区成立于1992年，贵阳高新区营业收入1520亿元。", 1),
    ("8月30日，昆山经济技术开发区签约项目12个。昆山开发区新签约项目12个", 1),
    ("丰城高新技术产业园区表现亮眼。丰城高新区实际利用外资1.2亿美元。", 1),
])
def test_full_and_short_names_of_a_zone_are_one_park(text, count):
    assert len(extract(text).parks) == count


def test_traditional_script_is_read_and_names_stay_as_written():
    text = "新竹科學園區管理局指出，去年新竹科學園區營業額達新台幣1.35兆元，較前年成長4.7%，園區內廠商家數達到612家。"
    r = extract(text)
    assert [p.name for p in r.parks] == ["新竹科學園區"]
    values = {(f.metric, f.amount.value) for f in r.facts}
    assert ("annual_revenue", Decimal("1350000000000")) in values
    assert ("growth_ratio", Decimal("0.047")) in values
    assert ("enterprises", Decimal("612")) in values
    assert all(text[f.amount.span.start:f.amount.span.end] == f.amount.text for f in r.facts)


@pytest.mark.parametrize("phrase, value, unit", [
    ("预计总投资人民币15亿元", Decimal("1500000000"), "cny"),
    ("营业额为新台币2,860亿元", Decimal("286000000000"), "twd"),
    ("营业额达新台币1.35兆元", Decimal("1350000000000"), "twd"),
])
def test_currency_words_before_a_figure(phrase, value, unit):
    a = find_amounts(phrase)[0]
    assert (a.value, a.unit) == (value, unit)


@pytest.mark.parametrize("phrase", ["装机容量100兆瓦", "存储容量500兆字节"])
def test_zhao_is_a_multiplier_only_for_money(phrase):
    assert find_amounts(phrase) == []


@pytest.mark.parametrize("text, value", [
    ("一季度，全省开发区实现规上工业总产值9860亿元，占全省规上工业的比重达到86%。", Decimal("0.86")),
    ("零部件本地配套率由2018年的38%提升到55%。", Decimal("0.55")),
    ("实现产值2160亿元，同比增长12.1%；零部件本地配套率由2018年的38%提升到55%。", Decimal("0.38")),
])
def test_shares_and_levels_are_not_growth_rates(text, value):
    assert not any(f.metric == "growth_ratio" and f.amount.value == value for f in extract(text).facts)


@pytest.mark.parametrize("text, project, value", [
    ("天合储能科技有限公司新建的20GWh储能电池项目今年5月开工，总投资48亿元。", "20GWh储能电池项目", Decimal("4800000000")),
    ("投资项目名称：新能源汽车热管理部件生产基地项目\n"
     "公司拟在嘉兴秀洲高新技术产业园区投资建设新能源汽车热管理部件生产基地项目，预计总投资人民币15亿元。",
     "新能源汽车热管理部件生产基地项目", Decimal("1500000000")),
])
def test_a_total_in_the_clause_after_the_only_named_project_is_its_investment(text, project, value):
    found = {p.name: p for p in extract(text).projects}
    assert found[project].investment.value == value


def test_a_total_before_a_count_of_projects_is_not_one_projects_investment():
    text = "江阴高新区“主题产业园”项目集中签约暨江阴集成电路设计创新中心成立仪式举行,总投资195亿元的16个“主题产业园”项目落户江阴高新区。"
    assert all(p.investment is None for p in extract(text).projects)


@pytest.mark.parametrize("text", ["会上，单体投资最大项目正式签约。", "■ 平台赋能：“园中园”承接新能源项目"])
def test_superlatives_and_headings_are_not_projects(text):
    assert extract(text).projects == []


def test_first_close_is_not_the_funds_size():
    text = "该区发起设立的滨江产业母基金首期规模30亿元，总规模100亿元。"
    funds = extract(text).funds
    assert funds and funds[0].size is not None and funds[0].size.value == Decimal("10000000000")


@pytest.mark.parametrize("text, subject", [
    ("获得一等奖的贵州云擎数据科技有限公司创始人刘洋今年29岁。他告诉记者，公司成立于2021年3月，今年上半年营业收入达到3200万元。",
     "贵州云擎数据科技有限公司"),
    ("在安徽骏驰智能驾驶科技有限公司的总装车间，机械臂正有序作业。该公司去年营业收入达到23.5亿元。",
     "安徽骏驰智能驾驶科技有限公司"),
])
def test_a_companys_revenue_is_the_companys(text, subject):
    facts = [f for f in extract(text).facts if f.metric == "annual_revenue"]
    assert facts and facts[0].subject == subject and facts[0].subject_type == "company"


@pytest.mark.parametrize("text, subject", [
    ("在全国178家国家高新区中，178家国家高新区共实现营业收入54.8万亿元。", "178家国家高新区"),
    ("一季度，全省开发区实现规上工业总产值9860亿元。", "全省开发区"),
])
def test_groups_of_parks_are_subjects(text, subject):
    assert any(f.subject == subject and f.subject_type == "park_group" for f in extract(text).facts)
