"""Rules of extractor 1.40, from real18's misses (after its first score): a firm that signs with a zone for a project
is in that zone; a firm's short name and its placed or bracketed long name are one firm; sectors listed before 等项目
are neither firms nor projects; two parks joined by 和 are not one name; 'a park of X' (X一工业园区) names no park;
市北 opens a zone's name; words that read as a clause inside a project's name (建设经营, 系列产品); a body's name
starts after 与/和/获; a project described as one of a park's keeps its figures; the noun nearest a figure names its
metric; what a project is to yield once built is the project's, and a target through the clauses that go on
projecting. The sentences are fixtures for one behaviour each; real prose is measured by tests/test_extraction_quality.py."""
from __future__ import annotations

from loaders.extract import extract
from tests.extracted import projects as _projects


def _firms(text):
    return {c.name: c.park for c in extract(text).companies if c.kind == "enterprise"}


def test_a_firm_that_signs_with_a_zone_for_a_project_is_in_that_zone():
    text = ("在洽谈会签约仪式上,我市签下了3个项目。这些项目是:甲乙实业有限公司与丙丁经济开发区管委会签署的总投资为9800万美元的"
            "计算机整机生产项目;戊己集团(香港)有限公司与庚辛市壬癸经济区签署的总投资为4980万美元的酒店项目。")
    firms = _firms(text)
    assert firms["甲乙实业有限公司"] == "丙丁经济开发区"
    assert firms["戊己集团(香港)有限公司"] == "庚辛市壬癸经济区"


def test_a_firm_that_signs_a_strategic_deal_beside_a_zone_is_not_placed_by_this_rule():
    firms = _firms("甲乙银行股份有限公司与丙丁经济开发区管委会签署战略合作协议。")
    assert firms.get("甲乙银行股份有限公司") is None  # a bank serves parks; it is not placed in one


def test_a_firms_short_stem_and_its_bracketed_local_company_are_one_firm():
    text = "戊己集团投资建设酒店。戊己集团(香港)有限公司与庚辛市壬癸经济区签署协议。"
    assert [c.name for c in extract(text).companies if c.kind == "enterprise"] == ["戊己集团(香港)有限公司"]


def test_a_firm_named_with_and_without_its_city_is_one_firm_placed_where_the_text_puts_it():
    text = ("甲乙循环经济试验区签约仪式举行。成都丙丁有限公司总经理张某说,投资环境良好。"
            "目前丙丁有限公司在戊己工业园区已投资建设了一个200亩的装备制造厂区。")
    firms = _firms(text)
    assert list(firms) == ["成都丙丁有限公司"] and firms["成都丙丁有限公司"] == "戊己工业园区"


def test_sectors_listed_before_deng_xiangmu_are_neither_firms_nor_projects():
    x = extract("近年来,一批盐湖化工、新能源、新材料、装备制造、特色生物、文化旅游等项目的签约和落实,促进了甲乙市的发展。")
    assert [c.name for c in x.companies] == [] and [p.name for p in x.projects] == []


def test_two_parks_joined_by_he_are_not_one_park():
    x = extract("四幢商务楼宇昨日落成,将分别作为甲乙文化产业园二期和丙丁生物医药产业园的重要组成部分。")
    assert all("和" not in p.name for p in x.parks)


def test_a_park_of_a_city_counted_as_one_is_no_name():
    x = extract("九江一工业园区扩区调区获省政府批复!")
    assert [p.name for p in x.parks] == [] and [c.name for c in x.companies] == []


def test_a_zone_named_after_the_north_of_a_city_is_a_zone():
    assert [p.name for p in extract("该项目位于市北高新区。").parks] == ["市北高新区"]
    assert [p.name for p in extract("占市下达高新区任务的一半。").parks] == []  # a bare unit, then a verb


def test_construction_and_operation_and_a_product_series_stay_inside_a_projects_name():
    x = extract("甲乙公司签署了总投资为5000万美元的标准厂房建设经营项目和总投资为3000万美元的医用器械系列产品项目。")
    assert {p.name: float(p.investment.value) for p in x.projects} == {
        "标准厂房建设经营项目": 50_000_000.0, "医用器械系列产品项目": 30_000_000.0}


