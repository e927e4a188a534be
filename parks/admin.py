"""The editors' admin: find a record, see the sentences it came from, correct, review, merge, undo.

Every write goes through parks.editing / parks.merge; this module only wires forms, buttons and actions to them.
"""
from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core.exceptions import FieldDoesNotExist, PermissionDenied
from django.db.models import F, Func, Q, TextField, Value
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, ngettext, pgettext
from django.utils.translation import gettext_lazy as _
from import_export.admin import ImportExportMixin
from import_export.formats import base_formats
from simple_history.admin import SimpleHistoryAdmin

from loaders.fields import FIELD_COLUMNS, FOREIGN_KEYS, column_values
from loaders.models import Evidence, SourceArticle
from parks.editing import apply_editor_change, entity_type_of, review_records, unlock_field
from parks.forms import AmountField, EditedAmount, format_amount
from parks.merge import MergeError, change_type, mark_not_same, merge_records, split_record, undo_merge
from parks.models import Company, MergeLog, NamedRecord, NotSame, Park, ParkGroup, ReviewStatus
from parks.names import bigrams, normalise_name
from parks.resources import CompanyResource, ParkGroupResource, ParkResource

admin.site.site_header = _("园区数据库 · 编辑后台")
admin.site.site_title = _("园区数据库")
admin.site.index_title = _("数据审核与维护")

ENTITY_MODELS = {"park": "parks.park", "park_group": "parks.parkgroup", "company": "parks.company",
                 "project": "projects.project", "fund": "projects.fund", "fact": "projects.fact"}


def record_admin_url(entity_type: str, entity_id: int) -> str:
    app_label, model_name = ENTITY_MODELS[entity_type].split(".")
    return reverse(f"admin:{app_label}_{model_name}_change", args=[entity_id])


def highlight_quote(evidence: Evidence) -> str:
    """The evidence sentence, escaped, with the supporting words (span_start..span_end) in <mark>."""
    quote = evidence.quote or ""
    if evidence.span_start is None or evidence.span_end is None:
        return conditional_escape(quote)
    start = evidence.span_start - evidence.start_offset
    end = evidence.span_end - evidence.start_offset
    if not 0 <= start <= end <= len(quote):
        return conditional_escape(quote)
    return format_html("{}<mark>{}</mark>{}", quote[:start], quote[start:end], quote[end:])


def evidence_value_text(value) -> str:
    if isinstance(value, dict) and "amount" in value:
        return format_amount(value["amount"], qualifier=value.get("qualifier") or "",
                             currency=value.get("currency") or "cny")
    if isinstance(value, list):
        return list_separator().join(str(v) for v in value)
    return "" if value is None else str(value)


def list_separator() -> str:
    """'、' between listed names in Chinese, ', ' in English."""
    return pgettext("list separator", "、")


def evidence_field_label(model, field: str) -> str:
    """An evidence field in the editor's words: the label of the (first) column it sets."""
    columns = FIELD_COLUMNS.get(entity_type_of(model), {}).get(field, [field])
    try:
        return str(model._meta.get_field(columns[0]).verbose_name)
    except FieldDoesNotExist:
        return field


def labelled(label, value) -> str:
    """'审核人：admin' (a full-width colon in Chinese, 'Reviewed by: admin' in English); both parts are escaped."""
    return format_html(gettext("{label}：{value}"), label=label, value=value)


def lock_label(model, key: str) -> str:
    """'investment_cny' -> '投资额(元)'; 'aliases:海尔' -> '别名：海尔'; 'companies:12' -> '企业：#12'."""
    name, _sep, item = key.partition(":")
    try:
        label = str(model._meta.get_field(name).verbose_name)
    except Exception:
        label = name
    return gettext("%(label)s：%(item)s") % {"label": label, "item": item if name == "aliases" else "#" + item} \
        if item else label


class ArticleFilter(admin.SimpleListFilter):
    """Records with evidence in one article (any article id is accepted; the latest are offered)."""

    title = _("来源文章")
    parameter_name = "article"

    def lookups(self, request, model_admin):
        return [(a.pk, str(a)[:40]) for a in SourceArticle.objects.only("pk", "title", "file_name")
                .order_by("-pk")[:30]]

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        ids = Evidence.objects.filter(article_id=self.value(), entity_type=entity_type_of(queryset.model)) \
            .values("entity_id")
        return queryset.filter(pk__in=ids)


