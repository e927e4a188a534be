"""How sure extraction is: each rule, what it finds, and its precision measured on real articles.

Every record carries the rule that produced it (`rule`) and a confidence, the precision that rule
had when measured: the share of what it found that the ground truth holds, over the seed articles
and the real published articles of tests/eval/dev and real2 to real89. Re-measure
with `python tools/rule_precision.py` after changing rules and copy its figures here; a rule not
yet measured gets DEFAULT; a rule measured on few records is pulled towards it (confidence_of). The
review queue puts the least certain records first.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..types import Extraction


@dataclass(frozen=True)
class Rule:
    description: str
    precision: float  # measured; see the module docstring
    found: int  # how many records it produced when measured


DEFAULT = 0.5
# Measured with tools/rule_precision.py at extractor 2.20 over seeds/, tests/eval/dev/ and tests/eval/real2 to
# real457 (3355 articles, 3350 of them real published ones).
# A rule with found == 0 produced nothing there and gets DEFAULT.

RULES: dict[str, Rule] = {
    "park_place_suffix": Rule("a place, then a park suffix: 青岛高新区, 潍坊高新区", 0.83, 2450),
    "park_suffix": Rule("a park suffix with a name but no leading place: 联东U谷, 中关村示范区", 0.74, 2611),
    "park_built_by_project": Rule("a park a project is named after, that builds it: X产业园项目, X产业园二期项目", 0.42, 19),
    "park_city_bare": Rule("a 高新区 or 经开区 written alone in a story about one city: 桂林高新区", 0.30, 56),
    "company_legal": Rule("a name ending in a legal form: …有限公司, …集团, …股份", 0.92, 2822),
    "company_list": Rule("an item of an enumeration closed by a group noun: A、B等企业", 0.71, 1493),
    "company_tagged_list": Rule("an organisation the tagger reads in an enumeration: 光大金控、华登国际等多家投资机构", 0.67, 6),
    "company_counted": Rule("a firm a count names in brackets after it: 超百亿元企业有2家(A、B)", 1.00, 6),
    "company_role": Rule("a name before a role: X董事长, X负责人", 0.35, 113),
    "company_label": Rule("a name after a label: 龙头企业X; the firms a trade is led by: 以A为龙头,以B、C为骨干", 0.66, 29),
    "company_institution": Rule("a university, institute or government body by its ending", 0.0, 0),
    "company_bilingual": Rule("a firm written in both scripts: 宁德时代(CATL)", 0.25, 4),
    "company_brand": Rule("a brand with its city: 歌尔(青岛); a brand heading its project's name: 比亚迪10GWH…项目", 0.14, 103),
    "company_partner": Rule("a partner of a venture: 由A联合B、C投资建设, 联手A、B共同发起设立", 1.00, 10),
    "company_manager": Rule("a fund's manager named after 由: 由中金资本担任管理人", 1.00, 2),
    "company_capital": Rule("an investment firm by its short name, doing what firms do: 中银资本旗下的X基金", 1.00, 3),
    "company_example": Rule("以X为例", 0.67, 3),
    "company_listed": Rule("a listed firm by its stock code or its announcement: X(300811), X公告，…", 0.86, 21),
    "company_subsidiary": Rule("a subsidiary named after the word: 控股子公司X在…投资, 其子公司X持有", 1.00, 3),
    "company_investor": Rule("the investor or maker of a listed project: A投资20亿元的X项目, B年产300万只Y", 0.78, 45),
    "project_word": Rule("a name ending in 项目", 0.82, 3550),
    "project_shared_word": Rule("an item of an enumeration sharing one 项目: A、B、C项目", 0.69, 194),
    "project_facility": Rule("a facility with a status: …生产基地已投产, …工厂建成", 0.53, 90),
    "project_phase_works": Rule("…一期工程; a named park's phase that reaches a stage: X科技园二期开工", 0.66, 29),
    "project_counted_list": Rule("an item of an enumeration closed by its count: A、B和C3个项目", 0.94, 212),
    "project_dash": Rule("a project named after 项目之一——, or quoted after 项目之一的 or 项目名称为; a facility after —— the next sentence calls 该项目", 0.70, 20),
    "project_enumerated": Rule("an item named after a count of projects and 分别是: 开工3个项目，分别是A、B、C", 0.86, 103),
    "project_built_in_park": Rule("a facility a sum is invested to build in a named park: 投资50亿元，在X高新区建设Y中心", 1.00, 5),
    "project_quoted_list": Rule("a quoted name in a row of them closed by 项目: “A”“B”及“C”项目", 0.67, 9),
    "project_invested_park": Rule("a park written after the sum invested in it: 投资15亿元的X产业园", 0.90, 20),
    "project_invested_item": Rule("an item of a list written after its sum: 包括投资60亿元的X、投资20亿元的Y等", 0.94, 16),
    "project_copula": Rule("the subject of 是…重点项目: 其中，X是示范区重点项目", 0.80, 5),
    "project_list": Rule("an item of a list closed by 等…项目", 0.80, 1300),
    "project_table": Rule("a row of a table with a 项目名称 column", 0.67, 3),
    "project_numbered": Rule("a project's name alone opening a numbered paragraph: 1.X基地。选址于…", 1.00, 1),
    "project_list_line": Rule("a line of a list a line announces (具体有哪些项目?), one project's name to a line", 1.00, 18),
    "company_reporting": Rule("two or more names each opening a clause that reports output or sales, after the word 企业: "
                              "特斯拉完成产值…，三一重机完成产值… (2.02)", 0.67, 6),
    "project_firm_works": Rule("works right after their firm's legal name, in a list a start closes: "
                               "X有限公司Y基地、Z有限公司W物流园同时开工 (2.02)", 1.00, 3),
    "project_anaphor": Rule("a facility named just before 该项目…投资X: the facility is the project", 1.00, 1),
    "fund_word": Rule("a name ending in 基金", 0.67, 191),
    "fund_partnership": Rule("a fund set up as a limited partnership: …合伙企业（有限合伙）", 0.75, 8),
    "fact_named": Rule("a figure whose subject is named in its sentence", 0.76, 4504),
    "fact_scope": Rule("a figure whose subject is the park in scope (not named in its sentence)", 0.78, 6473),
    "fact_fund": Rule("a fund's commitment or first close: 该基金…其中引导基金出资2亿元, 首期规模6亿元", 0.32, 90),
    "fact_region": Rule("a count or sum of the projects of the county, district or city that opens the clause: X县新签约项目19个", 0.81, 305),
    "fact_batch": Rule("a figure of a city's or county's batch of projects, held in a park or not: the city's", 0.72, 1562),
}

_FACILITY_END = re.compile(r"(?:工厂|基地|中心|中心仓)$")


def project_rule(name: str) -> str:
    if name.endswith("项目"):
        return "project_word"
    if re.search(r"[一二三首]期工程$", name):
        return "project_phase_works"
    if _FACILITY_END.search(name):
        return "project_facility"
    return "project_other"


def assign(result: Extraction, text: str) -> None:
    """Give every mention its rule (where the finder did not) and the rule's measured confidence."""
    from ..mentions.names import leading_place

    for p in result.parks:
        p.rule = p.rule or ("park_place_suffix" if leading_place(p.name)[0] else "park_suffix")
    for j in result.projects:
        j.rule = j.rule or project_rule(j.name)
    for f in result.funds:
        f.rule = f.rule or ("fund_partnership" if "合伙" in f.name else "fund_word")
    for x in result.facts:
        named = text.find(x.subject, x.sentence.start, x.sentence.end) >= 0
        x.rule = x.rule or ("fact_named" if named else "fact_scope")
    for m in [*result.parks, *result.companies, *result.projects, *result.funds, *result.facts]:
        m.confidence = confidence_of(m.rule)


def confidence_of(rule_name: str) -> float:
    """The rule's measured precision, pulled towards 0.5 the fewer records it was measured on
    (add-one smoothing: 7 right of 7 is 0.89, not 1.0)."""
    rule = RULES.get(rule_name)
    if rule is None or not rule.found:
        return DEFAULT
    return round((rule.precision * rule.found + 1) / (rule.found + 2), 2)