def test_a_bodys_name_starts_after_a_conjunction_or_a_verb():
    x = extract("中兴产业园项目投资方与市政府签订的协议为框架协议。扩区调区获省政府批复。")
    assert [c.name for c in x.companies] == []


def test_a_project_described_as_one_of_a_parks_keeps_its_figures_and_their_metrics():
    text = ("甲乙四局高端建筑智能智造总部项目是丙丁高新区重点打造的产业体系中的支撑性战略项目,计划总投资30亿元,占地124亩,"
            "预计实现年应税销售20亿元、税收1200万元,到账外资3000万美元。")
    facts = {(f.subject, f.metric.removesuffix("_target"), float(f.amount.value)) for f in extract(text).facts}
    name = "甲乙四局高端建筑智能智造总部项目"
    assert {(name, "area_mu", 124.0), (name, "annual_revenue", 2e9), (name, "annual_tax", 1.2e7),
            (name, "fdi_used", 3e7)} <= facts
    assert not any(subject == "丙丁高新区" for subject, _, _ in facts)


def test_a_stage_denied_or_asked_about_is_no_stage():
    text = ("请问华安新材料项目进展如何,开工了吗?\n\n开发区管委会回复:华安新材料项目由丙丁材料技术有限公司与开发区管委会"
            "签订投资协议,因投资方管理层调整,暂未动工。")
    assert _projects(text)["华安新材料项目"][1] == "签约"


def test_classes_of_projects_and_a_clause_saying_what_kind_they_are_are_no_projects():
    text = ("本次签约项目41个。此外,电子信息类项目、轻工业项目、基础设施类项目以及旅游开发项目等也都完成签约。"
            "其中,绝大部分为工业项目。董事会授权公司管理层全权办理项目相关事宜。")
    names = set(_projects(text))
    assert not any(n.endswith("类项目") or "为工业" in n or "办理" in n for n in names), names


def test_a_plans_verb_opens_no_projects_name():
    assert set(_projects("甲乙科技(688000.SH)拟投建甲乙半导体装备制造基地项目 总投资额不低于6亿元")) == {
        "甲乙半导体装备制造基地项目"}


def test_a_park_inside_a_firms_name_does_not_place_the_project_the_clause_names():
    text = ("公司同意与丙丁开发区临海工业园开发有限公司签署相关投资协议,投资建设甲乙半导体装备制造基地项目。"
            "公司拟在中山市戊己新区东片区增资扩产建设甲乙半导体装备制造基地。")
    assert _projects(text)["甲乙半导体装备制造基地项目"][0] == "中山市戊己新区"


def test_a_park_written_with_its_city_is_also_known_without_it():
    parks = {p.name: p.aliases for p in extract("项目位于中山市戊己新区东片区。").parks}
    assert "戊己新区" in parks["中山市戊己新区"]
    parks = {p.name: p.aliases for p in extract("项目位于青岛市人工智能产业园。").parks}
    assert "人工智能产业园" not in parks["青岛市人工智能产业园"]  # a kind of park, not its name


def test_a_science_new_town_and_a_dedicated_investment_zone_are_parks():
    names = {p.name for p in extract("记者在威海市区西部的“威海科技新城”看到,项目正在加紧建设。"
                                     "泉州还在加快建设位于泉州湾北岸、规划面积约58平方公里的台商投资专属区。").parks}
    assert {"威海科技新城", "台商投资专属区"} <= names


def test_a_fields_positioning_and_a_regions_goal_are_no_parks():
    x = extract("按照国内一流的“高等教育聚集区、高新技术产业区”的定位建设。加快建设粤港澳大湾区工业科技新城。")
    assert [p.name for p in x.parks] == []


def test_money_spent_per_month_is_no_figure():
    text = "甲乙科技新城两年来累计完成投资2.4亿元,平均每月投入1000万元。"
    assert {float(f.amount.value) for f in extract(text).facts} == {240_000_000.0}


def test_a_planned_total_in_the_clause_after_the_name_is_the_projects_investment_with_its_qualifier():
    x = extract("公司与甲乙有限公司签署相关投资协议,投资建设华安半导体装备制造基地项目,拟总投资额不低于6亿元人民币,"
                "并授权公司管理层全权办理。")
    (p,) = x.projects
    assert (p.name, float(p.investment.value), p.investment.qualifier) == ("华安半导体装备制造基地项目", 6e8, "超")


