"""Rules of extractor 1.98, from real45 after its first score (science cities and their projects, a battery
project, two year-end reviews, a district's signing in a zone, a Hong Kong paper's town starts, a park fund). The
sentences are fixtures for one behaviour each (invented names; places are the closed class of the lexicon); real
prose is measured by tests/test_extraction_quality.py."""
from __future__ import annotations

from loaders.extract import extract
from tests.extracted import facts as _facts
from tests.extracted import firms as _firms
from tests.extracted import funds as _funds
from tests.extracted import park_aliases as _park_aliases
from tests.extracted import projects as _projects


def _investments(text):
    return {p.name: (p.investment.text if p.investment else None, p.aliases) for p in extract(text).projects}


# --- projects and their figures ---

def test_a_paragraph_that_opens_with_this_project_keeps_its_figures_on_the_project():
    text = ("11月16日，松岭新能源特种车产业园项目开工仪式在赣州新能源汽车科技城举行。该项目总投资15亿元。市领导出席。\n\n"
            "据了解，该项目由甲乙电动科技有限公司投资建设，项目总投资15亿元。项目分二期建设，其中一期固定资产投资6亿元，"
            "二期固定资产投资7亿元。一期项目投产后，预计实现年销售收入24亿元。")
    found = _facts(text)
    assert {("松岭新能源特种车产业园项目", "fixed_asset_investment", "600000000"),
            ("松岭新能源特种车产业园项目", "annual_revenue_target", "2400000000")} <= found, found
    assert not any(subject == "赣州新能源汽车科技城" for subject, _, _ in found), found


def test_the_chain_of_this_project_ends_where_another_park_is_named():
    # (a guard on a limit of the chain above: 项目建成后 after a new park's ceremony is that park's)
    text = ("7月1日，甲乙公司承建的松岭南站综合枢纽项目公交调度中心顺利封顶。该项目是集停车场、景观绿化于一体的附属配套建筑。"
            "建成后，可同时容纳车辆300辆。7月2日，甘肃丙丁农产品加工产业园开工奠基仪式举行。项目建成后，预计年产值达100亿元以上。")
    assert not any(subject == "松岭南站综合枢纽项目" for subject, _, _ in _facts(text)), _facts(text)


def test_a_science_city_written_as_a_project_is_the_park():
    text = ("4月29日，松岭大数据科创城核心区项目开工。松岭大数据科创城项目位于贵阳核心区域，自去年3月首开区项目开工以来，"
            "已陆续开工项目14个，累计完成投资约33.09亿元。本次开工的核心区项目总投资约115亿元，总面积约892亩。")
    found = _investments(text)
    assert set(found) == {"松岭大数据科创城核心区项目"}, found
    assert found["松岭大数据科创城核心区项目"] == ("约115亿元", ["核心区项目"]), found
    assert ("松岭大数据科创城", "completed_investment_cumulative", "3309000000") in _facts(text), _facts(text)
    assert ("松岭大数据科创城核心区项目", "area_mu", "892") in _facts(text), _facts(text)


def test_a_project_written_again_with_a_word_left_out_or_the_middle_elided_is_one_project():
    text = ("松岭镇举行重点项目集中动工仪式，并为官塘低成本空间项目培土奠基。据了解，官塘低成本产业空间项目总占地面积16万平方米。"
            "瑞商智能终端及核心零部件产业基地项目开工。瑞商基地项目投资主体为丙丁集团，计划总投资3亿美元，新增用地160亩。")
    found = _investments(text)
    assert set(found) == {"官塘低成本产业空间项目", "瑞商智能终端及核心零部件产业基地项目"}, found
    assert found["瑞商智能终端及核心零部件产业基地项目"][0] == "3亿美元", found
    assert ("瑞商智能终端及核心零部件产业基地项目", "area_mu", "160") in _facts(text), _facts(text)
    assert "丙丁集团" in {c for p in extract(text).projects for c in p.companies}, extract(text).projects


def test_besides_opens_no_projects_name_and_the_others_sum_is_not_the_towns():
    text = ("11月5日，东莞松岭镇举行第四季度重点项目集中动工仪式。据悉，本次集中动工的4个重点项目总投资达22.5亿元。\n\n"
            "除官塘村低成本产业空间项目外，本次同步动工的还有甲乙产业园1期项目和丙丁通讯科技有限公司智能制造总部项目。"
            "三个重点项目总投资5.6亿元，建成后预计年产值12亿元。")
    assert not any(name.startswith("除") for name in _projects(text)), _projects(text)
    found = _facts(text)
    assert ("松岭镇", "planned_investment", "2250000000") in found, found
    assert not any(value in ("560000000", "1200000000") for _, _, value in found), found