class ParkFilter(admin.SimpleListFilter):
    """Records in one park; only the first parks by name are offered, any park id is accepted (a million parks)."""

    title = _("园区")
    parameter_name = "park"
    field_path = "park"

    def lookups(self, request, model_admin):
        return [(p.pk, p.name) for p in Park.objects.only("pk", "name").order_by("name")[:30]]

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        return queryset.filter(**{self.field_path: self.value()})


class CompanyParkFilter(ParkFilter):
    field_path = "parks"


class CuratedAdmin(ImportExportMixin, SimpleHistoryAdmin):
    """What every curated record's admin shares: review, locks, evidence, history, import/export, editor saves."""

    resource_classes: list = []
    formats = [base_formats.CSV, base_formats.XLSX]
    to_encoding = "utf-8-sig"  # a BOM, so Excel opens Chinese CSV correctly
    from_encoding = "utf-8-sig"
    review_fields = ("review_panel", "locked_panel", "evidence_panel")
    readonly_fields = review_fields
    actions = ["verify_selected", "reject_selected", "merge_selected", "mark_not_same_selected"]
    list_per_page = 50
    show_full_result_count = False  # one count query fewer on a million rows

    # ---- search: two-character Chinese substrings via the GIN-indexed bigram array ----
    def get_search_results(self, request, queryset, search_term):
        term = normalise_name(search_term)
        if not term or not issubclass(self.model, NamedRecord):
            return super().get_search_results(request, queryset, search_term)
        keys = Func(F("alias_keys"), Value("|"), function="array_to_string", output_field=TextField())
        queryset = queryset.filter(search_bigrams__contains=bigrams(term)).alias(_alias_text=keys).filter(
            Q(normalised_name__contains=term) | Q(_alias_text__contains=term))
        if search_term.strip().isdigit():
            queryset = queryset | self.model.objects.filter(pk=int(search_term.strip()))
        return queryset, False

    # ---- permissions: loaded records are rejected or merged, never deleted by editors ----
    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser

    def has_merge_permission(self, request):
        return request.user.has_perm("parks.merge_records")

    def has_review_permission(self, request):
        return request.user.has_perm("parks.review_records")

    def get_actions(self, request):
        actions = super().get_actions(request)
        if not self.has_review_permission(request):
            actions.pop("verify_selected", None)
            actions.pop("reject_selected", None)
        if not self.has_merge_permission(request) or self.model.__name__ == "Fact":
            actions.pop("merge_selected", None)
            actions.pop("mark_not_same_selected", None)
        return actions

    def get_resource_kwargs(self, request, *args, **kwargs):
        kwargs = super().get_resource_kwargs(request, *args, **kwargs)
        kwargs["user"] = request.user
        return kwargs

    def get_export_resource_kwargs(self, request, **kwargs):
        return {}

    # ---- saving: through the one editor-change function ----
    def editor_changes(self, form, record) -> dict:
        """Every form value that differs from the record as stored now (not from the form's initial values:
        a history revert starts from an old version). apply_editor_change skips what is equal."""
        model_fields = {f.name for f in self.model._meta.get_fields()}
        changes = {}
        for name, value in form.cleaned_data.items():
            if isinstance(form.fields.get(name), AmountField):
                stored = form.stored_amount(name, instance=record) if record.pk else None
                key = (lambda a: None if a is None else (a.value.normalize(), a.currency, a.qualifier))
                if key(stored) != key(value):
                    changes.update(form.amount_columns(name))
            elif name in model_fields:
                changes[name] = value
        return changes

    def save_model(self, request, obj, form, change):
        record = type(obj).objects.get(pk=obj.pk) if change else obj
        apply_editor_change(record=record, changes=self.editor_changes(form, record), user=request.user)
        obj.pk = record.pk
        obj.refresh_from_db()

    def save_related(self, request, form, formsets, change):
        # M2M values were applied (and locked) by save_model; only inline formsets remain.
        for formset in formsets:
            self.save_formset(request, form, formset, change=change)

    # ---- page buttons: verify / reject / unlock, handled before the form is processed ----
    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        if request.method == "POST" and object_id and any(
                k in request.POST for k in ("_verify", "_reject", "_unlock", "_unreview")):
            obj = self.get_object(request, object_id)
            if obj is None or not self.has_change_permission(request, obj):
                raise PermissionDenied
            if "_unlock" in request.POST:
                key = request.POST["_unlock"]
                changed = unlock_field(record=obj, key=key, user=request.user)
                self.message_user(request, _("已解锁 %(key)s%(note)s") % {
                    "key": key, "note": _("，已按证据重新计算") if changed else ""}, messages.SUCCESS)
            else:
                if not self.has_review_permission(request):
                    raise PermissionDenied
                status = (ReviewStatus.VERIFIED if "_verify" in request.POST else
                          ReviewStatus.REJECTED if "_reject" in request.POST else ReviewStatus.UNREVIEWED)
                review_records(records=[obj], status=status, user=request.user)
                self.message_user(request, _("已标记为：%s") % ReviewStatus(status).label, messages.SUCCESS)
            return HttpResponseRedirect(request.path)
        return super().changeform_view(request, object_id, form_url, extra_context)

    # ---- read-only panels on the change page ----
    @admin.display(description=_("审核"))
    def review_panel(self, obj):
        if obj is None or obj.pk is None:
            return "-"
        who = obj.reviewed_by.get_username() if obj.reviewed_by_id else "-"
        when = timezone.localtime(obj.reviewed_at).strftime("%Y-%m-%d %H:%M") if obj.reviewed_at else "-"
        lost = format_html(' <strong style="color:#b00">{}</strong>', _("来源文章已撤回")) if obj.source_lost else ""
        return format_html(
            '<strong>{}</strong>{} · {} · {}<br>'
            '<button type="submit" name="_verify" value="1" class="button">✔ {}</button> '
            '<button type="submit" name="_reject" value="1" class="button">✘ {}</button> '
            '<button type="submit" name="_unreview" value="1" class="button">{}</button>',
            obj.get_review_status_display(), lost, labelled(_("审核人"), who), labelled(_("审核时间"), when),
            _("核实"), _("拒绝"), _("重置为待审核"))

    @admin.display(description=_("编辑锁定"))
    def locked_panel(self, obj):
        if obj is None or not obj.locked_fields:
            return _("无：导入可更新所有字段")
        return format_html_join(
            " ", '<span style="white-space:nowrap" title="{}">{} '
                 '<button type="submit" name="_unlock" value="{}" class="button" title="{}">{}</button></span>',
            ((key, lock_label(type(obj), key), key, _("交还给导入程序，并按证据重新计算"), _("解锁"))
             for key in obj.locked_fields))

    @admin.display(description=_("证据"))
    def evidence_panel(self, obj):
        if obj is None or obj.pk is None:
            return "-"
        rows = list(Evidence.objects.filter(entity_type=entity_type_of(type(obj)), entity_id=obj.pk)
                    .select_related("article").only("pk", "field", "quote", "start_offset", "span_start", "span_end",
                                                   "value", "article__id", "article__title", "article__file_name")
                    .order_by("article_id", "start_offset")[:200])
        if not rows:
            return _("无证据")
        # a park given as a value (a project's park, a park's parent) is shown by name, not id
        park_ids = {ev.value for ev in rows if ev.field in FOREIGN_KEYS and isinstance(ev.value, int)}
        park_names = dict(Park.objects.filter(pk__in=park_ids).values_list("pk", "name")) if park_ids else {}

        def shown(ev):
            if ev.field in FOREIGN_KEYS and isinstance(ev.value, int):
                return park_names.get(ev.value, ev.value)
            return evidence_value_text(ev.value)

        body = format_html_join("", '<tr><td>{}</td><td><a href="{}#ev-{}">{}</a></td>'
                                    '<td class="evidence-quote">{}</td><td>{}</td></tr>', (
            (evidence_field_label(type(obj), ev.field), reverse("admin:loaders_sourcearticle_change",
                                                                args=[ev.article_id]), ev.pk,
             str(ev.article)[:30], highlight_quote(ev), shown(ev)) for ev in rows))
        return format_html('<table class="evidence"><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>'
                           '</thead><tbody>{}</tbody></table>', _("字段"), _("文章"), _("原文"), _("取值"), body)

    @admin.display(description=_("审核状态"), ordering="review_status")
    def status_badge(self, obj):
        colours = {"unreviewed": "#a60", "verified": "#070", "rejected": "#999"}
        lock = " · " + gettext("已锁定") if obj.locked_fields else ""
        return format_html('<span style="color:{}">{}</span>{}', colours.get(obj.review_status, "#000"),
                           obj.get_review_status_display(), lock)

    # ---- actions ----
    @admin.action(description=_("核实所选记录"))
    def verify_selected(self, request, queryset):
        count = review_records(records=queryset, status=ReviewStatus.VERIFIED, user=request.user)
        self.message_user(request, ngettext("已核实 %d 条记录", "已核实 %d 条记录", count) % count, messages.SUCCESS)

    @admin.action(description=_("拒绝所选记录"))
    def reject_selected(self, request, queryset):
        count = review_records(records=queryset, status=ReviewStatus.REJECTED, user=request.user)
        self.message_user(request, ngettext("已拒绝 %d 条记录", "已拒绝 %d 条记录", count) % count, messages.SUCCESS)

    @admin.action(description=_("合并所选记录…"))
    def merge_selected(self, request, queryset):
        records = list(queryset.order_by("pk"))
        if len(records) < 2:
            self.message_user(request, _("请至少选择两条记录"), messages.WARNING)
            return None
        if request.POST.get("survivor"):
            survivor = next((r for r in records if str(r.pk) == request.POST["survivor"]), None)
            if survivor is None:
                self.message_user(request, _("保留记录必须是所选记录之一"), messages.ERROR)
                return None
            log = merge_records(survivor=survivor, others=[r for r in records if r.pk != survivor.pk],
                                user=request.user)
            self.message_user(request, format_html(
                ngettext('已将 {} 条记录合并到 <a href="{}">{}</a>（<a href="{}">可撤销</a>）',
                         '已将 {} 条记录合并到 <a href="{}">{}</a>（<a href="{}">可撤销</a>）', len(log.merged_ids)),
                len(log.merged_ids),
                reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_change", args=[survivor.pk]), survivor,
                reverse("admin:parks_mergelog_change", args=[log.pk])), messages.SUCCESS)
            return None
        counts = {r.pk: Evidence.objects.filter(entity_type=entity_type_of(self.model), entity_id=r.pk).count()
                  for r in records}
        return TemplateResponse(request, "admin/merge_confirm.html", {
            **self.admin_site.each_context(request), "opts": self.opts, "title": _("合并重复记录"),
            "records": [(r, counts[r.pk]) for r in records], "action_checkbox_name": ACTION_CHECKBOX_NAME,
            "action": "merge_selected"})

    @admin.action(description=_("标记为“不是同一个”（两条）"))
    def mark_not_same_selected(self, request, queryset):
        records = list(queryset[:3])
        if len(records) != 2:
            self.message_user(request, _("请恰好选择两条记录"), messages.WARNING)
            return
        mark_not_same(first=records[0], second=records[1], user=request.user)
        self.message_user(request, _("已记录：%(a)s 与 %(b)s 不是同一个") % {"a": records[0], "b": records[1]},
                          messages.SUCCESS)

    # ---- split and change type: pages of their own ----
    change_type_targets: tuple[str, ...] = ()

    def get_urls(self):
        info = self.opts.app_label, self.opts.model_name
        return [
            path("<path:object_id>/split/", self.admin_site.admin_view(self.split_view), name="%s_%s_split" % info),
            path("<path:object_id>/change-type/", self.admin_site.admin_view(self.change_type_view),
                 name="%s_%s_change_type" % info),
        ] + super().get_urls()

    def split_view(self, request, object_id):
        obj = get_object_or_404(self.model, pk=object_id)
        if not self.has_merge_permission(request):
            raise PermissionDenied
        evidence = list(Evidence.objects.filter(entity_type=entity_type_of(self.model), entity_id=obj.pk)
                        .select_related("article").order_by("article_id", "start_offset"))
        if request.method == "POST" and request.POST.get("name", "").strip():
            new = split_record(record=obj, name=request.POST["name"], evidence_ids=request.POST.getlist("evidence"),
                               user=request.user)
            self.message_user(request, _("已拆分出新记录：%s") % new, messages.SUCCESS)
            return HttpResponseRedirect(reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_change",
                                                args=[new.pk]))
        return TemplateResponse(request, "admin/split_record.html", {
            **self.admin_site.each_context(request), "opts": self.opts, "original": obj, "title": _("拆分记录"),
            "evidence": [(ev, highlight_quote(ev)) for ev in evidence]})

    def change_type_view(self, request, object_id):
        from django.apps import apps
        obj = get_object_or_404(self.model, pk=object_id)
        if not self.has_merge_permission(request):
            raise PermissionDenied
        targets = {label: apps.get_model(label) for label in self.change_type_targets}
        if request.method == "POST" and request.POST.get("target") in targets:
            new = change_type(record=obj, to_model=targets[request.POST["target"]], user=request.user)
            opts = new._meta
            self.message_user(request, _("已改为%(type)s：%(name)s；原记录已拒绝") % {
                "type": opts.verbose_name, "name": new}, messages.SUCCESS)
            return HttpResponseRedirect(reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[new.pk]))
        return TemplateResponse(request, "admin/change_type.html", {
            **self.admin_site.each_context(request), "opts": self.opts, "original": obj, "title": _("更改记录类型"),
            "targets": [(label, m._meta.verbose_name) for label, m in targets.items()]})

    def change_view(self, request, object_id, form_url="", extra_context=None):
        extra_context = dict(extra_context or {})
        extra_context["can_merge"] = self.has_merge_permission(request) and issubclass(self.model, NamedRecord)
        extra_context["change_type_targets"] = self.change_type_targets
        return super().change_view(request, object_id, form_url, extra_context)


