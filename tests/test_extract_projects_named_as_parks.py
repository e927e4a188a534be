"""Rules found on real9 (tests/eval/real9), each checked on a sentence written for it: a park the text names only
as a project (an item of a counted or quoted list of projects, or written after the sum invested in it), sums of
money written without 元, figures given respectively, a project's own figures where its site is named, and the
stage words that are not a stage (开工许可, 施工设计, 共建的, 致力于打造). The sentences are fixtures for one
behaviour each; how the rules do on real prose is measured by the scored sets (tests/test_extraction_quality.py)."""
from __future__ import annotations

from loaders.extract import extract


def projects(text):
    return {p.name: p for p in extract(text).projects}


def facts(text):
    return {(f.subject, f.metric, f.amount.value) for f in extract(text).facts}


def test_an_item_of_a_counted_list_of_key_projects_is_a_project_not_a_park():
    x = extract("当天，在主会场集中开工的有恒达数控产业园、明丰钢结构、嘉瑞高分子复合材料、永盛生态复合材料"
                "4个重点项目，总投资26.8亿元。")
    assert {p.name for p in x.projects} == {"恒达数控产业园", "明丰钢结构", "嘉瑞高分子复合材料", "永盛生态复合材料"}
    assert all(p.status == "开工" for p in x.projects)
    assert [p.name for p in x.parks] == []  # named only as a project, and 有 (there are) is not part of its name
    # the list's total is not the first item's figure
    assert not any(f.subject == "恒达数控产业园" for f in x.facts)


def test_a_park_written_after_the_sum_invested_in_it_is_a_project_with_that_investment():
    x = extract("重点产业项目中，投资2亿的恒远食品农林产业园已完成厂房建设，正在招聘工作人员；"
                "投资15亿元的保仁堂北药产业园完成施工设计，近期办理开工许可。")
    found = {p.name: p for p in x.projects}
    assert set(found) == {"恒远食品农林产业园", "保仁堂北药产业园"}
    assert found["恒远食品农林产业园"].investment.value == 200_000_000  # 2亿 after 投资 is money
    assert found["恒远食品农林产业园"].status == "竣工"  # 已完成厂房建设
    assert found["保仁堂北药产业园"].status == "planned"  # 施工设计 and 开工许可 come before building
    assert x.parks == []


def test_a_park_named_as_a_park_elsewhere_keeps_the_sum_invested_in_it():
    x = extract("位于黄山开发区的黄山电子产业园是全市的主阵地。总投资100亿元的黄山电子产业园，将用5年建成示范园区。"
                "黄山电子产业园已与8家单位签订入驻协议。")
    assert "黄山电子产业园" in {p.name for p in x.parks}
    assert x.projects == []
    # a science city is built by many, whatever was invested in it
    assert "黄山科技城" in {p.name for p in extract("总投资100亿元的黄山科技城，将用5年建成示范园区。").parks}


def test_quoted_names_in_a_row_closed_by_projects_are_projects_and_the_sum_after_them_is_theirs():
    x = extract("分区实施的四大项目，既“河口综合保税区市政基础设施建设及配套工程”“草湾产业园市政基础设施建设及配套工程”"
                "“ 总部经济大厦建设”及“ 南部产业园”项目，已完成投资22亿余元。")
    found = {p.name: p for p in x.projects}
    assert set(found) == {"河口综合保税区市政基础设施建设及配套工程", "草湾产业园市政基础设施建设及配套工程",
                          "总部经济大厦建设", "南部产业园"}
    # a park's own works are named after it; a closing quote ends a name
    assert found["河口综合保税区市政基础设施建设及配套工程"].park == "河口综合保税区"
    assert found["草湾产业园市政基础设施建设及配套工程"].park == "草湾产业园"
    assert all(p.status == "在建" for p in x.projects)  # 已完成投资
    assert {p.name for p in x.parks} == {"河口综合保税区", "草湾产业园"}
    assert not any(f.subject in found for f in x.facts)  # the four together, not the last one