def test_a_districts_major_projects_and_a_count_of_projects_are_no_project():
    text = ("9月26日，钟楼区重大项目集中签约仪式在钟楼经济开发区举行。全力推进20余个光伏配套项目和甲乙半导体材料等项目建设。"
            "工业总产值、“152”项目数保持全市第一。")
    names = set(_projects(text))
    assert not names & {"钟楼区重大项目", "20余个光伏配套项目", "“152”项目"}, names


def test_a_projects_total_right_after_its_name_then_more_of_its_figures():
    text = ("去年11月，松岭数字产业园落户贵安新区，由甲乙联合控股有限公司和丙丁开发投资有限公司共同规划建设"
            "松岭算力产业集群配套项目，总投资约300亿元，用地面积1760亩。")
    assert ("松岭算力产业集群配套项目", "area_mu", "1760") in _facts(text), _facts(text)
    project = extract(text).projects[0]
    assert project.companies == ["甲乙联合控股有限公司", "丙丁开发投资有限公司"], project
    assert set(_firms(text).values()) == {project.park}, (_firms(text), project)


# --- stages ---

def test_stages_rolled_off_the_line_and_said_now_of_the_project_unnamed():
    text = ("近日，甲乙电子材料有限公司“松岭蓝宝石晶体制造加工项目”3500吨产品成功下线。\n\n"
            "总投资300亿元的丙丁动力电池项目坐落于赣州经开区。一期12GWh项目工厂落成仅用11个月。目前，项目一期前6GWH已投产。"
            "据悉，丙丁动力电池项目一期投资85亿元，规划产能12GWh，预计实现年产值约100亿元。")
    found = _projects(text)
    assert found["松岭蓝宝石晶体制造加工项目"][1] == "投产", found
    assert found["丙丁动力电池项目"][1] == "投产", found


def test_planned_capacity_and_a_forecast_yield_say_no_plan():
    # (a guard on a limit of the planned stage: 规划产能 and 预计实现年产值 describe, they do not plan)
    text = "丙丁动力电池项目一期投资85亿元，规划产能12GWh，预计实现年产值约100亿元。"
    assert _projects(text)["丙丁动力电池项目"][1] is None, _projects(text)


# --- a zone's year ---

def test_a_year_end_review_of_the_zone_by_its_bare_kind_keeps_every_growth_rate():
    text = ("太仓高新区连续第三年获得此项荣誉。\n\n去年全年高新区完成地区生产总值565亿元，增长7.2%，占全市的40.8%；"
            "一般公共预算税收收入75.01亿元，增长7%，占全市的50.95%；注册外资7.3亿美元，增长112.7%，占全市的37.5%。")
    found = _facts(text)
    assert {("太仓高新区", "growth_ratio", "0.07"), ("太仓高新区", "growth_ratio", "1.127"),
            ("太仓高新区", "fdi_contracted", "730000000")} <= found, found


def test_rd_intensity_a_goal_title_and_firm_visits():
    text = ("2022年，松岭经济技术开发区聚力打造世界级智能制造产业集群、长三角地区产城融合发展示范区。"
            "2022年，全区R&D经费投入强度4.54%，惠及企业70余万家次。")
    assert list(_park_aliases(text)) == ["松岭经济技术开发区"], _park_aliases(text)
    found = _facts(text)
    assert ("松岭经济技术开发区", "rd_intensity_ratio", "0.0454") in found, found
    assert not any(value == "700000" for _, _, value in found), found


def test_a_park_named_as_where_a_project_stands_is_no_goal():
    text = "松岭基地项目开工。项目建成后，将成为钟楼数字经济产业园内高标准示范园区。"
    assert "钟楼数字经济产业园" in _park_aliases(text), _park_aliases(text)


# --- firms ---

def test_firms_before_making_in_a_village_and_listed_with_what_kind_they_are():
    text = ("本次同步动工的还有塘甲村松岭电子科技有限公司制造项目。"
            "基金募集规模约3亿元，撬动央企甲乙信托、上市公司丙丁生物等著名机构约1.6亿元。")
    firms = _firms(text)
    assert "松岭电子科技有限公司" in firms, firms
    assert {"甲乙信托", "丙丁生物"} <= set(firms), firms
    kinds = {c.name: c.kind for c in extract(text).companies}
    assert kinds["丙丁生物"] == "enterprise", kinds


def test_what_firms_are_to_do_is_no_firm():
    text = "在此基础上，银川经开区大力推进现有企业转换增长动力，以科技创新驱动园区高质量发展。"
    assert "转换增长动力" not in _firms(text), _firms(text)


# --- funds and zones ---

