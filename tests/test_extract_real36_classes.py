"""Rules of extractor 1.65, from real36 after its first score (agricultural, software, logistics and airport parks,
park funds). The sentences are fixtures for one behaviour each (invented names; places are the closed class of the
lexicon); real prose is measured by tests/test_extraction_quality.py."""
from __future__ import annotations

from loaders.extract import extract
from tests.extracted import facts as _facts, park_aliases as _parks, projects as _projects


def _funds(text):
    return {f.name: (f.park, f.size.text if f.size else None) for f in extract(text).funds}


def test_a_funds_size_before_its_quoted_name_and_after_a_comma_that_points_back():
    funds = _funds("其中,甲乙科投公司与丙丁公司发起设立6亿元“松岭科技创新改革试验区创业投资基金”。")
    assert funds == {"松岭科技创新改革试验区创业投资基金": ("松岭科技创新改革试验区", "6亿元")}, funds
    funds = _funds("近日,由甲乙基金管理有限公司发起设立的西安松岭科创产业投资基金落地西安经开区。\n\n"
                   "据了解,该基金目标规模12亿元,首期规模即达8亿元。")
    assert funds == {"西安松岭科创产业投资基金": ("西安经开区", "12亿元")}, funds


def test_the_size_of_a_list_a_park_opens_is_no_figure_of_it_whatever_the_spacing():
    facts = _facts("截至目前,泰安市松岭数字产业园等 7 家园区先后入选省级数字经济园区。")
    assert not any(f[0] == "泰安市松岭数字产业园" for f in facts), facts


def test_among_them_opening_a_paragraph_keeps_the_park_of_the_one_before():
    text = ("据了解,松岭临港物流产业园由甲乙港口控股集团共同建设运营。项目位于板浦镇段左岸,占地面积547亩。\n\n"
            "其中,连云港内河港松岭作业区二期码头工程项目总投资约4.45亿元,建设7个1000吨级内河泊位。")
    assert _projects(text)["连云港内河港松岭作业区二期码头工程项目"][0] == "松岭临港物流产业园"


def test_one_park_written_after_different_places_is_one_park():
    parks = _parks("安徽松岭国家农业科技园区位于凤阳县。\n\n滁州市凤阳县松岭国家农业科技园区核心区规划面积4.2万亩。")
    assert len(parks) == 1, parks


def test_a_zones_part_named_with_the_zone_a_boundary_word_cut_into():
    parks = _parks("10日,记者走进新疆松岭重点开发开放试验区先行发展区,看到塔吊林立。")
    assert "新疆松岭重点开发开放试验区先行发展区" in parks, parks
