"""Rules of extractor 2.03, from what the studied real sets (real59 above all) still got wrong. The sentences are
fixtures for one behaviour each (invented names; places are the closed class of the lexicon); real prose is measured
by tests/test_extraction_quality.py."""
from __future__ import annotations

import re

from loaders.extract import extract
from tests.extracted import facts as _facts
from tests.extracted import projects as _projects


# From real59 (studied after its first score).

def test_the_bare_unit_before_a_park_word_is_the_county_the_article_is_about():
    text = ("12月2日,松岭县在县产业集聚区举行集中开工仪式。县委常委程卫东出席。"
            "据了解,此次集中开工的松岭县柏川化妆刷生产项目、河南松桓科技建设项目等11个重点建设项目,总投资近21亿元。")
    x = extract(text)
    assert [p.name for p in x.parks] == ["松岭县产业集聚区"], x.parks
    got = {name: park for name, (park, _) in _projects(text).items()}
    assert got == {"松岭县柏川化妆刷生产项目": "松岭县产业集聚区", "河南松桓科技建设项目": "松岭县产业集聚区"}, got


def test_our_citys_zones_are_a_class_and_no_park():
    text = "松岭县加快项目建设，推动我市开发区高质量发展。该县集中区共平整土地500多亩。"
    assert extract(text).parks == [], extract(text).parks


def test_a_project_written_with_and_without_its_city_is_one_project():
    text = ("鹤壁市第一批重点项目集中开工仪式隆重举行。鹤壁市委在市产业集聚区鹤壁柏川正大项目工地设主会场。"
            "柏川正大项目总投资10亿元。鹤壁市各县区设分会场。")
    x = extract(text)
    assert [p.name for p in x.parks] == ["鹤壁市产业集聚区"], x.parks
    assert [(p.name, p.park) for p in x.projects] == [("柏川正大项目", "鹤壁市产业集聚区")], x.projects
    assert "鹤壁柏川正大项目" in x.projects[0].aliases, x.projects[0].aliases


# From real66 and real67 (studied after their first scores).

def test_a_project_said_to_be_another_kind_of_project_is_one_name():
    text = ("此次开工的项目中,松岭科技公司的柏川芯片研发设计项目为中科院“弘光专项”和科技部国家关键核心技术项目,"
            "是国家首个芯片设计项目。")
    assert set(_projects(text)) == {"柏川芯片研发设计项目"}, _projects(text)


def test_an_area_written_beside_the_park_owns_the_figures_of_the_clause_it_opens():
    text = ("观摩团对松岭产业集聚区和特色商业区建设赞不绝口。2016年,松岭产业集聚区完成固定资产投资132.6亿元。"
            "特色商业区完成固定资产投资9.3亿元,同比增长166%;从业人员达到4536人。")
    got = _facts(text)
    assert ("松岭产业集聚区", "fixed_asset_investment", "13260000000") in got, got
    assert not any(value in ("930000000", "4536") for _, _, value in got), got


def test_a_headline_that_opens_with_the_park_makes_the_citys_batch_the_parks():
    text = ("济宁高新区2020年重点项目二季度集中开工\n\n"
            "今天上午,济宁市 2020 年“四个一批”项目二季度集中开工暨柏川新材料基地项目奠基仪式在高新区举行。\n\n"
            "本次集中开工的10个项目,总投资51.8亿元,是济宁高新区抓招引开工的重要体现。")
    got = _facts(text)
    assert ("济宁高新区", "projects_started", "10") in got, got
    assert not any(subject == "济宁市" for subject, _, _ in got), got
    assert set(_projects(text)) == {"柏川新材料基地项目"}, _projects(text)


# From real72 (studied after its first score).

def test_a_list_the_text_counts_as_its_parks_names_parks_also_without_a_park_word():
    text = ("今年来,经开区推进了“数字家电城、化工环保产业园、食品医药产业园”三大特色产业园区加快建设。"
            "目前,经开区数字家电城已集聚了投资3亿元的松岭数码、投资4亿元的柏川精密设备、"
            "投资8亿元的松岭电源新产业园等一大批重大项目。")
    x = extract(text)
    names = {p.name for p in x.parks}
    assert "数字家电城" in names and "松岭电源新产业园" not in names, x.parks  # (an item of a batch of projects)
    got = {name: park for name, (park, _) in _projects(text).items()}
    assert got == {"松岭数码": "数字家电城", "柏川精密设备": "数字家电城", "松岭电源新产业园": "数字家电城"}, got


def test_a_project_read_where_its_sum_is_written_is_the_same_project_as_a_list_item_before():
    # (the tagger may read a short name in a list as no name, and only the mention with the sum as one: the other
    # mentions of that name are then added, each with what its clause says)
    from loaders.extract.mentions.projects import _other_mentions
    text = ("参加现场签约的3个项目分别是松岭开发区的柏川单车综合产业基地项目、松玻技改项目、鲁松智能农业机械生产项目。"
            "计划投资1.2亿元的松玻技改项目将对二期工厂进行改造。柏川松玻技改项目二期也已开工。")
    later = text.rindex("计划投资") + len("计划投资1.2亿元的")
    added = _other_mentions(text, [("松玻技改项目", later, later + 6, "project_word")])
    assert [(name, text[s - 1]) for name, s, _, _ in added] == [("松玻技改项目", "、")], added  # (not inside a longer name)