def test_a_sum_after_an_investment_word_needs_no_yuan_and_the_years_plan_is_a_target():
    found = facts("2018年，海平开发区开复工项目30个，预计总投资80亿，年度投资50亿。")
    assert ("海平开发区", "planned_investment", 8_000_000_000) in found  # 预计总投资 is the plan as it stands
    assert ("海平开发区", "planned_investment_target", 5_000_000_000) in found


def test_figures_given_respectively_go_to_the_names_in_their_order():
    found = facts("从各县市区来看，长岭高新区、钟山市开工项目总投资居全市前列，总投资额分别为218. 5亿元、196亿元。")
    assert ("长岭高新区", "planned_investment", 21_850_000_000) in found  # 218. 5: a gap inside the decimal
    assert not any(value == 19_600_000_000 for _, _, value in found)  # the city's, which is no park


def test_a_projects_figures_stay_with_it_where_the_sentence_names_its_site():
    found = facts("据了解，投资50亿元以上的长风新能源装备制造项目位于长岭高新区，由长风集团投资建设，"
                  "主要生产精密零部件，致力于打造智能化生产基地，达产后可实现年产值60亿元，年税收3亿元。")
    assert ("长风新能源装备制造项目", "output_value_target", 6_000_000_000) in found
    assert not any(subject == "长岭高新区" for subject, _, _ in found)


def test_a_story_without_its_headline_takes_its_first_sentences_event_as_its_projects_stage():
    found = projects("1月10日，2025年一季度全市重大项目集中开工活动举行。\n\n"
                     "投资50亿元以上的长风新能源装备制造项目位于长岭高新区，致力于打造智能化生产基地，"
                     "达产后可实现年产值60亿元。")
    # 致力于打造 is a purpose and 达产后 a projection: neither says the project is only planned
    assert found["长风新能源装备制造项目"].status == "开工"


def test_a_project_jointly_built_is_not_only_planned_and_its_capacity_opens_its_name():
    found = projects("其中，由兵团和广东共建的200万锭纺织服装产业园项目，总投资106.8 亿元，计划2020年建成。")
    assert set(found) == {"200万锭纺织服装产业园项目"}
    assert found["200万锭纺织服装产业园项目"].status == "在建"  # a completion forecast


def test_the_park_a_list_of_projects_is_written_after_is_every_items_park():
    found = projects("参加现场签约的6个项目中，工业项目占到5个，分别是绥平开发区的明达单车综合产业基地项目、"
                     "鲁丰智能农业机械生产项目、世艺达工贸项目，总投资4.74亿元。")
    assert {name: p.park for name, p in found.items()} == {
        "明达单车综合产业基地项目": "绥平开发区", "鲁丰智能农业机械生产项目": "绥平开发区", "世艺达工贸项目": "绥平开发区"}


def test_a_park_described_by_its_area_is_not_named():
    x = extract("去年，市里作出市区共建产业集聚区的部署，规划17.65平方公里高新技术产业园，集中布局电子信息项目。")
    assert [p.name for p in x.parks] == []


def test_a_zones_part_named_after_it_is_a_park():
    x = extract("2017年，霍城经济开发区兵团分区紧紧围绕“项目兴区”目标，扎实开展促投资工作。")
    assert [p.name for p in x.parks] == ["霍城经济开发区兵团分区"]


def test_a_facility_a_sum_is_invested_to_build_in_a_named_park_is_a_project_there():
    found = projects("华储能源有限公司拟投资50亿元，在宁远高新区建设储能技术与创新科技研发制造中心；"
                     "全球医疗产业集团拟投资30亿元，在洋溪总部经济区打造全球智慧健康医学中心。")
    assert {name: (p.park, p.investment.value) for name, p in found.items()} == {
        "储能技术与创新科技研发制造中心": ("宁远高新区", 5_000_000_000),
        "全球智慧健康医学中心": ("洋溪总部经济区", 3_000_000_000)}


