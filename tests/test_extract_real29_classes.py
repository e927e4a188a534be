"""Rules of extractor 1.55, from real29 after its first score. The sentences are fixtures for one behaviour each
(invented names; places are the closed class of the lexicon); real prose is measured by
tests/test_extraction_quality.py."""
from __future__ import annotations

from loaders.extract import extract
from tests.extracted import facts as _facts, projects as _projects


def test_a_park_three_places_build_together_with_a_quoted_label_is_one_name():
    text = ("11月8日,嘉兴—丽水—阿坝“飞地”产业园首批项目入驻签约仪式举行。\n\n"
            "嘉兴—丽水—阿坝“飞地”产业园项目总投资约2.6亿元,总规划面积73.6亩,分三期建设,去年11月8日开工,"
            "这是全省首个跨省共建的“飞地抱团”强村项目。")
    x = extract(text)
    assert [p.name for p in x.parks] == ["嘉兴—丽水—阿坝“飞地”产业园"], x.parks
    projects = {p.name: (p.park, p.status) for p in x.projects}
    # started last year: being built now; what the copula says it is (这是…的X项目) is a description, no project
    assert projects == {"嘉兴—丽水—阿坝“飞地”产业园项目": ("嘉兴—丽水—阿坝“飞地”产业园", "在建")}, projects


def test_a_name_may_open_with_a_numeral_when_the_tagger_reads_a_place_there():
    assert "六盘水松涛焦化项目" in _projects("六盘水松涛焦化项目总投资5亿元,今年3月开工。")
    assert _projects("实施三供一业项目,推进两新项目。") == {}


def test_who_invests_what_before_a_counted_item_is_no_part_of_its_name():
    text = ("此次集中签约落户松岭经济技术开发区的项目有:由甲乙建材有限公司投资1.3亿元的松岭石材精深加工、"
            "由丙丁家居有限公司总投资10.3亿元的松岭智能集成家居产业园、由戊己材料有限公司总投资1.16亿元的"
            "松岭年产5万吨铝合金锭生产3个产业项目。")
    x = extract(text)
    projects = {p.name: p.companies for p in x.projects}
    assert projects.get("松岭智能集成家居产业园") == ["丙丁家居有限公司"], projects
    assert projects.get("松岭年产5万吨铝合金锭生产") == ["戊己材料有限公司"], projects


def test_the_verb_before_a_list_of_projects_is_every_items_stage():
    projects = _projects("共签订松岭航空叶片制造及装备项目、丙丁玻璃(二期)项目、戊己眼科医疗器械项目等8个投资项目,总投资23.42亿元。")
    assert {status for _, status in projects.values()} == {"签约"} and len(projects) == 3, projects


def test_a_citys_batch_named_in_the_headline_without_its_unit_owns_its_figures():
    text = ("总投资707.9亿元!萍乡102个重大项目开工建设\n\n"
            "11月3日,总投资50亿元的松岭焦化项目在甲乙工业园开工建设。这是萍乡市第四季度开工的102个重大项目之一。\n\n"
            "据了解,这次开工的102个重大项目,总投资707.9亿元。")
    facts = _facts(text)
    assert ("萍乡市", "projects_started", "102") in facts, facts
    assert not any(subject == "甲乙工业园" for subject, _, _ in facts), facts


def test_this_city_is_the_city_whose_batch_the_story_reports():
    text = ("孝感2024年第四季度重大项目集中开工活动现场,总投资52亿元的松岭智能制造产业园项目开工。\n\n"
            "此次新开工亿元以上项目218个。孝感持续夯实主导产业,此次集中开工主导产业项目128个、总投资615亿元。"
            "该市还加快培育未来产业,此次集中开工北斗、生命健康类项目16个,总投资71亿元。")
    facts = _facts(text)
    assert {("孝感市", "projects_started", "16"), ("孝感市", "projects_started", "128"),
            ("孝感市", "planned_investment", "61500000000")} <= facts, facts
    assert not any(subject == "该市" for subject, _, _ in facts), facts


def test_especially_before_a_project_is_no_copula():
    projects = _projects("特别是松涛新能源重卡项目和氢能(制氢)示范项目的开工,标志着园区产业实现了新突破。")
    assert "松涛新能源重卡项目" in projects, projects


def test_categories_counted_and_the_audience_of_a_pitch_are_no_firms():
    assert _facts("会上,对松岭高新区新晋龙头骨干企业、投资贡献十强企业等12个类别共96个先进集体进行表彰。") == set()
    facts = _facts("本次推介会,松岭区向来自佛山、广州、深圳等珠三角60余家企业重点推荐了甲乙通用机场等4个项目。")
    assert not any(metric == "enterprises" for _, metric, _ in facts), facts


def test_future_industries_are_a_sector_not_a_goal():
    facts = _facts("松岭高新区今年集中开工未来产业类项目16个,总投资71亿元。")
    assert ("松岭高新区", "projects_started", "16") in facts, facts


def test_a_firm_after_the_sum_of_its_project_and_before_its_capacity_is_a_firm():
    x = extract("11月3日,总投资50亿元的恒远电气年产180万吨焦化项目在甲乙工业园开工建设。")
    assert {c.name: c.park for c in x.companies} == {"恒远电气": "甲乙工业园"}, x.companies