def test_an_area_in_hectares_is_kept_as_written_and_belongs_to_the_park_an_approval_names():
    text = "2025年10月17日,省政府批复同意甲乙工业园区扩区调区,批准面积由原有的133.3公顷拓展至594.44公顷。"
    facts = {(f.subject, f.metric, f.amount.unit, float(f.amount.value)) for f in extract(text).facts}
    assert facts == {("甲乙工业园区", "area_ha", "ha", 133.3), ("甲乙工业园区", "area_ha", "ha", 594.44)}


def test_a_group_written_without_a_place_is_named_after_the_parks_it_counts_back_to():
    text = ("据悉,甲乙机械装备制造工业园区位于丙丁市东北部。\n\n据了解,继装备园开工后,戊己石蜡工业园区也将很快进入建设阶段。"
            "目前,两个园区已有意向性投资项目17个。")
    x = extract(text)
    (fact,) = [f for f in x.facts if float(f.amount.value) == 17]
    assert (fact.subject_type, fact.subject) == ("park_group", "甲乙机械装备制造工业园区和戊己石蜡工业园区")
    (group,) = x.park_groups
    assert group.members == ["甲乙机械装备制造工业园区", "戊己石蜡工业园区"]


def test_a_group_that_counts_more_parks_than_the_text_just_named_keeps_its_own_name():
    text = "甲乙工业园区加快建设。目前,三个园区已有意向性投资项目17个。"
    (fact,) = [f for f in extract(text).facts if float(f.amount.value) == 17]
    assert fact.subject == "三个园区"


def test_a_kind_of_science_city_named_for_creative_industry_is_a_park():
    assert [p.name for p in extract("该项目将进一步丰富南湖科技创意城的业态。").parks] == ["南湖科技创意城"]


def test_an_adjective_after_an_adverb_is_a_predicate_and_the_name_starts_at_the_place_after_it():
    # 进一步/丰富 'further enrich': the object is the name, the verb-like adjective is not part of it
    assert [p.name for p in extract("该项目将进一步丰富滨江高新科技创意城的业态。").parks] == ["滨江高新科技创意城"]


def test_a_new_town_before_a_park_with_a_name_of_its_own_is_where_the_park_stands():
    x = extract("甲乙有限公司入驻丙丁新城戊己庚辛产业园。")
    assert [p.name for p in x.parks] == ["戊己庚辛产业园"]
    assert _firms("甲乙有限公司入驻丙丁新城戊己庚辛产业园。")["甲乙有限公司"] == "戊己庚辛产业园"


def test_a_new_area_named_once_is_a_park_when_the_clause_is_about_it():
    x = extract("截至目前,白鹭新区已累计实施亿元以上项目52个,总投资611.2亿元。")
    assert [p.name for p in x.parks] == ["白鹭新区"]
    assert {f.subject for f in x.facts} == {"白鹭新区"}


def test_a_new_area_named_once_as_where_something_else_is_is_not_a_park():
    assert [p.name for p in extract("加快建设面向白鹭新区的产业合作先导区。").parks] == []


def test_a_term_in_quotes_before_a_count_still_names_what_is_counted():
    facts = extract("甲乙经开区设立至今,“四上企业”达到81家。").facts
    assert [(f.subject, f.metric, int(f.amount.value)) for f in facts] == [("甲乙经开区", "enterprises", 81)]


def test_money_already_put_in_is_spent_investment_and_money_to_be_put_in_is_no_figure():
    spent = extract("近五年来,甲乙经开区累计投入资金50多亿元支持重点工作。").facts
    assert [f.metric for f in spent] == ["completed_investment_cumulative"]
    assert extract("甲乙经开区拟投入资金5亿元。").facts == []


def test_what_a_project_is_to_yield_once_built_is_the_projects_not_the_parks():
    facts = extract("甲乙高新区新签约丙丁公司智能装备项目,总投资10亿元,建成后预计年产值达20亿元以上,年纳税1亿元。").facts
    assert {(f.subject, f.metric) for f in facts} == {("丙丁公司智能装备项目", "output_value_target"),
                                                     ("丙丁公司智能装备项目", "annual_tax_target")}