def test_an_event_held_with_a_signing_and_a_parks_class_of_projects_are_not_projects():
    found = projects("今天，湘西新区再次举行重大投资商座谈会暨项目集中签约仪式。5月24日，青城市举行新材料和装备制造产业集群"
                     "暨经济技术开发区重大项目集中开工签约仪式。")
    assert found == {}


def test_a_road_and_a_plaza_in_a_list_of_projects_are_projects_not_firms():
    x = extract("其中，基础设施类项目71个，总投资422亿元，包括太平大道、大兴产业新城基础设施等项目；"
                "西城广场、南都商城等四个非生产性项目总投资将超1亿元。")
    assert "太平大道" in {p.name for p in x.projects}
    assert not {"太平大道", "西城广场"} & {c.name for c in x.companies}


def test_a_park_a_later_item_of_a_list_names_is_not_the_next_items_park():
    found = projects("产业类项目112个，包括太原科创驱动中心、中北高新区战略性基础材料产业园二期、山西新能汇通双碳产业园、"
                     "清泉湾温泉康养小镇等项目。")
    assert found["山西新能汇通双碳产业园"].park != "中北高新区"
    assert "清泉湾温泉康养小镇" in found  # a themed town is built, it is not a village


def test_a_park_that_opens_the_lead_with_a_joint_start_is_the_storys_park_and_its_firms_are_there():
    x = extract("高新区13个项目集中开工\n\n继年初开工10个项目后，10月29日，玉山国家高新区集中开工第二批13个项目，"
                "总投资将超过27亿元。\n\n今年以来，高新区全力推进项目建设。此次集中开工的13个项目中，包括云南达美食品有限公司、"
                "云南韵华生物科技公司在内的9个生产性项目，总投资将超过26亿元。")
    assert {c.name: c.park for c in x.companies} == {"云南达美食品有限公司": "玉山国家高新区",
                                                    "云南韵华生物科技公司": "玉山国家高新区"}


def test_a_fund_belongs_to_the_park_it_settles_in_not_to_its_sponsor_and_what_it_became_is_no_fund():
    x = extract("5月21日，由重庆高新区与天使投资引导基金有限公司共同发起设立的总规模20亿元的科技成果股权投资基金，"
                "正式签约成立并落户西部(重庆)科学城，成为西南地区首只科技成果转化股权投资基金。")
    assert {f.name: f.park for f in x.funds} == {"科技成果股权投资基金": "西部(重庆)科学城"}


def test_a_fund_registered_in_the_bare_zone_word_is_in_the_articles_one_zone_of_that_kind():
    x = extract("近日，成都青松汇股权投资基金合伙企业(青松基金)在高新区完成工商注册。据了解，青松基金总规模10亿元。"
                "成都高新区作为全国知名的IT产业优势聚集区，具有良好的基础。")
    assert {f.park for f in x.funds} == {"成都高新区"}
    assert [p.name for p in x.parks] == ["成都高新区"]  # what the zone is known as is no second park


def test_a_project_that_builds_a_park_has_what_is_said_of_the_park_being_built():
    found = projects("2月5日，在高平开发区电子信息产业园建设现场，工人正紧张有序地开展施工作业。\n\n"
                     "据悉，高平开发区电子信息产业园项目是2024年省重大项目，总占地面积101亩。")
    assert {name: (p.park, p.status) for name, p in found.items()} == {
        "高平开发区电子信息产业园项目": ("高平开发区", "在建")}


def test_a_figure_of_a_park_listed_with_places_that_are_no_parks_is_theirs_together():
    found = facts("活动期间，各县(市、区)、广丰产业园(梅山高新区)达成签约项目30个、计划投资总额96.54亿元。"
                  "这些项目落地在各县(市、区)和广丰产业园，其中广丰产业园项目13个，计划投资额23.61亿元；"
                  "丰顺县项目2个，计划投资总额18亿元。")
    assert {(s, v) for s, _, v in found} == {("广丰产业园", 13), ("广丰产业园", 2_361_000_000)}


