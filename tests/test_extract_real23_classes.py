"""Rules of extractor 1.47, from real23 after its first score. The sentences are fixtures for one behaviour each
(invented names; places are the closed class of the lexicon); real prose is measured by
tests/test_extraction_quality.py."""
from __future__ import annotations

from loaders.extract import extract
from tests.extracted import facts as _facts, projects as _projects


def test_a_park_a_sentence_describes_with_a_superlative_is_no_park():
    x = extract("甲乙经开区重点推进的丙丁项目等10个项目如期竣工,这是最高效经开区的极好证明。企业可以在不同园区选址。")
    assert [p.name for p in x.parks] == ["甲乙经开区"]


def test_a_purpose_written_as_a_goal_makes_no_figure_a_target():
    found = _facts("2017年,甲乙经开区以建设“最绿色、最高效”的经开区为目标,共实施项目109项,总投资676亿元。")
    assert ("甲乙经开区", "projects", "109") in found and ("甲乙经开区", "planned_investment", "67600000000") in found, found
    assert any(m.endswith("_target") for _, m, _ in _facts("甲乙经开区今年的目标是实现产值100亿元。"))


def test_a_ceremony_that_starts_and_completes_projects_is_no_completion_of_the_works_it_names():
    text = ("日前,甲乙工业园基础及配套设施等系列项目开/竣工仪式举行,丙丁轨道梁厂等10个项目顺利竣工。"
            "以及甲乙工业园基础及配套设施项目、临苏路涵洞改扩建项目等13个基础设施项目正式开工。")
    assert _projects(text)["甲乙工业园基础及配套设施项目"] == ("甲乙工业园", "开工")


def test_a_list_that_opens_with_a_park_is_not_in_that_park():
    text = ("在松岭市签约的26个项目中,有9个为省级签约项目。甲乙印刷产业园、丙丁县扫地机器人、戊己区戒毒产品等项目"
            "特别引人关注。")
    # (each item as written, or, since 2.20, named after its county with the written form as an alias)
    parks = {form: p.park for p in extract(text).projects for form in (p.name, *p.aliases)}
    assert parks["丙丁县扫地机器人"] is None and parks["戊己区戒毒产品"] is None, parks


def test_a_province_and_a_city_before_a_bracketed_city_are_a_meetings_not_a_brand():
    names = {c.name for c in extract("今天,2016年湖南邵阳(上海)招商会在上海举行,现场签约项目25个。").companies}
    assert "湖南邵阳" not in names, names


def test_items_counted_with_their_size_class_after_besides_are_projects():
    text = ("这次开工的项目除甲乙深加工、丙丁马铃薯加工、戊己纤维生产、庚辛兔业加工和壬癸景区综合开发5个亿元以上项目外,"
            "还有节水灌溉设备生产等项目。")
    assert {"甲乙深加工", "丙丁马铃薯加工", "戊己纤维生产", "庚辛兔业加工", "壬癸景区综合开发"} <= set(_projects(text))


def test_which_of_a_zones_parks_described_is_no_park():
    assert [p.name for p in extract("甲乙、丙丁等企业分别坐落于万州经开区不同园区。").parks] == ["万州经开区"]


def test_a_pilot_zones_first_development_area_is_a_park():
    parks = [p.name for p in extract("截至目前,甲乙试验区先行发展区已累计入驻63家企业,75个项目落地建设。").parks]
    assert parks and parks[0].endswith("先行发展区"), parks


def test_how_the_park_stands_now_after_a_meeting_it_hosted_is_the_parks():
    text = ("平遥在松涛工业园举行投资环境推介会\n\n本报讯(记者 甲乙)16 日上午,平遥县投资环境推介会在该县松涛工业园举行,"
            "13 家企业进行现场签约,总投资额32.46 亿元。\n\n据了解,平遥县充分利用松涛工业园的区位突出优势,整合资源、优化平台。"
            "目前,园区洽谈项目达到 49 个,新落户园区项目27 个。")
    assert ("松涛工业园", "projects_landed", "27") in _facts(text)


def test_who_spoke_for_a_body_is_no_bodys_name():
    names = {c.name for c in extract("副市长甲乙在致辞中代表市委市政府对发展给予了充分肯定。").companies}
    assert not any("致辞" in n or "代表" in n for n in names), names


def test_a_typesetting_gap_after_a_qualifier_keeps_the_figure():
    found = _facts("松岭工业园今年以来,园区洽谈项目达到 49 个,投资额12 亿元。")
    assert ("松岭工业园", "projects_negotiating", "49") in found, found
