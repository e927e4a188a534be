"""The analysts' pages in the admin: the overview charts and CSV downloads of the report views, staff only."""
from __future__ import annotations

from django.contrib import admin
from django.http import Http404, StreamingHttpResponse
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from analytics import overview
from analytics.catalog import relations, report_view_names
from analytics.charts import Segment, bar_chart, column_chart
from analytics.csv_export import iter_report_csv
from analytics.descriptions import VIEW_DESCRIPTIONS
from analytics.models import Overview, Report
from curation.models import ReviewStatus

REVIEW_COLOURS = {"unreviewed": "#d9a400", "verified": "#2e7d32", "rejected": "#b23b3b"}


class StaffPage(admin.ModelAdmin):
    """A page, not a changelist: every staff user may view it; nobody adds, changes or deletes anything."""

    def has_module_permission(self, request) -> bool:
        return request.user.is_active and request.user.is_staff

    def has_view_permission(self, request, obj=None) -> bool:
        return request.user.is_active and request.user.is_staff

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    def page(self, request, template: str, title: str, **context) -> TemplateResponse:
        return TemplateResponse(request, template, {
            **self.admin_site.each_context(request), "opts": self.opts, "title": title, **context,
        })


@admin.register(Overview)
class OverviewAdmin(StaffPage):
    def get_urls(self):
        name = f"{self.opts.app_label}_{self.opts.model_name}_changelist"
        return [path("", self.admin_site.admin_view(self.overview_view), name=name)]

    def overview_view(self, request):
        review = [Segment(status.value, str(status.label), REVIEW_COLOURS[status.value]) for status in ReviewStatus]
        editions = [Segment("originals", str(_("原稿")), "#417690"), Segment("editions", str(_("同稿其他版本")), "#9bbfd4")]
        no_data = str(_("暂无数据"))
        charts = [
            (_("各园区计划投资额 (亿元)"), _("文章报道的园区计划总投资 (最新数字, 人民币); 不是园区内已知项目投资额之和。"),
             bar_chart(overview.investment_by_park(), title=str(_("各园区计划投资额")), fmt=overview.yi, empty=no_data)),
            (_("项目状态"), _("各状态的项目数。"),
             bar_chart(overview.projects_by_status(), title=str(_("项目状态")), empty=no_data)),
            (_("审核进度"), _("各类记录中待审核、已核实、已拒绝的数量。"),
             bar_chart(overview.review_progress(), title=str(_("审核进度")), segments=review, empty=no_data)),
            (_("文章发布时间"), _("按发布日期统计的文章数 (只知年份或月份的按年或月计); 同一稿件的其他版本单独着色。"),
             column_chart(overview.articles_published(), title=str(_("文章发布时间")), segments=editions,
                          empty=no_data)),
        ]
        return self.page(request, "admin/analytics/overview.html", str(_("概览图表")),
                         totals=overview.totals(),
                         charts=[(title, note, mark_safe(svg)) for title, note, svg in charts])


@admin.register(Report)
class ReportAdmin(StaffPage):
    def get_urls(self):
        name = f"{self.opts.app_label}_{self.opts.model_name}"
        return [
            path("", self.admin_site.admin_view(self.reports_view), name=f"{name}_changelist"),
            path("<str:view>.csv", self.admin_site.admin_view(self.csv_view), name=f"{name}_csv"),
        ]

    def reports_view(self, request):
        views = [(view, VIEW_DESCRIPTIONS.get(view.name, view.comment)) for view in relations(report_view_names())]
        return self.page(request, "admin/analytics/reports.html", str(_("报表下载 (CSV)")), views=views)

    def csv_view(self, request, view: str):
        if view not in report_view_names():  # the whitelist: only existing report_* views, never raw SQL
            raise Http404(f"no report view named {view!r}")
        response = StreamingHttpResponse(iter_report_csv(view), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{view}.csv"'
        return response
