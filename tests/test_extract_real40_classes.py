"""Rules of extractor 1.81, from real40 after its first score (a new zone in 西藏, a batch of starts in 青海, e-sports
and digital-creative parks, listed firms' deals with a park, a zone's year in figures, funds of 2007). The sentences
are fixtures for one behaviour each (invented names; places are the closed class of the lexicon); real prose is
measured by tests/test_extraction_quality.py."""
from __future__ import annotations

from loaders.extract import extract
from tests.extracted import facts as _facts, firms as _firms, park_aliases as _parks


def test_a_regions_rank_before_a_zone_is_no_part_of_its_name_and_a_control_range_is_its_area():
    text = "西藏自治区政府近日批复设立自治区级日喀则经济开发区。日喀则经济开发区规范控制范围超过34平方公里。"
    assert set(_parks(text)) == {"日喀则经济开发区"}, _parks(text)
    assert ("日喀则经济开发区", "area_km2", "34") in _facts(text), _facts(text)


def test_what_a_place_is_to_become_names_no_park_unless_the_list_is_of_parks():
    assert set(_parks("松涛经济开发区将打造“一带一路”南亚综合物流园区、中国面向南亚的生产加工区。")) == {"松涛经济开发区"}
    assert set(_parks("松涛经开区积极打造高端制造业集聚区、现代商贸物流业新兴区。")) == {"松涛经开区"}
    assert not _parks("小镇将建设具有地域特点的电竞产业聚集区。")
    assert not _parks("积极打造现代商贸物流业新兴区、都市现代农业示范区、宜居宜业样板区。")  # (都市 only describes)
    kept = _parks("该市全力打造松岭生态科技产业园、松涛石化产业基地、甲乙中小企业园等特色产业园区。")
    assert {"松岭生态科技产业园", "松涛石化产业基地"} <= set(kept), kept


def test_a_document_title_on_a_places_parks_of_a_kind_names_no_park():
    text = "市里制定了《重庆市数字文化产业园区(基地)创建管理办法》。松涛数字创意产业园已注册企业180余家。"
    assert set(_parks(text)) == {"松涛数字创意产业园"}, _parks(text)


def test_gaokaiqu_is_the_short_form_of_a_high_tech_zone():
    text = "公司与长沙高新技术产业开发区管委会签订合同。长沙高开区管委会同意由公司投资建设。"
    assert _parks(text) == {"长沙高新技术产业开发区": ["长沙高开区"]}, _parks(text)


def test_a_project_named_by_its_title_takes_the_sum_of_the_project_after_it():
    text = ("公司拟在长沙高新技术产业开发区投资建设游艇制造基地、综合楼和游艇工业园配套建设等项目，项目名称暂定为“松涛麓谷工业园”，"
            "该项目总投资预计为7.5亿元左右。公司将通过招拍挂方式取得项目用地使用权。")
    assert set(_parks(text)) == {"长沙高新技术产业开发区"}, _parks(text)
    found = {p.name: (p.investment.text if p.investment else None) for p in extract(text).projects}
    assert found.get("松涛麓谷工业园") == "7.5亿元左右", found
    assert not any("招拍挂" in name for name in found), found


def test_a_listed_firm_opening_with_its_code_and_a_subsidiary_named_after_the_word_are_firms():
    text = ("松涛鸟(300123)1月12日晚间公告，公司与长沙高新技术产业开发区管委会签订了《项目投资合同》。"
            "由公司控股子公司安徽松岭在长沙高新技术产业开发区投资、建设和运营该项目。")
    assert {"松涛鸟", "安徽松岭"} <= set(_firms(text)), _firms(text)


def test_a_deals_title_names_its_project_and_the_sentence_after_gives_its_sum():
    text = ("公司与松涛产业集中区管委会签署《新能源汽车配件智能生产基地项目投资合同》。项目计划总投资 5 亿元，主要生产车用换热器。"
            "达产后次年年产值不低于 5 亿元。")
    found = {p.name: (p.investment.text if p.investment else None) for p in extract(text).projects}
    assert found == {"新能源汽车配件智能生产基地项目": "5 亿元"}, found
    assert any(f.metric == "output_value_target" and f.amount.value == 500000000 for f in extract(text).facts)


def test_growth_rates_a_zones_officer_gives_for_the_whole_zone():
    text = "松涛经开区副主任说：“经济社会发展保持稳中有进态势。2022年全区实现地区生产总值92.54亿元、同比增长4.9%，实现固定资产投资增长8.2%。”"
    found = _facts(text)
    assert ("松涛经开区", "growth_ratio", "0.049") in found and ("松涛经开区", "growth_ratio", "0.082") in found, found


def test_a_funds_size_in_a_headline_and_in_this_one_of_that_size():
    headline = extract("上海浦东3.5亿元松涛投资基金成立\n\n记者获悉，松涛投资基金正式成立。")
    assert [(f.name, f.size.text if f.size else None) for f in headline.funds] == [("松涛投资基金", "3.5亿元")]
    body = extract("由浦东新区与5家民营企业共同出资设立的“松涛投资基金”正式成立。这一规模达3.5亿元的投资基金，吸引社会资本参与。")
    assert [(f.name, f.size.text if f.size else None) for f in body.funds] == [("松涛投资基金", "3.5亿元")]


def test_founders_are_placed_nowhere_and_a_bracketed_that_is_gives_an_alias():
    text = "甲乙控股、松涛控股(即松涛科技园)等两家创业投资公司将作为主要发起人，在中关村科技园成立两家创业投资机构。"
    assert _firms(text) == {"甲乙控股": None, "松涛控股": None}, _firms(text)
    assert {c.name: c.aliases for c in extract(text).companies}["松涛控股"] == ["松涛科技园"]


def test_a_firm_right_before_a_projects_name_is_its_firm_and_related_works_are_no_project():
    text = ("3月21日，位于松涛产业园区内的松岭制药(海南)股份有限公司(以下简称松岭制药)药品固体制剂生产工厂项目开工。"
            "下月将开工建设园区污水处理厂，以及相关标准药仓厂房等配套性项目。")
    found = {p.name: p.companies for p in extract(text).projects}
    assert found.get("药品固体制剂生产工厂项目") == ["松岭制药(海南)股份有限公司"], found
    assert not any(name.startswith("相关") for name in found), found


def test_a_phase_in_brackets_after_a_projects_name_is_part_of_it():
    text = "3月28日，松涛县茶卡景区旅游扶贫基础设施建设项目(二期)举行开工仪式。"
    found = {p.name: p.phase for p in extract(text).projects}
    assert found == {"松涛县茶卡景区旅游扶贫基础设施建设项目(二期)": "二期"}, found
