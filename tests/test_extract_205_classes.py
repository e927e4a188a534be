"""Rules of extractor 2.05, from what the new real sets got wrong once scored. The sentences are fixtures for one
behaviour each (invented names; places are the closed class of the lexicon); real prose is measured by
tests/test_extraction_quality.py."""
from __future__ import annotations

from loaders.extract import extract


def _funds(text: str) -> dict[str, str | None]:
    return {f.name: f.park for f in extract(text).funds}


# From real112 (funds tied to zones; scored once before it was read).

def test_a_fund_named_after_a_zone_without_its_city_is_that_zones():
    text = ("集成电路产业是青岛滨海新区的重要引擎。柏川高新区也在发展。"
            "据了解,滨海新区集成电路产业基金自2020年成立以来,已投资12个项目。")
    assert _funds(text).get("滨海新区集成电路产业基金") == "青岛滨海新区", _funds(text)


def test_a_class_of_size_before_a_funds_name_is_no_part_of_it():
    text = "除了集成电路产业基金,青岛松岭新区还设立了百亿元级柏川生物医药产业基金,投资医疗器械等产业项目。"
    got = _funds(text)
    assert "柏川生物医药产业基金" in got and not [n for n in got if "亿" in n], got


def test_funds_counted_by_kind_or_batch_are_no_funds():
    text = ("松岭高新区天使投资子基金申报已启动。第二批子基金将重点关注车载智能。两类子基金均可申报。"
            "项目基金与七大千亿级产业集群子基金不同。")
    got = _funds(text)
    assert "松岭高新区天使投资子基金" in got, got
    assert not [n for n in got if n.startswith(("第二批", "两类", "七大"))], got


def test_a_bracketed_phase_after_a_funds_name_is_part_of_it():
    text = "同在这一天,柏川母基金(二期)在青岛松岭新区正式签约启动,总规模不低于150亿元。"
    assert "柏川母基金(二期)" in _funds(text), _funds(text)


# From real111 (重庆 districts; scored once before it was read).

def test_an_area_two_provinces_build_together_is_a_park_and_the_storys():
    text = ("川渝松岭新区首次集中签约\n\n3月30日,川渝松岭新区投资推介暨项目集中签约活动举行。"
            "在签约的装备制造项目中,柏川汽车零部件生产基地项目投资1.5亿元。")
    x = extract(text)
    assert "川渝松岭新区" in [p.name for p in x.parks], x.parks
    assert {p.name: p.park for p in x.projects}.get("柏川汽车零部件生产基地项目") == "川渝松岭新区", x.projects


# From real110 (安徽 zones; scored once before it was read).

def test_a_city_and_a_verb_before_a_parks_name_are_no_part_of_it():
    text = "松岭建材集团总经理一行前往芜湖参加芜湖柏川新区第三季度项目集中签约活动。"
    names = [p.name for p in extract(text).parks]
    assert names == ["芜湖柏川新区"], names


# From real116 (广东 outside the delta; scored once before it was read).

def test_a_sum_in_brackets_after_a_projects_name_is_its_investment():
    text = ("这些开工项目包括松岭LNG一体化项目(计划总投资300亿元)、柏川石化制氢项目(计划总投资约54亿元)"
            "和松岭石脑油综合利用项目(计划投资56亿元)等一批石化产业项目。")
    got = {p.name: p.investment and (str(p.investment.value), p.investment.qualifier) for p in extract(text).projects}
    assert got.get("松岭LNG一体化项目") == ("30000000000", ""), got
    assert got.get("柏川石化制氢项目") == ("5400000000", "约"), got
    assert got.get("松岭石脑油综合利用项目") == ("5600000000", ""), got


def test_a_park_named_as_a_guests_office_is_not_where_the_firms_stand():
    text = ("11月27日,清远石角镇松岭产业园迎来第二批集中动工项目奠基仪式,柏川开发区管委会副主任张超平等领导应邀出席活动,"
            "并为松岭实业、恩科科技等12个项目落地奠基。")
    parks = {c.name: c.park for c in extract(text).companies}
    assert parks.get("恩科科技") == "松岭产业园", parks


# From real120 (older 广西 and 贵州 parks; scored once before it was read).

def test_an_industrial_processing_zone_is_a_park():
    text = "近日,松岭·柏川工业加工区二区5个总投资1.58亿元的新项目同时开工。"
    assert [p.name for p in extract(text).parks] == ["松岭·柏川工业加工区"], extract(text).parks


# From real119 (山东 inland zones; scored once before it was read).

def test_a_list_after_among_them_there_are_opens_after_the_verb():
    text = "此次签约项目14个。其中有松岭航天航空高科技孵化园、柏川智能交通产业园二期等8个项目。"
    names = [p.name for p in extract(text).projects]
    assert "松岭航天航空高科技孵化园" in names and not [n for n in names if n.startswith("有")], names


def test_a_chemicals_letter_and_hyphen_open_a_projects_name():
    text = "2月6日,在松岭新材料产业园内举行柏川化工N-甲基吡咯烷酮综合利用项目开工仪式。"
    names = [p.name for p in extract(text).projects]
    assert [n for n in names if "N-甲基吡咯烷酮综合利用项目" in n], names
