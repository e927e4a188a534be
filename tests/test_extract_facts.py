"""Facts: figure, metric and subject from real sentences."""
from pathlib import Path

import pytest

from loaders.extract import METRICS, extract


def facts(text):
    return {(f.subject, f.metric, str(f.amount.value)) for f in extract(text).facts}


@pytest.mark.parametrize("text, expected", [
    ("青岛国际创新园实现年产业营收规模约30亿元。目前已入驻中科曙光、NEC等数字经济相关企业200余家,有效发明专利数162项。",
     {("青岛国际创新园", "annual_revenue", "3000000000"), ("青岛国际创新园", "enterprises", "200"),
      ("青岛国际创新园", "patents", "162")}),
    ("总投资100亿元的黄石科技城,将用5—10年建成示范园区。", {("黄石科技城", "planned_investment", "10000000000")}),
    ("今年前5个月,青岛市新型显示产业园实现产值162.4亿元、同比增长12.17%。",
     {("青岛市新型显示产业园", "output_value", "16240000000"), ("青岛市新型显示产业园", "growth_ratio", "0.1217")}),
    ("截至2024年3月底,青岛8个新兴产业专业园区集聚了一批大项目,在建项目50个、计划总投资1351.4亿元。",
     {("青岛8个新兴产业专业园区", "parks_count", "8"), ("青岛8个新兴产业专业园区", "projects_under_construction", "50"),
      ("青岛8个新兴产业专业园区", "planned_investment", "135140000000")}),
    ("近几年,黄石开发区利用武汉的科创资源优势,全区的高新技术企业实现倍增,达到了108家。",
     {("黄石开发区", "high_tech_enterprises", "108")}),
])
def test_it_reads_facts_with_their_subject(text, expected):
    assert expected <= facts(text)


@pytest.mark.parametrize("text", [
    "《2022—2023全球计算力指数评估报告》显示,国家的数字经济和GDP将分别增长3.6‰和1.7‰。",
    "青岛高新区引进“50家科技型企业科创板上市培育库”。",
    "潍坊高新区5台大型吊装设备有条不紊地运转着。",
    "青岛高新区下一步将力争每个园区引进1家科研院所。",
])
def test_it_does_not_invent_facts(text):
    assert facts(text) == set()


def test_a_project_investment_is_not_also_a_fact():
    ex = extract("青岛市集成电路产业园今年签约总投资6亿元的合肥贝斯兰湿法设备总部研发生产基地项目。")
    assert ex.projects[0].investment is not None
    assert not any(f.metric == "planned_investment" for f in ex.facts)


def test_generic_park_words_resolve_to_the_story_park():
    ex = extract("## 青岛国际创新园：创新密码\n青岛国际创新园聚焦数字经济。已入驻园区的企业与创业团队近200家。")
    f = next(f for f in ex.facts if str(f.amount.value) == "200")
    assert (f.subject, f.subject_type, f.amount.qualifier) == ("青岛国际创新园", "park", "近")


def test_as_of_is_kept():
    ex = extract("截至2024年3月底,8个园区集聚了一批大项目,在建项目50个。")
    f = next(f for f in ex.facts if f.metric == "projects_under_construction")
    assert f.as_of_text == "截至2024年3月底"


def test_every_metric_is_documented():
    ex = extract(open(Path(__file__).resolve().parent.parent / "seeds" / "003_953793203ad61420.txt", encoding="utf-8").read())
    assert ex.facts and all(f.metric in METRICS and METRICS[f.metric] for f in ex.facts)


def test_funds_counted_after_the_word_are_a_fund_count():
    facts = extract("滨江高新区已累计设立各类产业基金26只，总规模超过800亿元。").facts
    assert {(f.metric, str(f.amount.value)) for f in facts} >= {("fund_count_cumulative", "26")}  # 累计: a running total


@pytest.mark.parametrize("text", [
    "公司拟在合肥经开区投资建设项目。公告显示，项目选址位于合肥经开区，用地面积约320亩，建设期36个月。",
    "新站高新区引进一批项目。项目全部达产后，预计可实现年销售收入40亿元。",
])
def test_a_project_topic_figure_is_not_the_parks(text):
    assert [f for f in extract(text).facts if f.subject_type == "park"] == []


