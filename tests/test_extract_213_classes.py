"""Rules of extractor 2.13, from what the real sets got wrong once scored. The sentences are fixtures for one
behaviour each (invented names; places are the closed class of the lexicon); real prose is measured by
tests/test_extraction_quality.py."""
from __future__ import annotations

from loaders.extract import extract


def _parks(text: str) -> dict[str, str]:
    return {p.name: p.kind for p in extract(text).parks}


# From real256's and real257's errors (四川 and 重庆, 安徽 and 湖南 zones 2021–2024; scored once before they were read).

def test_a_zones_parks_every_one_of_them_are_no_park_of_their_own():
    text = "近日,在湖南松岭经开区各个园区,到处涌动着建设生产的热潮。松岭经开区数字经济园区新开工项目5个。"
    assert set(_parks(text)) == {"湖南松岭经开区", "松岭经开区数字经济园区"}, _parks(text)


def test_a_clause_running_into_a_park_word_names_no_park():
    for text, clause in (("近日,广东湛江市召开产业园区发展大会,柏川产业园等12个园区参会。", "湛江市召开产业园区"),
                         ("邢台市全面落实开发区提档升级专项行动,柏川产业园营收增长12%。", "邢台市全面落实开发区"),
                         ("当前,内江各县正以特色产业园建设为抓手,柏川产业园新签约项目8个。", "正以特色产业园")):
        parks = _parks(text)
        assert "柏川产业园" in parks and not [p for p in parks if clause in p], parks
    # a place, then a verb of plan the tagger reads into the place's name (靖江计划/LOC)
    text = "柏川经济技术开发区新开工项目38个。到“十四五”末,靖江计划开发区工业经济规模突破2000亿元。"
    assert "靖江计划开发区" not in _parks(text), _parks(text)
    # the title a park won, after the verb: the park is named before (柏川产业园…获评国家绿色工业园区)
    text = "柏川产业园是全市获表彰最多的省级园区;同时获评国家绿色工业园区。"
    assert set(_parks(text)) == {"柏川产业园"}, _parks(text)
    # a place and the verb of an industry is a park's name
    assert "兰州铸造工业园区" in _parks("兰州铸造工业园区新入驻企业12家。"), _parks("兰州铸造工业园区新入驻企业12家。")


def test_a_zones_part_in_one_of_its_districts_is_a_park_named_with_both():
    text = "值得关注的是,西部(重庆)科学城江津园区吸引了包括柏川集团、松岭科技等企业。"
    x = extract(text)
    assert "西部(重庆)科学城江津园区" in _parks(text), _parks(text)
    assert {c.name: c.park for c in x.companies} == {"柏川集团": "西部(重庆)科学城江津园区",
                                                      "松岭科技": "西部(重庆)科学城江津园区"}, x.companies


def test_a_lists_parks_then_their_count_are_no_park_of_their_own():
    text = "松岭县规划布局“柏川时间谷”钟表产业园、双创中心小机电产业园2大特色产业园,产业转型升级步伐明显加快。"
    assert set(_parks(text)) == {"“柏川时间谷”钟表产业园", "双创中心小机电产业园"}, _parks(text)
    # a count of a kind with no park word before it is the kind, as it was (國科會轄下3大科學園區: their figures' subject)
    assert _parks("國科會轄下主管3大科學園區營收創新高。"), _parks("國科會轄下主管3大科學園區營收創新高。")


def test_a_ranking_before_a_firms_name_is_not_part_of_it():
    text = "签约项目中,既有世界500强京东集团和中国企业500强柏川集团投资项目,也有行业头部企业松岭实业等。"
    assert {c.name for c in extract(text).companies} >= {"柏川集团"}, extract(text).companies
    assert not [c for c in extract(text).companies if "500强" in c.name], extract(text).companies