def test_a_park_fund_its_short_names_its_size_and_the_sizes_of_two_more():
    text = ("松岭国家高新区科创基金等三支子基金成功设立\n\n"
            "1月11日，甲乙(海口)高新区科技创新股权投资合伙企业(有限合伙)(以下简称“高新区科创基金”)在松岭国家高新区成功设立。\n\n"
            "高新区科创基金定位为首支专注生物医药产业的政府投资基金，基金募集规模约3亿元。"
            "该基金由甲乙私募基金管理(海南)有限公司(以下简称甲乙资本)作为基金管理人。\n\n"
            "据悉，先后完成设立的自贸港子基金还有丙丁资本旗下的海南丙丁股权投资基金合伙企业(有限合伙)及"
            "戊己资本设立的海南省戊己健康科技创业投资合伙企业(有限合伙)两支自贸港子基金，两支基金规模分别为7亿元、5亿元人民币。"
            "至此，已有三支自贸港子基金落户松岭高新区。")
    funds = _funds(text)
    assert set(funds) == {"甲乙(海口)高新区科技创新股权投资合伙企业(有限合伙)", "海南丙丁股权投资基金合伙企业(有限合伙)",
                          "海南省戊己健康科技创业投资合伙企业(有限合伙)"}, funds
    assert funds["甲乙(海口)高新区科技创新股权投资合伙企业(有限合伙)"][0] == "约3亿元", funds
    assert "松岭国家高新区科创基金" in funds["甲乙(海口)高新区科技创新股权投资合伙企业(有限合伙)"][1], funds
    assert [funds["海南丙丁股权投资基金合伙企业(有限合伙)"][0], funds["海南省戊己健康科技创业投资合伙企业(有限合伙)"][0]] \
        == ["7亿元", "5亿元"], funds
    assert list(_park_aliases(text)) == ["松岭高新区"] and "松岭国家高新区" in _park_aliases(text)["松岭高新区"], \
        _park_aliases(text)
    firms = _firms(text)
    assert "甲乙" not in firms and firms.get("甲乙私募基金管理(海南)有限公司") is None, firms


# --- currency ---

def test_yuan_in_a_story_from_taiwan_is_the_new_taiwan_dollar_and_stays_renminbi_elsewhere():
    taiwan = "新竹科學園區上半年營業額5,335.64億元，較去年同期成長8.14%。園區管理局表示，上半年貿易總額達6,267.44億元。"
    mainland = "東莞松嶺鎮舉行重點項目集中動工儀式，本次集中動工的4個重點項目總投資達22.5億元。"
    units = {f.amount.unit for f in extract(taiwan).facts if f.metric != "growth_ratio"}
    assert units == {"twd"}, [(f.metric, f.amount.unit) for f in extract(taiwan).facts]
    assert {f.amount.unit for f in extract(mainland).facts} == {"count", "cny"}, extract(mainland).facts


def test_an_investment_firm_by_its_short_name_and_capital_of_a_kind():
    text = ("先后完成设立的子基金还有松岭资本旗下的海南甲乙股权投资基金合伙企业(有限合伙)及丙丁资本设立的海南戊己创业投资合伙企业(有限合伙)。"
            "园区鼓励社会资本参与出资，国有资本出资1.5亿元。")
    firms = _firms(text)
    assert {"松岭资本", "丙丁资本"} <= set(firms) and firms["松岭资本"] is None, firms
    assert not {"社会资本", "国有资本"} & set(firms), firms


def test_in_a_list_of_firms_and_their_capacities_every_item_opens_with_its_firm():
    text = ("目前已全部开复工建设。华信化工年产40万吨煤制乙二醇、中奥能源1000吨石墨烯粉体材料、"
            "万通电气2200台环保型高低压配电柜、金沙瑞地1950吨高品质光电通讯新材料4个重大项目均进入试车阶段。")
    assert "金沙瑞地" in _firms(text), _firms(text)


def test_enterprise_inside_a_firms_trade_is_no_boundary():
    text = "近日，石家庄松岭科技企业孵化器有限公司、甲乙企业管理有限公司被授予省级科技企业孵化器。"
    assert {"石家庄松岭科技企业孵化器有限公司", "甲乙企业管理有限公司"} <= set(_firms(text)), _firms(text)
    assert "孵化器有限公司" not in _firms(text), _firms(text)


def test_a_science_park_by_one_character_of_its_place_and_ke_where_the_text_names_it_in_full():
    text = "新竹科學園區管理局今天舉辦園慶活動。竹科管理局統計，今年前10月營業額新台幣1.38兆元，較去年同期成長10.31%。"
    assert _park_aliases(text) == {"新竹科學園區": ["竹科"]}, _park_aliases(text)
    assert ("新竹科學園區", "annual_revenue", "1380000000000") in _facts(text), _facts(text)


