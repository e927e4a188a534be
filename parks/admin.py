"""Admin for parks, park groups and companies; what every curated record's admin shares is curation.admin."""
from __future__ import annotations

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from curation.admin import ArticleFilter, CompanyParkFilter, CuratedAdmin, NamedRecordAdmin, list_separator
from parks.models import Company, Park, ParkGroup
from parks.resources import CompanyResource, ParkGroupResource, ParkResource


@admin.register(Park)
class ParkAdmin(NamedRecordAdmin):
    resource_classes = [ParkResource]
    list_display = ("name", "city", "district", "kind", "parent", "status_badge", "updated_at")
    list_select_related = ("parent",)
    list_filter = ("review_status", "kind", ArticleFilter)
    autocomplete_fields = ("parent",)
    fieldsets = (
        (None, {"fields": ("name", "aliases", "kind", "city", "district", "parent", "industries", "area_mu")}),
        (_("审核与证据"), {"fields": CuratedAdmin.review_fields}),
    )


@admin.register(ParkGroup)
class ParkGroupAdmin(NamedRecordAdmin):
    resource_classes = [ParkGroupResource]
    list_display = ("name", "city", "status_badge", "updated_at")
    list_filter = ("review_status", ArticleFilter)
    autocomplete_fields = ("members",)
    fieldsets = (
        (None, {"fields": ("name", "aliases", "city", "members")}),
        (_("审核与证据"), {"fields": CuratedAdmin.review_fields}),
    )


@admin.register(Company)
class CompanyAdmin(NamedRecordAdmin):
    resource_classes = [CompanyResource]
    list_display = ("name", "kind", "park_names", "status_badge", "updated_at")
    list_filter = ("review_status", "kind", CompanyParkFilter, ArticleFilter)
    autocomplete_fields = ("parks",)
    fieldsets = (
        (None, {"fields": ("name", "aliases", "kind", "parks")}),
        (_("审核与证据"), {"fields": CuratedAdmin.review_fields}),
    )

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("parks")

    @admin.display(description=_("所在园区"))
    def park_names(self, obj):
        return list_separator().join(p.name for p in obj.parks.all())
