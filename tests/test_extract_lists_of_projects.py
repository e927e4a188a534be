"""Rules found on real8 (tests/eval/real8), each checked on a sentence written for it: the items of a list of
projects (where the first starts, the park written before it, a count in words), and the stage a list's
closing verb gives. The sentences are fixtures for one behaviour each; how the rules do on real prose is
measured by the scored sets (tests/test_extraction_quality.py)."""
from __future__ import annotations

import pytest

from loaders.extract import extract


def projects(text):
    return {p.name: p for p in extract(text).projects}


def test_started_or_resumed_is_started():
    found = projects("截至3月31日，星河云计算大数据中心、蓝海光电车灯生产基地等18个重点项目均如期开复工。")
    assert {name: p.status for name, p in found.items()} == {
        "星河云计算大数据中心": "开工", "蓝海光电车灯生产基地": "开工"}, found


def test_the_park_written_before_a_lists_first_item_is_every_items_park():
    found = projects("其中，松岭工业园宏达源50MW/100MWh光伏储能、青海嘉远钾资源精深加工等4个项目已开复工建设，"
                     "完成到位资金1.08亿元。")
    assert {name: p.park for name, p in found.items()} == {
        "宏达源50MW/100MWh光伏储能": "松岭工业园", "青海嘉远钾资源精深加工": "松岭工业园"}, found


def test_a_count_in_words_closes_a_list_of_projects_and_a_bare_zone_word_is_not_a_name():
    found = projects("这次检查观摩了开发区远华电科院电工产品试验研究基地、甘肃新岭电气产业园、甘肃上丰电气产业园"
                     "和林海中科产业升级改造搬迁四个项目。")
    assert set(found) == {"远华电科院电工产品试验研究基地", "甘肃新岭电气产业园", "甘肃上丰电气产业园",
                          "林海中科产业升级改造搬迁"}, found
    # an item of the list is not where its sibling is
    assert found["林海中科产业升级改造搬迁"].park is None


def test_a_project_inspection_group_is_not_a_project():
    assert projects("市长张明率项目观摩组到开发区检查观摩重点项目建设情况。") == {}


def parks(text):
    return {p.name: p for p in extract(text).parks}


def facts(text):
    return [(f.subject, f.metric, f.amount.text) for f in extract(text).facts]


def test_a_city_written_twice_before_a_zone_is_written_once_in_its_name():
    found = parks("3月29日，安徽合肥合肥高新技术产业开发区举行重大项目集中签约活动。")
    assert "合肥高新技术产业开发区" in found, found
    assert not any(name.startswith("合肥合肥") for name in found)


def test_a_count_of_projects_in_a_size_class_is_not_a_figure():
    text = ("青松高新区举行集中签约活动，签约项目15个。其中50亿元以上项目1个，为甲乙新能源材料研发生产基地项目；"
            "20-50亿元项目2个，5-10亿元项目3个。")
    found = facts(text)
    assert ("青松高新区", "projects_signed", "15个") in found, found
    assert not [f for f in found if f[2] in ("1个", "2个", "3个")], found


def test_a_park_word_inside_a_projects_name_is_not_a_park():
    found = parks("分会场活动设在国际果蔬物流基地配套项目现场。")
    assert not found, found


@pytest.mark.parametrize("text, name", [
    ("2月18日，青云新区举行一季度重大项目开工活动，推动新区高质量发展。", "青云新区"),
    ("今天上午，玉屏新区首批重点项目集中签约，为新区发展注入动力。", "玉屏新区"),
])
def test_a_new_area_with_a_name_of_its_own_is_a_park(text, name):
    found = parks(text)
    assert name in found and found[name].kind == "新区", found


@pytest.mark.parametrize("text", ["城南新区建设加快推进，今年签约项目30个。", "河西新区今年签约项目30个。"])
def test_a_part_of_town_is_not_a_park(text):
    assert not parks(text), parks(text)


def test_a_new_area_named_once_in_passing_is_not_a_park():
    assert not parks("由位于开发区吕岭路的示范基地和金岭新区的双创基地两部分共同组成。")


