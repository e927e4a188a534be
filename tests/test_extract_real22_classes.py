"""Rules of extractor 1.46, from real22 after its first score: lists of projects a sentence says it includes; a firm
that signs with a district that is one body with a zone; a project named after a park, or built by a firm the text
places; a city's or county's park written with the bare unit or without it; a lead-in before the park a lead
describes; funds named after a park; firms invested in, delegations, persons, a firm's city in brackets; counted
'big' parks; firms the text says moved into the park. The sentences are fixtures for one behaviour each (invented
names; places are the closed class of the lexicon); real prose is measured by tests/test_extraction_quality.py."""
from __future__ import annotations

from loaders.extract import extract
from tests.extracted import projects as _projects


def _firms(text):
    return {c.name: c.park for c in extract(text).companies if c.kind == "enterprise"}


def _parks(text):
    return [p.name for p in extract(text).parks]


def test_the_items_a_sentence_says_its_projects_include_are_projects():
    text = ("签约项目中,重大项目包括甲乙高精尖成果转化基地、丙丁创新疫苗产业基地、戊己北京创新中心等;"
            "医疗器械类重大项目包括庚辛基因总部基地、壬癸数字医疗创新技术孵化等。")
    projects = _projects(text)
    assert {"甲乙高精尖成果转化基地", "丙丁创新疫苗产业基地", "戊己北京创新中心", "庚辛基因总部基地"} <= set(projects), projects
    assert not any("类" in name for name in projects)  # 医疗器械类重大项目: a kind of project


def test_such_as_after_a_sentence_about_projects_lists_projects_and_joins_no_item_at_ji():
    text = "签约项目中既有外资项目,又有央企项目,如甲乙医药健康技术服务项目、丙丁北京创新中心二期、戊己器械北京总部基地及医疗器械产业园项目等。"
    projects = _projects(text)
    assert {"甲乙医药健康技术服务项目", "丙丁北京创新中心二期", "戊己器械北京总部基地及医疗器械产业园项目"} <= set(projects), projects


def test_firms_that_sign_with_a_district_that_is_one_body_with_a_zone_are_in_the_zone():
    text = ("7日,珠海市金湾区(珠海甲乙经济技术开发区)产业发展大会举行。"
            "当天,丙丁、戊己新材料等10个项目代表与金湾区政府签订合作框架协议。其中,丙丁动力电池项目总投资120亿元。")
    x = extract(text)
    assert {c.name: c.park for c in x.companies if c.kind == "enterprise"} == {
        "丙丁": "珠海甲乙经济技术开发区", "戊己新材料": "珠海甲乙经济技术开发区"}
    assert {p.name: p.park for p in x.projects} == {"丙丁动力电池项目": "珠海甲乙经济技术开发区"}
    # the district stays a place of its own: its own figures are not the zone's
    assert all(f.subject != "珠海甲乙经济技术开发区" for f in x.facts)


def test_a_project_named_after_a_park_the_text_names_stands_in_it_and_luocheng_is_completed():
    text = ("杏陈甲乙工业园项目正式落成并启用。据了解,甲乙工业园是杏陈镇重点项目之一,该项目占地70亩。")
    assert _projects(text) == {"杏陈甲乙工业园项目": ("甲乙工业园", "竣工")}


def test_a_county_park_with_and_without_its_unit_and_a_city_park_with_the_bare_unit_are_one_park_each():
    parks = _parks("丙丁县工业园区始建于2004年。丙丁工业园区总共入驻了21家企业,园区基本达到四代工业园区标准。")
    assert parks == ["丙丁工业园区"], parks  # named without the unit; 四代工业园区 is a standard, no park
    x = extract("咸阳市甲乙纺织工业园全力迎接检阅。市甲乙纺织工业园2020年市级重点项目21个。")
    assert [p.name for p in x.parks] == ["咸阳市甲乙纺织工业园"]
    assert {f.subject for f in x.facts} == {"咸阳市甲乙纺织工业园"}


def test_a_park_a_described_lead_opens_with_after_a_lead_in_and_an_adverbial_places_the_storys_firms():
    text = ("连日来,随着气温回升,距丙丁县城12公里外的丙丁甲乙工业园区,呈现出一派忙碌景象。\n\n"
            "“我们企业入驻以来,地方政府给予了很多支持。”戊己活性炭有限公司董事长告诉记者。")
    assert _firms(text)["戊己活性炭有限公司"] == "丙丁甲乙工业园区"