def test_a_headline_opening_with_a_sum_then_a_zones_project_gives_the_project_its_sum():
    text = ("总投资22亿元 绵阳经开区柏川产业园项目建设跑出“加速度”\n\n12月12日上午,绵阳经开区重点项目现场推进会暨"
            "柏川产业园项目举行开工奠基仪式。")
    x = extract(text)
    assert [(p.name, p.investment.value if p.investment else None) for p in x.projects] == \
        [("柏川产业园项目", 2200000000)], x.projects
    assert not [f for f in x.facts if f.metric == "planned_investment"], x.facts


def test_the_parks_of_a_group_that_did_something_are_no_group_of_their_own():
    text = ("前三季度柏川重点园区累计实现营业收入1570亿元。前三季度13个重点园区中12个园区营收实现增长,"
            "其中11个园区实现两位数增长。")
    counts = {f.amount.value for f in extract(text).facts if f.metric == "parks_count"}
    assert 12 not in counts and 11 not in counts, extract(text).facts
    assert 13 in counts, extract(text).facts  # (the group's own size stays)


def test_a_counted_group_written_again_without_its_count_keeps_its_figures():
    text = ("2022年,13个柏川重点园区在面临压力下稳步增长。\n\n去年1-11月,柏川重点园区实现税收收入623亿元,同比增长16%。"
            "其中松岭经济开发区实现税收235亿元。")
    facts = {(f.subject, f.metric, f.amount.value) for f in extract(text).facts}
    assert ("13个柏川重点园区", "annual_tax", 62300000000) in facts, facts
    assert ("松岭经济开发区", "annual_tax", 23500000000) in facts, facts


# From real262's errors (河南 and 湖北 zones 2021–2024; scored once before it was read).

def test_each_project_of_two_ceremonies_has_its_own_name_and_stage():
    text = "会后,一行还前往明港镇,参加柏川公司合金带钢生产线项目投产仪式和松岭新材料有限公司钢铁新材料项目开工仪式。"
    projects = {p.name: p.status for p in extract(text).projects}
    assert projects == {"柏川公司合金带钢生产线项目": "投产", "松岭新材料有限公司钢铁新材料项目": "开工"}, projects


def test_a_project_written_again_without_its_firm_or_a_word_inside_is_the_same_project():
    text = ("参加柏川公司180万吨合金带钢生产线项目投产仪式和松岭新材料有限公司60万吨钢铁新材料项目开工仪式。"
            "由柏川公司投资兴建的180万吨合金带钢项目,总投资15亿元。松岭新材料有限公司60万吨新材料项目总投资10亿元。")
    projects = {p.name: p.investment.text if p.investment else None for p in extract(text).projects}
    assert projects == {"柏川公司180万吨合金带钢生产线项目": "15亿元", "松岭新材料有限公司60万吨钢铁新材料项目": "10亿元"}, \
        projects
    # the firm's own word, after its place, and 年产 before the size: the same project
    text = ("总投资50亿元的柏川10万吨氯甲苯项目成功落户松岭县。县政府与福建省柏川新材料有限公司签订的年产10万吨氯甲苯项目"
            "将在松岭化工产业园落户。10万吨氯甲苯项目总占地约600亩。")
    assert [p.name for p in extract(text).projects] == ["柏川10万吨氯甲苯项目"], extract(text).projects
    # a figure of another size is another project
    text = "松岭公司60万吨钢铁新材料项目开工。松岭公司6万吨钢铁新材料项目投产。"
    assert len(extract(text).projects) == 2, extract(text).projects


