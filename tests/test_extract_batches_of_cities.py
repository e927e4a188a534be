"""Rules found on real3-real13: a city's or county's batch of projects, signed or started together, is the
city's or county's, not the park it is held in (the park is its venue); a park's own batch stays the park's.
Then a zone's rank before its name (国家级…), 经开发区 for 经开区, a list of projects whose items join products
with 及 and take the stage of their own clause, a project named after a firm that opens with 以, a project's
sum written in the clause after it, the short items of a list of named projects, trades a firm works in, and
parks a sentence says a city builds, named in a list. The sentences are fixtures for one behaviour each; how
the rules do on real prose is measured by the scored sets (tests/test_extraction_quality.py)."""
from __future__ import annotations

from loaders.extract import extract


def subjects(text):
    return {(f.subject, f.subject_type, float(f.amount.value)) for f in extract(text).facts}


def subject_of(text, value):
    found = {(subject, kind) for subject, kind, v in subjects(text) if v == value}
    assert len(found) == 1, found
    return found.pop()


def test_a_citys_batch_held_in_a_park_is_the_citys():
    text = ("8月27日上午，甲乙市2025年重大项目集中签约动工活动在丙丁工业园举行。活动中，累计60个项目集中签约动工。\n\n"
            "此次集中签约动工的60个项目，总投资额达403亿元。其中，新签约项目22个，计划投资158亿元。")
    for value in (403e8, 22, 158e8):
        assert subject_of(text, value) == ("甲乙市", "park_group")
    assert all(subject != "丙丁工业园" for subject, _, _ in subjects(text))


def test_a_countys_projects_started_in_a_park_are_the_countys_and_the_projects_are_in_the_park():
    x = extract("6月2日，甘肃省武威市凉州区6个项目在甲乙工业园区集中开工，项目总投资18.3亿元。\n\n"
                "此次集中开工的6个项目，分别是总投资6亿元的丙丁创业孵化园项目、总投资5亿元的戊己商业综合体项目。")
    facts = {(f.subject, float(f.amount.value)) for f in x.facts}
    assert ("凉州区", 6) in facts and ("凉州区", 18.3e8) in facts
    assert {p.name: p.park for p in x.projects}["丙丁创业孵化园项目"] == "甲乙工业园区"


def test_a_county_written_short_is_named_as_the_text_writes_it_in_full():
    text = ("5月22日，广灵举行筹建经济技术开发区暨项目签约落地仪式，10个项目现场签约。\n\n"
            "广灵县经济技术开发区前期起步区规划用地1332亩。")
    assert subject_of(text, 10) == ("广灵县", "park_group")
    assert all(subject != "广灵县" for subject, _, v in subjects(text) if v == 1332)  # a paragraph about the park


def test_the_citys_share_of_its_batch_for_the_park_stays_the_parks():
    text = ("2020年6月5日上午，河南省甲乙市举行2020年第二批重大项目集中开工仪式，其中，甲乙高新区有17个重大项目集中开工，"
            "总投资76.6亿元。")
    assert subject_of(text, 17) == ("甲乙高新区", "park")
    assert subject_of(text, 76.6e8) == ("甲乙高新区", "park")


def test_a_parks_own_batch_is_the_parks():
    text = "昨天上午，甲乙高新区首批总投资104.5亿元的7个项目集中签约。全市各地要抓招引、抓开工、抓建设。"
    assert {subject for subject, _, _ in subjects(text)} == {"甲乙高新区"}
    # a batch whose event names the park (揭牌仪式、重点项目集中签约仪式) is the park's, though a district holds it
    text = "10月28日，甲乙市丙丁区举行黑龙江丙丁经济开发区揭牌仪式、重点项目集中签约仪式。仪式上，16个项目进行了集中签约。"
    assert all(kind != "park_group" for _, kind, _ in subjects(text))