def test_a_fund_named_after_a_park_is_the_parks_and_a_fund_named_beside_it_takes_no_park_from_its_name():
    text = ("首支政府投资产业基金——哈尔滨新区甲乙装备制造产业投资基金正式落地。"
            "此次落地的哈尔滨新区甲乙装备制造产业投资基金总规模16亿元,首期到位资金6亿元,其中哈市引导基金出资2亿元。")
    x = extract(text)
    funds = {f.name: f.park for f in x.funds}
    assert funds["哈尔滨新区甲乙装备制造产业投资基金"] == "哈尔滨新区" and funds.get("哈市引导基金", None) is None, funds
    assert any(f.metric == "fund_first_close" and str(f.amount.value) == "600000000" for f in x.facts)
    assert not any(c.name.startswith("哈尔滨市首支") for c in extract("哈尔滨市首支政府投资产业基金落地。").companies)


def test_a_funds_size_the_text_says_has_reached():
    funds = {f.name: f.size for f in extract("近年来,甲乙高新区持续发力,丙丁创投引导基金规模已达3亿元。").funds}
    assert funds["丙丁创投引导基金"] is not None and str(funds["丙丁创投引导基金"].value) == "300000000"


def test_firms_written_with_their_legal_form_that_a_fund_invested_in_are_firms_not_projects():
    text = "目前,该基金已投资甲乙光电科技有限公司、丙丁通用航空科技有限公司两个项目,投资额7850万元。"
    x = extract(text)
    assert [p.name for p in x.projects] == []
    assert {"甲乙光电科技有限公司", "丙丁通用航空科技有限公司"} <= {c.name for c in x.companies}


def test_a_firms_city_in_brackets_inside_its_name_and_a_park_word_before_jianshe_xiangmu():
    x = extract("集中开工的甲乙(漯河)食品有限公司火锅底料生产等项目。丙丁物流股份有限公司大宗物流产业园建设项目开工。")
    assert "甲乙(漯河)食品有限公司" in {c.name for c in x.companies}
    assert [p.name for p in x.parks] == []  # 大宗物流产业园建设项目: a project's name, no park


def test_persons_with_their_titles_and_delegations_are_no_firms():
    text = ("县委书记邵建华、县委副书记刘家和等领导同志参加仪式。刘超副总经理致辞。"
            "接待了新加坡甲乙国际控股集团组团、珠三角考察团、厦门丙丁商会组团、上海戊己实业等一批知名企业客商考察。")
    names = {c.name for c in extract(text).companies}
    assert not {"邵建华", "刘超"} & names and not any(n.endswith("团") and not n.endswith("集团") for n in names), names


def test_the_big_parks_a_district_counts_are_a_group():
    text = "甲乙区全力打造丙丁度假区、戊己创业园等四大园区。1至6月在四大园区共实施千万元以上重点项目68个,项目总投资247.2亿元。"
    found = {(f.subject, f.metric, str(f.amount.value)) for f in extract(text).facts}
    assert ("四大园区", "planned_investment", "24720000000") in found, found


def test_a_branch_centre_and_a_macro_region_are_no_parks():
    assert _parks("甲乙创客基金、蓝海股权高新区分中心等10家机构签约入驻。为环渤海经济区城市群注入新鲜血液。") == []


def test_firms_the_text_says_moved_into_the_park_are_in_it_whoever_they_sign_with():
    text = ("甲乙工业园项目正式落成。现场,园区业主单位丙丁仓储有限公司分别与首批入驻园区的企业戊己木业有限公司、"
            "庚辛户外运动用品有限公司进行签约。据了解,甲乙工业园是镇重点项目之一。")
    firms = _firms(text)
    assert firms["戊己木业有限公司"] == "甲乙工业园" and firms["庚辛户外运动用品有限公司"] == "甲乙工业园", firms


def test_what_a_place_is_made_into_is_no_park():
    assert _parks("村集体出土地、企业出资金,将原甲乙砖厂共同开发为集约化工业园区。") == []


def test_an_investment_conference_held_in_full_owns_the_deals_signed_at_it():
    text = "本报上海4月7日电 今天上午,2021甲乙全球投资促进大会举行。会上,216个重大产业项目集中签约,总投资4898亿元。"
    found = {(f.subject, str(f.amount.value)) for f in extract(text).facts}
    assert ("2021甲乙全球投资促进大会", "489800000000") in found, found