def test_a_region_or_a_country_pair_opening_a_parks_name_is_no_firm_but_a_firms_brand_is():
    companies = {c.name for c in extract("5月21日，基金正式落户西部(重庆)科学城。记者获悉：中德(沈阳)高端装备制造产业园成立7年来，"
                                         "经济总量实现跨越式增长。总投资103.8亿元的中国电科(西安)电子信息产业园项目开工。").companies}
    assert "西部" not in companies and "中德" not in companies
    assert "中国电科" in companies


def test_the_one_sector_a_count_of_projects_is_of_is_no_firm():
    x = extract("工业项目27个、计划投资额83.54亿元；商贸物流等项目3个、计划投资额13亿元。")
    assert "商贸物流" not in {c.name for c in x.companies}


# ---- rules found on real10 (tests/eval/real10) ----

def test_projects_started_in_a_park_the_lead_names_after_its_province_are_in_that_park():
    x = extract("6月2日，甘肃省武平市凉州区6个项目在甘肃武平工业园区集中开工，项目总投资18.3亿元。\n\n"
                "此次集中开工的6个项目，分别是总投资5亿元的武平广丰房地产有限公司新威天地商业综合体项目，"
                "总投资3亿元的甘肃天盛建材有限公司农产品加工孵化园项目。")
    park = x.parks[0].name
    assert park.endswith("武平工业园区")
    assert {p.name: p.park for p in x.projects} == {
        "武平广丰房地产有限公司新威天地商业综合体项目": park, "甘肃天盛建材有限公司农产品加工孵化园项目": park}
    # 6个项目在…园区 counts projects, not parks: the county's batch (extractor 1.26: its figures are the county's)
    assert {f.subject for f in x.facts if f.subject_type == "park_group"} == {"凉州区"}


def test_a_sum_invested_in_a_project_not_read_is_not_the_parks_and_a_firm_named_after_a_park_is_no_park():
    x = extract("6月2日，武平工业园区6个项目集中开工。分别是总投资6亿元的武平君森孵化园管理有限公司"
                "甘肃武平中小微企业创业孵化园项目。")
    assert [p.name for p in x.parks] == ["武平工业园区"]
    assert "武平君森孵化园" not in {p.name for p in x.projects}  # the firm's name is neither a park nor a project
    assert not any(f.amount.value == 600_000_000 for f in x.facts)


def test_a_funds_short_name_is_its_alias_and_what_the_fund_marks_is_no_fund():
    x = extract("近日，海口综保产业发展投资基金合伙企业(有限合伙)(以下简称海口综保基金)第一次投资决策会召开，"
                "这标志着我省首支园区基金实质落地运作。海口综保基金采取“母—子基金”方式运作，既可以投资子基金，也可直投项目。")
    assert [(f.name, f.aliases) for f in x.funds] == [("海口综保产业发展投资基金合伙企业(有限合伙)", ["海口综保基金"])]


def test_slogans_joined_with_plus_name_no_park_and_no_firm_and_a_banks_branch_is_no_park():
    x = extract("海口综合保税区将继续发挥“自贸港+综保区”叠加效应。项目按照“智库+基金+园区+研究院”模式建设。"
                "老港镇与上海农商银行临港新片区支行签约。")
    assert [p.name for p in x.parks] == ["海口综合保税区"]
    assert not any("+" in c.name for c in x.companies)


def test_a_parks_name_the_tagger_cut_is_whole_in_a_project_named_after_it_and_the_project_is_there():
    found = projects("2月18日，新春佳节后上班第一天，共青城市在低空经济产业园无人机生产制造中心项目现场举行集中开工大会。"
                     "特别是低空经济产业园无人机生产制造中心项目，总投资超50亿元，由中航工业科技咨询有限公司联合投资建设。")
    assert {name: p.park for name, p in found.items()} == {"低空经济产业园无人机生产制造中心项目": "低空经济产业园"}


def test_a_firms_trade_before_its_legal_form_is_part_of_its_name():
    assert "中航工业科技咨询有限公司" in {c.name for c in extract("项目由中航工业科技咨询有限公司投资建设。").companies}