# From real70 (studied after its first score).

def test_kinds_of_firms_and_sectors_in_a_list_of_firms_are_no_firms():
    text = ("截至目前,园区已吸引央企、国企、大型民企等50多家企业入驻。"
            "松岭将积极引导科技创新资源、高端制造业和科技金融等现代企业落户柏川产业园。")
    assert extract(text).companies == [], extract(text).companies


def test_a_list_counted_in_zong_closed_by_its_stage_names_projects_whose_sums_are_the_batchs():
    text = "其中,15宗项目签约。松岭智谷等4宗产业项目则集中动工,投资总额58.5亿元,预计达产后年产值73亿元。"
    x = extract(text)
    assert [(p.name, p.status, p.investment) for p in x.projects] == [("松岭智谷", "开工", None)], x.projects
    assert not x.companies and not any(f.subject == "松岭智谷" for f in x.facts), (x.companies, x.facts)


# From real74 and real75 (studied after their first scores).

def test_a_project_a_named_firm_builds_is_a_project_though_its_name_only_describes_it():
    text = ("衡松县举行招商引资项目集中签约仪式,19个项目成功签约。\n\n"
            "这次集中签约的19个项目,覆盖有色金属、高端制造等核心领域。\n\n"
            "数字印章生产及推广应用项目由湖南松汇能印业投资建设,总投资3000万元,计划在印章产业园创办职业培训中心。")
    assert _projects(text).get("数字印章生产及推广应用项目") == ("印章产业园", "签约"), _projects(text)


def test_a_planned_total_investment_is_no_plan_of_the_project():
    text = "柏川纺织项目由国内家纺生产商松岭床单投资建设,计划总投资12亿元、建设厂房17万平方米,主要生产高档家纺面料。"
    assert _projects(text).get("柏川纺织项目", (None, "x"))[1] is None, _projects(text)


def test_gaoxin_chanye_kaifaqu_and_gaoxinqu_are_one_zone():
    text = "松滁高新产业开发区党工委书记出席。松滁高新区是2011年设立的合作园区,松岭电子已在松滁高新区投产。"
    x = extract(text)
    assert [(p.name, p.aliases) for p in x.parks] == [("松滁高新产业开发区", ["松滁高新区"])], x.parks


# From real79 (studied after its first score).

def test_a_list_of_projects_sited_in_its_own_clause_is_not_in_another_park():
    text = ("其中,松岭科技园、香港柏中托盘、山东松华包装材料等7个项目在峱松经济发展区集中开工;"
            "松康机械后桥生产、铸柏新材料产能扩大等8个项目在柏川工业区集中开工奠基。")
    got = {name: park for name, (park, _) in _projects(text).items()}
    assert got.get("香港柏中托盘", "x") is None and got.get("山东松华包装材料", "x") is None, got


def test_where_a_project_is_settled_is_no_event_of_its_own():
    text = ("与此同时,落户松岭镇工程机械工业园的柏邦物流、燕松机械加工两个项目,"
            "以及落户柏川镇东山工业园的铁松机械项目,3月10日上午也进行了集中开工奠基。")
    got = _projects(text)
    assert got.get("柏邦物流") == ("工程机械工业园", "开工") and got.get("铁松机械项目") == ("东山工业园", "开工"), got


# From real80 (studied after its first score).

def test_each_of_two_works_joined_by_a_list_mark_has_its_own_stage():
    text = "9月28日,位于松岭高新区的柏鹰纸业(广东)有限公司100万吨造纸项目开工、耀松华公司松岭智能制造基地投产。"
    got = {name: status for name, (_, status) in _projects(text).items()}
    assert got == {"柏鹰纸业(广东)有限公司100万吨造纸项目": "开工", "耀松华公司松岭智能制造基地": "投产"}, got


def test_lines_counted_are_no_project():
    text = "柏松华公司是松岭高新区的配套企业,首个车间14条生产线投入生产,年底将有25条生产线投产。"
    assert not any(re.match(r"\d+条", p.name) for p in extract(text).projects), extract(text).projects


def test_a_news_service_a_site_and_a_project_site_are_no_firms():
    text = ("证券时报e公司讯,松岭石化(600688)1月26日晚间公告,原丝部分,选址上海市金山区公司现有厂区内。\n\n"
            "柏川生物生产包装基地项目现场负责人 刘焱:大概两个月就可以投产。")
    names = {c.name for c in extract(text).companies}
    assert not names & {"证券时报e公司", "上海市金山区公司", "柏川生物生产包装基地项目现场"}, names


# From real78 (studied after its first score).

def test_two_bonded_zones_of_one_city_stay_two():
    # (a city of the lexicon: the short form that merged them is built from the city's name)
    text = ("海口综合保税区全国综合排名第27位,较上年提升37位。海口空港综合保税区全国综合排名第70位。"
            "该项评估工作每年开展一次,旨在系统反映各综合保税区建设进展与发展实绩。")
    assert sorted(p.name for p in extract(text).parks) == ["海口空港综合保税区", "海口综合保税区"], extract(text).parks


