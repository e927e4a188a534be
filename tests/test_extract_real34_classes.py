"""Rules of extractor 1.63, from real34 after its first score (zones Chinese firms run abroad, a bonded zone, a
province's list of parks, a free-trade zone). The sentences are fixtures for one behaviour each (invented names;
places and countries are the closed classes of the lexicon); real prose is measured by
tests/test_extraction_quality.py."""
from __future__ import annotations

from loaders.extract import extract
from tests.extracted import facts as _facts, firms as _firms, park_aliases as _parks, projects as _projects


def test_two_countries_and_a_dot_open_a_zone_and_its_bracketed_short_name_is_an_alias():
    parks = _parks("7月16日,双方签署中埃·松岭苏伊士经贸合作区(松岭合作区)扩建协议。松岭合作区始建于2008年。")
    assert parks == {"中埃·松岭苏伊士经贸合作区": ["松岭合作区"]}, parks


def test_a_lead_that_gives_a_park_a_short_name_makes_it_the_storys_park():
    text = ("恰逢峰会启幕,自红海之滨传来喜讯——中埃·松岭苏伊士经贸合作区(以下简称松岭合作区)再度展现强劲效应。\n\n"
            "8月15日,甲乙集团股份有限公司宣布拟投资2.91亿美元建设“年产360万条子午线轮胎项目”。")
    assert _projects(text)["年产360万条子午线轮胎项目"][0] == "中埃·松岭苏伊士经贸合作区"
    assert _firms(text)["甲乙集团股份有限公司"] == "中埃·松岭苏伊士经贸合作区"


def test_a_special_economic_zone_its_contraction_and_a_countrys_zones_as_a_class():
    text = ("江苏民企控股柬埔寨\"经济特区\"\n\n"
            "2月23日,松岭港经济特区在柬埔寨奠基。松港经济特区首期开发面积5.28平方公里。")
    assert _parks(text) == {"松岭港经济特区": ["松港经济特区"]}, _parks(text)
    assert _parks("将西港特区打造成示范性经济特区。") == {}


def test_a_provinces_free_trade_zone_is_one_zone():
    parks = _parks("截至2022年12月,湖南自贸试验区新引进重大项目271个。")
    assert "湖南自贸试验区" in parks, parks


def test_a_firms_country_in_brackets_and_capitals_spaced_stay_in_its_name():
    firms = _firms("工人在甲乙金属(泰国)有限公司生产线上工作。他先后走访SOLAR LONG光伏科技(柬埔寨)有限公司等企业。")
    assert {"甲乙金属(泰国)有限公司", "SOLAR LONG光伏科技(柬埔寨)有限公司"} <= set(firms), firms


def test_a_developer_a_country_names_is_no_part_of_the_firm():
    assert "甲乙集团" in _firms("中国开发商甲乙集团将投资1亿美元用于基础设施建设。")


def test_sectors_before_a_kind_of_firm_and_a_verb_after_a_label_are_no_firms():
    assert _firms("重点吸引新能源、新材料、汽车及零配件、精细化工等高端制造企业入驻。") == {}
    firms = _firms("甲乙、丙丁等一批大企业落户后,龙头企业带动集聚效应凸显,产业链逐步完善。")
    assert "带动集聚效应凸显" not in firms, firms


def test_higher_education_closes_no_list():
    assert _firms("目前,松岭园依托56所在津高等院校,面向创新创业师生。") == {}


def test_a_bonded_zone_is_no_tax_and_a_cap_is_no_figure():
    facts = _facts("今年1-9月北海综合保税区完成规模以上工业总产值47.84亿元。")
    assert facts == {("北海综合保税区", "output_value", "4784000000")}, facts
    assert _facts("松岭科创园设立专项投资,可给予最高1000万元直接投资。") == set()


def test_the_size_of_a_list_a_park_opens_is_no_figure_of_it_and_e_commerce_names_no_park():
    text = "日前,省商务厅发布了江苏省跨境电子商务产业园名单,南京松岭跨境电子商务产业园等34家产业园上榜。"
    assert _facts(text) == set(), _facts(text)
    assert _parks(text) == {"南京松岭跨境电子商务产业园": []}, _parks(text)


def test_a_park_that_opens_a_project_joined_by_and_is_no_park_of_its_own():
    x = extract("其中三类500强企业投资项目45个,甲乙新能源汽车零部件产业园及乘用车生产基地项目、丙丁新车型项目等重大项目相继落地。")
    assert [p.name for p in x.parks] == [], x.parks
    assert "甲乙新能源汽车零部件产业园及乘用车生产基地项目" in [p.name for p in x.projects], x.projects