def test_a_projection_stops_where_the_sentence_says_what_is_done():
    facts = extract("甲乙高新区新签约丙丁公司智能装备项目,总投资10亿元,建成后预计年产值达20亿元以上,目前已完成投资1亿元。").facts
    assert {f.metric for f in facts} == {"output_value_target", "completed_investment"}


def test_a_sentence_that_opens_with_once_built_projects_every_figure_after_it():
    facts = extract("甲乙经开区新签约项目12个。这些项目建成投产后,年可实现产值120亿元,利税13亿元。").facts
    assert {(f.metric, int(f.amount.value)) for f in facts if f.amount.unit == "cny"} == {
        ("output_value_target", 12000000000), ("annual_tax_target", 1300000000)}


def test_the_clauses_after_a_projection_clause_go_on_projecting():
    facts = extract("甲乙经开区签约项目全部建成投产后,预计可实现年产值108亿元,年缴税金7亿元,提供3.5万个就业岗位。").facts
    assert {f.metric for f in facts} == {"output_value_target", "annual_tax_target", "employees_target"}


def test_what_firms_will_add_to_a_park_is_a_target():
    facts = extract("甲乙经开区当天投产的10家企业,将为甲乙经开区新增年产值22.22亿元。").facts
    assert [f.metric for f in facts if f.amount.unit == "cny"] == ["output_value_target"]


def test_a_figure_written_before_a_parks_name_with_de_describes_that_park_whoever_builds_it():
    facts = extract("甲乙市还在加快建设位于海湾北岸、规划面积约58平方公里的丙丁高新区。").facts
    assert [(f.subject, f.metric) for f in facts] == [("丙丁高新区", "area_km2")]


def test_a_projects_building_site_says_it_is_being_built():
    x = extract("日前,走进甲乙经济技术开发区数字经济产业园项目工地,一台台吊车下,一车车物料,工人们正忙碌着。")
    assert [(p.name, p.status) for p in x.projects] == [("甲乙经济技术开发区数字经济产业园项目", "在建")]


def test_a_phase_of_something_built_is_never_a_firm():
    x = extract("甲乙现代产业园区累计签约项目41个,其中工业项目29个,服务业项目12个,协议总投资约133亿元,已开工建设24个。"
                "其中,华投中小企业园一期、丙丁食品、云星云计算、戊己服饰、庚辛感应、壬癸包装等13个项目已建成运营。")
    assert not [c.name for c in x.companies if c.name.endswith("一期")]


def test_a_firm_founded_in_a_place_starts_after_the_verb():
    x = extract("原本从事产品研发的张某,10年前返乡创业,在长沙创立视远光电公司。企业获评国家级专精特新“小巨人”企业。")
    assert [c.name for c in x.companies] == ["视远光电公司"]


def test_a_parks_name_starts_after_a_firms_legal_form():
    x = extract("此次集中签约的12个项目总投资34.8亿元,包括甲乙建设集团市政工程有限公司迁移至兰州新区项目、"
                "辽宁丙丁防水科技发展有限公司兰州新区防水新材料产业基地项目等在内的一批好项目。")
    assert [p.name for p in x.parks] == ["兰州新区"]


def test_a_parks_name_never_starts_with_the_verb_that_builds_it():
    x = extract("签约仪式上,市长代表市政府与丙丁投资有限公司签订了甲乙香馕美酒文化旅游产业园项目和建设馕产业园(中央厨房)项目。")
    assert not [p.name for p in x.parks if p.name.startswith("建设")]


def test_a_zones_projects_brought_in_are_a_class_not_a_project():
    for text in ("近日,甲乙新区招商引资项目集中开工仪式在甲乙新区丙丁产业园举行。",
                 "甲乙高新区招商引资重大项目集中签约,共签约项目37个。"):
        assert [p.name for p in extract(text).projects] == [], text


def test_a_county_level_citys_projects_are_no_project():
    x = extract("1-8月,甲乙市项目建设如火如荼,威远食品生产项目已建成投产。")
    assert [p.name for p in x.projects] == ["威远食品生产项目"]


