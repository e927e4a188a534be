"""Metric codes older extractor versions wrote, and the vocabulary code each one became.

Codes used to carry a currency (annual_revenue_cny) although the fact's unit already says which
currency a figure is in; the vocabulary (loaders/extract/tables/metrics.py) names quantities only. The
loader passes every extracted code through `current_code`, so facts always carry vocabulary codes,
whichever extractor produced them; the migration that renamed stored facts keeps its own copy.
"""
from __future__ import annotations

RENAMED: dict[str, str] = {
    "planned_investment_cny": "planned_investment",
    "annual_revenue_cny": "annual_revenue",
    "output_value_cny": "output_value",
    "annual_tax_cny": "annual_tax",
    "industry_scale_cny": "industry_scale",
    "fund_size_cny": "fund_size",
    "fund_paid_in_cny": "fund_paid_in",
    "fund_invested_cny": "fund_invested",
    "gdp_cny": "gdp",
    "fixed_asset_investment_cny": "fixed_asset_investment",
    "projects_planned": "projects_target",  # 计划/力争引进的项目数: a goal, not a count of projects
}


def current_code(code: str) -> str:
    """The vocabulary code for `code` (itself when it is not an old one)."""
    return RENAMED.get(code, code)