def test_lists_after_a_signing_verb_start_after_it_and_lists_of_sectors_or_governments_hold_no_firms():
    x = extract("机器人产业港一期、二期累计签约德国尼玛克、汇天威等各类领军企业近50家。"
                "子基金重点投向科技金融、新三板等项目。集团与河北保定、承德及天津宝坻、静海县等14个地方政府及机构达成协议。"
                "集中开工部门项目单位和施工单位负责人等到场。")
    assert {c.name for c in x.companies} == {"德国尼玛克", "汇天威"}


def test_a_verb_before_a_zone_word_is_no_parks_name():
    assert extract("江西省促进开发区改革和创新发展领导小组召开会议。").parks == []


def test_a_ceremonys_total_is_not_the_project_named_as_its_venue_and_a_bracketed_phase_is_one_project():
    found = projects("今天上午，我市二季度重大项目集中开竣工仪式在北部生态新区湿地公园举行，这次集中开竣工的重大项目有58项，"
                     "总投资达330亿元。今天开工的项目主要包括：北部生态新区湿地公园、柳北路道路拓宽改建工程等项目。"
                     "竣工项目共17项，主要包括：曙光大道工程、融水元宝山——贝江旅游开发项目(一期)等项目。"
                     "贝江旅游开发项目带动了乡村旅游。")
    assert found["北部生态新区湿地公园"].investment is None
    assert "贝江旅游开发项目" not in found and found["贝江旅游开发项目(一期)"].phase == "一期"


def test_a_park_written_after_its_new_area_is_named_without_it_and_a_road_named_after_it_is_there():
    x = extract("今天开工的项目主要包括：柳北路道路拓宽改建工程、柳东新区中欧产业园纵四路等项目。")
    assert [(p.name, p.aliases) for p in x.parks] == [("中欧产业园", ["柳东新区中欧产业园"])]
    assert {p.name: p.park for p in x.projects}["柳东新区中欧产业园纵四路"] == "中欧产业园"
    # a 高新区 is no new area: 西安高新区X聚集区 keeps its zone
    assert "西安高新区曲率引擎产业聚集区" in {p.name for p in extract("西安高新区曲率引擎产业聚集区已汇聚企业近200家。").parks}


def test_the_firms_a_count_names_in_brackets_are_firms_of_the_park():
    x = extract("南昌高新区工业企业发展迅速，其中超亿元的企业达46家，超百亿元企业有2家(华明、欧川)。")
    assert {c.name: c.park for c in x.companies} == {"华明": "南昌高新区", "欧川": "南昌高新区"}
    # as many as counted, or none
    assert extract("南昌高新区超百亿元企业有3家(华明、欧川)。").companies == []


def test_a_project_named_after_the_park_it_builds_stands_in_that_park_where_no_zone_is_named():
    x = extract("近日，永丰县轻工智造产业园项目正式开工。该项目总投资12亿元，规划建设标准厂房30万平方米。")
    assert [p.name for p in x.parks] == ["永丰县轻工智造产业园"]
    assert {p.name: p.park for p in x.projects} == {"永丰县轻工智造产业园项目": "永丰县轻工智造产业园"}
    assert x.parks[0].rule == "park_built_by_project"


def test_where_the_story_names_a_zone_a_project_named_after_a_park_records_no_park():
    # (a guard on a limit of extractor 1.95's rule: a firm's park is most often built inside the zone, which scope may
    # not tell)
    x = extract("近日，永丰县轻工智造产业园项目正式开工。永丰县工业园区管委会负责人介绍，该项目总投资12亿元。")
    assert "永丰县轻工智造产业园" not in [p.name for p in x.parks]


def test_a_firms_park_or_a_capacity_named_project_records_no_park():
    # (a guard on a limit of extractor 1.95's rule)
    for text in ("近日，松岭物流股份有限公司大宗物流产业园项目正式开工。", "近日，松岭年产2000万台智能制造产业园项目正式开工。"):
        assert extract(text).parks == [], text