def test_a_size_class_projects_or_firms_are_counted_in_is_no_sum():
    for text in ("全年甲乙经开区新增入园10亿元以上重大产业化项目47个。",
                 "甲乙经开区开工项目84个,其中,投资10亿元以上项目16个,5亿元至10亿元项目17个。",
                 "甲乙经开区规模以上企业发展到33家,其中产值过亿元企业14家,过10亿元的5家。",
                 "甲乙经开区签约超千万美元外商投资项目8个,超亿元人民币内资项目5个。",
                 "甲乙经开区内资项目7个,项目投资均超过亿元以上。"):
        assert [f.amount.text for f in extract(text).facts if f.amount.unit != "count"] == [], text


def test_a_size_class_after_a_sum_leaves_the_sum():
    facts = extract("今年,甲乙经开区在建大项目总数达到71个,总投资480亿元,10亿元以上项目达到30个。").facts
    assert [f.amount.text for f in facts if f.amount.unit == "cny"] == ["480亿元"]


def test_a_rounded_figure_the_article_also_gives_exactly_is_not_stored_twice():
    facts = extract("甲乙经开区今年有224个亿元以上项目集中开工,总投资1020.9亿元,首次突破千亿元。").facts
    assert [f.amount.text for f in facts if f.amount.unit == "cny"] == ["1020.9亿元"]


def test_a_fund_described_by_its_size_is_no_funds_name():
    x = extract("甲乙高新区设立百亿母基金。甲乙高新区母基金首期规模20亿元。")
    assert "百亿母基金" not in [f.name for f in x.funds]


def test_plain_words_in_quotes_name_a_fund_and_the_park_that_sets_it_up_holds_it():
    x = extract("甲乙科技城作为基金发起人,联合丙丁经开区、戊己经开区以及基金管理人,共同出资成立“园区合作基金”。")
    assert [(f.name, f.park) for f in x.funds] == [("园区合作基金", "甲乙科技城")]


def test_a_fund_a_park_sets_up_under_a_plain_name_with_a_short_name_is_named_after_the_park():
    x = extract("甲乙经开区对外披露,设立政府投资引导基金(以下简称“引导基金”),首期规模100亿元。")
    assert [(f.name, f.aliases) for f in x.funds] == [("甲乙经开区政府投资引导基金", ["引导基金"])]
    assert [(f.metric, f.subject) for f in x.facts] == [("fund_first_close", "甲乙经开区政府投资引导基金")]


def test_slogans_in_quotes_are_no_funds():
    x = extract("甲乙综合保税区探索“一园区、一基金”和“母—子基金”模式。")
    assert x.funds == []


def _batch_facts(text):
    return [(f.subject, f.metric, f.amount.text) for f in extract(text).facts]


def test_a_project_named_before_a_batch_count_does_not_own_the_count_or_its_sum():
    facts = _batch_facts("3月30日,甲乙县春季重点项目集中开工仪式在甲乙县工业园区举行。甲乙县春季集中开工26个重点项目,"
                         "3月18日开工的丙丁能源光伏电站项目,本次开工25个重点项目,总投资额94.15亿元。")
    assert ("甲乙县", "projects_started", "25个") in facts
    assert ("甲乙县", "planned_investment", "94.15亿元") in facts
    assert not any(subject == "丙丁能源光伏电站项目" for subject, _, _ in facts)


def test_the_day_one_thing_happened_is_not_the_date_of_the_figures_after_it():
    facts = extract("甲乙县春季集中开工26个重点项目,3月18日开工的丙丁光伏项目,本次开工25个重点项目。").facts
    assert {f.amount.text: f.as_of_text for f in facts}["25个"] != "3月18日"


def test_the_count_that_closes_a_list_of_projects_makes_the_figures_after_it_the_batchs():
    facts = _batch_facts("近日,甲乙(丙丁县)秋季项目集中开工仪式在丙丁高新区举行。据了解,这次秋季集中开工项目为戊己科技有限公司"
                         "标识制作项目、庚辛物流园项目三期、壬癸储能装备生产基地项目,共计3个,总投资27.78亿元,今年计划投资4.65亿元。")
    assert ("丙丁县", "planned_investment", "27.78亿元") in facts
    assert not any(subject.endswith("项目") for subject, _, _ in facts)


