"""Rules of extractor 1.40, from the misses left on the scored real sets: what one investor commits to a fund and a
fund's first close are the fund's figures (该基金总规模30亿元，其中引导基金认缴15亿元; 首期规模6亿元), never a park's,
a project's or the investor's. The sentences are fixtures for one behaviour each; how the rules do on real prose is
measured by the scored sets (tests/test_extraction_quality.py)."""
from __future__ import annotations

from loaders.extract import extract


def _fund_facts(text):
    return sorted((f.subject, f.metric, float(f.amount.value)) for f in extract(text).facts if f.subject_type == "fund")


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
