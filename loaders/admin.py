"""Admin for where records come from: articles (full text with every extracted span linked), evidence, load runs.

Articles, evidence and load runs are the loader's: editors read them and never edit or delete them.
"""
from __future__ import annotations

from collections import defaultdict

from django.contrib import admin
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from loaders.models import Evidence, LoadRun, SourceArticle
from parks.admin import highlight_quote, record_admin_url
from parks.search import DistinctValuesFilter


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
    search_fields = ("title", "file_name", "=sha256")
    list_filter = ("outlet", "published_precision")
    fields = ("title", "file_name", "outlet", "authors", "published_on", "date_basis", "duplicate_of", "sha256",
              "char_count", "extractor_version", "first_loaded_at", "last_loaded_at", "annotated_text")
    readonly_fields = fields

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
    list_display = ("entity_type", "record_link", "field", "article", "quote_display")
    list_select_related = ("article",)
    list_filter = ("entity_type", ("field", DistinctValuesFilter))
    search_fields = ("quote",)
    raw_id_fields = ("article",)

    def get_queryset(self, request):
        return super().get_queryset(request).defer("article__text")

    @admin.display(description=_("记录"))
    def record_link(self, obj):
        return format_html('<a href="{}">#{}</a>', record_admin_url(obj.entity_type, obj.entity_id), obj.entity_id)

    @admin.display(description=_("原文"))
    def quote_display(self, obj):
        return highlight_quote(obj)


@admin.register(LoadRun)
class LoadRunAdmin(ReadOnlyAdmin):
    list_display = ("started_at", "status", "finished_at", "extractor_version", "dry_run", "files_seen", "files_loaded",
                    "files_unchanged", "files_refused", "records_created", "records_updated", "records_locked")
    list_filter = ("dry_run",)
