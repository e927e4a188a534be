"""Rules of extractor 2.14, from what the real sets got wrong once scored. The sentences are fixtures for one
behaviour each (invented names; places are the closed class of the lexicon); real prose is measured by
tests/test_extraction_quality.py."""
from __future__ import annotations

from loaders.extract import extract


def _projects(text: str) -> dict[str, tuple]:
    return {p.name: (p.park, p.status, p.investment.text if p.investment else None) for p in extract(text).projects}


# From real269's errors (湖北 and 湖南 county zones 2019–2021; scored once before it was read).

def test_what_a_project_will_do_once_producing_is_no_stage_of_it():
    text = ("10月8日,石门县6大项目集中开工。集中开工的项目包括投资1亿元的柏川线束生产制造项目,"
            "投产达效后年产值达3500万元以上,可提供就业岗位100个。")
    assert _projects(text)["柏川线束生产制造项目"][1] == "开工", _projects(text)
