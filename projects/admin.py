"""Editors' admin for projects, funds and facts; the shared behaviour lives in parks.admin.CuratedAdmin."""
from __future__ import annotations

from django import forms
from django.contrib import admin
from django.db import connection
from django.contrib.admin.views.main import ChangeList
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from curation.admin import (ENTITY_MODELS, CuratedForm, ArticleFilter, CuratedAdmin, NamedRecordAdmin, ParkFilter,
                             list_separator, record_admin_url)
from curation.conflicts import conflict_partners
from curation.forms import AmountField, format_amount, format_figure, metric_label, unit_label
from loaders.extract.mentions.amounts import UNITS
from loaders.extract.tables.metrics import METRICS
from parks.search import bigram_search
from projects.models import Fact, Fund, Project
from projects.resources import FactResource, FundResource, ProjectResource


class ProjectForm(CuratedForm):
    amount_fields = {"investment": "project"}
    investment = AmountField(label=_("投资额"), required=False, help_text=_("例如：6亿、约3.9亿元、2000万、1.5亿美元"))

    class Meta:
        model = Project
        exclude = ("investment_cny", "investment_amount", "investment_currency", "investment_qualifier",
                   "investment_text")


class FundForm(CuratedForm):
    amount_fields = {"size": "fund", "paid_in": "fund", "invested": "fund"}
    size = AmountField(label=_("规模"), required=False)
    paid_in = AmountField(label=_("实缴"), required=False)
    invested = AmountField(label=_("已投资"), required=False)

    class Meta:
        model = Fund
        exclude = ("size_cny", "size_amount", "size_currency", "size_qualifier", "size_text", "paid_in_cny",
                   "paid_in_amount", "paid_in_currency", "paid_in_text", "invested_cny", "invested_amount",
                   "invested_currency", "invested_text")


@admin.register(Project)
class ProjectAdmin(NamedRecordAdmin):
    form = ProjectForm
    resource_classes = [ProjectResource]
    list_display = ("name", "park", "investment_display", "phase", "status", "status_badge", "updated_at")
    list_select_related = ("park",)
    list_filter = ("review_status", "status", ParkFilter, ArticleFilter)
    autocomplete_fields = ("park", "companies")
    change_type_targets = ("parks.park", "parks.company", "projects.fund")
    fieldsets = (
        (None, {"fields": ("name", "aliases", "park", "companies", "investment", "phase", "status")}),
        (_("审核与证据"), {"fields": CuratedAdmin.review_fields}),
    )

    @admin.display(description=_("投资额"), ordering="investment_cny")
    def investment_display(self, obj):
        amount = obj.investment_amount if obj.investment_amount is not None else obj.investment_cny
        return format_amount(amount, qualifier=obj.investment_qualifier, currency=obj.investment_currency or "cny")


@admin.register(Fund)
class FundAdmin(NamedRecordAdmin):
    form = FundForm
    resource_classes = [FundResource]
    list_display = ("name", "park", "size_display", "paid_in_display", "invested_display", "status_badge")
    list_select_related = ("park",)
    list_filter = ("review_status", ParkFilter, ArticleFilter)
    autocomplete_fields = ("park",)
    change_type_targets = ("projects.project", "parks.company")
    fieldsets = (
        (None, {"fields": ("name", "aliases", "park", "size", "paid_in", "invested")}),
        (_("审核与证据"), {"fields": CuratedAdmin.review_fields}),
    )

    @admin.display(description=_("规模"), ordering="size_cny")
    def size_display(self, obj):
        return format_amount(obj.size_cny, qualifier=obj.size_qualifier)

    @admin.display(description=_("实缴"), ordering="paid_in_cny")
    def paid_in_display(self, obj):
        return format_amount(obj.paid_in_cny)

    @admin.display(description=_("已投资"), ordering="invested_cny")
    def invested_display(self, obj):
        return format_amount(obj.invested_cny)


class FactForm(CuratedForm):
    """A fact's metric is chosen from the vocabulary, shown by its label; a code outside it cannot be typed."""

    metric = forms.ChoiceField(label=_("指标"))
    unit = forms.ChoiceField(label=_("单位"))

    class Meta:
        model = Fact
        fields = "__all__"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        choices = [(code, metric_label(code)) for code in METRICS]
        current = self.instance.metric if self.instance.pk else ""
        if current and current not in METRICS:
            choices.insert(0, (current, metric_label(current)))  # an older code stays until an editor picks one
        self.fields["metric"].choices = choices
        units = [(code, unit_label(code)) for code in UNITS]
        if self.instance.pk and self.instance.unit not in UNITS:
            units.insert(0, (self.instance.unit, self.instance.unit))
        self.fields["unit"].choices = units