def test_projects_counted_in_chinese_numerals_are_a_figure_and_one_project_is_not():
    text = "11月5日，松岭镇举行第四季度重点项目集中动工仪式。本次集中动工的四个重点项目总投资达22.5亿元。"
    assert ("松岭镇", "projects_started", "4") in _facts(text), _facts(text)
    one = "11月5日，松岭镇举行重点项目集中动工仪式。这是一个项目，也是一批产业的开端。"
    assert not any(value == "1" for _, _, value in _facts(one)), _facts(one)


def test_a_batch_event_joined_by_ji_to_a_projects_ceremony_is_no_part_of_its_name():
    text = ("4月26日，铁岭市2022年春季重大项目集中开(复)工暨松岭年产15万吨新型装配式钢结构项目开工仪式在铁岭高新技术开发区举行。"
            "6月21日，2007松岭循环经济试验区项目推介会暨甲乙旅游文化艺术节项目签约仪式在格尔木举行。")
    found = _projects(text)
    assert found.get("松岭年产15万吨新型装配式钢结构项目", (None, None))[1] == "开工", found
    assert not any(name.endswith("艺术节项目") for name in found), found


def test_a_sum_invested_in_a_parks_project_named_on_is_no_project_named_after_the_park():
    text = "投资0.7亿元的松岭化工循环产业园集中供汽项目，是改善园区基础设施配套的重点工程。"
    assert set(_projects(text)) == {"松岭化工循环产业园集中供汽项目"}, _projects(text)


def test_a_firm_that_goes_public_on_an_exchange_and_a_product_launched():
    text = "松岭科学城助推甲乙水务A股上市、丙丁电子科创板上市。新产品上市后销量大增。"
    assert {"甲乙水务", "丙丁电子"} <= set(_firms(text)), _firms(text)
    assert not any(name.endswith("产品") for name in _firms(text)), _firms(text)


def test_a_funds_own_size_is_a_fact_about_the_fund_too():
    text = "7月24日，松岭高新区发布松岭中金基金申报指南。松岭中金基金由丙丁资本担任管理人，总规模达100亿元。"
    found = {(f.subject, f.subject_type, f.metric, str(f.amount.value)) for f in extract(text).facts}
    assert ("松岭中金基金", "fund", "fund_size", "10000000000") in found, found


def test_a_project_written_two_ways_is_named_by_the_form_the_body_writes_most():
    text = ("甲乙镇四个重点项目集中动工\n\n据了解，官塘低成本产业空间项目总占地面积16万平方米，预计2028年完成建设。"
            "除官塘村低成本产业空间项目外，本次同步动工的还有丙丁产业园1期项目。")
    names = set(_projects(text))
    assert "官塘低成本产业空间项目" in names and "官塘村低成本产业空间项目" not in names, names
    assert ("官塘低成本产业空间项目", "area_m2", "160000") in _facts(text), _facts(text)


def test_a_verb_before_a_park_word_and_a_park_described_by_its_size_name_no_park():
    text = "3年多来，松岭城东建起万亩工业园区，共签约入驻项目82个。甘肃公布化工园区名单。"
    assert _park_aliases(text) == {}, _park_aliases(text)


def test_places_in_front_of_a_bracketed_city_open_a_parks_name_not_a_brand():
    text = "松岭产业转移工业园是在原深圳南山(潮州)产业转移工业园的基础上整合而成。"
    assert not any("南山" in name for name in _firms(text)), _firms(text)


def test_a_verb_that_takes_a_fund_as_its_object_names_no_fund():
    text = "松岭高新区设立甲乙产业投资基金，形成基金促进产业、产业反哺基金的良性循环，还将以专业化管理保障基金市场化运作。"
    assert set(_funds(text)) == {"甲乙产业投资基金"}, _funds(text)


def test_a_phase_said_to_be_building_in_a_paragraph_that_goes_on_about_the_project():
    text = ("去年11月，由甲乙控股有限公司在贵安新区共同规划建设松岭算力产业集群配套项目，总投资约300亿元。\n\n"
            "项目采用“整体规划、分步实施”策略，分为起步区、发展区进行开发建设。据项目负责人介绍，眼下在建的一期项目属于起步区，占地218亩。")
    assert _projects(text)["松岭算力产业集群配套项目"][1] == "在建", _projects(text)


def test_a_place_then_yu_opens_no_firms_name_and_the_firm_is_placed_where_its_short_form_stands():
    text = ("3月上旬，宜昌高新区在北京与联邦电缆公司、德国甲乙机械公司签约，项目正式落户宜昌高新区松岭工业园。\n\n"
            "松岭工业园内，联邦电缆、丙丁汽车等一批优势项目正在加紧建设。")
    firms = _firms(text)
    assert "联邦电缆公司" in firms and not any(name.startswith("北京") for name in firms), firms
    assert firms["联邦电缆公司"] == "宜昌高新区松岭工业园", firms
