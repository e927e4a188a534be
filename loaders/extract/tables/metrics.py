"""The metric vocabulary: every code a fact can carry, with its labels, unit and kind.

This table is the one place a metric is defined. The extraction rules, the admin's labels,
the analysts' `report_metrics` view and the data dictionary all read it; adding a metric
means adding a row here (and a migration that brings the new code into the database).

A code names a quantity, never a currency: money is an amount plus its currency (the
fact's unit). Each reported quantity that can be counted or summed also has a target
variant (争取, 力争, 目标, 到2030年 …) and a cumulative variant (累计, 3年来 …), generated
below, so a target or a cumulative figure is never stored as a reported one.
"""
from __future__ import annotations

from dataclasses import dataclass

#: what a metric's value is measured in: a currency (the fact's unit says which), or a unit.
UNIT_KINDS = ("money", "count", "mu", "m2", "km2", "ha", "ratio")
#: reported: achieved figures the text states; target: goals; cumulative: sums over several
#: periods; ratio: growth rates and shares.
KINDS = ("reported", "target", "cumulative", "ratio")


@dataclass(frozen=True)
class Metric:
    code: str
    label_zh: str
    label_en: str
    unit: str  # one of UNIT_KINDS
    kind: str  # one of KINDS
    description: str


# code, Chinese label, English label, unit, description. All reported; variants generated below.
_BASE: tuple[tuple[str, str, str, str, str], ...] = (
    ("planned_investment", "计划总投资", "planned investment", "money",
     "Total investment planned or signed for a park's projects (总投资, 签约额, 合同额)."),
    ("annual_revenue", "营业收入", "revenue", "money",
     "Revenue or sales in a year (营收, 营业收入, 销售额)."),
    ("output_value", "产值", "output value", "money", "Output value (产值, 工业总产值)."),
    ("value_added", "增加值", "value added", "money", "Value added (增加值, 工业增加值)."),
    ("annual_tax", "税收", "tax paid", "money", "Tax paid or generated (税收, 创税, 纳税)."),
    ("industry_scale", "产业规模", "industry scale", "money", "Size of an industry (产业规模)."),
    ("net_profit", "净利润", "net profit", "money", "Net profit (净利润)."),
    ("total_profit", "利润总额", "total profit", "money", "Profit before tax (利润总额, 利润)."),
    ("rd_spending", "研发经费", "R&D spending", "money", "Money spent on research and development (研发经费支出, 研发投入)."),
    ("fiscal_revenue", "财政收入", "fiscal revenue", "money",
     "Government revenue an area collects (财政收入, 财政税收收入, 一般公共预算收入)."),
    ("transaction_value", "交易额", "transaction value", "money",
     "Value of trade done in a market or logistics park (交易额, 成交额)."),
    ("import_export", "进出口额", "imports and exports", "money", "Foreign trade volume (进出口, 外贸进出口)."),
    ("exports", "出口额", "exports", "money", "Exports alone (出口, 出口创汇, 出口额), as against 进出口."),
    ("gdp", "地区生产总值", "GDP", "money", "Gross domestic product of an area (地区生产总值, GDP)."),
    ("investment_in_place", "到位资金", "investment in place", "money",
     "Investment actually arrived from the projects brought in (到位资金, 资金到位, 招商引资到位)."),
    ("fixed_asset_investment", "固定资产投资", "fixed-asset investment", "money",
     "Fixed-asset investment completed (固定资产投资)."),
    ("completed_investment", "完成投资", "investment completed", "money",
     "Investment the park's projects have already spent (完成投资, 已完成投资), as against what they plan."),
    ("fdi_used", "实际利用外资", "foreign investment used", "money",
     "Foreign investment actually used (实际利用外资, 外资到位)."),
    ("loans", "贷款", "loans", "money",
     "Bank loans granted or approved for a project or a park (贷款, 授信, 信贷), as against investment."),
    ("registered_capital", "注册资本", "registered capital", "money",
     "A firm's registered capital (注册资本, 注册资金), as against what it or its project invests."),
    ("fdi_contracted", "合同外资", "foreign investment contracted", "money",
     "Foreign investment agreed in contracts (合同外资, 合同利用外资), as against what arrived."),
    ("fund_size", "基金规模", "fund size", "money", "Total size of the funds named (基金总规模)."),
    ("fund_paid_in", "基金实缴", "fund paid-in capital", "money", "Paid-in capital of funds (实缴)."),
    ("fund_invested", "基金已投资", "fund investment made", "money", "Amount funds have invested (对外投资)."),
    ("fund_commitment", "基金认缴出资", "fund commitment", "money",
     "What one investor commits to a fund (认缴, 出资), as against the fund's whole size."),
    ("fund_first_close", "基金首期规模", "fund first close", "money",
     "The size of a fund's first close (首期规模), as against its whole size."),
    ("enterprises", "企业数", "enterprises", "count", "Enterprises settled or gathered (入驻, 集聚, 落户), 家."),
    ("high_tech_enterprises", "高新技术企业数", "high-tech enterprises", "count", "High-tech enterprises (高新技术企业)."),
    ("specialised_enterprises", "专精特新企业数", "specialised SMEs", "count",
     "专精特新 (specialised, refined, distinctive, innovative) enterprises, 小巨人 included."),
    ("market_entities", "经营主体数", "market entities", "count",
     "Registered market entities of every form, firms and sole traders (经营主体, 市场主体)."),
    ("listed_companies", "上市企业数", "listed companies", "count", "Listed companies (上市企业, 上市公司)."),
    ("projects", "项目数", "projects", "count", "Projects, stage not stated (项目, 个)."),
    ("projects_signed", "签约项目数", "projects signed", "count", "Projects signed (签约)."),
    ("projects_started", "开工项目数", "projects started", "count", "Projects whose construction started (开工, 动工)."),
    ("projects_under_construction", "在建项目数", "projects under construction", "count", "Projects under construction (在建)."),
    ("projects_landed", "落地项目数", "projects landed", "count", "Projects brought in (引进, 落户, 落地)."),
    ("projects_negotiating", "在谈项目数", "projects in negotiation", "count", "Projects in negotiation (洽谈, 在谈)."),
    ("projects_completed", "竣工项目数", "projects completed", "count",
     "Projects completed or put into production (竣工, 建成, 投产)."),
    ("parks_count", "园区数", "parks", "count", "Parks, zones or bases (园区, 个)."),
    ("employees", "从业人员", "employees", "count", "People employed (从业人员, 就业), 人."),
    ("patents", "专利数", "patents", "count", "Patents (专利, 项/件)."),
    ("fund_count", "基金数", "funds", "count", "Funds (基金, 支/只/个)."),
    ("incubators", "孵化载体数", "incubators", "count", "Incubators, maker spaces and accelerators (孵化器, 众创空间, 加速器)."),
    ("platforms", "平台数", "platforms", "count", "Innovation or service platforms (平台)."),
    ("research_institutions", "研发机构数", "research institutions", "count",
     "Research institutes, R&D centres and laboratories (研究院, 研发机构, 实验室, 创新中心)."),
    ("universities", "高校数", "universities", "count", "Universities and colleges (高校, 大学)."),
    ("organizations", "单位数", "organisations", "count", "Partner or resident organisations (单位)."),
    ("infrastructure_units", "基础设施数", "infrastructure units", "count",
     "Base stations, charging points, racks (基站, 充电终端, 机架)."),
    ("area_mu", "占地面积(亩)", "land area (mu)", "mu", "Land area in mu (占地, 用地)."),
    ("area_m2", "面积(平方米)", "area (m²)", "m2", "Area in square metres."),
    ("floor_area_m2", "建筑面积", "floor area (m²)", "m2", "Floor area in square metres (建筑面积, 厂房, 楼宇)."),
    ("area_km2", "面积(平方公里)", "area (km²)", "km2", "Area in square kilometres (规划面积)."),
    ("area_ha", "面积(公顷)", "area (ha)", "ha", "Area in hectares (公顷), as written; never converted."),
)

