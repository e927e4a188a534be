"""The admin every curated record's admin builds on: review, locks, evidence, history, import/export, merge, split,
change of type, editor saves through curation.editing; the merge log and not-same pairs; the editors' own pages.

Every write goes through curation.editing / curation.merge; this module only wires forms, buttons and actions to
them. Models of other apps are reached through the app registry, so this app imports none of them.
"""
from __future__ import annotations

import copy

from django import forms
from django.apps import apps
from django.contrib import admin, messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.widgets import AutocompleteSelect, AutocompleteSelectMultiple
from django.contrib.postgres.fields import ArrayField
from django.core.exceptions import NON_FIELD_ERRORS, FieldDoesNotExist, PermissionDenied, ValidationError
from django.db import IntegrityError
from django.db.models import F, Func, Q, TextField, Value
from django.http import Http404, HttpResponseRedirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.translation import gettext, ngettext, pgettext
from django.utils.translation import gettext_lazy as _
from import_export.admin import ImportExportMixin
from import_export.formats import base_formats
from simple_history.admin import SimpleHistoryAdmin

from curation.editing import apply_editor_change, entity_type_of, review_records, unlock_field
from curation.fields import FIELD_COLUMNS, column_values
from curation.forms import AmountField, EditedAmount, NameListField, format_amount, format_figure, metric_label
from curation.merge import MergeError, change_type, mark_not_same, merge_records, split_record, undo_merge
from curation.models import ENTITY_MODELS, EntityType, MergeLog, NamedRecord, NotSame, ReviewStatus
from curation.names import bigrams, normalise_name
from curation.resources import ChineseCSV, HeaderLabelExportForm, UnreadableFile
from curation.review import SKIPPED_KEY, next_record_url
from curation.validation import FACT_KEY, duplicate_of, parse_id, record_errors


def _model(label: str):
    return apps.get_model(label)

admin.site.site_header = _("园区数据库 · 编辑后台")
admin.site.site_title = _("园区数据库")
admin.site.index_title = _("数据审核与维护")
admin.site.index_template = "admin/parkdb_index.html"  # the pending work above the list of record types

# Editors' record types first, then where they come from, the analysts' pages, and user accounts last.
APP_ORDER = ["parks", "projects", "curation", "loaders", "analytics", "auth"]
_django_app_list = admin.site.get_app_list


def ordered_app_list(request, app_label=None):
    apps_ = _django_app_list(request, app_label)
    return sorted(apps_, key=lambda a: APP_ORDER.index(a["app_label"]) if a["app_label"] in APP_ORDER else 99)


admin.site.get_app_list = ordered_app_list



def record_admin_url(entity_type: str, entity_id: int) -> str:
    app_label, model_name = ENTITY_MODELS[entity_type].split(".")
    return reverse(f"admin:{app_label}_{model_name}_change", args=[entity_id])


def highlight_quote(evidence) -> str:
    """The evidence sentence, escaped, with the supporting words (span_start..span_end) in <mark>."""
    quote = evidence.quote or ""
    if evidence.span_start is None or evidence.span_end is None:
        return conditional_escape(quote)
    start = evidence.span_start - evidence.start_offset
    end = evidence.span_end - evidence.start_offset
    if not 0 <= start <= end <= len(quote):
        return conditional_escape(quote)
    return format_html("{}<mark>{}</mark>{}", quote[:start], quote[start:end], quote[end:])


def evidence_value_text(value, *, model=None, field: str = "", names: dict | None = None) -> str:
    """What an article gave for a field, as written: an amount (约3.9亿元), a fact's figure (50多家), a list, a
    code by its label (enterprise -> 企业), a linked record by its name (`names`: model -> id -> name)."""
    if isinstance(value, dict) and "unit" in value and "value" in value:  # a fact's figure
        return value.get("text") or format_figure(value["value"], unit=value["unit"],
                                                  qualifier=value.get("qualifier") or "")
    if isinstance(value, dict) and "amount" in value:
        return format_amount(value["amount"], qualifier=value.get("qualifier") or "",
                             currency=value.get("currency") or "cny")
    if isinstance(value, list):
        return list_separator().join(str(v) for v in value)
    column = _evidence_column(model, field)
    if column is not None and column.is_relation and isinstance(value, int):
        return (names or {}).get(column.related_model, {}).get(value) or f"#{value}"
    if column is not None and column.choices and isinstance(value, str):
        return str(dict(column.flatchoices).get(value, value))
    return "" if value is None else str(value)