def test_officials_and_firms_named_after_a_city_hold_no_batch():
    text = "甲乙市欧陆杰电器有限公司是一家生产吸尘器的企业，计划投资6000万元建设新厂，项目集中开工后产值可达2亿元。"
    assert all(kind != "park_group" for _, kind, _ in subjects(text))
    text = ("6月11日上午，2010年长春市推进一体化100个亿元以上项目在甲乙高新技术产业开发区举行。"
            "长春市市长丙丁及相关部门负责人出席开工仪式。")
    assert subject_of(text, 100) == ("长春市", "park_group")


def test_a_zones_rank_is_not_part_of_its_name():
    names = {p.name for p in extract("昨日，国家级望城经济技术开发区2017年度评先活动总结表彰暨2018年经济工作会议召开。").parks}
    assert names == {"望城经济技术开发区"}


def test_jing_kai_fa_qu_is_the_zones_short_name():
    x = extract("拉萨经开发区打造投资创业高地\n\n今年以来，国家级拉萨经济技术开发区以当地资源为招商引资突破口。")
    assert [p.name for p in x.parks] == ["拉萨经济技术开发区"]


def test_a_list_of_projects_keeps_what_one_project_makes_and_its_own_clause_gives_the_stage():
    x = extract("数据显示，甲乙工业园已开工项目75个。丙丁涂镀板一期、戊己草甘膦、有机硅及电子级磷酸、庚辛多晶硅及硅片等一批"
                "重点项目建成投产，壬癸电缆、子丑汽车等一批优势项目正在加紧建设。")
    status = {p.name: p.status for p in x.projects}
    assert status.get("有机硅及电子级磷酸") == status.get("庚辛多晶硅及硅片") == "投产"
    assert {"有机硅", "硅片"} & ({p.name for p in x.projects} | {c.name for c in x.companies}) == set()
    # two named projects joined by 及 are two
    names = {p.name for p in extract("甲乙物流园引进了丙丁汽车零部件交易物流中心及戊己奢侈品交易物流中心等项目。").projects}
    assert {"丙丁汽车零部件交易物流中心", "戊己奢侈品交易物流中心"} <= names


def test_a_project_named_after_a_firm_that_opens_with_yi_and_its_sum_in_the_next_clause():
    x = extract("甲乙高新区举行重点项目集中开工仪式。其中，丙丁科技谷项目，总投资27.6亿元；以岭万洲国际医药产业项目，"
                "总投资13.2亿元；泰华维康健康饮品项目，总投资11亿元。")
    sums = {p.name: p.investment and float(p.investment.value) for p in x.projects}
    assert sums == {"丙丁科技谷项目": 27.6e8, "以岭万洲国际医药产业项目": 13.2e8, "泰华维康健康饮品项目": 11e8}
    # a sum after a list of projects is the list's, not its last item's
    x = extract("甲乙高新区签约了丙丁项目、戊己项目，总投资8亿元。")
    assert all(p.investment is None for p in x.projects)


def test_the_short_items_of_a_list_of_named_projects_are_projects():
    x = extract("此次集中开工项目，包括甲乙集团硝盐升级项目、丙丁装备北方基地、戊己智能装备二期、庚辛临港物流、新型环保设备制造、"
                "壬癸医药等项目。")
    names = {p.name for p in x.projects}
    assert {"庚辛临港物流", "壬癸医药"} <= names
    assert "新型环保设备制造" not in names
    assert {"庚辛临港物流", "壬癸医药"} & {c.name for c in x.companies} == set()


def test_the_trades_firms_work_in_are_not_firms():
    names = {c.name for c in extract("目前全镇共有从事服装、针织、绣花等民营企业240多家。").companies}
    assert names & {"服装", "针织", "绣花"} == set()


def test_parks_a_city_builds_named_in_a_list_are_parks():
    names = {p.name for p in extract("该市全力打造中日生态科技产业园、中德中小企业园等国家层面的特色产业园区。").parks}
    assert {"中日生态科技产业园", "中德中小企业园"} <= names
    assert {p.name for p in extract("将用5年建成宜居宜业宜创示范园区。").parks} == set()


