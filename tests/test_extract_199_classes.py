"""Rules of extractor 1.99, from the extras left on studied real sets (a zone that builds its parks, what a park
will become, an enclave park named by its kind). The sentences are fixtures for one behaviour each (invented
names; places are the closed class of the lexicon); real prose is measured by tests/test_extraction_quality.py."""
from __future__ import annotations

from tests.extracted import facts as _facts
from tests.extracted import firms as _firms
from tests.extracted import projects as _projects
from tests.extracted import park_aliases as _park_aliases


def test_a_zone_that_plans_and_builds_parks_is_no_part_of_their_names():
    parks = _park_aliases("松岭开发区位于城区以西。开发区规划建设绒纺工业园区、陶瓷工业园区等，实现一区多园。")
    assert "绒纺工业园区" in parks and "陶瓷工业园区" in parks, parks
    assert not any(name.startswith(("规划", "开发区")) for name in parks), parks


def test_a_zone_that_builds_with_a_one_character_verb_is_no_part_of_the_name():
    text = ("松岭开发区建飞地工业园\n\n两县将在松岭开发区建设飞地工业园。飞地工业园将结合两县的资源优势。"
            "飞地工业园拟选址于松岭开发区北区。到2030年，飞地工业园将落户项目110个。")
    parks = _park_aliases(text)
    assert "飞地工业园" in parks and not any("建飞地" in name for name in parks), parks
    assert ("飞地工业园", "projects_target", "110") in _facts(text), _facts(text)


def test_what_a_project_will_become_names_no_park():
    parks = _park_aliases("松岭物流港项目已开始实施。项目建成后，年吞吐量可达1亿吨以上，将成为辐射全国的国家二级大型商贸物流园区。"
                          "项目将建成集种养、加工为一体的高标准果蔬精深加工产业园区。")
    assert not any("物流园区" in name or "加工产业园区" in name for name in parks), parks


def test_the_writers_own_province_or_city_is_no_part_of_a_name():
    text = ("4月25日，我省松岭动力电池产业化基地等474个重大工业项目集中开工，总投资1706亿元。"
            "本市柏川电池有限公司当天投产。")
    names = set(_projects(text)) | set(_firms(text))
    assert "松岭动力电池产业化基地" in names and "柏川电池有限公司" in names, names
    assert not any(name.startswith(("省", "市", "我", "本")) for name in names), names


def test_a_park_sited_in_another_in_the_writers_city_keeps_its_figures():
    text = "松岭市场创新产业园区位于本市津南区柏川工业区，占地面积约1100亩，规划总投资25亿元。"
    found = _facts(text)
    assert ("松岭市场创新产业园区", "planned_investment", "2500000000") in found, found
    assert not any(subject.endswith("柏川工业区") for subject, _, _ in found), found


def test_two_zones_written_one_after_the_other_are_two_names():
    parks = _park_aliases("咸宁高新区黄冈高新区晋升国家级\n\n国务院批复咸宁高新区、黄冈高新区晋升为国家高新技术产业开发区。")
    assert not any("高新区黄冈" in name for name in parks) and not any(
        "高新区黄冈" in alias for aliases in parks.values() for alias in aliases), parks


def test_zones_of_a_rank_counted_are_no_figure_of_the_park_named_before():
    text = "松岭高新区晋升国家级 湖北国家级高新区增至9个\n\n国务院正式批复松岭高新区晋升为国家高新技术产业开发区。"
    assert not any(value == "9" for _, _, value in _facts(text)), _facts(text)


def test_a_zone_body_without_its_zone_and_the_body_a_decision_went_through_are_no_records():
    text = ("2015年2月，经省政府批准，松岭经济开发区更名为松岭高新技术产业园区。"
            "在签约仪式现场，高新区管委会与甲乙资本、丙丁资本等13家投资机构签署合作协议。")
    firms = _firms(text)
    assert not ({"经省政府", "省政府", "高新区管委会"} & set(firms)), firms


def test_functions_a_chain_gathers_in_one_say_no_stage():
    projects = _projects("松岭汽车内饰部件项目依托甲乙集团完善的产品系统，形成了集研发、试制、销售、采购、运营于一体的产业链。")
    assert projects.get("松岭汽车内饰部件项目", (None, None))[1] is None, projects


def test_two_projects_each_closed_by_project_are_two_even_when_the_second_opens_with_a_quantity():
    projects = _projects("另外，还引进了松岭国际陆港项目、甲乙集团投资的己内酰胺·尼龙6项目和100万吨有机硅项目等一批项目。")
    assert "己内酰胺·尼龙6项目" in projects and "100万吨有机硅项目" in projects, projects
    assert not any("和100万吨" in name for name in projects), projects