def _evidence_column(model, field: str):
    """The model field an evidence field sets (its first column: investment -> investment_cny), or None."""
    if model is None or not field:
        return None
    columns = FIELD_COLUMNS.get(entity_type_of(model), {}).get(field, [field])
    try:
        return model._meta.get_field(columns[0])
    except FieldDoesNotExist:
        return None


def evidence_values(model, rows) -> dict[int, str]:
    """evidence_value_text for each evidence row of one record type, the linked records' names read with one query
    per linked type (a company's parks, a project's park and companies)."""
    wanted: dict = {}
    for ev in rows:
        column = _evidence_column(model, ev.field)
        if column is not None and column.is_relation and isinstance(ev.value, int):
            wanted.setdefault(column.related_model, set()).add(ev.value)
    names = {target: dict(target.objects.filter(pk__in=ids).values_list("pk", "name")) for target, ids in wanted.items()}
    return {ev.pk: evidence_value_text(ev.value, model=model, field=ev.field, names=names) for ev in rows}


def list_separator() -> str:
    """'、' between listed names in Chinese, ', ' in English."""
    return pgettext("list separator", "、")


def evidence_field_label(model, field: str) -> str:
    """An evidence field in the editor's words: the label of the (first) column it sets."""
    column = _evidence_column(model, field)
    return str(column.verbose_name) if column is not None else field


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


def refusal_text(exc: Exception) -> str:
    """A MergeError's or ValidationError's Chinese message(s), as one line for the message bar."""
    return "；".join(exc.messages) if isinstance(exc, ValidationError) else str(exc)


def lock_chips(record) -> list[tuple[str, str]]:
    """(unlock key, label) per lock as editors think of it: an amount's five columns are one chip (投资额(元)),
    an alias or link is one chip each, a link named by its record (企业：海尔) rather than its id."""
    from curation.editing import lock_groups
    from curation.history import field_label

    model = type(record)
    chips: dict[str, str] = {}
    seen_groups: set[tuple[str, ...]] = set()
    linked: dict[str, dict[str, str]] = {}
    for key in record.locked_fields:
        name, _sep, item = key.partition(":")
        if item:
            field = model._meta.get_field(name) if name != "aliases" else None
            if field is not None and field.many_to_many:
                if name not in linked:
                    ids = [k.partition(":")[2] for k in record.locked_fields if k.startswith(name + ":")]
                    linked[name] = {str(pk): n for pk, n in field.related_model.objects.filter(
                        pk__in=[int(i) for i in ids if i.isdigit()]).values_list("pk", "name")}
                item = linked[name].get(item, "#" + item)
            chips[key] = gettext("%(label)s：%(item)s") % {"label": field_label(model, name) or name, "item": item}
            continue
        group = next((tuple(g) for g in lock_groups(model) if name in g), (name,))
        if group in seen_groups:
            continue
        seen_groups.add(group)
        evidence_field = next((f for f, cols in FIELD_COLUMNS.get(entity_type_of(model), {}).items()
                               if tuple(cols) == group), name)
        chips[key] = field_label(model, evidence_field) or lock_label(model, key)
    return list(chips.items())


def record_id(list_filter: admin.SimpleListFilter) -> int:
    """A filter's id from the query string, or the admin's "invalid filter" answer (?e=1) for anything else.

    The value comes straight from the URL: letters, a NUL byte or a number past bigint would otherwise
    reach the database and end in a server error.
    """
    raw = str(list_filter.value())  # an int when the admin counts facets: it sets each lookup's own value
    pk = parse_id(raw) if raw.isdigit() else None  # in a URL an id is digits only: not 1.5, not 1e3
    if pk is None:
        raise IncorrectLookupParameters(f"{list_filter.parameter_name}={raw!r} is not a record id")
    return pk


class ArticleFilter(admin.SimpleListFilter):
    """Records with evidence in one article (any article id is accepted; the latest are offered)."""

    title = _("来源文章")
    parameter_name = "article"

    def lookups(self, request, model_admin):
        return [(a.pk, str(a)[:40]) for a in _model("loaders.SourceArticle").objects.only("pk", "title", "file_name")
                .order_by("-pk")[:30]]

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        ids = _model("loaders.Evidence").objects.filter(article_id=record_id(self), entity_type=entity_type_of(queryset.model)) \
            .values("entity_id")
        return queryset.filter(pk__in=ids)


