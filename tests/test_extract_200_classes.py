"""Rules of extractor 2.00, from what the studied real sets still got wrong (one zone written with and without its
province, planning regions read as parks). The sentences are fixtures for one behaviour each (invented names;
places are the closed class of the lexicon); real prose is measured by tests/test_extraction_quality.py."""
from __future__ import annotations

from loaders.extract import extract
from tests.extracted import facts as _facts
from tests.extracted import firms as _firms
from tests.extracted import funds as _funds
from tests.extracted import park_aliases as _park_aliases
from tests.extracted import projects as _projects


def _amounts(text):
    """Each project's name -> its investment in yuan (None where no sum is read)."""
    return {p.name: (int(p.investment.value) if p.investment else None) for p in extract(text).projects}


def test_a_zones_short_form_after_its_province_is_the_zone_written_in_full():
    parks = _park_aliases("山西松岭经开区举行项目开工仪式。松岭经济技术开发区位于城北，松岭经开区今年新开工项目12个。")
    assert "松岭经济技术开发区" in parks, parks
    assert {"山西松岭经开区", "松岭经开区"} <= set(parks["松岭经济技术开发区"]), parks


def test_a_planning_region_of_land_or_water_is_no_park():
    parks = _park_aliases("加快融入中原经济区和鄱阳湖生态经济区建设，推动成都平原经济区协同发展，天水经济区也在规划之中。"
                          "松岭临港经济区当天签约项目5个。")
    assert "松岭临港经济区" in parks, parks
    assert not any(name in parks for name in ("中原经济区", "鄱阳湖生态经济区", "成都平原经济区", "天水经济区")), parks


def test_a_start_the_text_hopes_for_is_no_start():
    text = "下半年仍有松岭通用厂房等6个项目可望开工。"
    assert _projects(text)["松岭通用厂房"][1] == "planned", _projects(text)
    assert not any(metric == "projects_started" for _, metric, _ in _facts(text)), _facts(text)


def test_projects_under_negotiation_pushed_towards_a_signing_are_planned():
    text = "总投资100亿元的柏川年产10万吨电池材料、总投资150亿元的松岭第8代显示器件等在谈项目推进签约。"
    got = _projects(text)
    assert got and all(status == "planned" for _, status in got.values()), got


def test_a_brand_the_tagger_reads_across_de_keeps_its_name():
    text = "总投资50亿元的合肥美的厨卫电器基地项目实现当年签约。"  # (美的厨: the tagger's organisation)
    assert "合肥美的厨卫电器基地项目" in _projects(text), _projects(text)


def test_a_sum_spaced_by_the_typesetter_is_the_projects_sum():
    assert _amounts("总投资 50 亿元的松岭智能家电项目实现当年开工。") == {"松岭智能家电项目": 5_000_000_000}


def test_a_sum_the_name_follows_without_de_is_the_projects_sum():
    got = _amounts("今年，总投资150亿元柏川磷酸铁锂项目已经签约，6亿美元LED项目也已落户。")
    assert got == {"柏川磷酸铁锂项目": 15_000_000_000}, got


def test_projects_completed_are_counted_as_such():
    text = ("12月27日，松岭区一批重点项目签约、开工、竣工投产，共涉及项目60个，总投资327亿元。"
            "60个项目中，签约项目15个，开工项目23个，竣工投产项目22个。")
    found = _facts(text)
    assert {("松岭区", "projects", "60"), ("松岭区", "projects_signed", "15"), ("松岭区", "projects_started", "23"),
            ("松岭区", "projects_completed", "22")} <= found, found


def test_firms_a_finished_project_is_to_bring_are_no_projects():
    text = "松岭产业园项目总投资30亿元。项目建成后，将吸引超过100家国内外VR领域科技企业入驻产业园区。"
    assert not any(metric.startswith("projects") for _, metric, _ in _facts(text)), _facts(text)


def test_the_fields_a_work_is_done_in_are_no_projects():
    text = ("一季度，两省市在协同建设现代产业体系、共建科技创新中心、共建文化旅游走廊等方面分别完成重大项目投资157.8亿元、"
            "230.9亿元、25.1亿元，松岭金凤实验室等13个项目实现新开工。")
    got = _projects(text)
    assert not any(name.startswith(("共建", "协同")) for name in got), got


def test_a_class_of_major_projects_is_no_project():
    assert _projects("一季度松岭地区双城经济圈重大项目完成投资439.5亿元") == {}