def test_a_wire_dateline_and_the_time_of_day_come_before_the_subject():
    text = ("河北新闻网2月26日电唐山(记者甲乙)今天上午，玉屏新区首批重点项目集中签约暨开工仪式举行。"
            "共有24个项目签约，总投资约705亿元。这些项目将推动新区加快发展。")
    assert ("玉屏新区", "projects_signed", "24个") in facts(text), facts(text)


def test_a_park_that_opens_a_later_clause_of_the_lead_is_the_storys_and_a_quarter_is_not_a_place():
    text = ("一年之计在于春，为营造良好项目建设氛围，2月18日，青云新区举行一季度重大项目开工活动。\n\n"
            "据了解，一季度新区共有14个项目开工，计划总投资约163.10亿元。")
    found = facts(text)
    assert ("青云新区", "projects_started", "14个") in found, found
    assert ("青云新区", "planned_investment", "约163.10亿元") in found, found


def test_a_project_named_after_a_zone_is_in_it_when_no_park_is_in_scope():
    found = projects("1月2日，全省重点项目集中开工，分会场集中开工11个项目，包括：青禾综合保税区光伏发电项目、"
                     "钨丝生产线扩建项目。")
    assert found["青禾综合保税区光伏发电项目"].park == "青禾综合保税区", found


def test_two_names_joined_by_ji_are_one_project():
    found = projects("3月31日，甲乙文化产业投资开发有限公司与青石经济开发区签订协议，投资35亿元建设"
                     "青石民族文化产业园暨下岭文化综合体项目。")
    assert set(found) == {"青石民族文化产业园暨下岭文化综合体项目"}, found
    assert found["青石民族文化产业园暨下岭文化综合体项目"].investment.text == "35亿元"


def test_kinds_of_project_joined_by_he_are_not_a_project():
    found = projects("电子项目投资16.7亿元，实施智能农业、智能家居、智能医疗系统和智能安防监控项目等物联网应用工程。")
    assert not found, found


def test_a_conjunction_inside_the_quoted_part_of_a_name_does_not_cut_it():
    name = "星河技术交易所国际交易中心“跨境技术贸易功能平台和跨境产业孵化基地”项目"
    assert name in projects(f"同时签约的还有{name}。")


def test_a_figure_after_a_comma_is_one_more_modifier_of_the_name():
    found = projects("当日签约的项目包括拟投资达250亿元，总建筑面积约30万平方米的青湾电信信息园区二期项目。")
    assert found["青湾电信信息园区二期项目"].investment.text == "250亿元", found


def test_firms_a_project_works_hand_in_hand_with_are_not_placed_in_its_park():
    found = {c.name: c.park for c in extract(
        "41个项目签约落地青湾新片区。该项目将打造超级算力中心，并携手星云科技、远航网络等众多算力企业，"
        "与青湾新片区集成电路产业集群联动发展。").companies}
    assert found and all(park is None for park in found.values()), found


def test_a_later_mention_that_gives_a_present_stage_overrides_a_plan():
    found = projects("青松年产3万吨聚乳酸原料及3万吨聚乳酸下游制品项目，总投资8.52亿元，达产后将进一步壮大产业规模。"
                     "截至3月31日，星河云计算大数据中心、青松年产3万吨聚乳酸原料及3万吨聚乳酸下游制品等78个重点项目均如期开复工。")
    assert found["青松年产3万吨聚乳酸原料及3万吨聚乳酸下游制品项目"].status == "开工", found


def test_an_upgraded_version_of_a_zone_is_a_description_not_a_park():
    found = parks("北京经开区正在全力推动升级版经开区和亦庄新城高质量发展。")
    assert "升级版经开区" not in found, found


def test_a_count_of_projects_is_the_parks_even_beside_a_named_project():
    text = ("青岚虚拟现实产业园首个开工项目，星河整机和光学模组项目一期已安装生产线22条；"
            "今年又吸引了一批优质项目集聚，力争年内新引进产业优质项目不少于30个。")
    found = facts(text)
    assert ("青岚虚拟现实产业园", "projects_target", "不少于30个") in found, found
    assert not [f for f in found if f[0].endswith("项目")], found


def test_units_of_equipment_are_not_a_figure_whatever_the_brackets_after_them():
    text = "青松高新区星河内燃机关键部件项目达产后，可形成年产船舶内燃机关键部件300台(套)的生产能力。"
    assert not [f for f in facts(text) if f[2].startswith("300")], facts(text)
