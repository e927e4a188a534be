"""Admin for where records come from: articles (full text with every extracted span linked), evidence, load runs.

Articles, evidence and load runs are the loader's: editors read them and never edit or delete them.
"""
from __future__ import annotations

import re
from collections import defaultdict
from pathlib import PurePath

from django.contrib import admin
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from curation.models import EntityType
from curation.paging import CappedChangeList, CappedPaginator
from loaders.models import Evidence, LoadRun, SourceArticle
from curation.admin import highlight_quote, record_admin_url


def labelled_column(name: str, label, *, boolean: bool = False):
    """A column shown under a Chinese label where the model field has none (the loader's models are its own)."""
    def show(self, obj):
        return getattr(obj, name)
    show.__name__ = f"{name}_column"
    return admin.display(description=label, ordering=name, boolean=boolean)(show)


PRECISIONS = {"day": _("日"), "month": _("月"), "year": _("年")}


class PrecisionFilter(admin.SimpleListFilter):
    title = _("日期精度")
    parameter_name = "published_precision"

    def lookups(self, request, model_admin):
        return list(PRECISIONS.items())

    def queryset(self, request, queryset):
        return queryset.filter(published_precision=self.value()) if self.value() in PRECISIONS else queryset


def date_basis_text(basis: str) -> str:
    """How the publication date was found, in the admin's language: the loader stores it in a fixed form
    ('stated: ...' or 'inferred: ...', loaders/extract/meta.py)."""
    rules = [
        (r"stated: '(.+)'", lambda m: gettext("文中写明：%(date)s") % {"date": m.group(1)}),
        (r"inferred: latest event (\d+)月(\d+)日, year (\d+) from context",
         lambda m: gettext("推断：文中最晚的日期 %(month)s月%(day)s日，年份 %(year)s 由上下文推断") % {
             "month": m.group(1), "day": m.group(2), "year": m.group(3)}),
        (r"inferred: latest month (\d+)月, year (\d+) from context",
         lambda m: gettext("推断：文中最晚的月份 %(month)s月，年份 %(year)s 由上下文推断") % {
             "month": m.group(1), "year": m.group(2)}),
        (r"inferred: year (\d+) from context",
         lambda m: gettext("推断：年份 %(year)s 由上下文推断") % {"year": m.group(1)}),
    ]
    for pattern, label in rules:
        if match := re.fullmatch(pattern, basis or ""):
            return label(match)
    return basis or ""


class ReadOnlyAdmin(admin.ModelAdmin):
    show_full_result_count = False
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


def highlighted_article(article: SourceArticle) -> str:
    """The article text, escaped, with every extracted span in a <mark> linking to the record it supports."""
    text = article.text
    spans = []
    for ev in Evidence.objects.filter(article=article).only(
            "pk", "entity_type", "entity_id", "field", "start_offset", "end_offset", "span_start", "span_end"):
        start, end = (ev.span_start, ev.span_end) if ev.span_start is not None else (ev.start_offset, ev.end_offset)
        if 0 <= start < end <= len(text):
            spans.append((start, end, ev))
    boundaries = sorted({0, len(text)} | {s for s, _, _ in spans} | {e for _, e, _ in spans})
    starts = defaultdict(list)
    for start, end, ev in spans:
        starts[start].append(ev)
    out, anchored = [], set()
    for left, right in zip(boundaries, boundaries[1:]):
        piece = conditional_escape(text[left:right])
        covering = [ev for s, e, ev in spans if s <= left and right <= e]
        if not covering:
            out.append(piece)
            continue
        ev = min(covering, key=lambda e: (e.span_end or e.end_offset) - (e.span_start or e.start_offset))
        ids = "".join(format_html('<span id="ev-{}"></span>', e.pk) for e in starts.get(left, []) if e.pk not in anchored)
        anchored.update(e.pk for e in starts.get(left, []))
        title = "; ".join(f"{e.get_entity_type_display()} #{e.entity_id} {e.field}" for e in covering)
        out.append(format_html('{}<a class="evidence-span" href="{}" title="{}"><mark>{}</mark></a>',
                               mark_safe(ids), record_admin_url(ev.entity_type, ev.entity_id), title, piece))
    return mark_safe('<div class="article-text" style="white-space:pre-wrap;line-height:1.8;max-width:60em">'
                     + "".join(str(p) for p in out) + "</div>")


@admin.register(SourceArticle)
class SourceArticleAdmin(ReadOnlyAdmin):
    list_display = ("title", "file_name", "outlet", "published_on", "char_count", "duplicate_of", "last_loaded_at")
    list_select_related = ("duplicate_of",)
    search_fields = ("title", "file_name", "text", "=sha256")  # words of the text find an article too
    search_help_text = _("按标题、文件名或正文中的词语搜索")
    list_filter = ("outlet", PrecisionFilter)
    fields = ("title", "file_name", "outlet", "authors_display", "published_on", "precision_display", "date_basis_display",
              "duplicate_of", "sha256_column", "char_count", "extractor_version_column", "first_loaded_at",
              "last_loaded_at", "annotated_text")
    readonly_fields = fields
    sha256_column = labelled_column("sha256", _("文本指纹（SHA-256）"))
    extractor_version_column = labelled_column("extractor_version", _("抽取程序版本"))

    @admin.display(description=_("作者"))
    def authors_display(self, obj):
        people = []
        for author in obj.authors or []:
            if isinstance(author, dict):
                role = author.get("role") or ""
                people.append(f"{author.get('name', '')}（{role}）" if role else str(author.get("name", "")))
            else:
                people.append(str(author))
        return "、".join(p for p in people if p) or "-"

    @admin.display(description=_("日期依据"))
    def date_basis_display(self, obj):
        return date_basis_text(obj.date_basis) or "-"

    @admin.display(description=_("日期精度"))
    def precision_display(self, obj):
        return PRECISIONS.get(obj.published_precision, obj.published_precision or "-")

    def get_queryset(self, request):
        qs = super().get_queryset(request)
        # The changelist never needs the full text (or the duplicate's text) of each row.
        return qs.defer("text", "duplicate_of__text") if request.resolver_match and \
            request.resolver_match.url_name.endswith("changelist") else qs

    def has_view_permission(self, request, obj=None):
        return super().has_view_permission(request, obj)

    @admin.display(description=_("正文（标出的是已提取的内容，点击跳到对应记录）"))
    def annotated_text(self, obj):
        return highlighted_article(obj)