def test_including_before_a_parks_name_is_no_part_of_it():
    text = "崇左片区实施范围15平方公里(含松祥综合保税区1.01平方公里)。松祥综合保税区工委副书记出席。"
    assert [p.name for p in extract(text).parks] == ["松祥综合保税区"], extract(text).parks


# From real84 (studied after its first score).

def test_a_bare_sum_and_de_before_a_listed_name_is_its_investment():
    text = ("旅游商贸类的另外2个项目是:3.2亿元的松岭2号通道铁路能源基地项目、3亿元的柏川石材园区铁路物流园建设项目。"
            "这些项目已集中签约。")
    got = {p.name: p.investment.text if p.investment else None for p in extract(text).projects}
    assert got == {"松岭2号通道铁路能源基地项目": "3.2亿元", "柏川石材园区铁路物流园建设项目": "3亿元"}, got


# From real82 (studied after its first score).

def test_a_countys_event_written_kai_jun_gong_in_brackets_is_its_batch():
    text = ("11月5日,松宁县隆重举行第六届林博会开(竣)工项目剪彩活动。\n\n"
            "当天,共有7个项目竣开工。其中,竣工的3个项目分别是柏鹏实业公司、松林木业公司、柏晶光电公司,总投资1.65亿元。")
    got = _facts(text)
    assert ("松宁县", "projects_started", "7") in got and ("松宁县", "planned_investment", "165000000") in got, got


# From real85 (studied after its first score).

def test_a_bilateral_name_closed_by_xiangmu_is_a_project_not_a_zone():
    text = ("据悉,此次签约的3个项目分别为中日国际松岭城项目、年产5万吨(环保型)水性树脂项目以及精细化学品项目。"
            "其中,中日国际松岭城项目总投资约100亿元。")
    x = extract(text)
    assert x.parks == [], x.parks
    assert [p.park for p in x.projects if p.name == "中日国际松岭城项目"] == [None], x.projects


# From real83 (studied after its first score).

def test_an_economic_zones_part_in_one_city_is_named_with_the_zone():
    text = ("北京大兴国际机场临空经济区廊坊片区(以下简称“廊坊临空经济区”)临空国际会展中心项目主体封顶。"
            "2022年廊坊临空经济区一批重点项目建设加快推进。")
    x = extract(text)
    assert [(p.name, "廊坊临空经济区" in p.aliases) for p in x.parks] == [("北京大兴国际机场临空经济区廊坊片区", True)], x.parks


# From real65 (studied now, after its first score last time).

def test_a_count_of_the_listed_projects_with_its_stage_in_the_next_sentence_gives_them_that_stage():
    text = ("其中,投资12亿元的松岭物流汇算中心项目、投资15亿元的柏川天然气母站项目被列入“100个重点项目”行列;"
            "投资4725万元的松岭建材输变电项目被列入“100个民生项目”。\n\n"
            "截至目前,3个项目均已按计划开复工建设,开复工率达到100%。")
    got = {name: status for name, (_, status) in _projects(text).items()}
    assert got == {"松岭物流汇算中心项目": "开工", "柏川天然气母站项目": "开工", "松岭建材输变电项目": "开工"}, got


# From real89 (studied after its first score).

def test_the_countrys_first_before_a_funds_name_is_no_part_of_it():
    text = "松岭集团将布局“四中心一基金”系列项目,并搭建国内首支生物安全发展基金,为柏川开发区发展注入强劲动力。"
    assert [f.name for f in extract(text).funds] == ["生物安全发展基金"], extract(text).funds


# From real87 (studied after its first score).

def test_projects_being_fitted_out_are_being_built_and_as_planned_is_no_plan():
    text = ("目前,丽景生物基因研发、三禾刀具扩建等14个项目已按计划开工建设,"
            "其中侨松制衣、福柏茶业加工、南松食品生产等项目已进入装修阶段,项目进度较快。")
    got = {name: status for name, (_, status) in _projects(text).items()}
    assert got.get("丽景生物基因研发") == "开工" and got.get("三禾刀具扩建") == "开工", got  # (按计划: as planned)
    assert got.get("福柏茶业加工") == "在建" and got.get("南松食品生产") == "在建", got


# From real56 (studied last session; this class was left then).

def test_a_countys_event_held_in_the_countys_own_park_puts_the_batch_in_that_park():
    text = ("10月16日,宜宾松安县工业项目2018年第四季度开工仪式在该县柏春工业园区举行。\n\n"
            "此次集中新开工的9个重点项目,总投资达14.84亿元。包含四川松丰竹基材料竹缠绕复合管道项目、"
            "江柏科技工业废渣综合利用项目等。")
    got = {name: park for name, (park, _) in _projects(text).items()}
    assert got == {"四川松丰竹基材料竹缠绕复合管道项目": "柏春工业园区", "江柏科技工业废渣综合利用项目": "柏春工业园区"}, got