class AmountModelForm(forms.ModelForm):
    """A model form whose money groups are edited as one amount field (`amount_fields`: field -> entity type)."""

    amount_fields: dict[str, str] = {}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in self.amount_fields:
            if name in self.fields and self.instance.pk:
                self.initial[name] = self.stored_amount(name)

    def stored_amount(self, name: str, instance=None) -> EditedAmount | None:
        inst = instance if instance is not None else self.instance
        value = getattr(inst, f"{name}_amount", None)
        if value is None:
            value = getattr(inst, f"{name}_cny", None)
        if value is None:
            return None
        return EditedAmount(value=value, currency=getattr(inst, f"{name}_currency", "") or "cny",
                            qualifier=getattr(inst, f"{name}_qualifier", "") or "", text=getattr(inst, f"{name}_text"))

    def clean(self):
        cleaned = super().clean()
        for name, entity_type in self.amount_fields.items():
            amount = cleaned.get(name)
            if amount is not None and amount.currency != "cny" and not hasattr(self.instance, f"{name}_currency"):
                self.add_error(name, _("此金额只接受人民币"))
        return cleaned

    def amount_columns(self, name: str) -> dict:
        amount = self.cleaned_data.get(name)
        value = None if amount is None else {"amount": str(amount.value), "currency": amount.currency,
                                             "qualifier": amount.qualifier, "text": amount.text}
        return column_values(self.amount_fields[name], name, value)


