"""What each report view holds, in the admin's language: the view comments are the analysts' English contract;
the Chinese admin describes each view in Chinese instead."""
from django import template
from django.utils.translation import get_language

register = template.Library()

DESCRIPTIONS_ZH = {
    "report_articles": "每篇来源文章一行：文件名、标题、媒体、发布日期及精度、字数、同稿关系",
    "report_parks": "每个园区一行：名称、别名、城市、区县、类型、上级园区、审核状态、文章数",
    "report_companies": "每个企业或机构一行：名称、别名、类型、所在园区、审核状态、文章数",
    "report_projects": "每个项目一行：园区、企业、投资额（元，外币另列）、期次、状态、审核状态",
    "report_funds": "每支基金一行：园区、规模、实缴、已投资（元）、审核状态",
    "report_facts": "每条数据一行：主体、指标、数值、单位、时点、是否冲突、首个来源",
    "report_evidence": "每条证据一行：记录、字段、文章、原文句子及位置",
    "report_conflicts": "各文章说法不一的数据，两个来源并列",
    "report_fact_series": "同一主体同一指标随时间的数值",
    "report_park_summary": "每个园区的汇总：各状态项目数、计划投资额、企业数、基金数",
    "report_park_figures": "每个园区每个指标的最新数值",
    "report_article_coverage": "每篇文章贡献了哪些记录",
    "report_load_runs": "每次导入的文件数和记录数",
    "report_records": "每条记录来自哪些文章、哪次导入",
    "report_metrics": "指标表：代码、中英文名称、单位、类别",
    "report_park_groups": "园区组及其成员园区",
}


@register.filter
def report_description(view) -> str:
    if (get_language() or "").startswith("en"):
        return view.comment or ""
    return DESCRIPTIONS_ZH.get(view.name, "")