# Ratios are neither summed nor accumulated: no target or cumulative variants.
_RATIOS: tuple[tuple[str, str, str, str], ...] = (
    ("growth_ratio", "增长率", "growth rate", "Year-on-year growth as a ratio (同比增长12.5% = 0.125)."),
    ("rd_intensity_ratio", "研发投入强度", "R&D intensity", "R&D spending as a share of revenue or GDP (研发投入强度)."),
    ("average_growth_ratio", "年均增长率", "average annual growth rate",
     "Growth per year averaged over several years, as a ratio (年均增长7.5% = 0.075), as against one year's growth."),
    ("occupancy_ratio", "出租率", "occupancy rate",
     "The share of a park's or its buildings' space let or taken up by firms (出租率, 入驻率), as a ratio (出租率达99% = 0.99)."),
    ("share_ratio", "占比", "share",
     "What part of a whole the subject's figure is (占全省工业投资的64.3%, 高新技术产业占比超过98%), as a ratio; the whole is in the evidence."),
    ("start_ratio", "开工率", "start rate",
     "The share of a year's listed projects started or resumed (开复工率, 开工率), as a ratio (开复工率83% = 0.83)."),
)

# Quantities that are not goals or running totals in practice: areas.
_NO_VARIANTS = {"area_mu", "area_m2", "floor_area_m2", "area_km2", "area_ha"}


def _build() -> dict[str, Metric]:
    table: dict[str, Metric] = {}
    for code, zh, en, unit, description in _BASE:
        table[code] = Metric(code, zh, en, unit, "reported", description)
        if code in _NO_VARIANTS:
            continue
        table[f"{code}_target"] = Metric(f"{code}_target", f"{zh}(目标)", f"{en} (target)", unit, "target",
                                         f"A goal, not an achieved figure (争取, 力争, 目标, 到…年): {description}")
        table[f"{code}_cumulative"] = Metric(f"{code}_cumulative", f"{zh}(累计)", f"{en} (cumulative)", unit,
                                             "cumulative", f"A total over several periods (累计, N年来): {description}")
    for code, zh, en, description in _RATIOS:
        table[code] = Metric(code, zh, en, "ratio", "ratio", description)
    return table


#: code -> Metric, in table order.
METRICS: dict[str, Metric] = _build()


def variant(code: str, kind: str) -> str:
    """The code of `code`'s target or cumulative variant; `code` itself for reported or when none exists."""
    if kind in ("target", "cumulative") and f"{code}_{kind}" in METRICS:
        return f"{code}_{kind}"
    return code
