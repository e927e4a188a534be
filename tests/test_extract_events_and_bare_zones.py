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


def test_projects_signed_at_an_investment_meeting_are_the_meetings_batch():
    text = ("3月22日下午，甲乙招商引资专场推介会在丙丁国际会议中心举办。\n\n"
            "活动期间，各县（市、区）、戊己产业园达成签约项目30个、计划投资总额96.54亿元。"
            "工业项目27个、计划投资额83.54亿元；商贸物流等项目3个、计划投资额13亿元。")
    facts = facts_of(text)
    for value in (30, 96.54e8, 27, 83.54e8, 3, 13e8):
        assert facts[value][:2] == ("甲乙招商引资专场推介会", "park_group"), value
    assert facts[27][2] == "projects"  # (计划 after 、 is the next item's, not a plan for the 27)
    # a district that holds such a meeting holds its batch
    facts = facts_of("20日，福建省泉州市洛江区举办石化项目招商推介会，吸引了20个石化项目，投资总额达308亿元。")
    assert facts[20][:2] == ("洛江区", "park_group") and facts[308e8][:2] == ("洛江区", "park_group")
    # a meeting about to open is only the occasion: the park's signing is the park's
    facts = facts_of("9月5日下午，第二十三届甲乙投洽会召开在即，丙丁经济开发区举行重点项目签约仪式。签约仪式上，共签约项目10个。")
    assert facts[10][:2] == ("丙丁经济开发区", "park")


def test_a_class_of_one_yi_written_without_its_one_is_a_size_class_after_qizhong():
    facts = facts_of("甲乙高新区达成签约项目30个，其中亿元以上项目28个。")
    assert 30 in facts and 28 not in facts
    # 其中 in the clause run before the ； picks out nothing after it
    facts = facts_of("甲乙示范区新签约项目96个，其中，100亿元以上1个；新开工亿元以上项目50个、总投资223.2亿元。")
    assert facts[50][:2] == ("甲乙示范区", "park")
