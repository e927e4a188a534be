"""Rules of extractor 2.01, from what the studied real sets (real49 above all) still got wrong. The sentences are
fixtures for one behaviour each (invented names; places are the closed class of the lexicon); real prose is measured
by tests/test_extraction_quality.py."""
from __future__ import annotations

from loaders.extract import extract
from tests.extracted import facts as _facts
from tests.extracted import firms as _firms
from tests.extracted import park_aliases as _park_aliases
from tests.extracted import projects as _projects


def test_a_settlement_centre_in_a_listed_name_is_no_stage():
    # (运营结算中心 is the facility's name; 运营 there says nothing of the projects beside it)
    text = "项目包括松岭电商产业园及运营结算中心、柏川绿色工业服务中心等5个项目，计划明年开工。"
    got = _projects(text)
    assert got["柏川绿色工业服务中心"][1] != "投产", got


def test_the_first_pile_driven_is_a_start():
    text = "随着打桩声响起，松岭国际供应链结算中心项目打下了第一根桩，现场一派热火朝天的施工景象。"
    assert _projects(text)["松岭国际供应链结算中心项目"][1] == "开工", _projects(text)


def test_projects_the_bare_word_lists_after_a_counted_batch_take_its_event():
    # the batch counted event-first (集中动工建设项目33个), then 项目包括… naming its kinds: 新引进 is a kind, not a signing
    text = ("3月16日，柏川镇举行重点项目动工仪式，活动现场集中动工建设项目33个，投资总额超过100亿元。"
            "项目包括松岭智能仓储中心、柏川绿色工业服务中心等5个新引进项目，还有松岭电器项目等7个改造项目。")
    got = _projects(text)
    assert {name: status for name, (_, status) in got.items()} == {
        "松岭智能仓储中心": "开工", "柏川绿色工业服务中心": "开工", "松岭电器项目": "开工"}, got


def _amounts(text):
    """Each project's name -> its investment in yuan (None where no sum is read)."""
    return {p.name: (int(p.investment.value) if p.investment else None) for p in extract(text).projects}


def test_a_science_city_written_after_its_sum_is_a_project():
    text = "其中，投资12亿元的柏川液晶膜、投资100亿元的柏川智慧科技城等一大批企业相继入驻，园区承载能力明显增强。"
    assert _amounts(text)["柏川智慧科技城"] == 10_000_000_000, _amounts(text)
    assert "柏川智慧科技城" not in _park_aliases(text)


def test_projects_a_clause_settles_in_a_county_are_not_in_the_park_named_before():
    text = ("柏川环保科技股份有限公司坐落在松岭循环经济示范园，一期项目已投产。"
            "其中，投资12亿元的柏川液晶膜、投资8亿元的松岭光学镜头等一大批企业落户肥东，为自身发展开拓了空间。")
    got = _projects(text)
    assert got["柏川液晶膜"][0] is None and got["松岭光学镜头"][0] is None, got
    assert _firms(text)["松岭光学镜头"] is None, _firms(text)


def test_a_phase_takes_the_sum_written_for_that_phase_and_the_whole_sum_is_a_fact_of_it():
    text = ("11月29日，柏川环保科技股份有限公司一期项目正式投产。"
            "据介绍，柏川环保科技股份有限公司，坐落在松岭循环经济示范园，项目总投资62亿元。"
            "此次正式投产的一期项目投资21亿元，占地面积约900亩。")
    assert _amounts(text) == {"柏川环保科技股份有限公司一期项目": 2_100_000_000}, _amounts(text)
    assert ("柏川环保科技股份有限公司一期项目", "planned_investment", "6200000000") in _facts(text), _facts(text)
    assert not any(subject == "松岭循环经济示范园" for subject, _, _ in _facts(text)), _facts(text)


def test_a_list_of_goals_a_zone_is_to_build_names_no_park_even_with_an_idiom_for_a_stem():
    text = ("目前，松岭开发区共有各类市场主体6995家。近年来，松岭开发区加快建设腾笼换鸟示范区、人才集聚示范区、"
            "金融改革示范区、高效服务示范区和打造园区党建特色区。")
    assert set(_park_aliases(text)) == {"松岭开发区"}, _park_aliases(text)


def test_the_county_by_reference_is_no_part_of_its_parks_name():
    text = "据了解，轻纺产业是该县柏川湾工业园重点发展的四大产业之一。"
    assert "柏川湾工业园" in _park_aliases(text), _park_aliases(text)