class ParkFilter(admin.SimpleListFilter):
    """Records in one park; only the first parks by name are offered, any park id is accepted (a million parks)."""

    title = _("园区")
    parameter_name = "park"
    field_path = "park"

    def lookups(self, request, model_admin):
        return [(p.pk, p.name) for p in _model("parks.Park").objects.only("pk", "name").order_by("name")[:30]]

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        return queryset.filter(**{self.field_path: record_id(self)})


class CompanyParkFilter(ParkFilter):
    field_path = "parks"


class RecordIdsOnly:
    """An autocomplete widget that, showing a form sent back with an error, looks up only values that can be record
    ids: Django's passes a typed 'abc' to the database and ends the page in a server error."""

    def optgroups(self, name, value, attr=None):
        return super().optgroups(name, [v for v in value if parse_id(v) is not None], attr)


class IdAutocompleteSelect(RecordIdsOnly, AutocompleteSelect):
    pass


class IdAutocompleteSelectMultiple(RecordIdsOnly, AutocompleteSelectMultiple):
    pass


class CuratedForm(forms.ModelForm):
    """Every curated record's admin form: the record as it would be saved is checked by curation.validation.

    A name another record already has is refused with a link to that record and, when editing, an offer to
    merge the two, instead of the database's unique constraint ending the request in a server error.
    """

    amount_fields: dict[str, str] = {}  # an amount field -> the entity type whose columns it stands for

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
        for name in self.amount_fields:
            amount = cleaned.get(name)
            if amount is not None and amount.currency != "cny" and not hasattr(self.instance, f"{name}_currency"):
                self.add_error(name, _("此金额只接受人民币"))
        return cleaned

    def amount_columns(self, name: str) -> dict:
        amount = self.cleaned_data.get(name)
        value = None if amount is None else {"amount": str(amount.value), "currency": amount.currency,
                                             "qualifier": amount.qualifier, "text": amount.text}
        return column_values(self.amount_fields[name], name, value)

    def _post_clean(self):
        super()._post_clean()  # construct_instance: self.instance now holds the form's values
        record = copy.copy(self.instance)
        owner: dict[str, str] = {}
        for name in self.amount_fields:
            if name in self.cleaned_data and name not in self.errors:
                for column, value in self.amount_columns(name).items():
                    setattr(record, column, value)
                    owner[column] = name
        stored = type(record).objects.filter(pk=record.pk).first() if record.pk else None
        changed = None
        if stored is not None:
            changed = [f.name for f in record._meta.concrete_fields
                       if getattr(stored, f.attname) != getattr(record, f.attname)]
        said = self.has_error(NON_FIELD_ERRORS, "unique_together")  # the form's own check of a fact's key
        for column, message in record_errors(record, changed=changed).items():
            if said and column in FACT_KEY:
                continue
            field = owner.get(column, column)
            if field == "name" and (other := duplicate_of(record)) is not None:
                message = self.duplicate_message(other)
            if field not in self.fields:
                field = None
            if field is None or field not in self.errors:
                self.add_error(field, message)

    def duplicate_message(self, other) -> str:
        opts = other._meta
        link = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[other.pk])
        if not self.instance.pk:
            return format_html(gettext('已有同名记录 <a href="{}">{}</a>（编号 {}），请打开它修改，不要重复新建'),
                               link, other.name, other.pk)
        merge = reverse(f"admin:{opts.app_label}_{opts.model_name}_merge") + f"?ids={other.pk},{self.instance.pk}"
        offer = gettext('如果两者是同一个，<a href="{}" class="merge-offer">把这两条记录合并</a>')
        return format_html(gettext('已有同名记录 <a href="{}">{}</a>（编号 {}）。') + offer,
                           link, other.name, other.pk, merge)


