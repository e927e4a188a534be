"""Rules of extractor 1.40, from the misses left on the scored real sets: what one investor commits to a fund and a
fund's first close are the fund's figures (该基金总规模30亿元，其中引导基金认缴15亿元; 首期规模6亿元), never a park's,
a project's or the investor's; a project named in an earlier clause is not the subject of a figure after a count of
projects, after a ；, or in a sentence the park opens; a park described before 把 or 将 opens its paragraph. The sentences are fixtures for one behaviour each; how the rules do on real prose is
measured by the scored sets (tests/test_extraction_quality.py)."""
from __future__ import annotations

from loaders.extract import extract


def _fund_facts(text):
    """A fund's figures other than its own size, paid-in capital and investment (facts too since 1.98)."""
    return sorted((f.subject, f.metric, float(f.amount.value)) for f in extract(text).facts
                  if f.subject_type == "fund" and f.metric not in ("fund_size", "fund_paid_in", "fund_invested"))


def test_commitments_in_the_clauses_after_a_fund_are_that_funds_not_the_investors():
    text = ("甲乙丙丁产业投资基金正式设立。该基金总规模30亿元,由戊己集团联合发起,出资结构如下:甲乙市引导基金认缴15亿元;"
            "丙丁省投资引导基金认缴7.5亿元;庚辛资本作为执行事务合伙人,认缴6.5亿元。")
    assert _fund_facts(text) == [("甲乙丙丁产业投资基金", "fund_commitment", 650_000_000.0),
                                 ("甲乙丙丁产业投资基金", "fund_commitment", 750_000_000.0),
                                 ("甲乙丙丁产业投资基金", "fund_commitment", 1_500_000_000.0)]


def test_a_first_close_after_a_funds_size_is_the_funds_first_close():
    text = "甲乙市产业链投资引导基金有限公司正式注册。基金规模50亿元,首期规模6亿元,主要投向汽车零部件产业。"
    assert _fund_facts(text) == [("甲乙市产业链投资引导基金", "fund_first_close", 600_000_000.0)]


def test_a_commitment_written_before_the_fund_it_qualifies_is_that_funds():
    text = "甲乙集团设立总规模20亿元、认缴规模5亿元的丙丁长江基金,重点投资早期项目。"
    x = extract(text)
    assert _fund_facts(text) == [("丙丁长江基金", "fund_commitment", 500_000_000.0)]
    assert {float(f.amount.value) for f in x.facts if f.subject_type != "fund"} == set()


def test_money_put_into_a_fund_is_that_funds_commitment():
    assert _fund_facts("我市将出资5000万元注入甲乙协同创新母基金。") == [
        ("甲乙协同创新母基金", "fund_commitment", 50_000_000.0)]


def test_an_investors_money_without_a_fund_in_view_is_no_funds_figure():
    # the fund is two sentences back: the sentence with the figure is about something else
    text = "甲乙产业基金总规模10亿元。园区去年新增企业20家。丙丁集团出资2亿元建设研发中心。"
    assert _fund_facts(text) == []


def _subjects(text):
    return {(f.metric, float(f.amount.value)): f.subject for f in extract(text).facts}


def test_a_figure_after_a_count_of_the_projects_is_not_the_last_projects():
    text = ("甲乙高新区丙丁科技园今年签约项目增多。据了解,戊己智能中控系统项目属电子信息产业项目,庚辛隔膜项目及壬癸孵化园项目"
            "属新能源产业,3个项目总投资达10亿元,建成后可实现工业产值17亿元。")
    assert _subjects(text)[("output_value_target", 1_700_000_000)] == "甲乙高新区丙丁科技园"


def test_a_figure_in_a_later_run_of_the_sentence_is_not_the_projects_before_the_semicolon():
    text = ("甲乙市丙丁产业园加快发展。园区首个开工、投用项目,戊己整机和光学模组项目一期已安装生产线22条;今年又吸引了庚辛科技、"
            "壬癸科技等一批优质项目集聚,新增入驻企业35家。")
    assert _subjects(text).get(("enterprises", 35)) == "甲乙市丙丁产业园"


def test_a_count_in_a_sentence_the_park_opens_is_the_parks_not_the_projects_it_landed():
    text = ("甲乙市丙丁产业园发展迅速。\n\n踏准数字经济的节拍,定位国家级创新应用先导区的甲乙市戊己产业园把算力建设作为园区发展的基石。"
            "目前,园区落地了庚辛计算中心和壬癸计算中心两大计算机集群,聚集人工智能企业200余家。")
    assert _subjects(text)[("enterprises", 200)] == "甲乙市戊己产业园"
