"""Rules of extractor 1.53, from real27 after its first score. The sentences are fixtures for one behaviour each
(invented names; places are the closed class of the lexicon); real prose is measured by
tests/test_extraction_quality.py."""
from __future__ import annotations

from tests.extracted import facts as _facts, firms as _firms, projects as _projects


def test_a_signed_project_sited_by_an_anaphor_owns_the_figure_not_its_site():
    text = ("松涛集团与甲乙高新区就“丙丁创新公共服务平台项目”签约。"
            "新媒体称,这一签约项目位于甲乙高新区戊己科技新城,总用地面积154亩。")
    assert ("丙丁创新公共服务平台项目", "area_mu", "154") in _facts(text), _facts(text)


def test_each_run_of_a_sentence_gives_its_sum_to_the_park_it_names_after_it():
    text = ("截至目前,累计投入4.2亿元,完成甲乙产业园园区道路14公里等基础设施建设;"
            "累计投入4.85亿元,完成丙丁产业园20公里道路建设工程;累计投入1.7亿元,完成戊己产业园道路建设8公里。")
    facts = {(s, v) for s, _, v in _facts(text)}
    assert {("甲乙产业园", "420000000"), ("丙丁产业园", "485000000"), ("戊己产业园", "170000000")} <= facts, facts


def test_a_park_a_sentence_opens_with_and_sites_in_another_owns_the_figures():
    text = "据了解,甲乙产业园位于丙丁产业园内,占地约340亩,总投资10亿元。"
    facts = _facts(text)
    assert ("甲乙产业园", "area_mu", "340") in facts and not any(s == "丙丁产业园" for s, _, _ in facts), facts


def test_firms_that_move_into_a_park_named_after_them_are_in_it():
    text = ("据了解,甲乙产业园位于丙丁产业园内,占地约340亩,其中,深圳市松涛科技有限公司、深圳市松岭电气有限公司"
            "将抱团入驻甲乙产业园。")
    firms = _firms(text)
    assert firms.get("深圳市松涛科技有限公司") == "甲乙产业园" and firms.get("深圳市松岭电气有限公司") == "甲乙产业园", firms


def test_projects_in_a_row_each_take_the_words_after_their_own_name():
    text = ("甲乙40万吨/年含腈废液及污水处理项目预计4月进水调试、丙丁C8C9综合利用项目基础施工启动……"
            "今年,松岭化工园区计划开复工重大产业类项目21个。")
    projects = _projects(text)
    assert projects.get("甲乙40万吨/年含腈废液及污水处理项目", (None, None))[1] == "在建", projects
    assert projects.get("丙丁C8C9综合利用项目", (None, None))[1] == "开工", projects
    assert not any("预计" in name for name in projects), projects


def test_a_firm_before_a_capacity_is_a_firm_and_a_projects_builder_is_where_the_project_is():
    text = "荣成化工年产40万吨乙二醇、恒远电气2200台配电柜等8个重大项目均进入试车阶段,落户甲乙经济开发区。"
    assert {"荣成化工", "恒远电气"} <= set(_firms(text)), _firms(text)
    text = ("甲乙工业集中区丙丁产业园区基础设施(标准厂房)建设项目强势起跑。"
            "项目建设单位松涛创业产业园投资有限公司相关负责人介绍说,项目预计于今年11月末完工。")
    assert _firms(text).get("松涛创业产业园投资有限公司") is not None, _firms(text)
