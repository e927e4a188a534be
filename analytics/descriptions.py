"""What each report view is for, in the editors' language, for the admin's CSV page (the SQL comments stay English)."""
from __future__ import annotations

from django.utils.translation import gettext_lazy as _

VIEW_DESCRIPTIONS = {
    "report_articles": _("每篇已导入文章一行: 文件名、标题、媒体、发布日期及其精度 (日、月或年)、同稿关系。"),
    "report_parks": _("每个园区一行: 名称、别名、城市、区县、类型、上级园区、置信度。已拒绝的记录不列出。"),
    "report_companies": _("每家企业或机构一行: 名称、类型、所在园区 (名称与编号)。"),
    "report_projects": _("每个投资项目一行: 园区、企业、投资额 (人民币金额与原币金额、币种)、期次、状态。"),
    "report_funds": _("每支基金一行: 园区、规模、实缴、已投资 (人民币金额与原币金额、币种)。"),
    "report_facts": _("每条数据一行: 主体、指标、数值、单位、时点、首个来源及原文、是否冲突。"),
    "report_evidence": _("每条来源一行: 哪篇文章的哪句话支持哪条记录的哪个字段。"),
    "report_metrics": _("指标词表: 每个指标代码一行, 含中英文名称、单位、类别 (实际、目标、累计、比率)。"),
    "report_park_groups": _("园区组及其成员园区: 每个园区组与成员园区一行。"),
    "report_park_summary": _("每个园区一行: 各状态项目数、项目投资额之和、文章报道的计划总投资、企业与基金数、各指标最新数据。"),
    "report_park_figures": _("每个园区每个指标的最新数据一行。"),
    "report_fact_series": _("数据时间序列: 按时点、再按发布日期排序, 附上一个数值与变化率。"),
    "report_conflicts": _("不同文章对同一主体、指标、时期给出互不相容数值的数据对, 附双方数值、原文与文章。"),
    "report_article_coverage": _("每篇文章一行: 它支持多少园区、企业、项目、基金和数据。"),
    "report_load_runs": _("每次导入一行: 时间、抽取器版本、文件数与记录数。"),
    "report_records": _("所有记录 (任一类型) 一行: 创建与最近更新时间, 用于查看一次导入改了什么。"),
}