def test_a_rate_of_investment_done_or_works_sped_up_say_the_project_is_being_built():
    text = "松岭5G网络覆盖建设项目、柏川云计算数据中心(二期)等6个项目投资完成率超过37.5%；柏川农业带合作园区等项目加快实施。"
    got = _projects(text)
    assert got and all(status == "在建" for _, status in got.values()), got


def test_investment_completed_on_a_kind_of_works_is_spent_not_planned():
    text = ("松岭经开区上半年规上工业增加值增长26.8%\n\n今年上半年，松岭经开区完成工业技改投资2.85亿元。"
            "今年共实施工业项目22个，完成工业投资14.49亿元，完成基础设施投资6.2亿元。")
    got = {(metric, value) for _, metric, value in _facts(text)}
    assert {("completed_investment", "285000000"), ("completed_investment", "1449000000"),
            ("completed_investment", "620000000")} <= got, got
    assert not any(metric == "planned_investment" for metric, _ in got), got


def test_what_a_verb_is_to_build_out_of_common_words_is_no_park():
    parks = _park_aliases("未来五年，该区将着力建设丝路先导区、提升供给体系质量先行区。松岭先行区当天揭牌。")
    assert "松岭先行区" in parks and not any("体系质量" in name for name in parks), parks


def test_the_effect_projects_will_have_is_no_plan_and_this_batch_takes_the_batchs_event():
    text = ("2月13日，松岭新区启动建设一批重点项目。省领导出席项目启动仪式。\n\n"
            "据介绍，这批重点项目包括柏川精密电子生产项目、松岭机器人生产项目等，总投资约110亿元，"
            "对新区加快实现以产兴城将起到重大的推动作用。")
    got = _projects(text)
    assert {"柏川精密电子生产项目", "松岭机器人生产项目"} <= set(got), got
    assert all(status == "开工" for _, status in got.values()), got


def test_a_firm_named_by_its_officer_at_a_ceremony_is_a_guest():
    text = ("3月27日上午，松岭高新区2025年一季度招商引资项目集中签约活动举行。\n\n"
            "松岭市委书记王某，松岭市委副书记、松岭高新区党工委书记张某，柏川集团工程材料研究院有限公司党委书记、执行董事"
            "李某，松岭氢能产业发展有限公司党委书记、董事长黄某出席并见证签约。"
            "松岭睿诺航空装备有限公司等24户企业负责人和代表参加集中签约。")
    got = _firms(text)
    assert got.get("柏川集团工程材料研究院有限公司", "missing") is None, got
    assert got.get("松岭睿诺航空装备有限公司") == "松岭高新区", got


def test_a_park_a_verb_is_to_build_holds_none_of_the_figures_after_it():
    text = ("松岭高新区现场签约项目32个。其中，签订科创类项目4个，将为松岭高新区推动柏川成果转化先行区建设注入动能；"
            "引进数字经济项目5个。")
    assert ("柏川成果转化先行区", "projects_landed", "5") not in _facts(text), _facts(text)
    assert ("松岭高新区", "projects_landed", "5") in _facts(text), _facts(text)


def test_a_kind_of_body_and_its_legal_form_is_no_firm():
    text = "项目主要建设松岭机器人集团华中区域总部、研究院有限公司建设机器人学院、院士工作站等。"
    got = _firms(text)
    assert not any(name.startswith("研究院") for name in got), got


def test_a_firm_written_with_and_without_its_city_is_one_firm():
    text = ("武汉市松岭机器人集团华中区域总部项目\n\n项目占地180亩，主要建设松岭机器人集团华中区域总部、院士工作站等。")
    got = _firms(text)
    assert len([name for name in got if "松岭机器人集团" in name]) == 1, got


def test_a_paragraph_that_names_its_stage_gives_it_to_each_item_after_a_semicolon():
    text = ("开工的项目有：投资约5000万元的松岭路南延工程项目，道路全长2.5公里；总投资约1.6亿元的柏川制药有限公司项目，"
            "主要从事中成药研发与生产。\n\n"
            "签约的项目有：总投资约50亿元的松岭生物硅谷项目，建成后预计3年内实现年产值20亿元以上；"
            "柏川药业有限公司产业化项目，建成后年总产值将超5.5亿元。")
    got = _projects(text)
    assert got["松岭路南延工程项目"][1] == "开工" and got["柏川制药有限公司项目"][1] == "开工", got
    assert got["松岭生物硅谷项目"][1] == "签约" and got["柏川药业有限公司产业化项目"][1] == "签约", got


