"""Rules of extractor 1.39, from the misses left on the scored real sets: a wire dateline of any outlet, a lead
that reports an event a park holds (在5日举行的X经开区…集中签约活动上), and firms counted in 家 after a verb that
otherwise introduces sectors (涉及A、B、C等多家…龙头企业). The sentences are fixtures for one behaviour each; how the
rules do on real prose is measured by the scored sets (tests/test_extraction_quality.py)."""
from __future__ import annotations

from loaders.extract import extract
from loaders.extract.text.sentences import DATELINE_RE


def test_a_dateline_of_any_outlet_ends_at_its_date_and_dian():
    m = DATELINE_RE.match("甲乙财经丙丁1月6日电(记者王某)在5日举行的活动上")
    assert m is not None and m.group().endswith(")")
    assert DATELINE_RE.match("甲乙县1月6日电力公司完成检修") is None  # 电力: a word, not a dateline


def test_the_park_whose_event_the_lead_reports_is_the_story_park():
    text = ("甲乙汽开区64个项目集中签约 总投资442亿元\n\n"
            "甲乙财经丙丁1月6日电(记者王某)在5日举行的丙丁汽车经济技术开发区2023年招商引资项目集中签约暨落位项目"
            "启动活动上,64个项目集中签约、总投资442亿元。\n\n"
            "集中签约的64个项目,涵盖新能源、汽车零部件等多个领域,涉及戊己解放、庚辛轮胎、壬癸奥等多家行业内龙头企业。")
    x = extract(text)
    firms = {c.name: c.park for c in x.companies}
    assert firms == {n: "丙丁汽车经济技术开发区" for n in ("戊己解放", "庚辛轮胎", "壬癸奥")}
    facts = {(f.metric, float(f.amount.value)): f.subject for f in x.facts}
    assert facts[("projects_signed", 64)] == "丙丁汽车经济技术开发区"


def test_sectors_after_the_same_verb_are_still_no_firms():
    text = "甲乙高新区签约项目涉及新能源、汽车零部件、高端装备制造等多个领域的企业。"
    assert [c.name for c in extract(text).companies] == []


def test_a_park_named_in_a_meeting_for_its_projects_is_a_park_and_the_meeting_no_project():
    x = extract("6月21日下午,2007中国青海甲乙木循环经济试验区项目推介会在丙丁会展中心举行。")
    parks = {p.name: p.aliases for p in x.parks}
    assert "青海甲乙木循环经济试验区" in parks
    assert [p.name for p in x.projects] == []


def test_a_bare_province_before_a_place_stays_in_the_name_and_the_rest_is_an_alias():
    x = extract("四川天府新区和江西赣江新区签署合作协议。宁夏生态纺织产业示范园开园。")
    parks = {p.name: p.aliases for p in x.parks}
    assert "天府新区" in parks["四川天府新区"] and "赣江新区" in parks["江西赣江新区"]
    assert parks["宁夏生态纺织产业示范园"] == []  # a description after the province: no alias


def test_the_zone_a_sentence_founds_is_what_its_next_clause_measures():
    text = "2008年11月,国务院批准设立甲乙两路丙丁保税港区,面积8.37平方公里。"
    facts = {f.metric: f.subject for f in extract(text).facts}
    assert facts.get("area_km2") == "甲乙两路丙丁保税港区"


def test_a_sum_after_projects_counted_in_xiang_is_theirs_not_the_last_named_projects():
    text = ("甲乙研发中心二期项目、丙丁产业园二期项目……海淀北部15个重大产业项目今年将陆续开工建设。\n\n"
            "据了解，戊己科技园区今年新开工项目15项，其中产业化项目12项，加速器项目3项，项目总投资93.7亿元。")
    x = extract(text)
    assert all(p.investment is None for p in x.projects)
    assert {float(f.amount.value): f.subject for f in x.facts}.get(93.7e8) == "戊己科技园区"


def test_a_district_or_a_kind_of_body_a_spokesman_speaks_for_is_no_firm():
    text = ("甲乙区相关负责人介绍，今年新开工项目15项。境内外知名商协会负责人出席。"
            "从新型研发机构负责人中选聘经理人。丙丁科技有限公司负责人表示将扩产。")
    assert [c.name for c in extract(text).companies] == ["丙丁科技有限公司"]