@admin.register(Evidence)
class EvidenceAdmin(ReadOnlyAdmin):
    list_display = ("entity_type", "record_link", "field_display", "article", "quote_display")
    list_select_related = ("article",)
    list_filter = ("entity_type",)
    fields = ("article", "entity_type", "record_link", "field_display", "quote_display", "value_display",
              "start_offset_column", "end_offset_column")
    readonly_fields = fields
    start_offset_column = labelled_column("start_offset", _("句子起点"))
    end_offset_column = labelled_column("end_offset", _("句子终点"))

    @admin.display(description=_("字段"), ordering="field")
    def field_display(self, obj):
        from curation.admin import ENTITY_MODELS, evidence_field_label
        from django.apps import apps
        return evidence_field_label(apps.get_model(ENTITY_MODELS[obj.entity_type]), obj.field)

    @admin.display(description=_("取值"))
    def value_display(self, obj):
        from django.apps import apps

        from curation.admin import ENTITY_MODELS, evidence_values
        return evidence_values(apps.get_model(ENTITY_MODELS[obj.entity_type]), [obj])[obj.pk] or "-"
    search_fields = ("quote",)
    raw_id_fields = ("article",)
    # Quotes have no search index (its upkeep would slow every load): a search scans, and its count would
    # scan the whole table; counting stops at 1,000 matches instead.
    paginator = CappedPaginator

    def get_changelist(self, request, **kwargs):
        return CappedChangeList

    def get_queryset(self, request):
        return super().get_queryset(request).defer("article__text")

    @admin.display(description=_("记录"))
    def record_link(self, obj):
        return format_html('<a href="{}">#{}</a>', record_admin_url(obj.entity_type, obj.entity_id), obj.entity_id)

    @admin.display(description=_("原文"))
    def quote_display(self, obj):
        return highlight_quote(obj)


# A file's outcome in a load run (loaders.pipeline.FileOutcome.status).
FILE_STATUSES = {"loaded": _("已导入"), "reloaded": _("已重新抽取"), "unchanged": _("未变（已导入过）"),
                 "refused": _("已拒绝"), "skipped": _("已跳过"), "failed": _("写入失败")}


@admin.register(LoadRun)
class LoadRunAdmin(ReadOnlyAdmin):
    COLUMNS = {"extractor_version": _("抽取程序版本"), "dry_run": _("试运行"), "files_seen": _("文件"),
               "files_loaded": _("已导入"), "files_unchanged": _("未变"), "files_refused": _("已拒绝"),
               "records_created": _("新建记录"), "records_updated": _("更新记录"), "records_unchanged": _("未变记录"),
               "records_locked": _("因编辑锁定未改")}
    list_display = ("started_at", "status", "finished_at", "extractor_version_column", "dry_run_column", "files_seen_column",
                    "files_loaded_column", "files_unchanged_column", "files_refused_column",
                    "records_created_column", "records_updated_column", "records_locked_column")
    list_filter = ("status",)
    fields = ("started_at", "status", "error", "finished_at", *[f"{name}_column" for name in COLUMNS], "report_display")
    readonly_fields = fields
    locals().update({f"{name}_column": labelled_column(name, label, boolean=name == "dry_run")
                     for name, label in COLUMNS.items()})

    @admin.display(description=_("报告"))
    def report_display(self, obj):
        """Each file's outcome and counts, and the counts per record type, in the editor's words; the loader's own
        notes on a file (its reason, its warnings) are its operator's text, shown as written."""
        report = obj.report or {}
        articles = {f.get("article_id") for f in report.get("files", [])} - {None}
        existing = set(SourceArticle.objects.filter(pk__in=articles).values_list("pk", flat=True))
        files = [{
            "name": PurePath(f.get("path", "")).name, "status": FILE_STATUSES.get(f.get("status"), f.get("status")),
            "records": f.get("records") or {}, "notes": [n for n in [f.get("reason"), *f.get("warnings", [])] if n],
            "article_url": reverse("admin:loaders_sourcearticle_change", args=[f["article_id"]])
            if f.get("article_id") in existing else "",
        } for f in report.get("files", [])[:1000]]
        by_type = [(EntityType(code).label if code in EntityType.values else code, counts)
                   for code, counts in sorted((report.get("records") or {}).get("by_type", {}).items())]
        return render_to_string("admin/loaders/load_report.html", {"files": files, "by_type": by_type})