def test_the_batch_of_this_event_is_the_city_whose_event_the_lead_reports():
    text = ("2月28日,柏川市2023年第一季度重大项目现场推进暨松岭光电材料产业园项目启动活动在松岭经开区举行。\n\n"
            "包括松岭光电材料产业园项目在内,本次现场推进的一季度重大项目共87个,总投资1322.5亿元。")
    facts = {(f.subject, f.metric, f.amount.value) for f in extract(text).facts}
    assert ("柏川市", "projects", 87) in facts and ("柏川市", "planned_investment", 132250000000) in facts, facts
    # each place's share of the batch is no figure of the city's
    text = ("11月27日,柏川市2020年第六批重大项目集中开工仪式在松岭区举行。\n\n据悉,本次全市第六批集中开工重大项目24个,"
            "其中:松岭区项目10个, 总投资11.9亿元;云杉县项目4个,总投资74.5亿元。")
    assert not [f for f in extract(text).facts if f.subject == "柏川市" and f.amount.value in (1190000000, 7450000000)], \
        extract(text).facts


# From real263's errors (京津冀 co-built and relocation parks 2019–2024; scored once before it was read).

def test_a_park_renamed_from_its_quoted_old_name_is_one_park_by_its_new_name():
    text = ("2015年,两地合作共建北京·柏川新区生物医药产业园。经过近10年开发建设,北京·柏川新区生物医药产业园已入驻企业60家。"
            "三地决定将“北京·柏川新区生物医药产业园”"
            "更名为“京津冀·柏川生物医药产业园”。")
    parks = {p.name: p.aliases for p in extract(text).parks}
    assert "京津冀·柏川生物医药产业园" in parks and "北京·柏川新区生物医药产业园" not in parks, parks
    assert {f.subject for f in extract(text).facts} == {"京津冀·柏川生物医药产业园"}, extract(text).facts


def test_what_is_done_for_firms_and_a_time_word_are_no_part_of_a_firms_name():
    text = "“上下游产业链的搭建为企业发展注入强劲动力。”该公司副总经理王某说。"
    assert not extract(text).companies, extract(text).companies
    text = "记者从日前柏川市政府举办的新闻发布会上获悉,柏川新区累计引进项目2344个。"
    assert [c.name for c in extract(text).companies] == ["柏川市政府"], extract(text).companies


# From real261's errors (陕西, 甘肃 and 宁夏 zones 2021–2023; scored once before it was read).

def test_a_kind_of_project_the_text_counts_somewhere_is_a_class_everywhere():
    text = ("该公司新建的30万吨再生铝项目,是柏川市今年实施的11个重大传统产业改造提升项目之一。\n\n"
            "据了解,在实施重大传统产业改造提升项目的同时,柏川市今年着重培育发展一批重大新兴产业项目。")
    assert [p.name for p in extract(text).projects] == ["30万吨再生铝项目"], extract(text).projects


def test_a_provinces_session_held_in_a_park_leaves_the_citys_projects_unplaced():
    text = ("柏川集中开工234个项目\n\n3月16日,甘肃省重大项目集中开工复工动员大会柏川分会场在柏川智能制造产业园举行。"
            "当天柏川市集中开工各类项目234项,总投资812.3亿元。主要有松岭科技集团(深圳)有限公司投资30亿元的智能制造产业项目、"
            "云杉能投集团投资21.2亿元的120万吨捣固炼焦项目等。")
    x = extract(text)
    assert x.projects and [p.park for p in x.projects] == [None] * len(x.projects), x.projects
    assert [c.park for c in x.companies if c.kind == "enterprise"] == [None, None], x.companies


def test_a_lists_last_firm_then_the_count_of_the_list_is_that_firm():
    text = "柏川高新区拥有柏川企业集团、松岭化工集团、云杉化工集团、柏川万润公司4大企业集团、88家独立法人单位。"
    names = {c.name for c in extract(text).companies}
    assert names == {"柏川企业集团", "松岭化工集团", "云杉化工集团", "柏川万润公司"}, names


# From real260's errors (云南, 贵州 and 广西 zones 2021–2024; scored once before it was read).

def test_a_zones_session_of_a_citys_event_gives_the_zone_the_batch():
    text = ("柏川经开区:6个项目集中开竣工\n\n3月29日,松岭市举行重大项目集中开(竣)工活动,柏川经济技术开发区分会场在云杉食品"
            "有限公司项目开竣工活动现场举行。\n\n集中开(竣)工的6个项目总投资约10.7亿元,其中开工项目3个,竣工项目3个。")
    subjects = {f.subject for f in extract(text).facts}
    assert subjects == {"柏川经济技术开发区"}, extract(text).facts


