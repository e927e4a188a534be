"""Rules of extractor 1.64, from real35 after its first score (listed firms' park deals as the financial press
digests them, county news, a city's parks in a quarter, a zone's reports). The sentences are fixtures for one
behaviour each (invented names; places are the closed class of the lexicon); real prose is measured by
tests/test_extraction_quality.py."""
from __future__ import annotations

from loaders.extract import extract
from tests.extracted import facts as _facts, firms as _firms, park_aliases as _parks, projects as _projects


def test_a_listed_firm_by_its_stock_code_or_its_announcement():
    firms = _firms("2月7日晚间,恒远新材(300999)公告,公司于近日与松岭新区管理委员会签署项目合作协议。")
    assert "恒远新材" in firms, firms
    firms = _firms("上证报中国证券网讯(记者 丙丁)松涛科技公告,公司董事会会议审议通过议案。")
    assert "松涛科技" in firms, firms


def test_a_person_and_the_word_joining_him_open_no_park():
    parks = _parks("签约仪式上,甲乙控股集团有限公司董事长窦文博与公安经济开发区有关负责人现场签约。")
    assert parks == {"公安经济开发区": []}, parks


def test_the_signed_project_a_later_sentence_places_and_sums():
    text = ("近日,甲乙控股(湖北)集团有限公司丙丁高速装备制造产业园项目成功签约。"
            "此次签约项目计划投资10亿元,拟落户松岭工业园,新征用地115亩。")
    x = extract(text)
    [p] = x.projects
    assert (p.park, p.investment.text if p.investment else None) == ("松岭工业园", "10亿元"), p


def test_a_committees_short_name_gives_its_parks():
    parks = _parks("公司与荆门化工循环产业园管理委员会(简称“荆门产业园管委会”)签订投资合作协议。"
                   "荆门产业园管委会将安排约500亩工业用地。")
    assert parks == {"荆门化工循环产业园": ["荆门产业园"]}, parks


def test_a_decimal_capacity_and_a_county_before_a_word_with_shi_stay_in_names():
    names = set(_projects("其中第一期项目拟投资5亿元,建设年产2.5万吨特种新材料建设项目,建设期24个月。"))
    assert "年产2.5万吨特种新材料建设项目" in names, names
    names = set(_projects("上蔡县市民公园项目作为唯一社会事业类项目,总投资1.24亿元。"))
    assert names == {"上蔡县市民公园项目"}, names


def test_a_firms_bare_stem_elsewhere_is_the_firm_and_places_it():
    text = ("工业类项目分别是河南甲乙鞋业有限公司劳保鞋生产项目和上蔡县丙丁鞋业有限公司女鞋建设项目。"
            "甲乙鞋业、丙丁鞋业属上蔡县产业集聚区内的主导产业类企业。")
    firms = _firms(text)
    assert firms == {"河南甲乙鞋业有限公司": "上蔡县产业集聚区", "上蔡县丙丁鞋业有限公司": "上蔡县产业集聚区"}, firms


def test_a_quarters_figures_after_a_sentence_the_park_opens_and_estimates_of_a_past_quarter():
    facts = _facts("松岭经开区打造“三个高地”全面发力。一季度规模工业总产值同比增长33.5%,规模工业增加值同比增长32.4%。")
    assert {("松岭经开区", "growth_ratio", "0.335"), ("松岭经开区", "growth_ratio", "0.324")} <= facts, facts
    facts = _facts("作为园区龙头的株洲高新区,一季度规模工业总产值预计增长38.95%。株洲高新区全年产值预计增长10%。")
    assert facts == {("株洲高新区", "growth_ratio", "0.3895")}, facts


def test_a_sum_before_a_zones_park_is_the_parks():
    facts = _facts("1月18日,在总投资达8亿元的湖南江华高新技术产业开发区甲乙生物科技产业园内,大型吊车正在吊装厂房组件。")
    assert facts == {("湖南江华高新技术产业开发区甲乙生物科技产业园", "planned_investment", "800000000")}, facts


def test_projects_named_as_a_sample_own_no_count_of_them():
    text = ("今年以来,松岭经济开发区推动高质量发展。目前,甲乙高强铝合金等8个新建项目已经开工,"
            "丙丁集团50万吨乙醇等7个项目进入施工收尾阶段,戊己智慧制造园区等16个项目开始试生产。")
    facts = _facts(text)
    assert {("松岭经济开发区", "projects_started", "8"), ("松岭经济开发区", "projects", "7")} <= facts, facts
    assert _projects(text)["戊己智慧制造园区"][1] == "投产"


def test_a_base_and_its_construction_project_are_one_and_and_others_closes_one_name():
    names = set(_projects("公司计划分两期在松岭新区投资建设高端合金软磁材料生产基地。"
                          "公司计划建设的高端合金软磁材料生产基地建设项目将主要从事软磁粉末的研发生产。"))
    assert len(names) == 1, names
    names = set(_projects("公司拟在松岭化工循环产业园购置500亩工业用地用于建设农药原药、制剂及其它化工项目,总投资约15亿元。"))
    assert names == {"农药原药、制剂及其它化工项目"}, names