# Each case below was a wrong fact on real articles; the names here are invented.
@pytest.mark.parametrize("text", [
    # a city's own plan, whatever tag the tagger gives its short name
    "青禾新区正以人工智能为突破口。走进青禾新区智能产业园。“青禾力争通过3年时间，培育5家独角兽企业、100家骨干企业。”",
    # efficiency and cost are not quantities a park reports a growth of
    "在长河经济开发区，企业平均调度决策效率提高40%，整体研发成本下降50%。",
    # a forecast growth of some firms, not the park's rate
    "长河经济开发区聚焦新材料产业，龙头企业产值今年有望增长50%以上。",
    # what a project is to yield is neither the firm's revenue nor the park's
    "长河经济开发区的远帆电子有限公司计划扩建二期工厂，项目投产后公司年销售收入将达3000万元。",
    # an average is not a total
    "长河经济开发区此次开工项目平均投资规模达6亿元。",
])
def test_figures_that_are_not_the_parks_are_not_facts(text):
    assert not {f for f in facts(text) if not f[1].startswith("projects")}, facts(text)


def test_a_sum_after_a_list_of_projects_is_the_parks():
    text = ("长河高新区今年一批大项目集中开工。甲乙材料、丙丁电子、戊己机械等13个内资项目，合计总投资37.7亿元，"
            "全部项目总投资达到120亿元。")
    found = facts(text)
    assert ("长河高新区", "planned_investment", "3770000000") in found
    assert ("长河高新区", "planned_investment", "12000000000") in found


def test_a_count_of_signed_projects_belongs_to_the_park_whose_signing_was_just_reported():
    text = ("青松智造产业园开工\n\n10月7日，青松智造产业园在长河高新区开工。当天，长河高新区重大项目集中签约同时举行。"
            "签约的19个项目总投资303.4亿元。")
    found = facts(text)
    assert ("长河高新区", "planned_investment", "30340000000") in found
    assert not any(f[0] == "青松智造产业园" and f[2] == "30340000000" for f in found)


def test_market_entities_and_transaction_value_have_metrics_of_their_own():
    text = "如今，长河公路物流基地已引入80余家知名企业，经营主体超7000家，累计交易额近7500亿元。"
    found = facts(text)
    assert ("长河公路物流基地", "market_entities", "7000") in found
    assert ("长河公路物流基地", "transaction_value_cumulative", "750000000000") in found


def test_the_district_inside_a_story_about_a_park_keeps_its_own_figures():
    text = ("青松创新园探索科技金融服务新模式。目前，规模500亿元的科创母基金撬动作用凸显，"
            "区内注册基金总规模达700余亿元。")
    assert not any(f[2] == "70000000000" for f in facts(text))


def test_this_firm_after_the_figure_takes_the_revenue():
    text = ("远帆电子材料有限公司(以下简称远帆电子)是覆铜板生产商。从零起步到年营收4.6亿元，在长河开发区，"
            "这家公司仅用了一年时间。")
    assert ("远帆电子材料有限公司", "annual_revenue", "460000000") in facts(text)


def test_a_count_after_park_words_counts_the_noun_it_names():
    found = facts("本报讯 青岛远望产业园今年签约项目。目前,园区已集聚35家重点企业。")
    assert ("青岛远望产业园", "enterprises", "35") in found
    assert not any(f[1] == "parks_count" for f in found)


@pytest.mark.parametrize("text, not_fund", [
    ("长河成立全省首支区域母基金。", "全省首支区域母基金"),
    ("这是长河首支省级基金。", "首支省级基金"),
    ("单个项目投资原则上不超过基金总规模的20%。", "投资原则上不超过基金"),
    ("基金管理委员会负责审定基金的投资方向。", "基金管理委员会负责审定基金"),
    ("外资看好中国基金市场。", "中国基金"),
])
def test_descriptions_and_clauses_ending_in_jijin_are_not_funds(text, not_fund):
    assert not_fund not in {f.name for f in extract(text).funds}


@pytest.mark.parametrize("text, fund", [
    ("山东省新旧动能转换洪泰齐鲁新能源产业母基金正式设立。", "山东省新旧动能转换洪泰齐鲁新能源产业母基金"),
    ("长河高新区政府引导母基金完成首期募集。", "长河高新区政府引导母基金"),
])
def test_fund_names_with_verbs_of_purpose_are_still_funds(text, fund):
    assert fund in {f.name for f in extract(text).funds}


