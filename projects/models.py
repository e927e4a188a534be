"""Investment projects, funds and facts (numbers reported about a park, park group, company, project or fund)."""
from __future__ import annotations

from django.contrib.postgres.indexes import GinIndex  # noqa: F401  (used through name_indexes)
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords

from curation.models import EntityType, NamedRecord, Reviewed, name_indexes
from parks.models import Company, Park


def money(verbose: str, comment: str) -> models.DecimalField:
    return models.DecimalField(verbose, max_digits=24, decimal_places=2, null=True, blank=True, db_comment=comment)


#: The stored qualifiers are five classes; the parser maps the press's wording onto them.
QUALIFIER_COMMENT = ("one of 约 (about), 超 (more than or at least: 超过, 逾, 以上, 不少于), 余 (and more: 余, 多), 近 (nearly, under: 近, 不足), 突破 (past); NULL when exact. The wording as written is kept in value_text (facts) and investment_text (projects)")


def qualifier(comment: str) -> models.CharField:
    return models.CharField(_("限定词"), max_length=12, blank=True, default="", db_comment=comment)


def currency(amount_field: str) -> models.CharField:
    return models.CharField(_("币种"), max_length=3, blank=True, default="",
                            db_comment=f"cny, usd ...: currency of {amount_field}")


def verbatim(comment: str) -> models.CharField:
    return models.CharField(_("原文"), max_length=200, blank=True, default="", db_comment=comment)


class ProjectStatus(models.TextChoices):
    PLANNED = "planned", _("规划")
    SIGNED = "签约", _("签约")
    STARTED = "开工", _("开工")
    UNDER_CONSTRUCTION = "在建", _("在建")
    IN_PRODUCTION = "投产", _("投产")
    COMPLETED = "竣工", _("竣工")


class Project(NamedRecord):
    park = models.ForeignKey(Park, verbose_name=_("园区"), null=True, blank=True, on_delete=models.SET_NULL,
                             related_name="projects", db_comment="the park the project is in")
    companies = models.ManyToManyField(Company, verbose_name=pgettext_lazy("plural", "企业"), blank=True, related_name="projects")
    investment_cny = money(_("投资额(元)"), "investment in yuan; NULL when the figure is in another currency")
    investment_amount = models.DecimalField(_("投资额(原币)"), max_digits=24, decimal_places=2, null=True,
                                            blank=True, db_comment="investment in its own currency (never converted)")
    investment_currency = models.CharField(_("币种"), max_length=3, blank=True, default="",
                                           db_comment="cny, usd ...: currency of investment_amount")
    investment_qualifier = qualifier(QUALIFIER_COMMENT)
    investment_text = verbatim("the investment figure verbatim, e.g. 总投资6亿元")
    phase = models.CharField(_("期次"), max_length=20, blank=True, default="", db_comment="一期, 二期, 首期 ...")
    status = models.CharField(_("状态"), max_length=10, choices=ProjectStatus.choices, blank=True, default="",
                              db_comment="签约, 开工, 在建, 投产, 竣工 or planned")
    history = HistoricalRecords(excluded_fields=["search_bigrams", "alias_keys", "match_keys", "updated_at"])

    class Meta:
        verbose_name = pgettext_lazy("model name", "项目")
        verbose_name_plural = pgettext_lazy("plural", "项目")
        db_table_comment = "Investment projects named in articles, with investment, phase and status"
        constraints = [models.UniqueConstraint(fields=["normalised_name"], name="project_natural_key")]
        indexes = name_indexes("project")


class Fund(NamedRecord):
    park = models.ForeignKey(Park, verbose_name=_("园区"), null=True, blank=True, on_delete=models.SET_NULL,
                             related_name="funds", db_comment="the park the fund serves")
    size_cny = money(_("规模(元)"), "fund size in yuan; NULL when in another currency")
    size_amount = money(_("规模(原币)"), "fund size in its own currency (never converted)")
    size_currency = currency("size_amount")
    size_qualifier = qualifier("qualifier of the size")
    size_text = verbatim("size verbatim")
    paid_in_cny = money(_("实缴(元)"), "paid-in capital in yuan; NULL when in another currency")
    paid_in_amount = money(_("实缴(原币)"), "paid-in capital in its own currency (never converted)")
    paid_in_currency = currency("paid_in_amount")
    paid_in_text = verbatim("paid-in verbatim")
    invested_cny = money(_("已投资(元)"), "amount invested in yuan; NULL when in another currency")
    invested_amount = money(_("已投资(原币)"), "amount invested in its own currency (never converted)")
    invested_currency = currency("invested_amount")
    invested_text = verbatim("invested verbatim")
    history = HistoricalRecords(excluded_fields=["search_bigrams", "alias_keys", "match_keys", "updated_at"])

    class Meta:
        verbose_name = pgettext_lazy("model name", "基金")
        verbose_name_plural = pgettext_lazy("plural", "基金")
        db_table_comment = "Funds named in articles, with size, paid-in and invested amounts"
        constraints = [models.UniqueConstraint(fields=["normalised_name"], name="fund_natural_key")]
        indexes = name_indexes("fund")