def test_a_park_named_after_two_places_keeps_both_and_a_province_before_its_own_city_goes():
    names = {p.name for p in extract("数据显示，湖北深圳工业园目前已开工建设项目75个。江苏省无锡高新区、"
                                     "湖北武汉东湖高新区也有参加。").parks}
    assert {"湖北深圳工业园", "无锡高新区", "武汉东湖高新区"} <= names
    assert "深圳工业园" not in names


def test_a_park_written_after_the_zone_it_stands_in_is_named_on_its_own():
    x = extract("3月上旬，项目正式落户宜昌高新区湖北深圳工业园。\n\n数据显示，湖北深圳工业园目前已开工建设项目75个。")
    assert {p.name for p in x.parks} == {"宜昌高新区", "湖北深圳工业园"}


def test_wo_shi_is_the_city_the_text_writes_with_shi_not_the_dateline_city():
    text = ("本报郑州电 8月26日上午，投资说明会暨合作项目签约仪式在郑州国际会展中心举行，我市有10个项目在会上签约。"
            "许昌市委副书记出席。\n\n我市在会上集中签约的10个项目中，内资项目7个。")
    assert subject_of(text, 7) == ("许昌市", "park_group")


def test_a_headline_names_a_countys_batch_for_the_story():
    text = "总投资超182亿元 金东区签约32个项目\n\n10月2日上午，开幕式上举行了重大项目签约仪式，共签约32个项目，计划总投资超182亿元。"
    assert subject_of(text, 182e8) == ("金东区", "park_group")
    # a city's headline sums up batches the story gives to others
    text = "甲乙市集中开工12个重点产业项目\n\n5月24日，甲乙市举行丙丁经济技术开发区重大项目集中开工签约仪式。共签约项目8个。"
    assert all(kind != "park_group" for _, kind, _ in subjects(text))


def test_qian_yue_is_a_verb_not_about():
    x = extract("甲乙高新区签约32个项目，总投资约5亿元。")
    qualifiers = {float(f.amount.value): f.amount.qualifier for f in x.facts}
    assert qualifiers.get(32) == "" and qualifiers.get(5e8) == "约"


def test_since_this_year_and_counts_in_words_are_not_part_of_a_parks_name():
    assert {p.name for p in extract("今年来海沧保税港区业务量大增。").parks} == {"海沧保税港区"}
    assert {p.name for p in extract("上半年武威、黄羊两个工业园区共开工建设各类项目182项。").parks} == set()


def test_a_place_then_a_verb_of_building_then_the_parks_name():
    assert {p.name for p in extract("在格尔木建设藏青工业园区，开发盐湖资源。").parks} == {"藏青工业园区"}


def test_a_park_two_cities_build_is_also_named_by_their_first_characters():
    x = extract("它就是阜阳合肥现代产业园。批准建立阜阳合肥现代产业园区。如今，阜合现代产业园已引进项目41个。")
    assert [p.name for p in x.parks] == ["阜阳合肥现代产业园"]
    assert {f.subject for f in x.facts} == {"阜阳合肥现代产业园"}


def test_yuan_qu_opening_a_paragraph_points_to_the_park_the_paragraph_before_opened_with():
    text = ("3月上旬，甲乙高新区在北京与丙丁公司签约，项目正式落户甲乙高新区。\n\n数据显示，戊己工业园目前已开工建设项目75个。\n\n"
            "目前，园区内规模以上企业发展到33家。")
    assert subject_of(text, 33) == ("戊己工业园", "park")
    # a park only named as where something is, inside a paragraph, is not what the next one points back to
    text = ("甲乙工业园完成地形测绘\n\n近日，甲乙工业园已完成地形测绘。\n\n目前，园区外部基础设施不断完善。"
            "在丙丁开发区修建一座泵站。\n\n截至7月底，园区已浅谈意向投资企业11家。")
    assert subject_of(text, 11) == ("甲乙工业园", "park")


def test_projects_joined_to_another_activity_are_the_works_in_general():
    x = extract("今年以来，甲乙区不断加快园区基础设施建设，为工业园区招商引资和项目建设创造了良好的发展环境。")
    assert x.projects == []
    assert [p.name for p in extract("甲乙高新区天祥公司肉类屠宰及深加工项目已开工。").projects]  # a name still is
