"""The typed records that extraction produces: pure data, no Django."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal


@dataclass(frozen=True)
class Span:
    """A half-open character range [start, end) in the normalised article text."""

    start: int
    end: int


@dataclass(frozen=True)
class Amount:
    """A number as DESIGN.md stores it: base-unit value, unit code, qualifier, verbatim text.

    unit is one of: cny, usd, eur, hkd, jpy (money); mu, m2, km2, ha (area); count; ratio;
    tonne; other codes only when deliberately added to UNITS in amounts.py.
    """

    value: Decimal
    unit: str
    qualifier: str  # '' when none; else one of 约 超 余 近 突破 以上 多 达 不少于 ...
    text: str  # verbatim figure as written, e.g. '700余亿元'
    span: Span


@dataclass
class ParkMention:
    name: str  # canonical full name as written in the article (longest form)
    kind: str  # e.g. 高新区, 经济技术开发区, 新兴产业专业园区, 产业园, 科技园, 科技城
    city: str | None
    district: str | None
    parent: str | None  # name of the parent park when the text says so
    span: Span  # first occurrence of the name
    sentence: Span  # the sentence that evidences it
    aliases: list[str] = field(default_factory=list)  # specific short names tied by the text
    industries: list[str] = field(default_factory=list)
    rule: str = ""  # the extraction rule that produced it (confidence.RULES)
    confidence: float | None = None  # 0-1, the measured precision of that rule


@dataclass
class CompanyMention:
    name: str
    kind: str  # enterprise, university, research, government, other
    span: Span
    sentence: Span
    aliases: list[str] = field(default_factory=list)  # 简称 the text ties to it (以下简称X)
    park: str | None = None  # park name the text places it in
    rule: str = ""  # the extraction rule that produced it (confidence.RULES)
    confidence: float | None = None  # 0-1, the measured precision of that rule


@dataclass
class ProjectMention:
    name: str
    span: Span
    sentence: Span
    park: str | None = None
    companies: list[str] = field(default_factory=list)
    investment: Amount | None = None
    investment_sentence: Span | None = None
    phase: str | None = None  # 一期, 二期, 首期 ...
    status: str | None = None  # 签约, 开工, 在建, 投产, 竣工, planned
    aliases: list[str] = field(default_factory=list)
    rule: str = ""  # the extraction rule that produced it (confidence.RULES)
    confidence: float | None = None  # 0-1, the measured precision of that rule


@dataclass
class FundMention:
    name: str
    span: Span
    sentence: Span
    park: str | None = None
    size: Amount | None = None
    paid_in: Amount | None = None
    invested: Amount | None = None
    aliases: list[str] = field(default_factory=list)  # the legal name of a fund set up as a company
    rule: str = ""  # the extraction rule that produced it (confidence.RULES)
    confidence: float | None = None  # 0-1, the measured precision of that rule


@dataclass
class FactMention:
    subject: str  # the name of the park / park group / company / project the figure is about
    subject_type: str  # park, park_group, company, project, fund
    metric: str  # a code of metrics.METRICS
    amount: Amount
    sentence: Span
    as_of_text: str | None = None  # e.g. '截至2024年3月底', '今年前5个月'
    as_of: date | None = None
    rule: str = ""  # the extraction rule that produced it (confidence.RULES)
    confidence: float | None = None  # 0-1, the measured precision of that rule


@dataclass
class ParkGroupMention:
    """A group of parks and the parks the text lists as its members."""

    name: str
    members: list[str]  # park names, as ParkMention.name
    span: Span  # where the group is named
    sentence: Span
    member_spans: list[Span] = field(default_factory=list)  # where each member is named, in order
    member_sentences: list[Span] = field(default_factory=list)
    rule: str = "group_members"


@dataclass
class Byline:
    name: str
    role: str  # 记者, 通讯员, 实习生, ...


@dataclass
class ArticleMeta:
    title: str | None
    outlet: str | None
    authors: list[Byline] = field(default_factory=list)
    published_on: date | None = None
    published_precision: str | None = None  # day, month, year
    date_basis: str | None = None  # 'stated: ...' or 'inferred: ...'


@dataclass
class Extraction:
    meta: ArticleMeta
    parks: list[ParkMention] = field(default_factory=list)
    companies: list[CompanyMention] = field(default_factory=list)
    projects: list[ProjectMention] = field(default_factory=list)
    funds: list[FundMention] = field(default_factory=list)
    facts: list[FactMention] = field(default_factory=list)
    park_groups: list[ParkGroupMention] = field(default_factory=list)