class NamedRecordAdmin(CuratedAdmin):
    search_fields = ("name",)  # replaced by the bigram search in get_search_results
    search_help_text = _("按名称或别名的任意片段搜索，例如：海尔")


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


@admin.register(MergeLog)
class MergeLogAdmin(admin.ModelAdmin):
    list_display = ("performed_at", "entity_type", "survivor_link", "merged_ids", "performed_by", "undone_at")
    list_select_related = ("performed_by", "undone_by")
    list_filter = ("entity_type", ("undone_at", admin.EmptyFieldListFilter))
    readonly_fields = ("entity_type", "survivor_link", "merged_ids", "performed_by", "performed_at", "undone_at",
                       "undone_by", "undo_button")
    exclude = ("snapshot", "survivor_id")
    show_full_result_count = False
    actions = ["undo_selected"]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description=_("保留记录"))
    def survivor_link(self, obj):
        return format_html('<a href="{}">#{}</a>', record_admin_url(obj.entity_type, obj.survivor_id), obj.survivor_id)

    @admin.display(description=_("撤销"))
    def undo_button(self, obj):
        if obj.undone_at:
            return _("已撤销")
        return mark_safe('<button type="submit" name="_undo" value="1" class="button">%s</button>' % _("撤销这次合并"))

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        if request.method == "POST" and "_undo" in request.POST and object_id:
            if not request.user.has_perm("parks.merge_records"):
                raise PermissionDenied
            log = get_object_or_404(MergeLog, pk=object_id)
            try:
                undo_merge(log=log, user=request.user)
                self.message_user(request, _("合并已撤销"), messages.SUCCESS)
            except MergeError as exc:
                self.message_user(request, str(exc), messages.ERROR)
            return HttpResponseRedirect(request.path)
        return super().changeform_view(request, object_id, form_url, extra_context)

    @admin.action(description=_("撤销所选合并"), permissions=["merge"])
    def undo_selected(self, request, queryset):
        count = 0
        for log in queryset.filter(undone_at__isnull=True).order_by("-performed_at"):
            undo_merge(log=log, user=request.user)
            count += 1
        self.message_user(request, ngettext("已撤销 %d 次合并", "已撤销 %d 次合并", count) % count, messages.SUCCESS)

    def has_merge_permission(self, request):
        return request.user.has_perm("parks.merge_records")