class Fact(Reviewed):
    """One number reported about a subject: the same subject, metric, value and period is one fact."""

    subject_type = models.CharField(_("主体类型"), max_length=12, choices=EntityType.choices,
                                    db_comment="park, park_group, company, project or fund")
    subject_id = models.BigIntegerField(_("主体"), db_comment="id of the subject in its table")
    subject_name = models.CharField(_("主体名称"), max_length=300, db_comment="subject's name when last resolved")
    metric = models.CharField(_("指标"), max_length=60, db_index=True,
                              db_comment="code from the metric vocabulary (projects_metric), e.g. annual_revenue")
    value = models.DecimalField(_("数值"), max_digits=30, decimal_places=6,
                                db_comment="value in the base unit (万/亿 applied; a percentage as a ratio, 12.5 percent = 0.125)")
    unit = models.CharField(_("单位"), max_length=10,
                            db_comment="the currency for money (cny, usd ...), else mu, m2, km2, ha, count or ratio")
    qualifier = qualifier(QUALIFIER_COMMENT)
    value_text = verbatim("the figure verbatim, e.g. 约30亿元")
    as_of = models.DateField(_("时点"), null=True, blank=True, db_comment="date the figure refers to, when known")
    as_of_text = models.CharField(_("时点原文"), max_length=100, blank=True, default="",
                                  db_comment="period as written, e.g. 截至2024年3月底")
    has_conflict = models.BooleanField(
        _("数据冲突"), default=False, db_index=True,
        db_comment="the fact is in a pair of report_conflicts (incompatible values for one subject, metric and "
                   "period from different articles)")
    article = models.ForeignKey("loaders.SourceArticle", verbose_name=_("首个来源"), null=True, blank=True,
                                on_delete=models.SET_NULL, related_name="+",
                                db_comment="the first article that reported it")
    history = HistoricalRecords(excluded_fields=["updated_at"])

    class Meta:
        verbose_name = pgettext_lazy("model name", "数据")
        verbose_name_plural = pgettext_lazy("plural", "数据")
        db_table_comment = "Numbers reported about parks, park groups, companies, projects and funds"
        constraints = [
            models.UniqueConstraint(fields=["subject_type", "subject_id", "metric", "unit", "value", "as_of_text"],
                                    name="fact_natural_key"),
        ]
        # fact_value_idx: the admin's facts list sorted by value reads the first page from it (LIMIT 100
        # of 440,000 facts) instead of sorting every fact; fact_metric_order does the same for the list sorted
        # by metric (the admin orders by metric, then -id: with a few dozen metrics, sorting each metric's facts
        # by id took 200 ms at that scale)
        indexes = [models.Index(fields=["subject_type", "subject_id"], name="fact_subject_idx"),
                   models.Index(fields=["value"], name="fact_value_idx"),
                   models.Index(fields=["metric", "-id"], name="fact_metric_order")]

    def __str__(self) -> str:
        from curation.forms import format_figure, metric_label

        figure = self.value_text or format_figure(self.value, unit=self.unit, qualifier=self.qualifier)
        return f"{self.subject_name} {metric_label(self.metric)} {figure}"


class MetricKind(models.TextChoices):
    REPORTED = "reported", _("实际")
    TARGET = "target", _("目标")
    CUMULATIVE = "cumulative", _("累计")
    RATIO = "ratio", _("比率")


class Metric(models.Model):
    """One code of the metric vocabulary. Rows come from loaders/extract/tables/metrics.py through migrations."""

    code = models.CharField(_("代码"), max_length=60, primary_key=True, db_comment="the code facts carry in metric")
    label_zh = models.CharField(_("中文名"), max_length=100, db_comment="Chinese label")
    label_en = models.CharField(_("英文名"), max_length=100, db_comment="English label")
    unit = models.CharField(_("单位"), max_length=10,
                            db_comment="money (the fact's unit is its currency), count, mu, m2, km2, ha or ratio")
    kind = models.CharField(_("类别"), max_length=12, choices=MetricKind.choices,
                            db_comment="reported, target, cumulative or ratio")
    description = models.TextField(_("说明"), db_comment="what the metric counts, with the words that signal it")

    class Meta:
        verbose_name = pgettext_lazy("model name", "指标")
        verbose_name_plural = pgettext_lazy("plural", "指标")
        db_table_comment = "The metric vocabulary: every code a fact's metric may hold"
        ordering = ["code"]

    def __str__(self) -> str:
        return f"{self.code} ({self.label_zh})"