def test_exports_and_contracted_foreign_investment_are_metrics_of_their_own():
    text = ("2008年，甲乙高新区完成出口创汇7500万美元，实现合同利用外资9318万美元，实际利用外资2100万美元，"
            "进出口总额1.2亿美元，各类企业用工人数达18820人。")
    metrics = {float(f.amount.value): f.metric for f in extract(text).facts}
    assert metrics[7500e4] == "exports" and metrics[9318e4] == "fdi_contracted"
    assert metrics[2100e4] == "fdi_used" and metrics[1.2e8] == "import_export"
    assert metrics[18820] == "employees"


def test_a_conjunction_after_a_clause_and_before_a_place_opens_no_project_name():
    text = "听取了甲乙铁路局在丙丁经济技术开发区建设铁路专用线项目情况介绍和文德根水库项目前期工作情况汇报。"
    assert "文德根水库项目" in [p.name for p in extract(text).projects]


def test_the_partners_of_a_venture_are_firms_and_the_bodies_among_them_are_not():
    text = ("该项目位于甲乙高新区,由丙丁航特联合戊己材料、庚辛五菱投资建设。"
            "该基金由江西省科技厅联手壬癸国控、赣江新区、子丑锂业共同发起设立。园区联合高校、科研院所共同建设研发平台。"
            "上合国际联合研究中心项目、寅卯医生产线建设项目开工。")
    firms = {c.name: c.park for c in extract(text).companies}
    assert firms == {"丙丁航特": "甲乙高新区", "戊己材料": "甲乙高新区", "庚辛五菱": "甲乙高新区",
                     "壬癸国控": None, "子丑锂业": None}


def test_suppliers_counted_in_jia_are_firms_and_what_a_firm_provides_is_not():
    text = ("围绕甲乙工厂,丙丁、戊己等近40家甲乙配套商落户园区。"
            "庚辛医疗器械有限公司是中高端手术医疗床和LED新型手术光源等手术室整体医疗解决方案服务商。")
    names = [c.name for c in extract(text).companies]
    assert "戊己" in names and "庚辛医疗器械有限公司" in names
    assert not any("手术" in n for n in names)


def test_a_stage_word_inside_a_listed_projects_name_is_no_stage():
    text = ("第一季度动工项目包括甲乙汽车零部件生产项目、丙丁供应链运营及结算中心项目等，"
            "这些项目大部分选址在戊己产业园西园。")
    status = {p.name: p.status for p in extract(text).projects}
    assert status == {"甲乙汽车零部件生产项目": "开工", "丙丁供应链运营及结算中心项目": "开工"}


def test_a_sentence_that_opens_with_this_project_is_the_projects_whatever_park_it_names():
    text = ("近日，在甲乙经济技术开发区丙丁GA项目建设现场，一派繁忙的景象。该项目是今年甲乙经济技术开发区集中开工的"
            "投资过10亿元大项目之一，截至目前，已经完成固定资产投资额3.6亿元。")
    facts = {float(f.amount.value): (f.subject, f.subject_type) for f in extract(text).facts}
    assert facts == {3.6e8: ("丙丁GA项目", "project")}  # (过10亿元大项目: a size class, no figure)


def test_a_statistical_class_of_firms_opens_no_subject_of_its_own():
    text = "截止6月底,全市13个产业园区入园企业数达到1280个,其中,规模以上工业企业400个,在建项目226个。"
    facts = {float(f.amount.value): f.subject for f in extract(text).facts}
    assert facts.get(400) == facts.get(226) == facts.get(1280) is not None


def test_park_names_a_locative_a_quoted_label_a_dashed_pair_and_new_pilot_kinds():
    text = ("天津甲乙县甲乙新城北侧丙丁工业园。“两湾”产业融合发展先行试验区建设提速。"
            "广西戊己—越南庚辛跨境经济合作区将建设。壬癸市经济开发试验区环境影响报告书。")
    names = [p.name for p in extract(text).parks]
    assert "丙丁工业园" in names and "“两湾”产业融合发展先行试验区" in names
    assert "广西戊己—越南庚辛跨境经济合作区" in names and "壬癸市经济开发试验区" in names


