"""Editors' admin for projects, funds and facts; the shared behaviour lives in parks.admin.CuratedAdmin."""
from __future__ import annotations

from django.contrib import admin
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from parks.admin import (AmountModelForm, ArticleFilter, CuratedAdmin, NamedRecordAdmin, ParkFilter,
                         record_admin_url)
from parks.forms import AmountField, format_amount
from parks.search import DistinctValuesFilter, bigram_search
from projects.models import Fact, Fund, Project
from projects.resources import FactResource, FundResource, ProjectResource


class ProjectForm(AmountModelForm):
    amount_fields = {"investment": "project"}
    investment = AmountField(label=_("投资额"), required=False, help_text=_("例如：6亿、约3.9亿元、2000万、1.5亿美元"))

    class Meta:
        model = Project
        exclude = ("investment_cny", "investment_amount", "investment_currency", "investment_qualifier",
                   "investment_text")


class FundForm(AmountModelForm):
    amount_fields = {"size": "fund", "paid_in": "fund", "invested": "fund"}
    size = AmountField(label=_("规模"), required=False)
    paid_in = AmountField(label=_("实缴"), required=False)
    invested = AmountField(label=_("已投资"), required=False)

    class Meta:
        model = Fund
        exclude = ("size_cny", "size_qualifier", "size_text", "paid_in_cny", "paid_in_text", "invested_cny",
                   "invested_text")


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


def format_fact_value(fact: Fact) -> str:
    if fact.unit in ("cny", "usd", "eur", "hkd", "jpy"):
        return format_amount(fact.value, qualifier=fact.qualifier, currency=fact.unit)
    if fact.unit == "ratio":
        return f"{fact.qualifier}{(fact.value * 100).normalize():f}%"
    return f"{fact.qualifier}{fact.value.normalize():f} {fact.unit}"


@admin.register(Fact)
class FactAdmin(CuratedAdmin):
    resource_classes = [FactResource]
    list_display = ("subject_link", "subject_type", "metric", "value_display", "value_text", "as_of_text",
                    "has_conflict", "article", "status_badge")
    list_display_links = ("metric",)
    list_select_related = ("article",)
    list_filter = ("has_conflict", "review_status", "subject_type", ("metric", DistinctValuesFilter), ArticleFilter)
    search_fields = ("subject_name", "=metric", "value_text")
    autocomplete_fields = ("article",)
    fieldsets = (
        (None, {"fields": ("subject_type", "subject_id", "subject_name", "metric", "value", "unit", "qualifier",
                           "value_text", "as_of", "as_of_text", "has_conflict", "article")}),
        (_("审核与证据"), {"fields": CuratedAdmin.review_fields}),
    )

    def get_queryset(self, request):
        return super().get_queryset(request).defer("article__text")

    def get_search_results(self, request, queryset, search_term):
        if not search_term.strip():
            return queryset, False
        return bigram_search(queryset, fields=["subject_name", "value_text"], exact_fields=("metric",),
                             search_term=search_term), False

    @admin.display(description=_("主体"), ordering="subject_name")
    def subject_link(self, obj):
        return format_html('<a href="{}">{}</a>', record_admin_url(obj.subject_type, obj.subject_id),
                           obj.subject_name)

    @admin.display(description=_("数值"), ordering="value")
    def value_display(self, obj):
        return format_fact_value(obj)