def format_fact_value(fact: Fact) -> str:
    return format_figure(fact.value, unit=fact.unit, qualifier=fact.qualifier)


def metrics_in_use() -> list[str]:
    """The metric codes some fact has: one probe of the metric index per code (a skip scan), not a
    DISTINCT over every fact (50 ms at 440,000 facts, growing with them)."""
    table = connection.ops.quote_name(Fact._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"""
            WITH RECURSIVE used(metric) AS (
                SELECT min(metric) FROM {table}
                UNION ALL
                SELECT (SELECT min(metric) FROM {table} WHERE metric > used.metric) FROM used WHERE used.metric IS NOT NULL
            ) SELECT metric FROM used WHERE metric IS NOT NULL""")
        return [row[0] for row in cursor.fetchall()]


class MetricFilter(admin.SimpleListFilter):
    """Facts of one metric, listed by label; only metrics in use are offered."""

    title = _("指标")
    parameter_name = "metric"

    def lookups(self, request, model_admin):
        return sorted(((code, metric_label(code)) for code in metrics_in_use()), key=lambda pair: pair[1])

    def queryset(self, request, queryset):
        return queryset.filter(metric=self.value()) if self.value() else queryset


class FactChangeList(ChangeList):
    """The fact list, with each conflicting figure's partners read for the whole page at once."""

    def get_results(self, request):
        super().get_results(request)
        partners = conflict_partners(self.result_list)
        for fact in self.result_list:
            fact.conflict_partners = partners.get(fact.pk, [])


@admin.register(Fact)
class FactAdmin(CuratedAdmin):
    form = FactForm
    resource_classes = [FactResource]
    list_display = ("subject_link", "subject_type", "metric_display", "value_display", "as_of_text",
                    "conflict_link", "status_badge")
    list_display_links = ("metric_display",)
    list_select_related = ("article",)
    list_filter = ("has_conflict", "review_status", "subject_type", MetricFilter, ArticleFilter)
    search_fields = ("subject_name", "=metric", "value_text")
    autocomplete_fields = ("article",)
    fieldsets = (
        (None, {"fields": ("subject_link", "subject_type", "subject_id", "subject_name", "metric", "value", "unit",
                           "qualifier", "value_text", "as_of", "as_of_text", "conflict_link", "article")}),
        (_("审核与证据"), {"fields": CuratedAdmin.review_fields}),
    )

    readonly_fields = ("subject_link", "conflict_link", *CuratedAdmin.review_fields)  # the flag is worked out

    def get_queryset(self, request):
        return super().get_queryset(request).defer("article__text")

    def get_search_results(self, request, queryset, search_term):
        if not search_term.strip():
            return queryset, False
        return bigram_search(queryset, fields=["subject_name", "value_text"], exact_fields=("metric",),
                             search_term=search_term), False

    @admin.display(description=_("主体"), ordering="subject_name")
    def subject_link(self, obj):
        if obj is None or not obj.pk or obj.subject_type not in ENTITY_MODELS:
            return "-"
        return format_html('<a href="{}">{}（{}）</a>', record_admin_url(obj.subject_type, obj.subject_id),
                           obj.subject_name, obj.get_subject_type_display())

    @admin.display(description=_("数值"), ordering="value")
    def value_display(self, obj):
        return obj.value_text or format_fact_value(obj)

    @admin.display(description=_("指标"), ordering="metric")
    def metric_display(self, obj):
        return metric_label(obj.metric)

    def get_changelist(self, request, **kwargs):
        return FactChangeList

    @admin.display(description=_("数据冲突"), ordering="has_conflict")
    def conflict_link(self, obj):
        """A conflicting figure links to each figure it conflicts with, and to the queue's side-by-side view."""
        if not obj.has_conflict:
            return "-"
        partners = getattr(obj, "conflict_partners", None)
        if partners is None:  # a page of its own (the change form): read them here
            partners = conflict_partners([obj])[obj.pk]
        links = format_html_join(list_separator(), '<a href="{}" class="conflict-partner">{}</a>', (
            (reverse("admin:projects_fact_change", args=[other.pk]),
             gettext("与 %(figure)s（编号 %(id)s）冲突") % {"figure": other.value_text or format_fact_value(other),
                                                       "id": other.pk}) for other in partners))
        queue = format_html('<a href="{}?type=conflict">{}</a>', reverse("review_queue"), _("对照查看"))
        return format_html("{} · {}", links, queue) if partners else queue
