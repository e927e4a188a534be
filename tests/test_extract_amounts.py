"""Amount parsing: real phrases from park news -> value, unit, qualifier."""
from decimal import Decimal

import pytest

from loaders.extract.mentions.amounts import find_amounts, parse_amount


@pytest.mark.parametrize("text, value, unit, qualifier", [
    ("总投资6亿元", "600000000", "cny", ""),
    ("700余亿元", "70000000000", "cny", "余"),
    ("3.3亿美元", "330000000", "usd", ""),
    ("约285亩", "285", "mu", "约"),
    ("约92万平方米", "920000", "m2", "约"),
    ("超万人", "10000", "count", "超"),
    ("同比增长12.17%", "0.1217", "ratio", ""),
    ("百余套自动化生产设备", "100", "count", "余"),
    ("一千三百亿元", "130000000000", "cny", ""),
    ("1个2千亿元", "1", "count", ""),
    ("年税收超过3亿元", "300000000", "cny", "超"),
    ("聚合企业380多万家", "3800000", "count", "余"),
    ("不少于30个", "30", "count", "超"),
    ("增长60%以上", "0.6", "ratio", "超"),
    ("创税超亿元", "100000000", "cny", "超"),
    ("计划总投资1351.4亿元", "135140000000", "cny", ""),
    ("3.6‰", "0.0036", "ratio", ""),
    ("50平方公里", "50", "km2", ""),
])
def test_it_parses_the_figure(text, value, unit, qualifier):
    a = parse_amount(text)
    assert a is not None
    assert (a.value, a.unit, a.qualifier) == (Decimal(value), unit, qualifier)
    assert text[a.span.start:a.span.end] == a.text


@pytest.mark.parametrize("text", ["5—10年", "2021年", "6月25日", "5G网络", "工业4.0技术", "“高新通”2.0版本",
                                  "100P算力", "10KV充电桩", "162英寸", "占全省比例超过1/10", "名列第14位",
                                  "TOP30", "数百名建筑工人", "1P为每秒1000亿次", "今年前5个月", "“十四五”"])
def test_it_ignores_things_that_are_not_amounts(text):
    assert find_amounts(text) == []


def test_a_count_before_a_money_figure_is_not_multiplied():
    found = find_amounts("力争到2022年形成1个2千亿元、4个500亿元产业集群")
    assert [(str(a.value), a.unit) for a in found] == [("1", "count"), ("200000000000", "cny"), ("4", "count"),
                                                      ("50000000000", "cny")]


def test_the_qualifier_table_in_the_analysts_guide_is_the_parsers():
    """docs/analysts.md lists every wording the parser knows under the qualifier it is stored as."""
    import re
    from pathlib import Path

    from loaders.extract.mentions.amounts import QUALIFIER_PREFIX, QUALIFIER_SUFFIX

    guide = (Path(__file__).resolve().parent.parent / "docs" / "analysts.md").read_text(encoding="utf-8")
    documented = {}
    for stored, wording in re.findall(r"^\| (`[^`]+`|NULL) \| [^|]+ \| ([^|]+) \|$", guide, re.M):
        for word in re.split(r"[,，]\s*", re.sub(r"[(（][^)）]*[)）]", "", wording)):
            word = word.strip()
            if word and word != "or nothing":
                documented[word.removesuffix(" or nothing").strip()] = "" if stored == "NULL" else stored.strip("`")
    parser = {**QUALIFIER_PREFIX, **QUALIFIER_SUFFIX}
    assert documented == parser


def test_hectares_are_an_area_unit_of_their_own():
    (a,) = find_amounts("占地面积162.87公顷")
    assert (a.unit, a.value, a.text) == ("ha", Decimal("162.87"), "162.87公顷")
