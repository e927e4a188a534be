"""Rules of extractor 1.43, from the misses left on the studied sets and from real21 after its first score. The
sentences are fixtures for one behaviour each (invented firms and parks; places are the closed class of the
lexicon); real prose is measured by tests/test_extraction_quality.py."""
from __future__ import annotations

from loaders.extract import extract
from tests.extracted import facts as _facts, projects as _projects


def test_a_provincial_story_that_never_writes_its_province_names_its_parks_after_the_province_of_its_cities():
    text = ("我省产业园区工作会议召开。成都甲乙高新区、绵阳丙丁工业园等园区作交流发言。"
            "2009年,全省产业园区完成工业增加值3120亿元。")
    assert ("四川省产业园区", "value_added", "312000000000") in _facts(text)
    # cities of two provinces, neither twice the other: whose parks these are is not said
    mixed = ("我省产业园区工作会议召开。成都甲乙高新区、昆明丙丁工业园等园区作交流发言。"
             "2009年,全省产业园区完成工业增加值3120亿元。")
    assert ("全省产业园区", "value_added", "312000000000") in _facts(mixed)
    # one city only once: too little to go on
    once = "我省产业园区工作会议在成都召开。全省产业园区完成工业增加值3120亿元。"
    assert ("全省产业园区", "value_added", "312000000000") in _facts(once)


def test_a_sentence_that_opens_with_only_its_date_goes_on_about_the_county_the_sentence_before_opened_with():
    text = ("分县区情况:\n\n甲乙县实施亿元以上重点工业项目12项(新建9项,续建3项)。截至目前,开复工7项(新建5项,续建2项),"
            "开复工率58.3%。丙丁县实施亿元以上重点工业项目5项。")
    found = _facts(text)
    assert ("甲乙县", "projects_started", "7") in found, found
    assert not any(f[0] == "丙丁县" and f[2] == "7" for f in found)
    # a new paragraph is not the same topic
    apart = "甲乙县实施亿元以上重点工业项目12项。\n\n截至目前,开复工7项。"
    assert not any(f[2] == "7" for f in _facts(apart))


def _parks(text):
    return [p.name for p in extract(text).parks]


def test_a_paragraph_that_opens_with_a_city_is_not_about_the_park_the_lead_visited():
    text = ("7月28日,记者在包头甲乙高新区占地5000亩的稀土永磁电机产业园内看到,是“丙丁永磁电机产业园”项目大干快建的火热场面。"
            "包头规划建设了占地5000亩的包头稀土永磁电机产业园。今年6月初产业园迎来首批企业入驻。\n\n"
            "包头多角度推动稀土应用产业进一步拓展深化,现已落地永磁电机项目14个。"
            "目前,稀土永磁材料方面,戊己科技、庚辛磁业等标志性项目都已开工或完成前期准备工作。")
    firms = {c.name: c.park for c in extract(text).companies}
    assert firms == {"戊己科技": None, "庚辛磁业": None}, firms


def test_a_citys_industrial_parks_the_story_also_calls_the_whole_citys_are_a_group_not_a_park():
    text = ("上饶市工业园区经济运行良好,主营业务收入1524.1亿元。\n\n"
            "1-7月,全市工业园区实现工业增加值348亿元。")
    x = extract(text)
    assert "上饶市工业园区" not in [p.name for p in x.parks]
    assert {("上饶市工业园区", "annual_revenue"), ("上饶市工业园区", "value_added")} <= {(f.subject, f.metric) for f in x.facts}
    # without the whole city's parks written, a city's 工业园区 stays a park of its own
    assert _parks("上饶市工业园区今年引进企业20家。") == ["上饶市工业园区"]


def test_a_park_quoted_whole_before_xiangmu_is_a_project_being_built():
    text = "记者在甲乙产业园看到的,是“丙丁电机产业园”项目大干快建的火热场面。"
    assert "丙丁电机产业园" not in _parks(text)
    assert _projects(text) == {"“丙丁电机产业园”项目": ("甲乙产业园", "在建")}


def test_small_business_parks_are_parks_and_the_whole_citys_are_a_group():
    text = ("在宁波,一批小微企业正借助小微企业园加速成长。2019年,全市小微企业园内企业实现销售产值808亿元。"
            "甲乙小微企业园等9个园区入选。")
    x = extract(text)
    assert "甲乙小微企业园" in [p.name for p in x.parks]
    assert ("宁波市小微企业园", "output_value") in {(f.subject, f.metric) for f in x.facts}