def test_a_banks_loan_to_a_project_and_the_projects_projections_after_the_whole_project_is_built():
    text = ("农发行甲乙市支行 向甲乙重大项目发放贷款1.5亿元\n\n"
            "2月8日,农发行甲乙市支行成功向甲乙市丙丁先行试验区 高端服装绿色制造基地项目投放首笔贷款1.5亿元。\n\n"
            "整个项目建成后将实现年产值11亿元以上,带来超过8500万元的税收,可解决4500人就业。"
            "据悉,中国农业发展银行是政策支农性银行。")
    x = extract(text)
    firms = {c.name: c.park for c in x.companies}
    assert firms.get("农发行甲乙市支行", "missing") is None and "政策支农性银行" not in firms
    facts = {float(f.amount.value): (f.subject, f.metric) for f in x.facts}
    assert facts[1.5e8] == ("高端服装绿色制造基地项目", "loans")
    assert facts[11e8] == ("高端服装绿色制造基地项目", "output_value_target")
    assert facts[8500e4] == ("高端服装绿色制造基地项目", "annual_tax_target")


def test_a_zone_short_form_a_region_of_the_country_and_a_list_below_are_no_parks_of_their_own():
    text = ("甲乙大龙开发区2021年新引进项目20个\n\n记者从甲乙大龙经济开发区获悉,大龙经济开发区新引进项目20个。"
            "东部产业园区竞争力明显优于中西部地区。我局将对以下开发区的环境影响报告书进行审查。")
    parks = [p.name for p in extract(text).parks]
    assert parks == ["甲乙大龙经济开发区"]


def test_facilities_built_or_founded_are_projects_and_what_they_make_is_not():
    text = ("据报道,日前,年产12万吨聚乙烯塑料管道的甲乙管业生产基地在湖北丙丁经济开发区举行了奠基仪式。"
            "甲乙管业基地将开发生产高科技含量、高附加值的聚乙烯（PE）复合瓦斯管和石油管等项目。\n\n"
            "据了解,戊己工业园内已初步形成产业集群。今年企业在工业园内征地300亩,建设庚辛电动自行车西北生产基地,"
            "计划年生产电动自行车6万辆。")
    x = extract(text)
    projects = {p.name: p.park for p in x.projects}
    assert projects == {"甲乙管业生产基地": "湖北丙丁经济开发区", "庚辛电动自行车西北生产基地": "戊己工业园"}
    assert "石油管" not in [c.name for c in x.companies]


def test_a_sum_spoken_with_ge_a_role_after_ji_a_count_in_a_city_and_a_list_item_joined_by_what_it_does():
    text = ("甲乙电器在重庆两江新区举行开工仪式。重庆市领导丙丁及甲乙电器董事长朱某参加开工仪式。"
            "项目投资50个亿元,建成达产后预计可实现年产值超过250亿元。"
            "极大地带动了配套企业的聚集,仅在重庆的配套产品生产厂家就有两百多家。\n\n"
            "8月7日上午,戊己重工霍尔果斯制造及营销基地项目、霍尔果斯庚辛汽车配件加工项目等10个工业项目正式开工。")
    x = extract(text)
    assert [c.name for c in x.companies] == ["甲乙电器"]
    assert {p.name for p in x.projects} == {"戊己重工霍尔果斯制造及营销基地项目", "霍尔果斯庚辛汽车配件加工项目"}
    facts = {float(f.amount.value): f.unit if hasattr(f, "unit") else f.amount.unit for f in x.facts}
    assert 50 not in facts and 200 not in facts


def test_items_written_after_their_sums_a_dashed_pair_mid_sentence_and_a_rank_that_is_no_nations_figure():
    text = ("甲乙经济开发区预计年内再开工39个项目,总投资195亿元,包括投资60亿元的丙丁京都风情商业小镇、投资20亿元的戊己奥特莱斯等。"
            "保税区将成为广西庚辛—越南壬癸跨境经济合作区的区域。\n\n"
            "单位工业用地工业总产值达152亿元/平方公里,位居全国前列;创新驱动能力不断增强,国家级高新技术企业达到461家。")
    x = extract(text)
    projects = {p.name: float(p.investment.value) for p in x.projects if p.investment}
    assert projects == {"丙丁京都风情商业小镇": 60e8, "戊己奥特莱斯": 20e8}
    assert "广西庚辛—越南壬癸跨境经济合作区" in [p.name for p in x.parks]
    assert {float(f.amount.value): f.subject for f in x.facts}.get(461) == "甲乙经济开发区"