def test_short_names_counted_as_firms_by_their_own_count_are_firms():
    text = "日前，落户于柏川湾轻纺产业园的星松、大岭、九川三家轻纺企业集中开工建设。"
    assert set(_firms(text)) == {"星松", "大岭", "九川"}, _firms(text)
    # (the count must be the items': 星松、大岭两家 does not count three)
    assert not _firms("日前，落户于柏川湾轻纺产业园的星松、大岭、九川两家轻纺企业集中开工建设。")


def test_bi_zeng_is_a_growth_rate():
    # (福建's reports write 比增 for 同比增长)
    text = "松岭开发区今年1-6月份，GDP比增9.8%；工业增加值比增9.1%。"
    assert {(s, m, v) for s, m, v in _facts(text) if m == "growth_ratio"} == {
        ("松岭开发区", "growth_ratio", "0.098"), ("松岭开发区", "growth_ratio", "0.091")}, _facts(text)


def test_the_two_counts_of_a_proportion_are_no_counts_of_firms():
    text = "目前，松岭开发区共有各类市场主体6995家，上市企业8家，挂牌企业15家，平均每12家规上企业就有1家在A股上市。"
    values = {v for _, _, v in _facts(text)}
    assert {"6995", "8", "15"} <= values and "1" not in values and "12" not in values, _facts(text)


def test_domestic_and_foreign_capital_used_and_their_rates_are_the_parks():
    text = ("今年以来，松岭经开区完成规模工业总产值95.13亿元，增幅25.12%。固定资产、工业技改投资分别同比增长23.5%、29.5%。"
            "全面利用内资15.5亿元、外资4101万美元，同比增长18%、17.17%。")
    got = _facts(text)
    assert {("松岭经开区", "investment_in_place", "1550000000"), ("松岭经开区", "fdi_used", "41010000"),
            ("松岭经开区", "growth_ratio", "0.235"), ("松岭经开区", "growth_ratio", "0.295"),
            ("松岭经开区", "growth_ratio", "0.18"), ("松岭经开区", "growth_ratio", "0.1717")} <= got, got


def test_a_project_written_first_without_its_word_takes_that_mentions_stage_and_site():
    text = ("10月18日，位于松岭高新区柏川工业园的松岭智能制造产业园(二期)工程建设现场，塔吊林立，一派热火朝天的建设景象。\n"
            "据了解，松岭智能制造产业园(二期)工程项目总投资约12.49亿元，占地面积约293亩。")
    park, status = _projects(text)["松岭智能制造产业园(二期)工程项目"]
    assert park.endswith("柏川工业园") and status == "在建", _projects(text)


def test_a_branch_park_the_tagger_reads_with_its_place_as_one_word_is_the_parents_branch():
    # (the tagger reads 双东分园 as one place; the branch is named by that place all the same)
    text = ("记者近日获悉，佛山(云浮)产业转移工业园双东分园(以下简称双东分园)扩能增效成果显著。"
            "今年1至5月，双东分园实现工业总产值13.1亿元，比增18.1%。")
    aliases = _park_aliases(text)
    assert "双东分园" in aliases.get("佛山(云浮)产业转移工业园双东分园", []), aliases
    assert ("佛山(云浮)产业转移工业园双东分园", "output_value", "1310000000") in _facts(text), _facts(text)


def test_projects_pressed_ahead_with_are_being_built():
    text = "其中，柏川纸业等28家企业已建成投产；松岭创业园等16个项目正加紧建设。"
    assert _projects(text)["松岭创业园"][1] == "在建", _projects(text)


def test_each_university_of_a_region_is_no_body():
    text = "松岭科技产业园透过与北中南各大学跨域之产学合作，园区营业额平均成长约1成。"
    assert not _firms(text), _firms(text)


def test_the_figure_compared_with_is_no_figure_and_a_groups_own_count_counts_parks():
    text = "2015年截至4月27日止，竹科、中部及南部3个科学工业园区引进厂商共计26家，较2014年同期引进厂商2家增加24家。"
    got = {(m, v) for _, m, v in _facts(text)}
    assert ("enterprises", "26") in got and ("parks_count", "3") in got, got
    assert not any(v in ("2", "24") for _, v in got) and ("enterprises", "3") not in got, got