@admin.register(NotSame)
class NotSameAdmin(admin.ModelAdmin):
    list_display = ("entity_type", "left_link", "right_link", "created_by", "created_at")
    list_select_related = ("created_by",)
    list_filter = ("entity_type",)
    readonly_fields = ("created_by", "created_at")

    @admin.display(description=_("记录一"))
    def left_link(self, obj):
        return format_html('<a href="{}">#{}</a>', record_admin_url(obj.entity_type, obj.left_id), obj.left_id)

    @admin.display(description=_("记录二"))
    def right_link(self, obj):
        return format_html('<a href="{}">#{}</a>', record_admin_url(obj.entity_type, obj.right_id), obj.right_id)

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
            if obj.left_id > obj.right_id:
                obj.left_id, obj.right_id = obj.right_id, obj.left_id
        super().save_model(request, obj, form, change)


QUEUE_COUNT_CAP = 1000


def review_queue_view(request):
    """Unreviewed records, conflicting figures first, then each record type; links straight to each record."""
    from projects.models import Fact, Fund, Project

    sections = []
    conflicts = (Fact.objects.filter(has_conflict=True, review_status=ReviewStatus.UNREVIEWED)
                 .order_by("subject_type", "subject_id", "metric", "value"))
    for title, model, qs, changelist_query in [
        (_("数据冲突（同一指标不同数值）"), Fact, conflicts, "has_conflict__exact=1&review_status__exact=unreviewed"),
        (_("待审核项目"), Project, Project.objects.filter(review_status=ReviewStatus.UNREVIEWED)
         .select_related("park").order_by("-updated_at"), "review_status__exact=unreviewed"),
        (_("待审核基金"), Fund, Fund.objects.filter(review_status=ReviewStatus.UNREVIEWED)
         .select_related("park").order_by("-updated_at"), "review_status__exact=unreviewed"),
        (_("待审核园区"), Park, Park.objects.filter(review_status=ReviewStatus.UNREVIEWED).order_by("-updated_at"),
         "review_status__exact=unreviewed"),
        (_("待审核企业/机构"), Company, Company.objects.filter(review_status=ReviewStatus.UNREVIEWED)
         .order_by("-updated_at"), "review_status__exact=unreviewed"),
        (_("待审核园区组"), ParkGroup, ParkGroup.objects.filter(review_status=ReviewStatus.UNREVIEWED)
         .order_by("-updated_at"), "review_status__exact=unreviewed"),
        (_("待审核数据"), Fact, Fact.objects.filter(review_status=ReviewStatus.UNREVIEWED, has_conflict=False)
         .order_by("subject_type", "subject_id", "metric"), "review_status__exact=unreviewed&has_conflict__exact=0"),
    ]:
        opts = model._meta
        rows = list(qs[:50])
        # Counted up to a cap: an exact count of 400,000 unreviewed facts is a scan that tells an editor nothing more.
        total = qs[:QUEUE_COUNT_CAP + 1].count() if len(rows) == 50 else len(rows)
        sections.append({
            "title": title, "total": f"{QUEUE_COUNT_CAP:,}+" if total > QUEUE_COUNT_CAP else total, "opts": opts,
            "changelist": reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist") + "?" + changelist_query,
            "rows": [(reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[r.pk]), r,
                      queue_detail(r)) for r in rows],
        })
    return TemplateResponse(request, "admin/review_queue.html", {
        **admin.site.each_context(request), "title": _("审核队列"), "sections": sections})


def queue_detail(record) -> str:
    name = type(record).__name__
    if name == "Fact":
        return f"{record.get_subject_type_display()} · {record.metric} · {record.value_text or record.value}"
    if name == "Project":
        amount = format_amount(record.investment_amount if record.investment_amount is not None
                               else record.investment_cny, qualifier=record.investment_qualifier,
                               currency=record.investment_currency or "cny")
        return " · ".join(x for x in [record.park.name if record.park_id else "", amount, record.status] if x)
    if name == "Fund":
        return " · ".join(x for x in [record.park.name if record.park_id else "",
                                      format_amount(record.size_cny, qualifier=record.size_qualifier)] if x)
    return getattr(record, "city", "") or ""


def editor_urls():
    """URLs of the editors' own pages, mounted under /admin/ by config/urls.py."""
    return [path("admin/review/", admin.site.admin_view(review_queue_view), name="review_queue")]
