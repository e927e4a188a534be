"""Rules found on real7-real13 after extractor 1.30: a city's batch held at a park written after a longer place
(在边境经济合作区X产业园区举行) is still the city's; a clause that opens with a zone's bare kind (开发区共实施…) is
about the one park of that kind the article names; money already spent (已完成投资) is not money planned. The
sentences are fixtures for one behaviour each; how the rules do on real prose is measured by the scored sets
(tests/test_extraction_quality.py)."""
from __future__ import annotations

from loaders.extract import extract


def facts_of(text):
    return {float(f.amount.value): (f.subject, f.subject_type, f.metric) for f in extract(text).facts}


def test_a_citys_batch_held_in_a_park_named_after_a_longer_place_is_the_citys():
    text = ("黑龙江日报9月1日讯 甲乙市2023年第五批重点项目集中开工仪式近日在边境经济合作区丙丁蜂业产业园区举行。\n\n"
            "本次集中开工3个项目，总投资0.44亿元。")
    facts = facts_of(text)
    assert facts[3][:2] == ("甲乙市", "park_group")
    assert facts[0.44e8][:2] == ("甲乙市", "park_group")
    # the park's own batch, named as its subject, stays the park's
    facts = facts_of("甲乙市丙丁工业园区2023年第五批重点项目集中开工，集中开工3个项目，总投资0.44亿元。")
    assert facts[3][1] == "park"


def test_a_zone_written_as_its_bare_kind_is_the_one_zone_of_that_kind_the_article_names():
    lead = ("12月2日，甲乙市市长率观摩组到开发区检查重点项目建设情况。市领导参加检查观摩。各县区长陪同。\n\n"
            "观摩组认为，{}发展势头良好。\n\n"
            "2019年开发区共实施各类重点投资项目36项，总投资125亿元。")
    facts = facts_of(lead.format("甲乙经济技术开发区"))
    assert facts[36][:2] == ("甲乙经济技术开发区", "park")
    assert facts[125e8][:2] == ("甲乙经济技术开发区", "park")
    # two zones of that kind: the bare kind could be either, so neither gets the figure
    assert 36 not in facts_of(lead.format("甲乙经济技术开发区和丙丁经济开发区"))


def test_money_already_spent_is_not_money_planned():
    facts = facts_of("截至10月底，甲乙高新区已完成投资15.5亿元，累计完成投资20.8亿元。")
    assert facts[15.5e8] == ("甲乙高新区", "park", "completed_investment")
    assert facts[20.8e8][2] == "completed_investment_cumulative"
    assert facts_of("甲乙高新区今年计划完成投资4亿元。")[4e8][2] != "completed_investment"
