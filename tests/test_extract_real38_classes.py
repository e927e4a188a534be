"""Rules of extractor 1.68, from real38 after its first score (Hong Kong and Macau parks in traditional script,
state-level new areas). The sentences are fixtures for one behaviour each (invented names; places are the closed
class of the lexicon); real prose is measured by tests/test_extraction_quality.py."""
from __future__ import annotations

from loaders.extract import extract
from tests.extracted import facts as _facts, firms as _firms, park_aliases as _parks


def test_firms_counted_in_jian_are_the_parks_firms_and_a_vague_range_is_none():
    facts = _facts("松濤科學園啟用,目前已有16間創科公司進駐。園方預計,未來兩三個月會有三、四十間公司進駐。")
    assert facts == {("松濤科學園", "enterprises", "16")}, facts
    assert "創科公司" not in _firms("松濤科學園啟用,目前已有16間創科公司進駐。")  # (创科: a descriptor, no firm's name)


def test_a_branch_is_named_by_its_place_after_the_parent_park():
    parks = _parks("松岭科学园深圳分园启用。深圳分园位于福田区,目前已有16家企业进驻。")
    assert parks == {"松岭科学园": [], "松岭科学园深圳分园": ["深圳分园"]}, parks
    facts = _facts("松岭科学园深圳分园启用。深圳分园位于福田区,目前已有16家企业进驻。")
    assert ("松岭科学园深圳分园", "enterprises", "16") in facts, facts
    # a verb before 分园 is no place: 希望分园 and 相信分园 name no park
    assert set(_parks("松岭科学园深圳分园启用。行政长官希望分园把握机遇,相信分园能作为跳板。")) \
        == {"松岭科学园", "松岭科学园深圳分园"}


def test_a_copula_after_a_noun_opens_no_name():
    parks = _parks("6月17日,该地块顺利完成竞拍,竞得者为松涛甲乙创新产业园开发建设有限公司。")
    assert set(parks) == {"松涛甲乙创新产业园"}, parks


def test_a_plot_of_land_has_its_own_figures():
    text = ("本次竞拍的地块是松涛经济合作区(以下简称合作区)挂牌成立以来首个出让的生产型用地。"
            "该地块位于合作区东侧,占地面积约11.6万平方米。松涛经济合作区规划面积106平方公里。")
    facts = _facts(text)
    assert ("松涛经济合作区", "area_km2", "106") in facts, facts
    assert not any(value == "116000" for _, _, value in facts), facts


def test_firms_of_a_place_and_the_growth_of_a_count_of_firms():
    facts = _facts("截至今年4月,松涛经济合作区澳企总量达到6208户,同比增长12.3%。")
    assert facts == {("松涛经济合作区", "enterprises", "6208"), ("松涛经济合作区", "growth_ratio", "0.123")}, facts


def test_an_estimate_for_a_year_that_is_over_is_reported():
    facts = _facts("松涛经济合作区去年产业增加值预计达到20.5亿元,预计今年产值120亿元。")
    assert ("松涛经济合作区", "value_added", "2050000000") in facts, facts
    assert ("松涛经济合作区", "output_value_target", "12000000000") in facts, facts


def test_growth_written_after_its_rate():
    facts = _facts("今年上半年,松岭新区地区生产总值完成420亿元,与去年同期相比,实现了13%的增长。")
    assert ("松岭新区", "growth_ratio", "0.13") in facts, facts


def test_average_annual_growth_is_its_own_rate_and_a_cause_keeps_the_subject():
    text = ("松岭新区累计推进省市重点产业项目200余个,完成投资近800亿元。"
            "在产业项目的强势带动下,地区生产总值年均增长7.5%;全社会固定资产投资年均增长16%。")
    facts = _facts(text)
    assert {("松岭新区", "average_growth_ratio", "0.075"), ("松岭新区", "average_growth_ratio", "0.16")} <= facts, facts
    assert not any(metric == "growth_ratio" for _, metric, _ in facts), facts


def test_firms_counted_with_where_they_come_from():
    facts = _facts("松岭科技园已有超过60间来自海外、内地及本地企业或机构陆续进驻。")
    assert facts == {("松岭科技园", "enterprises", "60")}, facts


def test_bodies_of_a_kind_counted_are_no_bodies():
    names = {c.name for c in extract("松岭科技园首三座大楼已落成,当中两座湿实验室大楼已有企业进驻。").companies}
    assert not any("实验室" in n for n in names), names