def test_the_projects_of_an_event_several_places_hold_together_are_no_one_parks():
    text = ("记者在长河经开区甲汽工厂看到，新能源项目正在推进。\n\n2月17日，长河县、长河经开区、自贸会展区、自贸临空区举行"
            "一季度重大项目集中开工仪式。60个重大项目集中开工，总投资额289亿元。")
    assert not any(f[2] in ("60", "28900000000") for f in facts(text)), facts(text)


def test_an_industry_fund_after_its_parks_paragraph_belongs_to_that_park():
    lead = "长河市氢能产业园引进项目；长河市精密仪器仪表产业园扩建厂房。\n\n"  # a roundup: no one park for the story
    park = "长河市精密仪器仪表产业园内的链主企业甲克斯康拥有多项全球首创产品。\n\n"
    fund = "深度挖掘行业创新力量，市科技局打造了集云端研发平台和仪器仪表产业基金为一体的“三平台一基金”。"
    park_of = lambda text: next(f for f in extract(text).funds if f.name == "仪器仪表产业基金").park
    assert park_of(lead + park + fund) == "长河市精密仪器仪表产业园"
    assert park_of(lead + park + "另一段，讲别的事情。\n\n" + fund) is None  # two paragraphs away


def test_a_bracketed_threshold_is_no_figure_and_a_goals_completion_rate_makes_no_target():
    text = ("1至3月，长河经开区实现工业总产值(2000万元以上)65.82亿元，目标完成率为27.43%；增加值完成15.62亿元；"
            "固定资产投资(500万元以上)完成11.27亿元，目标完成率为28.2%。")
    found = facts(text)
    assert ("长河经开区", "output_value", "6582000000") in found
    assert ("长河经开区", "value_added", "1562000000") in found
    assert ("长河经开区", "fixed_asset_investment", "1127000000") in found  # achieved, not a target
    assert not any(f[2] in ("20000000", "5000000") for f in found), found


def test_a_bare_qiye_opening_a_clause_is_the_parks_firms_together_not_one_firm():
    text = "长河产业集聚区规划面积11.8平方公里，企业拥有自主知识产权及专利技术650多项，从业人员约2.6万人。"
    found = facts(text)
    assert ("长河产业集聚区", "patents", "650") in found and ("长河产业集聚区", "employees", "26000") in found, found
    firm = facts("长河高新区概况\n\n长河高新区集聚企业80家。该企业营业收入达5亿元。")
    assert not any(f[1] == "annual_revenue" and f[0] == "长河高新区" for f in firm), firm


def test_a_comparison_with_the_city_leaves_the_figures_with_the_park_the_clause_refers_to():
    text = ("长河经开区一季度经济运行良好。\n1至3月，园区实现工业总产值65.82亿元，同比增长17.6%，高出全市平均增速7个百分点；"
            "增加值完成15.62亿元，同比增长17.3%。")
    found = facts(text)
    assert {("长河经开区", "growth_ratio", "0.176"), ("长河经开区", "value_added", "1562000000"),
            ("长河经开区", "growth_ratio", "0.173")} <= found, found
    # the city's own figure stays the city's
    city = facts("长河经开区一季度经济运行良好。\n1至3月，全市实现工业总产值665.8亿元，同比增长7.6%。")
    assert not any(f[2] in ("66580000000", "0.076") for f in city), city


def test_the_parks_of_a_territory_are_named_after_the_place_the_story_gives():
    text = ("全市园区经济保持较快增长\n\n一季度全市工业园区完成工业总产值227.5亿元，同比增长12.6%。"
            "截至一季度末，全市工业园区入园企业达3636户。(来源:绵阳日报)")
    found = facts(text)
    assert {("绵阳市工业园区", "output_value", "22750000000"), ("绵阳市工业园区", "growth_ratio", "0.126"),
            ("绵阳市工业园区", "enterprises", "3636")} <= found, found
    # a story that names two provinces does not say whose 全省开发区 these are
    both = facts("河南省和湖北省的园区交流会召开。全省开发区完成工业增加值3120亿元。")
    assert ("全省开发区", "value_added", "312000000000") in both, both
    one = facts("湖北省园区工作会议召开。全省开发区完成工业增加值3120亿元。")
    assert ("湖北省开发区", "value_added", "312000000000") in one, one