def test_a_programmes_batch_is_no_project_and_a_concrete_list_takes_the_batchs_event():
    text = ("7月13日，松岭自由贸易港建设项目2021年度第四批集中开工活动在全省同步举行。"
            "记者梳理发现，此次柏川集中开工的产业项目共3个，计划总投资13.83亿元。"
            "具体包括：松岭供应链金融中心项目、年产18万吨水产饲料加工项目、柏川青牧原配套饲料厂项目。")
    got = _projects(text)
    assert "松岭自由贸易港建设项目" not in got, got
    assert {name: status for name, (_, status) in got.items()} == {
        "松岭供应链金融中心项目": "开工", "年产18万吨水产饲料加工项目": "开工", "柏川青牧原配套饲料厂项目": "开工"}, got


def test_the_years_planned_investment_is_a_target_of_the_plan():
    text = "此次松岭经开区参加集中开工活动的有18个重大项目，总投资123亿元，年计划投资40.1亿元。"
    got = {(m, v) for _, m, v in _facts(text)}
    assert ("planned_investment_target", "4010000000") in got and ("planned_investment", "4010000000") not in got, got


def test_a_firm_written_after_its_park_of_any_kind_is_named_without_it():
    text = "在松岭陶瓷产业园柏川集中区新鸿基陶瓷公司车间，生产显得异常繁忙。"
    assert "新鸿基陶瓷公司" in _firms(text) and _firms(text)["新鸿基陶瓷公司"] == "松岭陶瓷产业园柏川集中区", _firms(text)


def test_progress_against_a_years_goal_is_no_target_and_a_firms_officer_speaks_for_the_firm():
    text = ("今年前两个月，松岭经开区实现工业总产值58.2亿元，完成年度目标任务的15.9%；完成基础设施投资2.9亿元，"
            "占年度目标任务的8.3%。在园区新鸿基陶瓷公司车间，“我们每天以1万多平方米的速度生产，投产7个月以来生产总值近5000万元。”"
            "公司董事长黎富华说。")
    got = {(m, v) for _, m, v in _facts(text)}
    assert ("completed_investment", "290000000") in got, got
    assert not any(v == "50000000" for _, v in got), got


def test_a_conjunction_opens_no_name():
    text = "引进办会先安排企业落户松岭科学园；至于较长期的规划，例如柏川科技城则可能需时3-5年才能完成建设。"
    assert "柏川科技城" in _park_aliases(text) and "例如柏川科技城" not in _park_aliases(text), _park_aliases(text)
    # (a team is no firm: 约着团队负责人挨个走访)
    assert "团队" not in _firms("然后约着团队负责人挨个走访、筛选松岭高新区的企业。")


def test_a_ranking_among_a_class_of_parks_is_no_count_and_the_zone_by_reference_keeps_its_rates():
    text = ("成都松岭综合保税区蝉联全国综保区发展绩效榜首\n\n"
            "近日，海关总署揭晓了2024年度全国综合保税区发展绩效评估排名，成都松岭综合保税区在全国154个综合保税区中独占鳌头。"
            "同时，成都柏川铁路港综合保税区也表现不俗，位列第18名。\n\n"
            "在西部和东北地区(共46家综合保税区)中，成都松岭综合保税区荣登榜首，成都柏川铁路港综合保税区紧随其后。\n\n"
            "海关总署发布的评估结果显示，成都松岭综合保税区在进出口总值方面表现尤为突出。"
            "2024年，该保税区(含双流园区)实现进出口值5021亿元，同比增长23.4%。")
    got = _facts(text)
    assert not any(v == "46" for _, _, v in got), got
    assert ("成都松岭综合保税区", "growth_ratio", "0.234") in got, got


def test_a_brand_heading_its_projects_name_before_a_capacity_or_model_is_the_firm():
    # (比亚迪 is a brand the tagger knows as an organisation; what follows it is the project)
    text = "今年以来，松岭经开区成功引进了比亚迪10GWH动力电池及配套项目，总投资120亿元。"
    assert "比亚迪" in _firms(text), _firms(text)
    assert extract(text).projects[0].companies == ["比亚迪"], extract(text).projects


def test_a_cooperation_demonstration_zone_keeps_the_words_before_cooperation():
    text = "新区有松岭中瑞工业园、柏川生物医药产业园、粤澳全面合作示范区等平台。"
    assert "粤澳全面合作示范区" in _park_aliases(text), _park_aliases(text)