def test_an_adjective_made_an_adverb_by_de_opens_no_name():
    text = "松岭市生物医药产业园管委会成立一年。此次开工建设，将极大地提升市生物医药产业园的配套服务水平。"
    parks = _park_aliases(text)
    assert list(parks) == ["松岭市生物医药产业园"], parks


def test_registered_capital_is_the_firms_and_no_other_clauses_measure():
    text = ("该项目由松岭电子（南通）有限公司负责建设运营，注册资本1.8亿美元，主要生产传感器。"
            "签约的项目有：总投资约50亿元的柏川生物硅谷项目，建成后预计3年内实现年产值20亿元以上；"
            "注册资金1亿元的松岭疫苗发展有限公司项目，致力于成果转化。")
    found = _facts(text)
    assert ("松岭电子（南通）有限公司", "registered_capital", "180000000") in found, found
    assert not any(value == "100000000" and metric != "registered_capital" for _, metric, value in found), found


def test_a_verb_before_jituan_names_no_firm():
    assert _firms("柏川光伏将在松岭区打造集团中国区总部和光伏组件研发生产基地。") == {}


def test_a_zones_party_and_administrative_bodies_written_bare_are_no_record():
    text = "松岭经济开发区成立了4大产业专班，每个专班组长由党工委管委会班子成员担任。"
    assert not any(name.endswith("管委会") for name in _firms(text)), _firms(text)


def test_the_scenes_a_lead_opens_with_stand_in_the_park_the_reporter_then_names():
    text = ("走进企业看信心丨松岭重点园区生产建设一线见闻\n\n"
            "总投资50亿元的柏川新能源高端装备产业基地里，海上风电叶片厂正紧张抢工；松岭富岛化工有限公司生产线上，"
            "400多名工人在赶订单。\n\n"
            "记者近日在松岭自贸港重点园区——松岭临港产业园看到，园区内生产建设一线一派生机勃勃的景象，工人正抢抓春光赶订单。")
    assert _projects(text).get("柏川新能源高端装备产业基地", (None,))[0] == "松岭临港产业园", _projects(text)
    assert _firms(text).get("松岭富岛化工有限公司") == "松岭临港产业园", _firms(text)


def test_a_bonded_zones_short_form_is_the_zone():
    parks = _park_aliases("松岭综合保税区前身是松岭出口加工区。2014年完成进出口额3.53亿美元。松岭综保区提出“一区三中心”战略定位。")
    assert "松岭综合保税区" in parks and "松岭综保区" in parks["松岭综合保税区"], parks


def test_xiacheng_defines_a_short_name_as_yixia_jiancheng_does():
    text = ("41个项目签约落地中国(松岭)自由贸易试验区柏川新片区(下称“柏川新片区”)，总投资428亿元。"
            "同时签约的还有松岭技术交易中心“跨境技术贸易平台”项目。该项目拟投资26亿元，总建筑面积24万平方米。")
    parks = _park_aliases(text)
    assert "中国(松岭)自由贸易试验区柏川新片区" in parks and "柏川新片区" in parks["中国(松岭)自由贸易试验区柏川新片区"], parks
    assert _amounts(text).get("松岭技术交易中心“跨境技术贸易平台”项目") == 2_600_000_000, _amounts(text)


def test_a_batch_event_after_a_lead_phrase_gives_the_paragraphs_projects_their_stage():
    text = ("6月9日，松岭区举行新城项目集中开工启动仪式。\n\n"
            "值得注意的是，本次集中开工的12个项目，包含3个产业投资项目。柏川药业集团总部及研发生产基地建设项目将开拓创新药"
            "事业板块，建成智能化综合工厂。松岭科技生命科学总部园项目将注重生物医药研发。")
    got = _projects(text)
    assert got and all(status == "开工" for _, status in got.values()), got


def test_a_counted_group_written_again_without_its_count_holds_its_figures():
    text = ("2022年，13个松岭重点园区主要经济指标表现良好。\n\n"
            "去年1-11月，柏川江东新区完成投资358亿元，同比增长49%。预计2022年全年松岭重点园区固定资产投资完成1258亿元，"
            "同比增长7%。")
    found = _facts(text)
    assert ("13个松岭重点园区", "fixed_asset_investment_target", "125800000000") in found, found
    assert not any(subject == "柏川江东新区" and value == "125800000000" for subject, _, value in found), found