def test_two_projects_counted_as_two_big_ones_are_each_a_project():
    projects = _projects("本次签约的松岭绿色植保科技产业园和抗病毒一类新药及特色原料药两大项目，投资强度大。")
    assert "抗病毒一类新药及特色原料药" in projects, projects
    assert not any(name.endswith("两大项目") for name in projects), projects


def test_following_is_no_part_of_a_firms_name():
    firms = _firms("松岭植保科技产业园项目总投资120亿元，是继甲乙能源集团智慧制造园区项目落户开发区后，园区签约的又一百亿级大项目。")
    assert "甲乙能源集团" in firms and not any(name.startswith("继") for name in firms), firms


def test_what_a_project_builds_is_no_park():
    parks = _park_aliases("松岭经济开发区签约植保科技产业园项目。该项目主要建设高端新药创制研究院、精细化工中间体产业园区、"
                          "植保产业园区、制剂产业园和配套公用及辅助工程园区。")
    assert not ({"精细化工中间体产业园区", "植保产业园区", "制剂产业园"} & set(parks)), parks


def test_a_firm_the_tagger_reads_whole_across_lianhe_keeps_its_name():
    text = "2月24日，总投资20亿元的浙江松岭联合纸业有限公司数码喷墨纸产业升级项目正式开工。"
    firms, projects = _firms(text), _projects(text)
    assert "浙江松岭联合纸业有限公司" in firms, firms
    assert "浙江松岭联合纸业有限公司数码喷墨纸产业升级项目" in projects, projects


def test_firms_of_the_specialised_programme_are_counted_as_such():
    text = "截至目前，松岭高新区已累计孵化培育超1100家企业，其中瞪羚企业100多家、国家级专精特新“小巨人”企业28家。"
    found = {(metric, value) for _, metric, value in _facts(text)}
    assert ("specialised_enterprises", "28") in found and ("enterprises", "28") not in found, found


def test_a_zone_written_with_national_inside_and_by_its_long_kind_is_one_zone():
    text = ("榜单显示，厦门火炬高技术产业开发区位居第22位。据了解，厦门国家火炬高新区拥有高新技术企业1000多家。"
            "截至目前，厦门火炬高新区已累计孵化培育超1100家企业。")
    parks = _park_aliases(text)
    assert len(parks) == 1, parks


def test_titles_a_zone_holds_are_no_parks():
    parks = _park_aliases("松岭高新区获得国家级双创示范基地、收获国家知识产权示范园区、国家数字服务出口基地等多块国字号招牌。")
    assert not any("示范园区" in name for name in parks), parks


def test_a_park_named_after_its_district_is_also_known_by_its_own_name():
    parks = _park_aliases("海尔市场创新产业园区位于本市津南区八里台工业区，占地面积约1100亩。")
    assert "八里台工业区" in parks.get("津南区八里台工业区", []), parks


def test_an_industrys_park_keeps_its_county():
    # (a guard on the rule above: what is left must open with a proper name)
    parks = _park_aliases("位于费县粘合剂化工产业园的项目已开工。")
    assert not any("粘合剂化工产业园" in aliases for aliases in parks.values()), parks


def test_the_whole_county_is_the_county_the_article_names():
    found = _facts("禄丰县招商引资开局良好\n\n一月份，全县共实施500万元以上招商引资项目57项。\n\n（禄丰县招商局）")
    assert ("禄丰县", "projects", "57") in found, found


def test_money_arrived_from_outside_the_province_is_investment_in_place():
    found = {(metric, value) for _, metric, value in _facts("松岭工业园区去年到位省外资金23.91亿元。")}
    assert any(metric.startswith("investment_in_place") and value == "2391000000" for metric, value in found), found


def test_projects_counted_then_named_keep_their_names_when_one_is_named_only_by_its_kind():
    text = ("第一季度，该区共洽谈综合性产业园区项目5个。5个综合性产业园区项目分别是：松岭磨料磨具产业园、创意印刷包装产业园、"
            "科技产业园、干燥设备工程研发中心与产业化生产基地和核净产业园。")
    projects = _projects(text)
    assert {"松岭磨料磨具产业园", "创意印刷包装产业园", "核净产业园"} <= set(projects), projects
    assert "科技产业园" not in projects, projects


def test_what_a_project_can_reach_by_years_end_is_no_stage_reached():
    projects = _projects("松岭磨料磨具产业园项目一期正在办理审批手续，一期项目年底前可建成投产。")
    assert projects.get("松岭磨料磨具产业园项目", (None, None))[1] != "投产", projects