def test_a_facility_described_by_its_figures_is_a_project_and_the_figures_are_its_own():
    text = ("8月3日，甲乙电器在重庆两江新区举行开工仪式，正式宣布投资50亿元，开建年产值250亿元的西南产业基地。"
            "丙丁公司将建设成为国际最先进的吸尘器伸缩管生产基地。")
    x = extract(text)
    assert [p.name for p in x.projects] == ["西南产业基地"]
    assert {float(f.amount.value): f.subject for f in x.facts}.get(250e8) == "西南产业基地"


def test_a_border_cooperation_centre_its_supporting_zone_and_a_paragraph_about_the_centre():
    text = ("8月7日上午,甲乙重工霍尔果斯制造及营销基地项目等10个工业项目,在中哈霍尔果斯国际边境合作中心配套区内正式开工。\n\n"
            "今年4月18日实现正式运营的中哈霍尔果斯国际边境合作中心是建立在两国口岸的跨境经济贸易区。"
            "合作中心横跨两国,总面积5.28平方公里。")
    x = extract(text)
    parks = {p.name: p.parent for p in x.parks}
    assert parks.get("中哈霍尔果斯国际边境合作中心配套区") == "中哈霍尔果斯国际边境合作中心"
    assert [p.park for p in x.projects] == ["中哈霍尔果斯国际边境合作中心配套区"]
    assert {float(f.amount.value): f.subject for f in x.facts}.get(5.28) == "中哈霍尔果斯国际边境合作中心"


def test_a_firms_profit_and_a_described_facilitys_floor_area_and_signed_funds():
    text = ("8月3日，甲乙电器在重庆两江新区举行开工仪式，开建年产值250亿元的西南产业基地。"
            "甲乙电器此次开建的西南产业基地占地面积约1000亩,总建筑面积约200万平方米。"
            "甲乙电器股份有限公司半年报显示,公司上半年实现营业总收入402.39亿元,净利润22.08亿元。\n\n"
            "2021年以来,丙丁经济开发区新引进项目20个,签约资金141.18亿元。")
    facts = {float(f.amount.value): (f.subject, f.metric) for f in extract(text).facts}
    assert facts[2e6] == ("西南产业基地", "floor_area_m2")
    assert facts[22.08e8] == ("甲乙电器股份有限公司", "net_profit")
    assert facts[141.18e8] == ("丙丁经济开发区", "planned_investment")


def test_an_eco_smart_zone_a_project_size_a_per_square_metre_figure_and_each_counted_items_own_stage():
    text = ("甲乙丙丁生态智慧区今年第二次集中签约4个项目 首个单项目产值超百亿项目落户\n\n"
            "据统计,该4个项目投资总额达49.08亿元,该4个项目的投资强度均超过每平方米10000元。"
            "预计全年落地项目达到60宗、动工项目达到25宗、建成投产项目达到10宗以上。")
    x = extract(text)
    assert [p.name for p in x.parks] == ["甲乙丙丁生态智慧区"]
    metrics = {float(f.amount.value): f.metric for f in x.facts}
    assert 10000 not in metrics and 1e10 not in metrics  # 每平方米10000元, 超百亿项目
    assert metrics[25] == "projects_started_target" and metrics[10] == "projects_completed_target"


def test_a_centre_that_starts_construction_is_a_project_and_one_that_lands_is_not():
    text = ("7月28日,上海湾区甲乙国际创新中心正式开工。据了解,上海湾区甲乙国际创新中心建设总用地面积约148亩。"
            "2025年丙丁光子产业创新中心落地。")
    x = extract(text)
    assert [p.name for p in x.projects] == ["上海湾区甲乙国际创新中心"]
    assert {float(f.amount.value): f.subject for f in x.facts}.get(148) == "上海湾区甲乙国际创新中心"