def test_sectors_listed_before_leading_industries_and_their_firms_are_no_firms():
    text = "甲乙产业城落户丙丁,引进高端装备制造、汽模配、新材料等主导产业及相关产业链群配套企业。"
    assert [c.name for c in extract(text).companies] == []


def test_a_sentence_set_in_a_place_that_is_no_park_leaves_the_park_in_scope_out():
    text = ("10月23日,甲乙产业园落户丙丁,计划总投资50亿元。"
            "在位于云龙镇的戊己装备产业基地,庚辛装备项目正紧锣密鼓地推进。")
    assert _projects(text)["庚辛装备项目"][0] is None


def test_an_item_of_a_long_list_of_projects_is_not_in_a_park_an_earlier_item_names():
    text = ("其中包括甲乙光电信息实验室、丙丁台商投资区华晴卫星应用、戊己新型材料生产基地、庚辛县香精香料产业园、"
            "壬癸北岸离子装置及配置设备生产基地、子丑新型城镇化融合发展工程、寅卯国动通信产业南方基地、辰巳新能源科技四期等项目。")
    projects = _projects(text)
    assert projects["华晴卫星应用"][0] == "丙丁台商投资区"
    assert projects["寅卯国动通信产业南方基地"][0] is None and projects["辰巳新能源科技四期"][0] is None
    # …及… inside an item that is not the list's last is one project's name
    assert "壬癸北岸离子装置及配置设备生产基地" in projects
    # a park started as an item of the list stands in itself
    assert projects["庚辛县香精香料产业园"][0] == "庚辛县香精香料产业园"


def test_foreign_investment_arrived_and_contracted_and_contract_money_have_their_metrics():
    found = _facts("前三季度,全省园区实际到位外商直接投资金额53.26亿美元。")
    assert any(m == "fdi_used" for _, m, _ in found), found
    found = _facts("甲乙经济技术开发区签约项目8个,总投资10.9亿美元,协议台资4.4亿美元。")
    assert ("甲乙经济技术开发区", "fdi_contracted", "440000000") in found, found
    found = _facts("甲乙经济技术开发区集中签约项目共60个,合同资金224.9亿元。")
    assert ("甲乙经济技术开发区", "planned_investment", "22490000000") in found, found


def test_a_provinces_parks_of_a_level_and_above_are_a_group_not_a_park():
    text = "今年前三季度,湖南省级以上产业园区实现技工贸总收入33249.56亿元。"
    assert _parks(text) == []
    assert ("湖南省级以上产业园区", "annual_revenue", "3324956000000") in _facts(text)


def test_high_tech_zones_counted_with_their_long_name_are_a_group():
    found = _facts("22家高新技术产业开发区实现高新技术产业主营业务收入5561.48亿元。")
    assert ("22家高新技术产业开发区", "annual_revenue", "556148000000") in found, found


def test_the_park_a_paragraph_takes_as_its_example_is_what_it_is_about():
    text = "以甲乙经开区为例,该园区完成技工贸总收入1586.7亿元。前三季度,该园区39家高新技术企业高新技术产值达420.7亿元。"
    assert ("甲乙经开区", "high_tech_enterprises", "39") in _facts(text)


def test_our_province_before_a_park_is_no_part_of_its_name_and_a_nations_parks_or_kinds_are_no_park():
    assert _parks("名单公布,我省合肥甲乙技术产业开发区榜上有名。") == ["合肥甲乙技术产业开发区"]
    assert _parks("总结了新时代我国产业园区发展的态势。两类国家级产业园区合计税收收入为3.3万亿元。") == []


def test_one_of_the_parks_a_lead_lists_is_not_what_the_story_is_about():
    text = ("日前,甲乙蓝皮书发布会在上海举行。会上公布了榜单,我省合肥甲乙经济技术开发区、芜湖丙丁经济技术开发区榜上有名。"
            "其中芜湖丙丁经济技术开发区位列第25位。\n\n"
            "2017年,375家两类国家级产业园区合计GDP为18.6万亿元。")
    assert not any(f.subject_type == "park" and f.metric == "gdp" for f in extract(text).facts)