def test_a_sum_after_projects_counted_in_xiang_is_the_batchs():
    facts = _batch_facts("今天上午,甲乙市二季度重大项目集中开竣工仪式举行。今天开工的项目共41项,总投资286.76亿元,"
                         "主要包括:丙丁路拓宽改建工程、戊己产品项目等项目。")
    assert ("甲乙市", "planned_investment", "286.76亿元") in facts


def test_a_short_forecast_after_a_projects_sentence_gives_its_stage():
    text = ("甲乙硅片生产基地项目,总投资91亿元,落地丙丁高新区,项目用地225亩,达产后实现年营业收入30亿元。预计明年6月底投产。\n\n"
            "戊己新材料产业项目,总投资90亿元,落地庚辛产业新城核心区,项目用地668亩。预计本月底开工点火。\n\n"
            "壬癸区域总部项目,总投资15亿元,落地子丑区,建设总部大楼、研发中心、全球维护及运营中心和实验室等。预计2025年10月正式运营。")
    projects = _projects(text)
    assert projects["甲乙硅片生产基地项目"][1] == "在建"
    assert projects["戊己新材料产业项目"][1] == "planned"
    assert projects["壬癸区域总部项目"][1] == "在建"  # (运营中心 is a facility, not a stage)


def test_what_a_project_builds_is_not_a_project_of_its_own():
    text = "甲乙硅片生产基地项目,总投资91亿元,落地丙丁高新区,建设300毫米硅片拉晶及切磨抛生产基地,达产后实现年营业收入30亿元。"
    assert list(_projects(text)) == ["甲乙硅片生产基地项目"]


def test_built_and_in_production_after_is_a_projection_not_a_stage():
    text = "甲乙市第一批85个重大项目集中开工。丙丁工业园区戊己新材料项目,总投资30亿元,建成达产后,可实现年销售收入60亿元以上。"
    assert [status for name, (_, status) in _projects(text).items() if name.endswith("戊己新材料项目")] == ["开工"]


def test_a_park_that_opens_a_projects_name_is_not_the_paragraphs_park():
    text = ("2月26日,甲乙市第一批85个重大项目集中开工。\n\n丙丁工业园区戊己新材料项目,是延链补链项目,总投资30亿元。"
            "开建的庚辛抽水蓄能电站项目建成后,可有效提升电网安全稳定运行水平。")
    projects = _projects(text)
    assert [park for name, (park, _) in projects.items() if name.endswith("戊己新材料项目")] == ["丙丁工业园区"]
    assert projects["庚辛抽水蓄能电站项目"][0] is None


def test_a_park_named_as_a_project_too_is_a_park_and_a_project_and_its_builders_are_in_it():
    text = ("8月15日,总投资40亿元的青溪湾创业园正式开工建设。\n\n整个创业园沉浸在一片喜庆的氛围中,100多亩工业用地已呈现眼前。\n\n"
            "其中,由丙丁投资有限公司和戊己置业有限公司投资兴建的青溪湾创业园项目,拟用4年时间建成通用厂房130万平方米。")
    x = extract(text)
    assert [p.name for p in x.parks] == ["青溪湾创业园"]  # (整个创业园: the whole park, no name)
    assert [(p.name, p.investment.text) for p in x.projects] == [("青溪湾创业园项目", "40亿元")]
    assert {c.name: c.park for c in x.companies} == {"丙丁投资有限公司": "青溪湾创业园", "戊己置业有限公司": "青溪湾创业园"}


def test_china_before_a_city_is_part_of_a_parks_own_name():
    assert [p.name for p in extract("路演企业大多来自中国宜兴环保科技工业园,是宜兴地标性产业。").parks] == ["中国宜兴环保科技工业园"]


def test_a_party_to_a_deal_and_a_counted_class_of_firms_are_no_firms():
    text = ("据投资方有关负责人说,该项目前景良好。30多个省政府投资基金参股基金管理公司的近百位投资人、"
            "20多个银行和金融机构积极参与。")
    assert extract(text).companies == []