def test_a_preposition_before_a_list_of_firms_is_no_part_of_the_first():
    firms = _firms("松岭经开区生物医药板块以施美药业、科伦药业等11家规上企业为支柱。")
    assert "施美药业" in firms and not any(name.endswith("以施美药业") for name in firms), firms


def test_this_firms_revenue_is_the_firms():
    text = ("松岭经开区集聚永冠科技、恒吉金属等58家高新技术企业。荣华人工智能产业园等7大专业园区吸引42个项目入驻。"
            "21亿元产业基金支持永冠科技建成可降解胶带全产业链，推动该企业年营收突破35亿元。")
    found = _facts(text)
    assert ("永冠科技", "annual_revenue", "3500000000") in found, found


def test_this_firms_revenue_is_no_parks_when_no_firm_is_read():
    text = ("松岭经开区荣华人工智能产业园等7大专业园区吸引42个项目入驻。21亿元产业基金支持一家胶带企业建成全产业链，"
            "推动该企业年营收突破35亿元。")
    assert not any(value == "3500000000" for _, _, value in _facts(text)), _facts(text)


def test_listed_projects_after_their_firm_and_park_are_named_by_what_follows_and_stand_in_that_park():
    text = ("42个项目中，南京项目共有6个。其中，四个美国公司在宁投资项目，分别为：美国甲乙制药公司在南京经济技术开发区的"
            "松岭医疗器械增资项目、美国丙丁化工公司在南京化工园的丙丁三期空分增资项目、美国戊己公司在南京化工园的戊己精细化学品"
            "基地项目、美国庚辛公司在高淳开发区的庚辛硅谷科技创业园项目。")
    projects, firms = _projects(text), _firms(text)
    assert projects.get("丙丁三期空分增资项目", (None,))[0] == "南京化工园", projects
    assert projects.get("庚辛硅谷科技创业园项目", (None,))[0] == "高淳开发区", projects
    assert "宁投资项目" not in projects, projects
    assert firms.get("美国丙丁化工公司") == "南京化工园" and firms.get("美国庚辛公司") == "高淳开发区", firms


def test_a_capacity_is_never_cut_inside_its_number():
    projects = _projects("在松岭高新区柏川工业园的甲乙实业有限公司，今年新上的年产3000万片手机贴合显示面板和6000万件"
                         "手机贴合显示模组生产线已进入设备调试和试生产阶段。")
    assert not any(name[:1].isdigit() and not name.startswith("3000") for name in projects), projects


def test_firms_whose_orders_a_park_firm_takes_are_customers_not_residents():
    firms = _firms("在松岭高新区柏川工业园的甲乙实业有限公司，新项目的投运使得企业得以承接起苹果、三星、北汽等国内外知名企业更多的订单。")
    assert firms.get("三星") is None and firms.get("北汽") is None, firms


def test_a_citys_firms_investing_abroad_are_no_figure_of_the_park_in_scope():
    text = ("42个项目中，南京项目共有6个，其中美国甲乙公司在南京经济技术开发区的松岭增资项目。"
            "今年上半年，有30多家南京企业在境外投资，总投资额高达4.3亿美元，同比增长20%以上。")
    assert not any(value in ("30", "430000000") for _, _, value in _facts(text)), _facts(text)


def test_cities_of_two_countries_are_no_place():
    found = _facts("中美城市签约42个经济合作项目 含6个南京项目\n\n作为会议的重要日程，21个中国城市和20个美国城市签下42个经济合作项目。")
    assert not any(subject.startswith("中美") for subject, _, _ in found), found


# --- from real46, after its first score ---

def test_a_zone_visited_in_a_lead_with_no_headline_is_the_storys_park():
    text = ("北疆新闻鄂尔多斯9月22日消息(记者甲)“各族青年记者看内蒙古高质量发展”采访团走进位于伊金霍洛旗的松岭经济开发区，"
            "实地了解当地发展绿色产业集群的经验成果。\n\n在柏川智能重卡换电站记者看到，大卡车实现自动进站。"
            "柏川鄂尔多斯零碳产业园工作人员韩某介绍。\n\n"
            "松岭经济开发区是自治区级一类园区，规划控制面积150平方公里。\n\n目前开发区已入驻企业有150家。\n\n"
            "北方地区产能最大的柏川动力电池工厂正式投产，全国单体最大的甲乙单晶切片厂房成功封顶。")
    projects = _projects(text)
    assert projects.get("柏川动力电池工厂", (None,))[0] == "松岭经济开发区", projects