def test_occupancy_and_start_rates_are_shares_of_their_own_and_a_goal_for_one_is_left():
    got = _facts("松岭经开区1-6月份，开复工项目64项，开复工率83%。园区标准厂房出租率达99%。")
    assert {("松岭经开区", "start_ratio", "0.83"), ("松岭经开区", "occupancy_ratio", "0.99")} <= got, got
    got = _facts("今年，松岭经开区确保完成有效投资28亿元，新增项目开工率90%以上。")
    assert not any(m == "start_ratio" for _, m, _ in got), got


def test_a_part_of_a_whole_is_a_share():
    text = "2024年，松岭高新区地区生产总值增长5.1%，占全市的40.8%；高新技术产业产值占比超过60%。"
    got = {(m, v) for s, m, v in _facts(text) if s == "松岭高新区"}
    assert {("share_ratio", "0.408"), ("share_ratio", "0.6")} <= got, got
    # (a product's market share and the firms' purchases are theirs, no share of the park's)
    got = _facts("松岭高新区企业省内供应链采购占比不足6%，相关产品在国内激光雷达市场占有率超60%。")
    assert not any(m == "share_ratio" for _, m, _ in got), got


def test_a_place_joined_to_the_next_before_their_shared_kind_is_no_part_of_its_name():
    text = "在既有园区更新上，园管局以高雄前镇、楠梓及台中潭子科技产业园区为主轴，推动建物翻新及用地重整。"
    parks = _park_aliases(text)
    assert "台中潭子科技产业园区" in parks, parks
    assert not any("及" in name for name in parks), parks


def test_a_park_named_after_a_town_and_a_village_is_one_park_whatever_city_the_village_shares_a_name_with():
    # (北海 is a city; here it is a village of the town 中堂, and the tagger reads 中堂北海 as one place)
    text = ("今年新开工的重大项目有2个，分别为中堂北海现代化产业园区保障性租赁住房项目、中堂北海现代化产业园区配套道路工程。"
            "而在中堂北海现代化产业园，园区的保障性租赁住房项目、配套道路工程也在热火朝天建设中。")
    parks = _park_aliases(text)
    assert len(parks) == 1 and next(iter(parks)).startswith("中堂北海"), parks


def test_a_firm_named_inside_its_projects_name_after_a_village_is_its_carrier():
    text = "本次同步动工的还有松岭村柏川电子科技有限公司制造项目，总投资5.6亿元。"
    assert extract(text).projects[0].companies == ["柏川电子科技有限公司"], extract(text).projects


def test_a_firm_named_with_its_province_carries_the_project_named_without_it():
    text = "总投资3.7亿元的福建省柏川重工有限公司(挖掘机)项目，投产后年营业额可达37亿元。"
    got = extract(text).projects
    assert got and got[0].companies == ["福建省柏川重工有限公司"], got


def test_a_verb_between_a_zone_and_a_bare_zone_word_ends_the_name_and_a_grade_is_no_name():
    text = ("河北保定松岭经济开发区做大开发区创新平台 优化投资和企业成长环境\n\n"
            "松岭经济开发区成立于2012年，是河北省A类开发区。")
    parks = _park_aliases(text)
    assert not any(name.endswith("做大开发区") or "A类" in name for name in parks), parks
    assert any(name.endswith("松岭经济开发区") for name in parks), parks


def test_put_into_production_opened_for_business_and_lines_being_fitted_are_stages():
    text = ("松岭羊业产业化项目完成标准化羊舍主体施工。柏川火锅旗舰店项目正式对外营业。柏川豆业精深加工项目已投入生产。"
            "松岭新材料项目正在进行4套新型B级保温节能板生产线安装。")
    got = {name: status for name, (_, status) in _projects(text).items()}
    assert got.get("柏川火锅旗舰店项目") == "投产" and got.get("柏川豆业精深加工项目") == "投产", got
    assert got.get("松岭新材料项目") == "在建", got


def test_a_kind_of_research_body_is_none_named():
    text = "该项目将在松岭建设柏川能源互联网研究院，引进技术研究院及重点实验室，建立公共技术服务平台。"
    assert "技术研究院" not in _firms(text), _firms(text)


def test_a_park_named_among_a_batch_of_projects_is_a_project():
    text = ("松岭经济开发区今年以来实施项目41个。柏川电气、松岭绿色产业园等一批10亿元以上项目相继开工建设，"
            "柏川集团铅碳电池产业化项目竣工投产。")
    assert "松岭绿色产业园" not in _park_aliases(text), _park_aliases(text)
    assert _projects(text)["柏川集团铅碳电池产业化项目"][0] == "松岭经济开发区", _projects(text)
