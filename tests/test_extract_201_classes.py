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