def test_a_countys_zone_written_three_ways_is_one_zone():
    text = ("吕梁在交城经济开发区设分会场。其中，交城县开发区“签约一批”项目2个，总投资7.1亿元。"
            "随后，一行人观摩了交城经开区低碳生态园。")
    parks = _park_aliases(text)
    assert set(parks.get("交城经济开发区", [])) >= {"交城县开发区", "交城经开区"}, parks


def test_a_citys_zones_together_are_no_park():
    text = ("本次活动，吕梁市各开发区“签约一批”项目11个。孙某宣布吕梁市开发区2024年第三次“开工一批”项目集中开工。")
    assert "吕梁市开发区" not in _park_aliases(text), _park_aliases(text)


def test_a_delegation_and_a_ceremony_open_no_name():
    text = ("孙某宣布开工，并和与会领导一同为交城经济开发区甲乙新材料科技有限公司年产6000吨高纯石英管深加工项目培土奠基。"
            "随后，孙某、丁某一行深入交城丙丁铁合金有限责任公司热态渣再利用项目进行了观摩。")
    names = set(_projects(text)) | set(_firms(text))
    assert not any(name.startswith(("与会", "一同", "丁某", "一行", "深入")) for name in names), names
    assert "甲乙新材料科技有限公司" in _firms(text), _firms(text)


def test_a_zones_own_company_keeps_the_zone_in_its_name():
    # (a guard on the rule above: the zone's development company is named by the zone)
    firms = _firms("海口国家高新区国际投资咨询有限公司出资设立基金。海口国家高新区位于海口市。")
    assert "海口国家高新区国际投资咨询有限公司" in firms, firms


def test_an_agricultural_high_tech_zone_is_a_zone_and_its_park_keeps_its_own_figures():
    text = ("记者走进晋中国家农高区松岭食品产业园生产车间。\n\n该产业园位于晋中国家农高区功能食品加工园，"
            "是“投产一批”项目，该项目总投资2.3亿元，占地308亩。\n\n甲乙生物科技有限公司是晋中国家农高区引进的一家重点企业。")
    parks = _park_aliases(text)
    assert "晋中国家农高区" in parks, parks
    assert ("晋中国家农高区松岭食品产业园", "area_mu", "308") in _facts(text), _facts(text)


def test_a_project_area_is_a_park_and_a_projects_site_is_not():
    parks = _park_aliases("截至2006年11月底，哈大齐工业走廊大庆项目区已完成固定资产投资28.7亿元。"
                          "重点项目集中开工仪式在磴口县工业园区和甲乙包装智能低碳环保建设项目区举行。")
    assert "哈大齐工业走廊大庆项目区" in parks, parks
    assert not any(name.endswith("建设项目区") for name in parks), parks


# --- from real47, after its first score ---

def test_a_firms_project_listing_its_products_is_one_project():
    projects = _projects("8个项目集体开工，他们分别是：总投资3亿元的甲乙药业有限责任公司药厂改扩建项目；总投资1.26亿元的"
                         "丙丁新材料工程有限公司年产2万吨无纺土工布、聚酯纺粘土土工新材料建设项目；总投资1.23亿元的戊己纤维有限公"
                         "10万吨棉花秸秆、3万吨精制棉综合加工示范项目。")
    assert "丙丁新材料工程有限公司年产2万吨无纺土工布、聚酯纺粘土土工新材料建设项目" in projects, projects
    assert "戊己纤维有限公10万吨棉花秸秆、3万吨精制棉综合加工示范项目" in projects, projects
    assert "聚酯纺粘土土工新材料建设项目" not in projects and "3万吨精制棉综合加工示范项目" not in projects, projects


def test_projects_each_closed_by_project_after_one_sum_stay_apart():
    # (a guard on the rule above)
    projects = _projects("总投资15.628亿元的甲乙糖业有限公司年产9.5万吨漂白蔗渣浆项目、年产20万吨文化用纸项目和年产30万吨精制糖项目进展顺利。")
    assert "年产20万吨文化用纸项目" in projects, projects


def test_a_free_trade_zones_part_in_a_city_is_named_with_the_zone_and_defined_past_another_name():
    text = ("云南自贸试验区昆明片区建设发展提速 今年首批27个建设项目集中开工\n\n本报讯 记者从中国(云南)自由贸易试验区昆明片区"
            "(昆明经开区)(以下简称“云南自贸试验区昆明片区”)获悉，云南自贸试验区昆明片区于3月15日组织了27个建设项目集中开工。")
    parks = _park_aliases(text)
    forms = set(parks) | {alias for aliases in parks.values() for alias in aliases}
    assert "云南自贸试验区昆明片区" in forms and "云南自贸试验区" not in forms, parks