class CuratedAdmin(ImportExportMixin, SimpleHistoryAdmin):
    """What every curated record's admin shares: review, locks, evidence, history, import/export, editor saves."""

    form = CuratedForm
    resource_classes: list = []
    formats = [base_formats.CSV, base_formats.XLSX]
    import_formats = [ChineseCSV, base_formats.XLSX]  # UTF-8 with or without BOM, or GB18030
    export_formats = formats
    export_form_class = HeaderLabelExportForm
    to_encoding = "utf-8-sig"  # a BOM, so Excel opens Chinese CSV correctly
    from_encoding = "utf-8-sig"
    review_fields = ("review_panel", "locked_panel", "evidence_panel")
    readonly_fields = review_fields
    actions = ["verify_selected", "reject_selected", "merge_selected", "mark_not_same_selected"]
    list_per_page = 50
    show_full_result_count = False  # one count query fewer on a million rows

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name in self.get_autocomplete_fields(request):
            kwargs.setdefault("widget", IdAutocompleteSelect(db_field, self.admin_site, using=kwargs.get("using")))
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name in self.get_autocomplete_fields(request):
            kwargs.setdefault("widget", IdAutocompleteSelectMultiple(db_field, self.admin_site,
                                                                     using=kwargs.get("using")))
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if isinstance(db_field, ArrayField) and db_field.editable:
            return NameListField(label=db_field.verbose_name, required=not db_field.blank,
                                 help_text=_("多个用逗号、顿号或分号隔开"))
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    # ---- search: two-character Chinese substrings via the GIN-indexed bigram array ----
    def get_search_results(self, request, queryset, search_term):
        terms = [normalise_name(t) for t in search_term.split()]
        terms = [t for t in terms if t]
        if not terms or not issubclass(self.model, NamedRecord):
            return super().get_search_results(request, queryset, search_term)
        keys = Func(F("alias_keys"), Value("|"), function="array_to_string", output_field=TextField())
        queryset = queryset.alias(_alias_text=keys)
        for term in terms:  # '青岛 集成电路': every word must be in the name or one alias
            queryset = queryset.filter(search_bigrams__contains=bigrams(term)).filter(
                Q(normalised_name__contains=term) | Q(_alias_text__contains=term))
        if search_term.strip().isdigit():
            queryset = queryset | self.model.objects.filter(pk=int(search_term.strip()))
        return queryset, False

    # ---- permissions: loaded records are rejected or merged, never deleted by editors ----
    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser

    def has_merge_permission(self, request):
        return request.user.has_perm("curation.merge_records")

    def has_review_permission(self, request):
        return request.user.has_perm("curation.review_records")

    def get_actions(self, request):
        actions = super().get_actions(request)
        if not self.has_review_permission(request):
            actions.pop("verify_selected", None)
            actions.pop("reject_selected", None)
        if not self.has_merge_permission(request) or self.model.__name__ == "Fact":
            actions.pop("merge_selected", None)
            actions.pop("mark_not_same_selected", None)
        return actions

    def add_data_read_fail_error_to_form(self, form, e):
        """A file that cannot be read as the chosen format: the reason in the editor's words, not the exception's
        class name."""
        reason = str(e) if isinstance(e, UnreadableFile) else gettext("文件格式与所选的不符")
        form.add_error("import_file", gettext("无法读取这个文件：%(reason)s。请确认选择的格式（CSV 或 XLSX）与文件一致")
                       % {"reason": reason})

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

    # ---- history: an old version is shown and can be reverted to, nothing else ----
    PAGE_BUTTONS = ("_verify", "_verify_next", "_reject", "_reject_next", "_skip_next", "_unlock", "_unreview")

    @staticmethod
    def is_history_page(request) -> bool:
        match = getattr(request, "resolver_match", None)
        return bool(match and match.url_name and match.url_name.endswith("_simple_history"))

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if not self.is_history_page(request):
            return fieldsets
        # the review and lock panels act on the record as it is now: an old version shows its evidence only
        return [(name, {**opts, "fields": [f for f in opts["fields"] if f not in ("review_panel", "locked_panel")]})
                for name, opts in fieldsets]

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        if not (str(object_id).isdigit() and str(version_id).isdigit()):
            raise Http404  # simple-history would pass letters to the database and end in a server error
        if request.method == "POST" and any(k in request.POST for k in self.PAGE_BUTTONS):
            self.message_user(request, _("历史版本页只能查看或恢复；核实、拒绝和解锁请在记录页面上操作"), messages.ERROR)
            return HttpResponseRedirect(request.path)
        return super().history_form_view(request, object_id, version_id, extra_context)

    # ---- page buttons: verify / reject / unlock, handled before the form is processed ----
    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        if request.method == "POST" and object_id and any(k in request.POST for k in self.PAGE_BUTTONS):
            obj = self.get_object(request, object_id)
            if obj is None or not self.has_change_permission(request, obj):
                raise PermissionDenied
            if "_skip_next" in request.POST:
                skipped = request.session.get(SKIPPED_KEY, [])
                key = f"{entity_type_of(type(obj))}:{obj.pk}"
                if entity_type_of(type(obj)) == "fact" and obj.has_conflict:
                    key = f"conflict:{obj.pk}"
                request.session[SKIPPED_KEY] = [*skipped[-499:], key]
                return HttpResponseRedirect(next_record_url(obj, request))
            if "_unlock" in request.POST:
                key = request.POST["_unlock"]
                label = dict(lock_chips(obj)).get(key) or lock_label(type(obj), key)
                changed = unlock_field(record=obj, key=key, user=request.user)
                self.message_user(request, _("已解锁 %(key)s%(note)s") % {
                    "key": label, "note": _("，已按证据重新计算") if changed else ""}, messages.SUCCESS)
            else:
                if not self.has_review_permission(request):
                    raise PermissionDenied
                status = (ReviewStatus.VERIFIED if {"_verify", "_verify_next"} & set(request.POST) else
                          ReviewStatus.REJECTED if {"_reject", "_reject_next"} & set(request.POST) else
                          ReviewStatus.UNREVIEWED)
                review_records(records=[obj], status=status, user=request.user)
                self.message_user(request, _("%(record)s：%(status)s") % {
                    "record": obj, "status": ReviewStatus(status).label}, messages.SUCCESS)
                if {"_verify_next", "_reject_next", "_skip_next"} & set(request.POST):
                    return HttpResponseRedirect(next_record_url(obj, request))
            return HttpResponseRedirect(request.path)
        return super().changeform_view(request, object_id, form_url, extra_context)

    # ---- read-only panels on the change page ----
    @admin.display(description=_("审核"))
    def review_panel(self, obj):
        if obj is None or obj.pk is None:
            return "-"
        return render_to_string("admin/curation/review_panel.html", {
            "record": obj, "status": obj.get_review_status_display(),
            "who": obj.reviewed_by.get_username() if obj.reviewed_by_id else "-",
            "when": timezone.localtime(obj.reviewed_at).strftime("%Y-%m-%d %H:%M") if obj.reviewed_at else "-",
            "confidence": obj.confidence})

    @admin.display(description=_("编辑锁定"))
    def locked_panel(self, obj):
        if obj is None or not obj.locked_fields:
            return _("无：导入可更新所有字段")
        return render_to_string("admin/curation/lock_panel.html", {"chips": lock_chips(obj)})

    @admin.display(description=_("证据"))
    def evidence_panel(self, obj):
        if obj is None or obj.pk is None:
            return "-"
        rows = list(_model("loaders.Evidence").objects.filter(entity_type=entity_type_of(type(obj)), entity_id=obj.pk)
                    .select_related("article").only("pk", "field", "quote", "start_offset", "span_start", "span_end",
                                                   "value", "article__id", "article__title", "article__file_name")
                    .order_by("article_id", "start_offset")[:200])
        if not rows:
            return _("无证据")
        shown = evidence_values(type(obj), rows)  # linked records by name, codes by label
        body = format_html_join("", '<tr><td>{}</td><td><a href="{}#ev-{}">{}</a></td>'
                                    '<td class="evidence-quote">{}</td><td>{}</td></tr>', (
            (evidence_field_label(type(obj), ev.field), reverse("admin:loaders_sourcearticle_change",
                                                                args=[ev.article_id]), ev.pk,
             str(ev.article)[:30], highlight_quote(ev), shown[ev.pk]) for ev in rows))
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
            try:
                log = merge_records(survivor=survivor, others=[r for r in records if r.pk != survivor.pk],
                                    user=request.user)
            except MergeError as exc:
                self.message_user(request, str(exc), messages.ERROR)
                return None
            self.message_user(request, format_html(
                ngettext('已将 {} 条记录合并到 <a href="{}">{}</a>（<a href="{}">可撤销</a>）',
                         '已将 {} 条记录合并到 <a href="{}">{}</a>（<a href="{}">可撤销</a>）', len(log.merged_ids)),
                len(log.merged_ids),
                reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_change", args=[survivor.pk]), survivor,
                reverse("admin:curation_mergelog_change", args=[log.pk])), messages.SUCCESS)
            return None
        return self.merge_confirm_page(request, records)

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
            path("merge/", self.admin_site.admin_view(self.merge_view), name="%s_%s_merge" % info),
            path("<path:object_id>/split/", self.admin_site.admin_view(self.split_view), name="%s_%s_split" % info),
            path("<path:object_id>/change-type/", self.admin_site.admin_view(self.change_type_view),
                 name="%s_%s_change_type" % info),
        ] + super().get_urls()

    def merge_view(self, request):
        """The merge confirmation for records given as ?ids=1,2 (the offer made when a name is taken)."""
        if not self.has_merge_permission(request) or not issubclass(self.model, NamedRecord):
            raise PermissionDenied
        ids = [int(i) for i in request.GET.get("ids", "").split(",") if i.strip().isdigit()]
        records = list(self.model.objects.filter(pk__in=ids))
        if len(records) < 2:
            self.message_user(request, _("请至少选择两条记录"), messages.WARNING)
            return HttpResponseRedirect(reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_changelist"))
        return self.merge_confirm_page(request, records)

    def merge_confirm_page(self, request, records):
        counts = {r.pk: _model("loaders.Evidence").objects.filter(entity_type=entity_type_of(self.model), entity_id=r.pk).count()
                  for r in records}
        return TemplateResponse(request, "admin/merge_confirm.html", {
            **self.admin_site.each_context(request), "opts": self.opts, "title": _("合并重复记录"),
            "records": [(r, counts[r.pk]) for r in records], "action_checkbox_name": ACTION_CHECKBOX_NAME,
            "action": "merge_selected",
            "changelist_url": reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_changelist")})

    def record_or_404(self, request, object_id):
        """The record a URL names; a 404 for an id that is no record's, letters included (not a server error)."""
        obj = self.get_object(request, object_id)
        if obj is None:
            raise Http404
        return obj

    def split_view(self, request, object_id):
        obj = self.record_or_404(request, object_id)
        if not self.has_merge_permission(request):
            raise PermissionDenied
        evidence = list(_model("loaders.Evidence").objects.filter(entity_type=entity_type_of(self.model), entity_id=obj.pk)
                        .select_related("article").order_by("article_id", "start_offset"))
        if request.method == "POST" and request.POST.get("name", "").strip():
            try:
                new = split_record(record=obj, name=request.POST["name"],
                                   evidence_ids=[i for i in request.POST.getlist("evidence") if i.isdigit()],
                                   user=request.user)
            except (MergeError, ValidationError) as exc:
                self.message_user(request, refusal_text(exc), messages.ERROR)
                return HttpResponseRedirect(request.path)
            log = MergeLog.objects.filter(action=MergeLog.SPLIT, merged_ids=[new.pk]).latest("pk")
            self.message_user(request, format_html(gettext('已拆分出新记录：{}（<a href="{}">可撤销</a>）'), new,
                                                   reverse("admin:curation_mergelog_change", args=[log.pk])),
                              messages.SUCCESS)
            return HttpResponseRedirect(reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_change",
                                                args=[new.pk]))
        return TemplateResponse(request, "admin/split_record.html", {
            **self.admin_site.each_context(request), "opts": self.opts, "original": obj, "title": _("拆分记录"),
            "evidence": [(ev, evidence_field_label(self.model, ev.field), highlight_quote(ev)) for ev in evidence]})

    def change_type_view(self, request, object_id):
        from django.apps import apps
        obj = self.record_or_404(request, object_id)
        if not self.has_merge_permission(request):
            raise PermissionDenied
        targets = {label: apps.get_model(label) for label in self.change_type_targets}
        if request.method == "POST" and request.POST.get("target") in targets:
            try:
                new = change_type(record=obj, to_model=targets[request.POST["target"]], user=request.user)
            except (MergeError, ValidationError) as exc:
                self.message_user(request, refusal_text(exc), messages.ERROR)
                return HttpResponseRedirect(request.path)
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


class NamedRecordAdmin(CuratedAdmin):
    search_fields = ("name",)  # replaced by the bigram search in get_search_results
    search_help_text = _("按名称或别名的任意片段搜索，例如：海尔")


@admin.register(MergeLog)
class MergeLogAdmin(admin.ModelAdmin):
    list_display = ("performed_at", "action", "entity_type", "survivor_link", "merged_ids", "performed_by",
                    "undone_at")
    list_select_related = ("performed_by", "undone_by")
    list_filter = ("action", "entity_type", ("undone_at", admin.EmptyFieldListFilter))
    readonly_fields = ("action", "entity_type", "survivor_link", "merged_ids", "performed_by", "performed_at", "undone_at",
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
        label = _("撤销这次拆分") if obj.action == MergeLog.SPLIT else _("撤销这次合并")
        return format_html('<button type="submit" name="_undo" value="1" class="button">{}</button>', label)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        if request.method == "POST" and "_undo" in request.POST and object_id:
            if not request.user.has_perm("curation.merge_records"):
                raise PermissionDenied
            log = self.get_object(request, object_id)
            if log is None:
                raise Http404
            try:
                undo_merge(log=log, user=request.user)
                self.message_user(request, _("拆分已撤销") if log.action == MergeLog.SPLIT else _("合并已撤销"),
                                  messages.SUCCESS)
            except MergeError as exc:
                self.message_user(request, str(exc), messages.ERROR)
            except IntegrityError:
                # a record with a merged record's name was created since (by a load or an editor): merge or
                # rename it first
                self.message_user(request, _("无法撤销：被合并记录的名称已被另一条记录使用，请先处理那条记录"),
                                  messages.ERROR)
            return HttpResponseRedirect(request.path)
        return super().changeform_view(request, object_id, form_url, extra_context)

    @admin.action(description=_("撤销所选合并"), permissions=["merge"])
    def undo_selected(self, request, queryset):
        count = 0
        for log in queryset.filter(undone_at__isnull=True).order_by("-performed_at"):
            try:
                undo_merge(log=log, user=request.user)
            except (MergeError, IntegrityError):
                self.message_user(request, _("无法撤销：%s") % log, messages.ERROR)
                continue
            count += 1
        self.message_user(request, ngettext("已撤销 %d 次合并", "已撤销 %d 次合并", count) % count, messages.SUCCESS)

    def has_merge_permission(self, request):
        return request.user.has_perm("curation.merge_records")


class NotSameForm(forms.ModelForm):
    """Two records of one type, typed by id in either order: stored as (smaller, larger), both must exist."""

    class Meta:
        model = NotSame
        fields = ("entity_type", "left_id", "right_id")

    def clean(self):
        cleaned = super().clean()
        entity_type, left, right = (cleaned.get(k) for k in ("entity_type", "left_id", "right_id"))
        if not entity_type or left is None or right is None:
            return cleaned
        if left == right:
            raise ValidationError(_("请填写两条不同记录的编号"))
        cleaned["left_id"], cleaned["right_id"] = sorted([left, right])  # the stored order the database asks for
        found = set(_model(ENTITY_MODELS[entity_type]).objects.filter(pk__in=[left, right])
                    .values_list("pk", flat=True))
        missing = [str(pk) for pk in (left, right) if pk not in found]
        if missing:
            raise ValidationError(_("没有编号为 %(ids)s 的%(type)s") % {
                "ids": list_separator().join(missing), "type": EntityType(entity_type).label})
        return cleaned


@admin.register(NotSame)
class NotSameAdmin(admin.ModelAdmin):
    form = NotSameForm
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
        super().save_model(request, obj, form, change)


def queue_detail(record) -> str:
    name = type(record).__name__
    if name == "Fact":
        return " · ".join(x for x in [record.subject_name, metric_label(record.metric),
                                      record.value_text or format_figure(record.value, unit=record.unit,
                                                                         qualifier=record.qualifier),
                                      record.as_of_text] if x)
    if name == "Project":
        amount = format_amount(record.investment_amount if record.investment_amount is not None
                               else record.investment_cny, qualifier=record.investment_qualifier,
                               currency=record.investment_currency or "cny")
        return " · ".join(x for x in [record.park.name if record.park_id else "", amount,
                                      record.get_status_display() if record.status else ""] if x)
    if name == "Fund":
        return " · ".join(x for x in [record.park.name if record.park_id else "",
                                      format_amount(record.size_cny, qualifier=record.size_qualifier)] if x)
    return getattr(record, "city", "") or ""


def editor_urls():
    """URLs of the editors' own pages, mounted under /admin/ by config/urls.py."""
    from curation.review import review_queue_view

    return [path("admin/review/", admin.site.admin_view(review_queue_view), name="review_queue")]
