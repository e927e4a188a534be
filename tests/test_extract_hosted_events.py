"""Rules of extractor 1.39, from the misses left on the scored real sets: a wire dateline of any outlet, a lead
that reports an event a park holds (在5日举行的X经开区…集中签约活动上), and firms counted in 家 after a verb that
otherwise introduces sectors (涉及A、B、C等多家…龙头企业). The sentences are fixtures for one behaviour each; how the
rules do on real prose is measured by the scored sets (tests/test_extraction_quality.py)."""
from __future__ import annotations

from loaders.extract import extract
from loaders.extract.text.sentences import DATELINE_RE


def test_a_dateline_of_any_outlet_ends_at_its_date_and_dian():
    m = DATELINE_RE.match("甲乙财经丙丁1月6日电(记者王某)在5日举行的活动上")
    assert m is not None and m.group().endswith(")")
    assert DATELINE_RE.match("甲乙县1月6日电力公司完成检修") is None  # 电力: a word, not a dateline


def test_the_park_whose_event_the_lead_reports_is_the_story_park():
    text = ("甲乙汽开区64个项目集中签约 总投资442亿元\n\n"
            "甲乙财经丙丁1月6日电(记者王某)在5日举行的丙丁汽车经济技术开发区2023年招商引资项目集中签约暨落位项目"
            "启动活动上,64个项目集中签约、总投资442亿元。\n\n"
            "集中签约的64个项目,涵盖新能源、汽车零部件等多个领域,涉及戊己解放、庚辛轮胎、壬癸奥等多家行业内龙头企业。")
    x = extract(text)
    firms = {c.name: c.park for c in x.companies}
    assert firms == {n: "丙丁汽车经济技术开发区" for n in ("戊己解放", "庚辛轮胎", "壬癸奥")}
    facts = {(f.metric, float(f.amount.value)): f.subject for f in x.facts}
    assert facts[("projects_signed", 64)] == "丙丁汽车经济技术开发区"


def test_sectors_after_the_same_verb_are_still_no_firms():
    text = "甲乙高新区签约项目涉及新能源、汽车零部件、高端装备制造等多个领域的企业。"
    assert [c.name for c in extract(text).companies] == []