def test_a_batch_of_parks_and_the_parks_of_a_region_are_classes_not_parks():
    x = extract("甲乙公布第四批化工园区和专业化工园区名单。重点支持丙丁地区、沿边地区国家级开发区集群化发展。")
    assert x.parks == []


def test_the_rate_a_counted_class_of_parks_passes_is_no_figure():
    facts = extract("1月至6月,全省89个开发区规模以上工业增加值同比增长9.7%。其中,20个开发区规上工业增加值同比增速超过20%。").facts
    assert sorted(f.amount.text for f in facts) == ["20个", "89个", "9.7%"]


def test_a_countys_projects_counted_in_a_clause_it_opens_are_the_countys():
    facts = _batch_facts("分旗区情况:松岭区实施亿元以上重点工业项目10项(新建2项,续建8项),截至目前,开复工8项(新建2项,续建6项),"
                         "开复工率80%。白河旗实施亿元以上重点工业项目27项(新建13项,续建14项)。")
    assert facts == [("松岭区", "projects", "10项"), ("松岭区", "projects_started", "8项"), ("白河旗", "projects", "27项")]


def test_the_whole_city_is_the_articles_city_or_no_subject():
    facts = _batch_facts("推介会上,全市新签约项目33个,总投资达175.65亿元。")
    assert facts == []


def test_a_list_of_firms_after_a_building_verb_starts_after_it():
    x = extract("上半年,新(扩)建汇泉环保、晶盛电子、百川机械等27个项目实现达产达效。")
    assert [c.name for c in x.companies] == ["汇泉环保", "晶盛电子", "百川机械"] and x.projects == []


def test_what_a_park_is_to_the_city_does_not_make_its_figures_the_citys():
    facts = extract("前三季度,甲乙经开区经济运行稳中向好。作为全市经济建设的主战场,前三季度,经开区累计完成规上工业产值324.8亿元,"
                    "增幅17.3%。").facts
    assert [(f.subject, f.amount.text) for f in facts][:1] == [("甲乙经开区", "324.8亿元")]


def test_the_whole_city_opening_a_count_of_projects_is_the_city_the_article_names():
    facts = _batch_facts("临汾市重点推进30个招商引资项目\n\n记者从临汾市政府新闻办获悉,当前,全市重点推进的招商引资项目30个,"
                         "总投资额约591亿元。临汾市促进外来投资局相关负责人介绍,目前,全市储备在谈项目107个。")
    assert ("临汾市", "projects", "30个") in facts and ("临汾市", "planned_investment", "约591亿元") in facts


def test_a_class_of_firms_counted_opens_no_subject_of_its_own():
    facts = _batch_facts("甲乙经开区全年引进投资过亿元企业28家,其中投资过100亿元项目1个,过50亿元项目2个,世界500强企业4家,上市公司12家。")
    assert ("甲乙经开区", "enterprises", "4家") in facts and ("甲乙经开区", "listed_companies", "12家") in facts


def test_a_project_named_with_its_firms_legal_form_is_also_known_without_it():
    x = extract("甲乙新材料(丙丁)有限公司高端薄膜生产线扩产项目正式开工。")
    # (and, since 2.18, by its own words alone: tests/test_extract_218_classes.py)
    assert [p.aliases for p in x.projects] == [["甲乙新材料高端薄膜生产线扩产项目", "高端薄膜生产线扩产项目"]]


def test_products_listed_before_the_firms_that_make_them_are_no_firms():
    x = extract("其中,甲乙寡糖制剂等系列产品由企业与国内多所高校、科研机构联合研发。")
    assert x.companies == []


def test_a_firm_after_its_label_ends_before_by_this_or_through():
    x = extract("2025年底,甲乙时代落地投产首条生产线,本地企业丙丁微电子由此实现从长途流片到同城协作的供应链升级。")
    assert "丙丁微电子" in [c.name for c in x.companies]