def test_a_province_and_a_descriptor_before_a_software_park_name_one_park_written_twice():
    text = ("其中松岭经济开发区实现营业收入7460亿元；贵州绿色软件园1900亿元，同比增长47%。"
            "其中松岭经济开发区实现税收235亿元；贵州绿色软件园实现税收141亿元，同比增长2%。")
    assert "贵州绿色软件园" in _park_aliases(text), _park_aliases(text)
    text = ("入住湖南松岭臺灣農民創業園的臺資企業有八家。福建柏川臺灣農民創業園也簽約了項目，"
            "臺灣農民創業園在大陸有著良好的發展勢頭，臺灣農民創業園受到客商的青睞。")
    assert "臺灣農民創業園" not in _park_aliases(text), _park_aliases(text)


# From real48 (studied after its first score); invented names, one behaviour each.

def test_the_stage_verb_after_a_clauses_subject_is_each_listed_projects():
    text = ("松岭新区这次还集中开工了柏川汽车部件有限公司二期项目、松岭科技有限公司年产5000台旅居车建设项目、"
            "柏川汽车部件有限公司汽车部件生产项目，为打造汽车全产业链增添了有力砝码。")
    got = _projects(text)
    assert len(got) == 3 and all(status == "开工" for _, status in got.values()), got


def test_a_bracketed_place_of_four_characters_inside_a_firms_name_is_part_of_it():
    text = "这次还集中开工了松岭汽车有限公司二期项目、三创联盟(沧州临港)科技有限公司年产5000台旅居车建设项目。"
    assert "三创联盟(沧州临港)科技有限公司" in _firms(text), _firms(text)


def test_a_zone_before_a_groups_name_is_where_the_group_stands():
    text = "活动在松岭新区临港经济技术开发区石家庄柏川集团医药产业园项目现场举行。"
    assert _firms(text).get("石家庄柏川集团") == "临港经济技术开发区", _firms(text)


def test_a_middle_dot_as_typeset_joins_a_parks_name_and_the_zone_stays_its_own():
    text = "在北京⋅沧州松岭新区生物医药产业园，共有12个项目开工建设。沧州松岭新区集中开工项目数量居全市首位。"
    parks = _park_aliases(text)
    assert "北京⋅沧州松岭新区生物医药产业园" in parks and "沧州松岭新区" in parks, parks


def test_a_new_area_the_headline_opens_with_and_the_story_keeps_naming_is_a_park():
    text = ("滨江新区82个重点项目应“云”而生\n\n昨天上午，一场“云签约”在这里启动，为滨江新区奏响发展新动能的“春之歌”。"
            "滨江新区商务局局长介绍，这些项目科技含量高，其中京津冀地区项目占51个。")
    assert "滨江新区" in _park_aliases(text), _park_aliases(text)
    assert not any("地区项目" in name for name in _projects(text)), _projects(text)


def test_a_funds_size_in_the_sentence_after_its_last_mention():
    text = ("松岭产业投资基金揭牌 首期投资项目签约\n\n7月28日上午，松岭产业投资基金揭牌暨首期投资项目签约仪式举行，"
            "基金管理公司与松岭经济技术开发区等9家单位现场签约。\n\n"
            "松岭产业投资基金于2010年3月获批筹建，今年6月正式完成工商注册。基金总规模200亿元人民币，首期募资目标为50亿元。")
    assert _funds(text).get("松岭产业投资基金", (None,))[0] == "200亿元", _funds(text)
    assert "基金管理公司" not in _firms(text), _firms(text)
    assert not any("揭牌" in name for name in _projects(text)), _projects(text)


def test_a_zone_written_short_with_its_first_words_and_its_kind_is_the_zone_named_in_full():
    text = ("松岭示范区举行项目集中签约仪式\n\n4月25日，松岭改革创新示范区举行项目集中签约仪式。柏川免疫产业基地及中央研究院项目"
            "等10个项目完成签约。其中，柏川免疫产业基地及中央研究院项目总投资20亿元。")
    parks = _park_aliases(text)
    assert list(parks) == ["松岭改革创新示范区"] and "松岭示范区" in parks["松岭改革创新示范区"], parks
    got = _projects(text)
    assert list(got) == ["柏川免疫产业基地及中央研究院项目"], got
    assert "中央研究院" not in _firms(text), _firms(text)