def test_variant_forms_of_traditional_copy_are_read():
    facts = _facts("松濤科技城聯同深圳科創園區組成佔地約540公頃的深港科創合作區,當中與創科相關的土地估計約有240公頃。")
    assert ("深港科創合作區", "area_ha", "540") in facts, facts
    parks = _parks("松濤科技城聯同深圳科創園區組成佔地約540公頃的深港科創合作區。")
    assert "深圳科創園區" in parks, parks  # (科创园区 is a kind: the name keeps its 区)


def test_about_written_with_you_is_a_qualifier_and_signed_is_not():
    found = {(f.amount.value, f.amount.qualifier) for f in extract("松岭高新区今年签约有12个项目，与创科相关的土地估计约有240公顷。").facts}
    assert {(12, ""), (240, "约")} <= found, found


def test_a_contraction_that_cuts_the_last_word_to_its_first_character_is_the_same_park():
    parks = _parks("深港科技创新合作区是一区两园。松涛科技城联同深圳科创园区组成深港科创合作区。")
    assert parks["深港科技创新合作区"] == ["深港科创合作区"], parks


def test_a_facility_the_clause_before_describes_owns_the_figures_after_it():
    facts = _facts("重庆松岭工业园昨日开园。此外，昨日与松岭工业园同步开园的玉山公园，占地60亩，园内栽植乔木20多万株。")
    assert not facts, facts


def test_a_facility_completed_on_a_date_is_a_project():
    from tests.extracted import projects
    found = projects("松岭创新园先进制造业中心今年2月落成,为先进制造业提供生产空间。")
    assert found == {"松岭创新园先进制造业中心": ("松岭创新园", "竣工")}, found


def test_a_boundary_character_the_tagger_reads_as_the_first_of_the_name_stays():
    parks = _parks("局长今日视察位于将军澳创新园的先进制造业中心。将军澳创新园先进制造业中心今年2月落成。")
    assert parks == {"将军澳创新园": []}, parks


def test_a_park_named_by_its_industry_and_built_in_phases_is_a_park():
    text = ("投资超10亿元的机器人产业港三期项目也在当天开建。"
            "据介绍，机器人产业港一期、二期累计签约德国甲乙、丙丁电子等各类领军企业近50家。")
    assert set(_parks(text)) == {"机器人产业港"}
    assert _firms(text) == {"德国甲乙": "机器人产业港", "丙丁电子": "机器人产业港"}
    project = next(p for p in extract(text).projects)
    assert (project.name, project.park, project.aliases) == ("机器人产业港三期项目", "机器人产业港", [])
    assert not _parks("据介绍，全省机器人产业园累计签约企业近50家。")  # (no phase: a class of parks)


def test_for_before_a_park_word_opens_no_name():
    assert set(_parks("河南省开封市松岭工业园成立 王在希为工业园揭牌")) == {"开封市松岭工业园"}
    assert "华为松岭产业园" in _parks("华为松岭产业园昨日开园。")


def test_measures_listed_before_respectively_give_each_figure_its_own():
    text = ("松岭高新技术产业开发区分为生态科技工业园、循环经济产业园等五个功能区。"
            "2019年高新区开发面积扩展到21平方公里，技工贸总收入、规模工业总产值、年缴税收分别达到220亿元、200亿元、5亿元。")
    facts = _facts(text)
    assert {("松岭高新技术产业开发区", "area_km2", "21"), ("松岭高新技术产业开发区", "annual_revenue", "22000000000"),
            ("松岭高新技术产业开发区", "output_value", "20000000000"),
            ("松岭高新技术产业开发区", "annual_tax", "500000000")} <= facts, facts
    # parks listed before 分别, each with its rate, keep their own figures
    facts = _facts("松岭开发区各园区投资接续发力，甲乙工业园区、丙丁工业园区投资分别增长10.3%、7.6%。")
    assert {("甲乙工业园区", "growth_ratio", "0.103"), ("丙丁工业园区", "growth_ratio", "0.076")} <= facts, facts


def test_what_a_figure_grew_to_measures_the_noun_before_from():
    found = {(f.subject, f.metric, str(f.amount.value), f.as_of_text)
             for f in extract("松岭临空经济区经营主体数量由2019年的不足1000家增至目前的1.5万余家。").facts}
    assert found == {("松岭临空经济区", "market_entities", "15000", None)}, found


def test_money_a_fund_draws_in_is_no_commitment_to_it():
    text = ("松岭新文旅股权投资基金总规模50亿元。据了解，省政府投资基金成立5年来，已投资项目超1770个，"
            "带动社会出资近4800亿元。")
    assert not any(f.metric.startswith("fund_commitment") for f in extract(text).facts)