def test_production_lines_being_built_their_own_stage_and_a_capacity_that_opens_a_name():
    text = ("其中:甲乙工业园区开工建设项目117项。丙丁食品有限公司饮料生产线、万吨小食品生产线建设已建成投产,"
            "戊己生物制品有限公司年产5000吨木糖生产线等正在加紧建设。"
            "外资最大的是由庚辛卫生局与客商签订的年产200万双旅游鞋生产项目。洽洽食品项目一期原味瓜子生产线已投产。")
    status = {p.name: p.status for p in extract(text).projects}
    assert status.get("丙丁食品有限公司饮料生产线") == status.get("万吨小食品生产线") == "投产"
    assert "年产200万双旅游鞋生产项目" in status
    assert not any(n.startswith("洽洽食品项目一期") for n in status)


def test_a_park_opening_the_last_clause_run_is_the_scope_after_it_and_a_first_project_names_its_park():
    text = ("其中:甲乙工业园区开工建设项目117项,总投资32.84亿元;丙丁工业园区开工建设项目65项,总投资11.43亿元。"
            "戊己酒厂2000吨白酒生产线建设并已完成投资1700万元,冰糖生产线二期工程目前正在建设。\n\n"
            "7月28日,上海湾区庚辛国际创新中心正式开工。据了解,该项目是上海湾区科创城首发项目。")
    parks = {p.name: p.park for p in extract(text).projects}
    assert parks == {"戊己酒厂2000吨白酒生产线": "丙丁工业园区", "冰糖生产线二期工程": "丙丁工业园区",
                     "上海湾区庚辛国际创新中心": "上海湾区科创城"}


def test_an_area_run_by_a_party_working_committee_is_a_zone():
    text = ("3月4日,潍坊甲乙区12个重大项目集中开工。潍坊甲乙区党工委书记、管委会主任张某出席开工仪式。"
            "此次集中开工项目,包括丙丁集团硝盐升级项目、戊己智能装备二期等项目。海淀区区委书记出席。")
    x = extract(text)
    assert [p.name for p in x.parks] == ["潍坊甲乙区"]
    assert {p.park for p in x.projects} == {"潍坊甲乙区"}


def test_a_funds_short_name_and_the_partnership_that_holds_its_stem_are_one_fund():
    text = ("11月4日,甲乙产业集团旗下丙丁创投基金联合戊己科创、庚辛金控共同设立的湖北省壬癸长江科技创新供应链投资基金"
            "合伙企业(有限合伙)在武汉完成工商注册登记。甲乙产业集团设立总规模20亿元、认缴规模5亿元的壬癸长江基金。")
    funds = {f.name: f.aliases for f in extract(text).funds}
    assert "湖北省壬癸长江科技创新供应链投资基金合伙企业(有限合伙)" in funds.get("壬癸长江基金", [])


def test_a_batch_numbered_after_its_name_is_no_project():
    text = "本报讯 甲乙自由贸易试验区建设项目(第五批)集中开工签约活动日前在丙丁低碳制造业产业园项目现场举行。"
    assert [p.name for p in extract(text).projects] == ["丙丁低碳制造业产业园项目"]


def test_figures_of_a_fund_of_listed_parks_counted_together_and_of_a_class_of_parks_are_no_parks():
    text = ("今天,甲乙园区发展联盟成立。甲乙高新区、甲乙经开区、丙丁高新区、戊己经开区等来自甲乙、丙丁的35家园区入盟。\n\n"
            "庚辛大学科技城作为基金发起人,共同出资成立“园区合作基金”。基金首期认缴规模1.5亿元。"
            "目前,园区合作基金已完成工商注册,拟投资8个项目。据介绍,甲乙省级及以上园区数量达到28家。"
            "28家园区生产总值占甲乙地区生产总值的60%。\n\n"
            "近日,壬癸经开区对外披露,设立政府投资引导基金(以下简称“引导基金”),首期规模100亿元。")
    facts = extract(text).facts
    assert not {35, 1.5e8, 8, 28, 100e8} & {float(f.amount.value) for f in facts if f.subject_type != "fund"}
    # the zone's own fund, named after it since it has a short name (以下简称), holds its first close
    assert [(f.subject, f.metric) for f in facts if float(f.amount.value) == 100e8] == [
        ("壬癸经开区政府投资引导基金", "fund_first_close")]
