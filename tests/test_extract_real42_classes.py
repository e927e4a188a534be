"""Rules of extractor 1.87, from real42 after its first score (Taiwan science and software parks in traditional
script, incubators, a county's parks, project lists). The sentences are fixtures for one behaviour each (invented
names; places are the closed class of the lexicon); real prose is measured by tests/test_extraction_quality.py."""
from __future__ import annotations

from loaders.extract import extract
from tests.extracted import projects as _projects


def test_the_items_a_count_of_projects_includes_end_at_their_deng():
    text = ("20日上午，松涛举行22个重点项目集中开工奠基仪式。据了解，22个重点项目包括松岭国际博览城、甲乙30万锭高档纺纱、"
            "丙丁金枣生态科技园、戊己食品产业园等，涉及农副产品深加工、循环化工等6大领域。")
    found = set(_projects(text))
    assert {"松岭国际博览城", "甲乙30万锭高档纺纱", "丙丁金枣生态科技园", "戊己食品产业园"} <= found, found
    assert not {p.name for p in extract(text).parks} & {"丙丁金枣生态科技园", "戊己食品产业园"}


def test_a_bare_second_part_joined_by_ji_keeps_the_facility_it_joins():
    text = "其中工业项目2个，分别是投资8亿元的松涛古典家具物流园及生产基地项目，投资2亿元的甲乙照明生产项目。"
    found = {p.name: p.investment.text if p.investment else None for p in extract(text).projects}
    assert found.get("松涛古典家具物流园及生产基地项目") == "8亿元", found


def test_a_wire_dateline_in_brackets_leaves_the_story_its_park():
    text = "（中央社記者張建中新竹15日電）新竹科學園區今天舉辦45週年園慶活動。今年前10月營業額新台幣1.38兆元。"
    assert [(f.subject, f.amount.text) for f in extract(text).facts] == [("新竹科學園區", "新台幣1.38兆元")]


def test_chinese_numerals_with_a_point_and_the_tens_written_as_one_character():
    from loaders.extract.mentions.amounts import find_amounts

    found = [(a.text, str(a.value), a.unit) for a in find_amounts("投资金额达二．七亿元，总开发经费廿五亿元，占地十九．六七公顷，一点五亿元")]
    assert found == [("达二．七亿元", "270000000", "cny"), ("廿五亿元", "2500000000", "cny"), ("十九．六七公顷", "19.67", "ha"),
                     ("一点五亿元", "150000000", "cny")], found


def test_the_parks_a_park_lies_next_to_are_no_subject_of_its_figures():
    text = "松涛產業園區緊鄰屏東科技產業園區與屏東科學園區，已形成新興產業聚落，預估可創造六百七十二個就業機會。"
    assert {f.subject for f in extract(text).facts} == {"松涛產業園區"}, [(f.subject, f.amount.text) for f in extract(text).facts]


def test_a_software_park_as_taiwan_writes_it_and_what_its_body_says_is_the_parks():
    text = ("高雄軟體園區今年招商順利。經濟部產業園區管理局今天新聞稿表示，受惠於AI熱潮激勵，"
            "今年1至4月營業額高達新台幣32.5億元。")
    x = extract(text)
    assert [(p.name, p.kind) for p in x.parks] == [("高雄軟體園區", "软件园")]
    assert [(f.subject, f.amount.text) for f in x.facts] == [("高雄軟體園區", "達新台幣32.5億元")], x.facts


def test_a_park_written_with_and_without_keji_is_one_park():
    text = "高雄軟體科技園區去年招商創造好成績。累計高雄軟體園區的投資案共有131件。"
    assert {p.name: p.aliases for p in extract(text).parks} == {"高雄軟體科技園區": ["高雄軟體園區"]}


def test_parks_listed_side_by_side_stay_apart_and_the_countys_parks_are_a_group():
    text = ("本报讯 松涛县2012年注重园区基础设施建设，初步形成了以松涛工业园区、松涛硅工业园、浙商(松涛)工业园三大省级园区为中心的平台。"
            "浙商(松涛)工业园4平方公里路网框架全面拉开。据统计，2012年，该县园区基础设施建设共投入资金11.4亿元，入驻企业达206家。")
    x = extract(text)
    assert {p.name: p.aliases for p in x.parks} == {"松涛工业园区": [], "松涛硅工业园": [], "浙商(松涛)工业园": []}, x.parks
    assert {(f.subject, f.amount.text) for f in x.facts if f.amount.text in ("11.4亿元", "达206家")} == {
        ("松涛县园区", "11.4亿元"), ("松涛县园区", "达206家")}, x.facts
