"""Rules of extractor 1.49, from real24 after its first score. The sentences are fixtures for one behaviour each
(invented names; places are the closed class of the lexicon); real prose is measured by
tests/test_extraction_quality.py."""
from __future__ import annotations

from loaders.extract import extract
from tests.extracted import facts as _facts, firms as _firms, park_aliases as _parks, projects as _projects


def test_places_a_list_closes_with_are_no_firms():
    text = "1-5月份,甲乙高新区先后赴德国、韩国、长三角、珠三角、京津冀等地考察对接项目40余个。"
    assert _firms(text) == {}


def test_a_list_opens_after_not_lacking_and_a_groups_name_inside_a_longer_legal_name_is_that_name():
    text = "其中,不乏中国松涛集团核电工程公司等世界500强企业、松岭快递等上市企业。"
    assert set(_firms(text)) == {"中国松涛集团核电工程公司", "松岭快递"}, _firms(text)


def test_who_invests_in_or_makes_what_a_listed_project_is_is_a_firm_in_the_park():
    text = ("1-5月份,甲乙高新区共签约引进产业化项目16个,包括潍坊华鑫投资14亿元的智能水表产业园项目、"
            "临沂恒达投资7亿元的现代物流园项目等。")
    firms = _firms(text)
    assert firms.get("潍坊华鑫") == "甲乙高新区" and firms.get("临沂恒达") == "甲乙高新区", firms
    projects = {p.name: p.companies for p in extract(text).projects}
    assert projects["智能水表产业园项目"] == ["潍坊华鑫"], projects
    made = _firms("签约的项目既有华赛包装年产8亿只瓶盖生产线、华鑫科技年产150万套服装等一批项目,落户甲乙经开区。")
    assert {"华赛包装", "华鑫科技"} <= set(made), made
    assert _firms("项目达产后年产10万吨,新增产值5亿元。") == {}


def test_another_items_partner_in_a_list_of_projects_leaves_this_firm_in_the_park():
    text = ("1-5月份,甲乙高新区共签约项目16个,包括松涛集团投资20亿元的丙丁产业园项目、"
            "北京甲中学与松岭集团合作办学项目等。")
    firms = _firms(text)
    assert firms.get("松涛集团") == "甲乙高新区" and firms.get("松岭集团") is None, firms


def test_a_project_word_inside_a_rules_title_is_no_project_but_a_deal_is():
    assert _projects("统筹谋划了《甲乙区招商引资项目跨区域利益共享办法》等工作。") == {}
    assert "丙丁退城进园年产5万吨树脂技改项目" in _projects(
        "公司与甲乙产业园区管委会签订了《丙丁退城进园年产5万吨树脂技改项目投资协议》。")


def test_a_kind_of_a_parks_own_works_is_no_project():
    for text in ("在甲乙工业园,当天开工的8个项目既有园区基础设施建设项目,也有技术含量较高的工业发展项目。",
                 "在甲乙工业园,当天开工的项目有园区基础设施建设项目,也有技术含量较高的工业发展项目。"):
        assert not any(name.endswith("园区基础设施建设项目") for name in _projects(text)), _projects(text)


def test_a_firm_the_text_places_in_a_town_is_not_in_the_park_named_before_it():
    text = "与会人员先后来到甲乙经开区的丙丁产业园及松岭街道的松涛激光设备有限公司,进行现场学习交流。"
    assert _firms(text).get("松涛激光设备有限公司") is None


def test_a_paragraph_a_county_opens_is_not_the_parks_and_its_counts_are_the_countys():
    text = ("松岭区召开招商引资现场会\n\n5月25日上午,松岭区召开招商引资现场会。与会人员先后来到丙丁经开区,进行现场学习交流。"
            "今年以来,松岭区加大招商谋划力度。截至目前,新增签约项目共14个,签约投资额为123.14亿元。")
    facts = _facts(text)
    assert ("松岭区", "projects_signed", "14") in facts, facts
    assert not any(s == "丙丁经开区" for s, _, _ in facts), facts
    home = _facts("11月12日,甲乙项目签约仪式在丙丁高新区举行。\n\n进入四季度以来,我县举办了多场招商恳谈会。"
                  "9月24日,在县内举办的说明会上,总投资11亿元的8个项目集中签约。")
    assert not any(s == "丙丁高新区" for s, _, _ in home), home