def test_a_listed_firms_contract_with_a_zones_body_places_its_project_and_carrier():
    text = ("柏川科技:公司及子公司与松岭经济技术开发区管理委员会签署项目投资合同\n\n"
            "公司于2022年10月28日召开董事会，审议通过了《关于公司及子公司与松岭经济技术开发区管理委员会签署项目投资合同的议案》。"
            "项目名称为“汽车高精密齿轮生产制造项目”，项目计划总投资23亿元，拟由公司全资子公司松岭柏川机械作为项目实施主体。")
    assert _projects(text).get("汽车高精密齿轮生产制造项目") == ("松岭经济技术开发区", "签约"), _projects(text)
    firms = _firms(text)
    assert firms.get("柏川科技") == "松岭经济技术开发区" and firms.get("松岭柏川机械") == "松岭经济技术开发区", firms


def test_a_firms_first_two_characters_and_gongsi_are_its_short_name():
    text = ("在松岭经济开发区柏川石油科技股份有限公司示范园1号车间，储罐已投产使用。"
            "截至目前，柏川公司新能源装备产业示范园项目等相继落地施工。")
    firms = _firms(text)
    assert "柏川公司" not in firms and "柏川石油科技股份有限公司" in firms, firms


def test_delivered_on_time_is_completed_each_project_its_own_predicate():
    text = "年终岁尾，松岭经济开发区捷报频传：柏川科技中试基地项目顺利投产，松岭设备公司新建厂房项目如期交付，柏川轴承项目顺利投产。"
    got = _projects(text)
    assert got["松岭设备公司新建厂房项目"][1] == "竣工" and got["柏川轴承项目"][1] == "投产", got


def test_a_zones_firms_above_the_scale_by_its_period_give_the_zone_its_growth_rates():
    text = ("本报松岭讯 11月18日,在松岭经济开发区柏川石油科技股份有限公司新能源(LNG)装备产业示范园1号车间,储罐已投产使用。\n\n"
            "松岭经济开发区今年实施新建、续建重点产业项目22个,总投资128亿元。截至目前,十方仓储物流二期项目等已建成投产。"
            "前三季度,该开发区规模以上工业企业实现总产值627亿元、利税57亿元,分别同比增长15.5%、18.9%。")
    found = _facts(text)
    assert {("松岭经济开发区", "growth_ratio", "0.155"), ("松岭经济开发区", "growth_ratio", "0.189")} <= found, found


def test_a_news_site_with_its_address_a_counted_batch_and_places_built_in_a_list_of_bodies():
    text = ("10月29日，第三届松岭贸易投资博览会在柏川市举行。\n\n"
            "松岭新闻(www.songling-news.cn)从开幕式现场获悉，现场24个项目集中签约，总投资893亿元，其中外资项目8个。\n\n"
            "其中，总投资为25.3亿美元的松岭动力电池二期项目，还是柏川有史以来最大的利用外资项目。\n\n"
            "柏川还建成了松岭企业科技孵化(柏川)基地、松岭(柏川)产业园未来科技城等一批研发机构。")
    firms = _firms(text)
    assert "松岭新闻" not in firms and not any(name.endswith("基地") for name in firms), firms
    assert _projects(text).get("松岭动力电池二期项目", (None, None))[1] == "签约", _projects(text)


# From real49 (studied after its first score); invented names.

def test_a_countys_park_by_the_countys_bare_name_holds_its_firms_and_projects():
    text = ("松岭：园区升级主要指标全线飘红\n\n2018年，松岭县紧紧围绕百亿园区的目标，园区承载能力显著增强。\n\n"
            "今年以来，松岭园区完成规模工业总产值95.13亿元。新入统规模企业2家(柏川家居、松岭智能科技)，"
            "新增柏川家私产业项目、松岭电子项目等投入5000万元以上工业项目8个。")
    assert "松岭园区" in _park_aliases(text), _park_aliases(text)
    assert _firms(text).get("柏川家居") == "松岭园区", _firms(text)


def test_a_zone_with_its_district_in_brackets_keeps_that_form_as_an_alias():
    parks = _park_aliases("杭州高新区(滨江)工业总产值前30强中，多达24家企业同比上涨。正定高新区(南区)当天开工。")
    assert "杭州高新区(滨江)" in parks.get("杭州高新区", []), parks
    assert not any("(南区)" in alias for aliases in parks.values() for alias in aliases), parks


def test_firms_a_list_introduces_are_firms_though_their_projects_are_counted():
    text = ("县委书记宣布松岭工业园区项目集中开工和重点项目推进正式启动。"
            "这次集体开工的企业分别是柏川塑胶、松岭实业、柏川印业、松岭光电及园区经三路等5个项目。")
    assert {"柏川塑胶", "柏川印业"} <= set(_firms(text)), _firms(text)
    assert not any(name.startswith(("柏川塑胶", "松岭工业园区")) for name in _projects(text)), _projects(text)