def test_a_county_that_signs_a_number_of_projects_at_a_fair_holds_the_batch():
    facts = _batch_facts("24日,在杭州举行的经贸洽谈会上,松岭区一次签下7个项目,投资总额达146.5亿元。\n\n"
                         "推介会上,甲乙开发区突出港口优势,签约金额达到95亿元。\n\n"
                         "据介绍,待7个新签项目达产后,预计年总产值将达300亿元。")
    assert ("松岭区", "planned_investment", "达146.5亿元") in facts
    assert ("松岭区", "output_value_target", "达300亿元") in facts
    assert ("甲乙开发区", "planned_investment", "达到95亿元") in facts


def test_a_named_firm_that_opens_a_clause_owns_its_plan():
    facts = _batch_facts("推介会上,甲乙开发区突出港口优势,签约金额达到95亿元。其中,鼎盛周氏(上海)投资公司计划投资55亿元,"
                         "建设一个服装产业中心。")
    assert facts == [("甲乙开发区", "planned_investment", "达到95亿元")]


def test_a_sentence_that_opens_with_the_projects_investment_is_about_the_project():
    facts = _batch_facts("8月3日,甲乙电器在丙丁新区举行开工仪式,开建年产值250亿元的西南产业基地。\n\n"
                         "甲乙电器此次开建的西南产业基地占地面积约1000亩。项目投资50个亿元,建成达产后预计可实现年产值超过250亿元。")
    assert ("西南产业基地", "output_value_target", "超过250亿元") in facts
    assert not any(subject == "丙丁新区" and text == "超过250亿元" for subject, _, text in facts)


def test_a_district_written_with_and_without_its_unit_before_one_park_is_one_park():
    x = extract("记者在松岭区锦江丝纺服装产业园看到,厂房整齐划一。目前,锦江丝纺服装产业园已有15家企业入驻。"
                "我市将巩固扩大松岭锦江丝纺服装产业园。")
    assert [(p.name, sorted(p.aliases)) for p in x.parks] == [
        ("松岭锦江丝纺服装产业园", ["松岭区锦江丝纺服装产业园", "锦江丝纺服装产业园"])]  # (1.45: named without the unit)


def test_a_place_then_a_verb_or_each_before_a_park_word_names_no_park():
    x = extract("去年以来,临汾市创建省级高新区5个、省级经开区3个,省级开发区数量达到了10个。同时,临汾市各开发区坚持基础设施先行。")
    assert x.parks == []
    assert [(f.subject, f.amount.text) for f in x.facts] == [("临汾市", "5个"), ("临汾市", "3个"), ("临汾市", "10个")]


def test_rates_given_respectively_after_a_verb_go_to_the_parks_in_order():
    facts = extract("上半年,甲乙高新区、丙丁经济开发区和戊己航天城完成投资分别同比增长12.5%、9.7%和39.9%。").facts
    assert [(f.subject, f.amount.text) for f in facts] == [("甲乙高新区", "12.5%"), ("丙丁经济开发区", "9.7%")]


def test_a_park_that_opens_the_sentence_keeps_its_figures_though_it_says_where_it_stands():
    facts = _batch_facts("6月7日,甲乙保税港区丙丁功能区签约仪式举行。甲乙保税港区丙丁功能区位于丙丁市经济开发区,总规划面积约6平方公里,"
                         "总投资280亿元。预计功能区全面投入运营后可入驻企业1000家,年产值500亿元。")
    assert ("甲乙保税港区", "planned_investment", "280亿元") in facts
    assert ("甲乙保税港区", "output_value_target", "500亿元") in facts
    assert not any(subject == "丙丁市经济开发区" for subject, _, _ in facts)


def test_a_park_listed_after_projects_include_starts_after_the_verb():
    x = extract("此次集中开工项目涉及22个县(市、区),建设项目含松岭中国五矿科技产业园、百度云计算(二期)等。")
    assert [p.name for p in x.parks] == ["松岭中国五矿科技产业园"]


def test_a_quoted_project_a_clause_ends_with_takes_the_sum_of_the_next_clause():
    x = extract("其中,投资规模最大的是甲乙市政府与丙丁投资集团有限公司签订的“戊己创意产业园”项目,拟投资200亿元,在甲乙建设戊己创意产业园。"
                "它是自治区建设新材料基地的延链补链项目,总投资30亿元。")
    assert [(p.name, p.investment and p.investment.text) for p in x.projects if p.investment] == [("“戊己创意产业园”项目", "200亿元")]