def test_a_count_takes_the_noun_nearest_it():
    assert ("甲乙经济开发区", "enterprises", "101") in _facts("甲乙经济开发区成立于2005年。截至去年底,园区落户企业101家。")
    assert ("甲乙高新区", "high_tech_enterprises", "386") in _facts("甲乙高新区新增高新技术企业386家。")


def test_a_park_renamed_is_one_park_named_by_its_new_name():
    parks = _parks("近日,省政府批准松岭市甲乙工业园区更名为松岭甲乙经济开发区。甲乙经济开发区规划面积55平方公里。")
    assert list(parks) == ["松岭甲乙经济开发区"] and "松岭市甲乙工业园区" in parks["松岭甲乙经济开发区"], parks


def test_the_parts_a_park_holds_do_not_own_its_figure():
    text = "新批复的甲乙经济开发区包含城东工业园、沿江产业园和丙丁产业新城,规划面积55平方公里。"
    assert ("甲乙经济开发区", "area_km2", "55") in _facts(text), _facts(text)


def test_a_parks_named_sub_parks_and_the_park_again_after_them():
    text = ("两镇的松岭产业园大泽园区和司前园区的建设备受关注。"
            "松岭产业园规划面积总共是23135亩,分为司前园区和大泽园区,这两个园区都是超过了1万亩的工业用地,"
            "目前,园区平整土地超过6000亩。")
    assert {"大泽园区", "司前园区"} <= set(_parks(text)), _parks(text)
    assert any(s == "松岭产业园" and v == "6000" for s, _, v in _facts(text)), _facts(text)
    assert set(_parks("甲乙工业园、丙丁光伏产业园等几大园区粗具规模。")) == {"甲乙工业园", "丙丁光伏产业园"}


def test_a_place_then_a_verb_or_a_year_before_a_park_word_is_no_name():
    assert _parks("此次梅州获省产业园扩能增效扶持资金5.8亿元。") == {}
    parks = _parks("潍坊甲乙经济开发区自2017年迁址新区以来,签约项目34个。甲乙经济开发区新区已是投资基地。")
    assert list(parks) == ["潍坊甲乙经济开发区"], parks


def test_new_kinds_an_industrial_belt_and_a_transfer_park():
    assert "广东甲乙产业集聚带" in _parks("安排5亿元用于加强广东甲乙产业集聚带环保基础设施建设。")
    assert "松岭纺织服装有序转移园" in _parks("清远正高标准建设松岭纺织服装有序转移园,目前园区已落户企业400多家。")


def test_projects_expected_to_sign_are_not_signed_and_a_contracts_total_is_planned():
    facts = _facts("2月4日,16个项目签约落户甲乙经开区,合同总金额达47.36亿元。目前重点在谈项目11个,其中4个项目有望近期签约。")
    assert ("甲乙经开区", "planned_investment", "4736000000") in facts, facts
    assert not any(v == "4" for _, _, v in facts), facts


def test_lists_closed_by_a_quoted_phase_or_by_projects_described_at_length():
    text = "更有丙丁包装年产8亿只瓶盖生产线、戊己科技年产150万套服装等再投资的“二期”项目,落户甲乙经开区。"
    assert {"丙丁包装年产8亿只瓶盖生产线", "戊己科技年产150万套服装"} <= set(_projects(text)), _projects(text)
    text = "甲乙开发区签约引进了总投资约70亿元的“临港·丙丁”、总投资约15亿元的“戊己创新中心”等一批起点高、效益好的项目。"
    assert {"临港·丙丁", "戊己创新中心"} <= set(_projects(text)), _projects(text)


def test_a_project_that_only_describes_is_one_when_a_firm_invests_a_sum_in_it():
    text = "1-5月份,甲乙高新区共签约项目16个,包括天元集团投资20亿元的绿色产业园项目、松涛集团投资5亿元的丙丁物流园项目等。"
    assert _projects(text).get("绿色产业园项目") == ("甲乙高新区", "签约"), _projects(text)
    assert "绿色产业园项目" not in _projects("园区将建设绿色产业园项目。")
