"""Rules found on real15 after its first score (extractor 1.35 -> 1.36): a list closed by 等N个项目; the works a zone
builds listed like firms; a zone's 'name' that is a clause; 总部园; two parks counted with 两 and a headline figure of
both; a time clause (建区以来) that the tagger reads as a place; sums since a park began; firms from N countries; a
national innovation demonstration zone and its short form. The sentences are fixtures for one behaviour each; how
the rules do on real prose is measured by the scored sets (tests/test_extraction_quality.py)."""
from __future__ import annotations

from loaders.extract import extract


def facts_of(text):
    return {float(f.amount.value): (f.subject, f.subject_type, f.metric) for f in extract(text).facts}


def test_a_list_closed_by_deng_and_its_count_and_works_listed_like_firms():
    x = extract("目前，甲乙综合保税区已完成卡口及监管用房、综合楼、监管仓库、隔离设施、巡逻通道等8大必验项目建设。"
                "甲乙综合保税区已有丙丁世纪、戊己物流、庚辛电子等3个项目进驻。")
    assert all(not p.name.endswith("等") for p in x.projects)
    assert not {"综合楼", "监管仓库", "隔离设施", "巡逻通道"} & {c.name for c in x.companies}


def test_a_zone_named_by_a_clause_is_no_park():
    x = extract("上半年，高新区实现合同利用外资9318万美元，占市下达高新区全年计划的62.1%。")
    assert all("下达" not in p.name for p in x.parks)


def test_two_parks_opening_together_and_a_headquarters_park():
    text = ("总投资500亿元 甲乙总部园、丙丁集成电路设计产业园同时开园\n\n在15日，甲乙总部园、丙丁集成电路设计产业园同时宣布开园。"
            "两个特色园区总投资额将会不少于500亿元。甲乙总部园当天首批签约入驻的17家企业，计划新增总投资120亿元。")
    x = extract(text)
    assert "甲乙总部园" in [p.name for p in x.parks]
    facts = facts_of(text)
    assert facts[500e8][:2] == ("两个特色园区", "park_group")  # not one of the two the headline names after it
    assert facts[17][:2] == ("甲乙总部园", "park")


def test_what_a_park_has_gathered_since_it_began():
    text = ("宜宾开发区：长江之滨的明珠\n\n地处长江之滨的宜宾开发区于1991年设立。\n\n"
            "建区以来，共吸引投资1350亿元，引入50个国家和地区的企业1400余家，累计实现地区生产总值1574亿元，税收507亿元。")
    facts = facts_of(text)
    assert facts[1350e8] == ("宜宾开发区", "park", "planned_investment_cumulative")
    assert facts[507e8][2] == "annual_tax_cumulative"
    assert facts[1400] == ("宜宾开发区", "park", "enterprises")  # how many firms there are, not a sum
    assert 50 not in facts  # countries


def test_a_national_innovation_demonstration_zone_and_its_short_form_are_one_park():
    x = extract("新华社北京9月3日专电 北京甲乙国家自主创新示范区最新统计数据显示，今年1到7月，甲乙示范区规模以上企业"
                "实现总收入突破2.1万亿元。")
    assert [p.name for p in x.parks] == ["北京甲乙国家自主创新示范区"]


def test_a_batch_named_by_its_month_and_generic_town_parks_and_funds():
    x = extract("乌苏市参加塔城地区9月招商引资项目集中签约仪式。")
    assert x.projects == []
    x = extract("支持镇级产业园区发展，设立若干行业专项子基金。")
    assert x.parks == [] and x.funds == []