# From real266's errors (park funds, developers and REITs 2019–2024; scored once before it was read).

def test_a_parks_start_up_area_is_part_of_a_projects_name_and_its_works_word_may_be_left_out():
    text = ("其中柏川高新区投资发展有限公司的松岭生态科技产业园启动区(一期)工程项目获批发行1.8亿元。据悉,本次专项债券将用于"
            "松岭生态科技产业园启动区(一期)项目3栋研发中心的建设。")
    assert [p.name for p in extract(text).projects] == ["松岭生态科技产业园启动区(一期)工程项目"], extract(text).projects


# From real267's errors (福建, 江西 and 广东 zones 2021–2024; scored once before it was read).

def test_the_products_a_chain_lacks_are_neither_firms_nor_projects():
    text = "项目建成后,将重点引入ABS树脂、对苯二甲酸(PTA)、电解液等延链补链项目,助力柏川石化产业园迈上新台阶。"
    x = extract(text)
    assert not x.companies and not x.projects, (x.companies, x.projects)
    # projects named by what they make a year, in such a list, stay projects
    text = "签约项目既有柏川恒丰年产300万只汽车传动皮带轮、松岭部件年产40万套汽车内外饰塑料件等一批汽车零部件下游强链壮链项目。"
    assert len(extract(text).projects) == 2, extract(text).projects


# From real265's errors (东北 and 内蒙古 zones 2021–2024; scored once before it was read).

def test_this_project_with_its_sum_inside_or_after_its_builder_gets_that_sum():
    text = ("在位于柏川经济技术开发区的松岭新能源汽车零部件产业园项目现场,繁忙施工景象让这个秋日“热气腾腾”。"
            "这一总投资15亿元的项目由宁波松岭电子股份有限公司投资建设。\n\n在柏川经济技术开发区,云杉半导体产业基地项目同样在"
            "如火如荼建设中。该项目由辽宁云杉半导体材料有限公司投资建设,总投资10亿元,占地面积9.6万平方米。")
    projects = {p.name: p.investment.text if p.investment else None for p in extract(text).projects}
    assert projects == {"松岭新能源汽车零部件产业园项目": "15亿元", "云杉半导体产业基地项目": "10亿元"}, projects


def test_a_cooperation_innovation_zone_after_a_place_is_a_park():
    text = "6月21日,大连松岭湾合作创新区举行2023年重大项目签约暨开工仪式。本次签约项目9个,总投资额度约100亿元。"
    assert _parks(text) == {"大连松岭湾合作创新区": "经济合作区"}, _parks(text)
    assert "新型经营主体合作创新区" not in _parks("打造新型经营主体合作创新区。"), _parks("打造新型经营主体合作创新区。")


def test_a_paragraph_of_a_citys_projects_carried_out_is_the_citys():
    text = ("在位于柏川国际合作示范区的松岭光电产业园项目建设现场,各种工程施工设备忙个不停。\n\n"
            "今年,云杉市计划实施重点项目148个,总投资569亿元。其中,产业项目65个,总投资249亿元。")
    facts = {(f.subject, f.amount.value) for f in extract(text).facts}
    assert ("云杉市", 65) in facts and ("云杉市", 24900000000) in facts, facts
    assert not [f for f in facts if f[0] == "柏川国际合作示范区"], facts


def test_a_citys_areas_and_a_zone_counted_together_are_the_citys_total_not_the_zones():
    text = "辽宁大连28日举行重点项目开工活动,当天全市12个地区和松岭湾合作创新区新开工项目共24个,总投资838.6亿元。"
    assert not [f for f in extract(text).facts if f.subject == "松岭湾合作创新区"], extract(text).facts