def test_a_headline_about_a_zones_projects_names_the_zone_for_the_story():
    text = ("松岭开发区项目建设热潮涌动 今年引进项目69个\n\n本报讯(记者甲)今年以来，招商局松岭开发区再掀招商引资热潮。\n\n"
            "与此同时，区内原有企业也纷纷增资扩产。甲乙集团拟新增300万吨热轧项目，丙丁公司拟增加二期项目，戊己钢铁申报二期项目。")
    projects, firms = _projects(text), _firms(text)
    assert firms.get("甲乙集团") == "松岭开发区", firms
    assert not any(name.startswith(("丙丁公司拟", "戊己钢铁申报")) for name in projects), projects


def test_a_firm_listed_before_a_project_is_no_project():
    projects = _projects("投资3990万美元建造3万-5万吨级船舶的福建甲乙造船有限公司、“丙丁特种船”项目等都纷纷签约进驻松岭开发区。")
    assert "福建甲乙造船有限公司" not in projects and "“丙丁特种船”项目" in projects, projects


def test_what_a_zone_is_described_as_is_no_park():
    text = ("作为西部集成电路产业发展聚集区，成都高新区一直在行动。\n\n成都高新区：西部集成电路产业发展聚集区\n\n"
            "成都高新区已聚集集成电路企业100余家。")
    assert set(_park_aliases(text)) == {"成都高新区"}, _park_aliases(text)


def test_firms_a_zone_signs_with_whose_projects_land_there_stand_there():
    text = ("成都高新区在推介会上与苏州甲乙科技股份有限公司、丙丁半导体有限公司、上海戊己科技有限公司等4家企业进行了现场签约，"
            "宣布4个项目正式落户成都高新区。")
    firms = _firms(text)
    assert firms.get("丙丁半导体有限公司") == "成都高新区" and firms.get("上海戊己科技有限公司") == "成都高新区", firms


def test_more_projects_of_a_kind_are_no_project():
    text = "此次推介会有望吸引更多优质集成电路产业项目落地成都高新区。"
    assert not _projects(text), _projects(text)


def test_a_zones_startup_park_is_named_with_the_zone_and_the_zone_by_its_short_form():
    text = ("库尔勒经济技术开发区中小企业创业园8项目同时开工\n\n8月7日，库尔勒经济技术开发区中小企业创业园8个项目集中开工仪式举行。"
            "今天10点30分，库尔勒开发区中小企业创业园内，8个项目集体开工。")
    parks = _park_aliases(text)
    assert "库尔勒经济技术开发区中小企业创业园" in parks, parks
    assert "库尔勒开发区" in parks.get("库尔勒经济技术开发区", []), parks


def test_a_project_named_by_what_it_makes_stands_when_the_next_clause_gives_this_projects_sum():
    text = ("11月8日，公司与松岭经济技术开发区管理委员会就公司在松岭经济技术开发区柏川工业新区内投资建设印制电路板(PCB)项目"
            "签订了书面协议，该项目总投资33亿元。")
    projects = _projects(text)
    assert "印制电路板(PCB)项目" in projects, projects
    assert not any(name.startswith("投资建设") for name in projects), projects
    assert not any(subject.endswith("工业新区") and value == "3300000000" for subject, _, value in _facts(text)), _facts(text)


def test_a_headline_that_plans_to_invest_names_no_project():
    projects = _projects("甲乙股份拟投33亿黄山建PCB项目 明复牌\n\n甲乙股份11月8日晚间公告，公司签订了书面协议。")
    assert not any("拟投" in name for name in projects), projects


def test_a_sum_written_before_a_firms_name_is_the_firms():
    text = "松岭开发区今年引进项目69个。投资总额3000万美元的福建甲乙钢铁制品有限公司将于本月投产。"
    assert ("福建甲乙钢铁制品有限公司", "planned_investment", "30000000") in _facts(text), _facts(text)


def test_the_full_name_a_free_trade_zones_short_name_is_defined_by_is_the_parks_name():
    text = ("松岭自贸试验区昆明片区建设发展提速\n\n本报讯 记者从中国(云南)自由贸易试验区昆明片区(昆明经开区)(以下简称“云南自贸试验区昆明片区”)"
            "获悉，云南自贸试验区昆明片区于3月15日组织了27个建设项目集中开工。")
    parks = _park_aliases(text)
    assert "云南自贸试验区昆明片区" in parks.get("中国(云南)自由贸易试验区昆明片区", []), parks
    assert ("中国(云南)自由贸易试验区昆明片区", "projects_started", "27") in _facts(text), _facts(text)