def test_figures_written_before_a_name_with_de_describe_that_name():
    text = ("甲山经济开发区举行重点项目集中开竣工活动。"
            "项目总投资约13亿元、占地面积290亩的乙禾智造产业园项目是本次集中开竣工活动的一大亮点。")
    result = extract(text)
    project = next(p for p in result.projects if p.name == "乙禾智造产业园项目")
    assert project.investment is not None and project.investment.text == "约13亿元"
    assert ("乙禾智造产业园项目", "area_mu", "290") in facts(text)
    assert project.status == "开工"  # a joint start-and-completion event is not a completion


def test_a_clause_about_this_project_gives_its_figures_to_the_project_last_named():
    text = ("甲山经济开发区乙禾智造产业园项目开工。"
            "相关负责人表示，该项目是示范项目，建成后，预计年创产值约10亿元，年均税收超8000万元。")
    found = facts(text)
    assert ("乙禾智造产业园项目", "output_value_target", "1000000000") in found, found
    assert not any(subject == "甲山经济开发区" and value in ("1000000000", "80000000") for subject, _, value in found)


def test_a_wire_dateline_is_not_the_subject_of_the_sentence_it_opens():
    text = "中新社 漳州1月2日电 (记者 张三丰)福建甲山台商投资区2日举行集中开工活动,共11个项目集中开工,总投资136.9亿元。"
    found = facts(text)
    assert any(subject.endswith("甲山台商投资区") and value == "13690000000" for subject, _, value in found), found


def test_parks_listed_among_the_projects_a_zone_brought_in_are_not_the_subject_of_the_count():
    text = ("今年以来，甲山高新区加速招大引强。截至目前，高新区已新引进乙为股份、丙东U谷、TSV封装等一批优质项目270个，"
            "总投资额超550亿元。")
    found = facts(text)
    assert ("甲山高新区", "projects_landed", "270") in found, found
    assert not any(subject == "丙东U谷" for subject, _, _ in found), found


def test_a_clause_opening_with_the_parks_bare_kind_is_the_parks_own():
    text = ("甲山高新区举行项目开工仪式。6月14日恰逢甲山高新区成立22周年,乙市委常委、高新区党工委书记丙在致辞中介绍,"
            "高新区成立以来已经累计引进外资40亿美元。")
    assert ("甲山高新区", "fdi_used_cumulative", "4000000000") in facts(text)
    # a bare kind that is not the park's own names another park: 经开区… in a story about a 高新区
    text = "甲山高新区一季度集中开工项目100个。其中高新区23个项目,经开区18个项目、丁区25个项目。"
    assert not any(value in ("18", "25") for _, _, value in facts(text)), facts(text)


def test_what_a_project_is_to_yield_once_running_is_a_target():
    text = "甲山高新区举行重大项目开工仪式,总投资270亿元,达产后当年可实现产值300亿元,可带动6万人就业。"
    found = facts(text)
    assert ("甲山高新区", "output_value_target", "30000000000") in found, found
    assert ("甲山高新区", "employees_target", "60000") in found, found
    assert ("甲山高新区", "planned_investment", "27000000000") in found, found


def test_brands_products_and_a_count_named_again_are_not_figures():
    text = "甲山高新区内现有入驻企业653户,园区内有国家级企业品牌2个,拥有高新技术产品53项。"
    found = facts(text)
    assert ("甲山高新区", "enterprises", "653") in found, found
    assert not any(value in ("2", "53") for _, _, value in found), found
    text = "甲山高新区此次集中开工项目17个。17个项目中,乙科技产业园项目计划布局4.6万平方米。"
    assert [f for f in facts(text) if f[2] == "17"] == [("甲山高新区", "projects_started", "17")]


def test_a_dateline_with_a_byline_does_not_hide_the_park_the_sentence_opens_with():
    text = ("本报讯(记者 张三)昨日,甲山高新区在乙科技产业基地举行重大项目开工仪式。"
            "本次集中开工涉及项目22个,总投资270亿元。")
    found = facts(text)
    assert ("甲山高新区", "projects_started", "22") in found, found
    assert ("甲山高新区", "planned_investment", "27000000000") in found, found