def test_a_count_of_another_kind_of_park_beside_a_group_is_not_that_groups():
    found = _facts("大会发布了上海第二批14个特色产业园区和3个民营企业总部集聚区。")
    assert not any(v == "3" for _, _, v in found), found


def test_the_whole_of_a_city_written_after_its_name_is_the_city():
    found = _facts("论坛筹备期间,淮安全市新签约台资项目41个,总投资36.2亿美元,协议台资13.8亿美元。")
    assert {("淮安市", "projects_signed", "41"), ("淮安市", "fdi_contracted", "1380000000")} <= found, found


def test_an_outside_official_at_a_countys_signing_leaves_the_batch_the_countys():
    text = ("甲乙副主任出席荣昌区集中签约仪式\n\n12月26日,甲乙副主任出席了荣昌区“招商引资季”集中签约仪式。"
            "此次集中签约项目共60个,合同资金224.9亿元。")
    assert ("荣昌区", "projects_signed", "60") in _facts(text)


def test_a_zones_chemical_park_named_as_an_item_of_a_list_of_chemical_parks_is_a_park():
    text = "第二批共认定3家化工园区,分别是甲乙化学工业园、丙丁经济开发区化工园区、戊己沿海产业基地化工产业区。"
    parks = _parks(text)
    assert "丙丁经济开发区化工园区" in parks and "戊己沿海产业基地化工产业区" in parks, parks


def test_our_province_holding_a_groundbreaking_is_the_batchs_owner_when_the_story_says_which_province():
    text = ("福建第四季度集中开工重大项目234个\n\n26日,我省举行第四季度重大项目视频连线集中开工活动,共开工重大项目234个、"
            "总投资1881亿元。其中包括厦门甲乙创新中心、漳州丙丁卫星应用等项目。")
    assert ("福建省", "projects_started", "234") in _facts(text)


def test_a_park_then_its_figure_alone_in_a_series_takes_the_metric_the_first_item_gave():
    text = ("1-7月,过百亿园区5个,其中甲乙经济技术开发区主营业务收入494.82亿元,在全省排位第五位;丙丁经济开发区325.44亿元,"
            "全省第八位;戊己工业园区120.64亿元,全省第三十八位。")
    found = _facts(text)
    assert {("丙丁经济开发区", "annual_revenue", "32544000000"), ("戊己工业园区", "annual_revenue", "12064000000")} <= found, found
    # a park and a sum with no series before it: no metric to take
    assert not any(f[0] == "丙丁经济开发区" for f in _facts("今年,丙丁经济开发区325.44亿元。"))


def test_a_rank_in_the_province_is_no_subject_of_the_figures_after_it():
    text = ("上饶市召开会议。目前,全市工业园区累计开发面积96.12平方公里,全省第二;投产工业企业数1101户,比去年同期净增97户;"
            "从业人员217520人。")
    assert {("上饶市工业园区", "enterprises", "1101"), ("上饶市工业园区", "employees", "217520")} <= _facts(text)


def test_a_meeting_named_after_the_verb_that_held_it_owns_the_deals_signed_there():
    text = "记者获悉,在海口近日举行的甲乙自由贸易港高新技术产业投资(招商)大会签署了55个合作协议,协议投资规模约126亿元。"
    assert ("甲乙自由贸易港高新技术产业投资(招商)大会", "planned_investment", "12600000000") in _facts(text)


def test_a_meeting_joined_to_its_signing_ceremony_by_ji_is_still_the_meeting_held():
    text = "9月20日,松岭市投资环境推介会暨项目签约仪式在成都举行。22个项目现场签约,意向投资金额473.1亿元。"
    assert ("松岭市投资环境推介会", "projects_signed", "22") in _facts(text)


def test_a_group_named_again_by_its_batch_and_kind_keeps_its_figures():
    text = ("去年3月,松岭市首批26个特色产业园区集中发布。一年来,首批特色园区新签约项目数超过600个,总投资超过2000亿元。"
            "本次大会发布了第二批14个特色产业园区。其中,第二批特色园区总规划面积超过50平方公里。")
    found = _facts(text)
    assert {("26个特色产业园区", "projects_signed", "600"), ("26个特色产业园区", "planned_investment", "200000000000"),
            ("14个特色产业园区", "area_km2", "50")} <= found, found
