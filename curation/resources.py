"""Spreadsheet import/export of curated records: keyed on natural keys, and every imported change is an editor's.

Exports are CSV (UTF-8 with BOM, so Excel shows Chinese) or XLSX, with any cell that a spreadsheet would run as
a formula (=, +, -, @ …) prefixed by an apostrophe. An import goes row by row through
`curation.editing.apply_editor_change`, so what it changes is locked against later loads exactly like a form edit.
"""
from __future__ import annotations

import codecs
from decimal import Decimal, InvalidOperation

from django.core.exceptions import NON_FIELD_ERRORS, FieldDoesNotExist, ValidationError
from django.utils import timezone
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from import_export import fields, resources, widgets
from import_export.formats import base_formats
from import_export.forms import SelectableFieldsExportForm

from curation.editing import apply_editor_change
from curation.forms import (EditedAmount, format_amount, metric_code, metric_label, parse_edited_amount, unit_code,
                            unit_label)
from curation.names import join_list, normalise_name, split_list
from curation.validation import parse_id, record_errors, text_error

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "＝")


def escape_formula(value):
    """'=HYPERLINK(…)' -> "'=HYPERLINK(…)"; numbers (including negative ones) are left alone."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        try:
            Decimal(value)
            return value
        except ArithmeticError:
            return "'" + value
    return value


class Refusal(ValueError):
    """A cell that cannot be read, with the reason already in the editor's words (any other error is reworded)."""


class UnreadableFile(ValueError):
    """A spreadsheet file that is no text in a known encoding; its message is the editor's reason."""


def decode_spreadsheet(data: bytes) -> str:
    """A CSV file's text: UTF-8 with or without BOM, else GB18030 (what Excel saves in a Chinese Windows)."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError:
        raise UnreadableFile(gettext("文件不是 UTF-8 或 GB18030 编码的文本")) from None


class ChineseCSV(base_formats.CSV):
    """CSV read as bytes and decoded by `decode_spreadsheet`, so a file saved by Chinese Excel imports too."""

    def is_binary(self):
        return True  # the admin keeps the upload as bytes; decoding happens here, once

    def get_read_mode(self):
        return "rb"

    def create_dataset(self, in_stream, **kwargs):
        if isinstance(in_stream, bytes):
            in_stream = decode_spreadsheet(in_stream)
        self.encoding = None
        return super().create_dataset(in_stream, **kwargs)


class HeaderLabelExportForm(SelectableFieldsExportForm):
    """The export page lists each column under the header it will have in the file (名称, 别名 …)."""

    def _get_field_label(self, resource, field_name: str) -> str:
        field = resource().fields.get(field_name)
        return str(field.column_name) if field is not None else field_name


class ListWidget(widgets.Widget):
    """An array column as '海尔、海尔集团'; on import '，', '、', ',', ';' (and the older '|') all separate."""

    def clean(self, value, row=None, **kwargs):
        return split_list(str(value or ""))

    def render(self, value, obj=None, **kwargs):
        return join_list(value)


def linked_ids(value, model) -> list[int]:
    """The ids in a cell ('12、15', '12|15', 12 or 12.0 from Excel), each naming a record of `model`.

    Raises Refusal for an item that is no id or names no record: a mistyped id must not silently unlink the
    records the cell stood for.
    """
    if value in (None, ""):
        return []
    items = [str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)] \
        if isinstance(value, (int, float)) else split_list(str(value))
    ids = {item: parse_id(item) for item in items}
    if bad := [item for item, pk in ids.items() if pk is None]:
        raise Refusal(gettext("不是编号：%(value)s") % {"value": join_list(bad)})
    wanted = list(dict.fromkeys(ids.values()))
    found = set(model.objects.filter(pk__in=wanted).values_list("pk", flat=True))
    if missing := [str(pk) for pk in wanted if pk not in found]:
        raise Refusal(gettext("没有编号为 %(ids)s 的%(type)s") % {
            "ids": join_list(missing), "type": model._meta.verbose_name})
    return wanted


class IdWidget(widgets.ForeignKeyWidget):
    """A linked record (a project's park, a park's parent) by id; an id that names no record is a refusal."""

    def clean(self, value, row=None, **kwargs):
        ids = linked_ids(value, self.model)
        if len(ids) > 1:
            raise Refusal(gettext("只能填一个编号：%(value)s") % {"value": value})
        return self.model.objects.get(pk=ids[0]) if ids else None


class IdsWidget(widgets.ManyToManyWidget):
    """Linked records by id, '12|15' on export; on import any list separator (，、,; |) splits, as for aliases."""

    def __init__(self, model, **kwargs):
        super().__init__(model, separator="|", **kwargs)

    def clean(self, value, row=None, **kwargs):
        return self.model.objects.filter(pk__in=linked_ids(value, self.model))


class AmountWidget(widgets.Widget):
    """An amount cell as editors write it: '约3.9亿元'."""

    def clean(self, value, row=None, **kwargs):
        if value in (None, ""):
            return None
        try:
            return parse_edited_amount(str(value))
        except (ValueError, InvalidOperation):
            raise Refusal(gettext("无法识别的金额：%(value)s（例如 6亿、约3.9亿元、2000万、1.5亿美元）")
                          % {"value": value}) from None

    def render(self, value, obj=None, **kwargs):
        if not value:
            return ""
        amount, currency, qualifier = value
        return format_amount(amount, qualifier=qualifier, currency=currency)


class AmountColumn(fields.Field):
    """One amount cell standing for a group of columns (value, currency, qualifier, text), read and written whole.

    `prefix` is the group's evidence field (investment, size, paid_in, invested); `currency_column` is set
    when the model keeps the currency (projects), else the amount must be in yuan.
    """

    def __init__(self, *, prefix: str, column_name: str, amount_column: str, currency_column: str | None = None,
                 cny_column: str | None = None, qualifier_column: str | None = None, text_column: str):
        super().__init__(attribute=prefix, column_name=column_name, widget=AmountWidget())
        self.prefix, self.amount_column, self.currency_column = prefix, amount_column, currency_column
        self.cny_column, self.qualifier_column, self.text_column = cny_column, qualifier_column, text_column

    def get_value(self, instance):
        amount = getattr(instance, self.amount_column)
        if amount is None:
            amount = getattr(instance, self.cny_column) if self.cny_column else None
        if amount is None:
            return None
        currency = (getattr(instance, self.currency_column) if self.currency_column else "") or "cny"
        qualifier = getattr(instance, self.qualifier_column) if self.qualifier_column else ""
        return (Decimal(amount).normalize(), currency, qualifier or "")

    def columns(self, amount: EditedAmount | None) -> dict:
        if amount is None:
            cols = {self.amount_column: None, self.text_column: ""}
            if self.cny_column:
                cols[self.cny_column] = None
            if self.currency_column:
                cols[self.currency_column] = ""
            if self.qualifier_column:
                cols[self.qualifier_column] = ""
            return cols
        if not self.currency_column and amount.currency != "cny":
            raise Refusal(gettext("此金额只接受人民币"))
        cols = {self.amount_column: amount.value, self.text_column: amount.text}
        if self.cny_column:
            cols[self.cny_column] = amount.value if amount.currency == "cny" else None
        if self.currency_column:
            cols[self.currency_column] = amount.currency
        if self.qualifier_column:
            cols[self.qualifier_column] = amount.qualifier
        return cols

    def save(self, instance, row, is_m2m=False, **kwargs):
        amount = self.clean(row, **kwargs)
        same = None if amount is None else (amount.value.normalize(), amount.currency, amount.qualifier)
        if same == self.get_value(instance):
            return  # the same figure written another way keeps its verbatim text and locks nothing
        for name, value in self.columns(amount).items():
            setattr(instance, name, value)

    def export(self, instance, **kwargs):
        return self.widget.render(self.get_value(instance))


# Spreadsheet headers that are not a model field's own label.
COLUMN_LABELS = {"id": _("编号"), "park_id": _("园区编号"), "parent_id": _("上级园区编号"), "park_name": _("园区名称"),
                 "investment": _("投资额"), "investment_cny": _("投资额(元)"), "size": _("规模"), "paid_in": _("实缴"),
                 "invested": _("已投资"), "companies": _("企业编号"), "parks": _("所在园区编号"),
                 "members": _("成员园区编号"), "company_names": _("企业名称"), "park_names": _("所在园区名称"),
                 "parent_name": _("上级园区名称"), "member_names": _("成员园区名称")}


class EditorResource(resources.ModelResource):
    """Base for every record type's resource: natural-key lookup, formula escaping, editor-change saving.

    Headers are written in the admin's language (名称, 别名 …); an import accepts a header in either language or as
    the column's code (name, aliases …), so older files and files from the English admin import too.
    """

    natural_key: tuple[str, ...] = ("name",)

    class Meta:
        skip_unchanged = True
        report_skipped = True
        clean_model_instances = False

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.headers: dict[str, str] = {}  # any accepted header -> this resource's header
        self.column_of: dict[str, str] = {}  # column code -> header
        for field in self.fields.values():
            code = field.column_name
            names = {code}
            for language in ("zh-hans", "en"):
                with translation.override(language):
                    names.add(self.header_label(code, field))
            field.column_name = self.header_label(code, field)
            self.column_of[code] = field.column_name
            self.headers.update({name: field.column_name for name in names})

    def header_label(self, code: str, field) -> str:
        if code in COLUMN_LABELS:
            return str(COLUMN_LABELS[code])
        try:
            return str(self._meta.model._meta.get_field(field.attribute or code).verbose_name)
        except FieldDoesNotExist:
            return code

    def cell(self, row, code: str):
        return row.get(self.column_of.get(code, code))

    def before_import(self, dataset, **kwargs):
        dataset.headers = [self.headers.get(str(h).strip(), h) for h in dataset.headers or []]

    def get_instance(self, instance_loader, row):
        """The id column first (so a renamed row updates its own record), else the natural key (normalised name,
        plus city for parks). An id that names no record is a refusal, not a new record."""
        model = self._meta.model
        typed = self.cell(row, "id")
        if typed not in (None, ""):
            pk = parse_id(typed)
            if pk is None:
                raise ValidationError({self.column_of["id"]: [gettext("编号不是数字：%(value)s") % {"value": typed}]})
            found = model.objects.filter(pk=pk).first()
            if found is None:
                raise ValidationError({self.column_of["id"]: [gettext("编号 %(id)s 的记录不存在") % {"id": pk}]})
            return found
        lookup = {}
        for key in self.natural_key:
            value = self.cell(row, key)
            if value in (None, ""):
                return None
            lookup["normalised_name" if key == "name" else key] = normalise_name(value) if key == "name" else value
        return model.objects.filter(**lookup).first()

    def before_import_row(self, row, **kwargs):
        """A cell holding a NUL character is refused before any lookup sends it to the database; a code column may
        hold the code (enterprise) or its label in either language (企业, Enterprise)."""
        unstorable = {column: [problem] for column, value in row.items() if (problem := text_error(value))}
        if unstorable:
            raise ValidationError(unstorable)
        for field in self._meta.model._meta.concrete_fields:
            column = self.column_of.get(field.name)
            if not field.choices or column not in row or row[column] in (None, ""):
                continue
            typed = str(row[column]).strip()
            labels = {}
            for language in ("zh-hans", "en"):
                with translation.override(language):
                    labels.update({str(label): code for code, label in field.flatchoices})
            row[column] = next((code for code, _label in field.flatchoices
                                if typed.lower() == str(code).lower()), labels.get(typed, typed))
        column = self.column_of.get("metric")
        if column in row and row[column] not in (None, ""):  # a metric by its label in either language, or its code
            row[column] = metric_code(str(row[column]).strip())
        column = self.column_of.get("unit")
        if column in row and row[column] not in (None, ""):
            row[column] = unit_code(str(row[column]).strip())

    def import_field(self, field, instance, row, is_m2m=False, **kwargs):
        if field.attribute == "id":
            return  # ids find rows; they are never written
        try:
            super().import_field(field, instance, row, is_m2m, **kwargs)
        except Refusal:
            raise
        except Exception:
            # a date or number the widget cannot read ("Value could not be parsed"), a number too long for its
            # column …: the row is refused with a reason in the editor's words, not the library's
            raise Refusal(gettext("无法读取“%(column)s”：%(value)s") % {
                "column": field.column_name, "value": row.get(field.column_name)}) from None

    def import_instance(self, instance, row, **kwargs):
        """Every cell is read before the row is saved, linked ids too (import-export reads those only after
        saving, where a bad one would end the row with the database's English)."""
        errors = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as exc:
            errors = exc.update_error_dict(errors)
        for field in self.get_import_fields():
            if isinstance(field.widget, widgets.ManyToManyWidget) and field.column_name in row:
                try:
                    field.clean(row)
                except Refusal as exc:
                    errors[field.attribute] = [str(exc)]
        if errors:
            raise ValidationError(errors)

    def import_row(self, row, instance_loader, **kwargs):
        result = super().import_row(row, instance_loader, **kwargs)
        if result.errors:  # an unexpected failure: still a refused row with a reason, not a traceback
            reason = gettext("无法导入这一行：%(error)s") % {"error": result.errors[0].error}
            result.errors = []
            result.import_type = result.IMPORT_TYPE_INVALID
            result.validation_error = ValidationError({NON_FIELD_ERRORS: [reason]})
        return result

    def column_label(self, name: str) -> str:
        """An error's key as the editor sees it: the header of the column it comes from (投资额 for any of the
        investment columns, 编号 for id), else the model field's label; never its code."""
        for field in self.fields.values():
            if field.readonly:
                continue  # a column shown for reading (投资额(元)) is never what a row's error is about
            columns = field.columns(None) if isinstance(field, AmountColumn) else {}
            if name == field.attribute or name in columns:
                return str(field.column_name)
        try:
            return str(self._meta.model._meta.get_field(name).verbose_name)
        except FieldDoesNotExist:
            return name

    def validate_instance(self, instance, import_validation_errors=None, validate_unique=True):
        """The same checks as a form (curation.validation), on the fields this row changes; reasons in Chinese."""
        errors: dict[str, list] = {}
        for key, messages in (import_validation_errors or {}).items():
            errors.setdefault(self.column_label(key), []).extend(messages)
        fresh = type(instance).objects.filter(pk=instance.pk).first() if instance.pk else None
        changed = None if fresh is None else [
            f.name for f in instance._meta.concrete_fields if getattr(fresh, f.attname) != getattr(instance, f.attname)]
        for name, message in record_errors(instance, changed=changed).items():
            errors.setdefault(self.column_label(name), [message])
        if errors:
            raise ValidationError(errors)

    def export_field(self, field, instance, **kwargs):
        """A cell as editors read it: a code by its label in the admin's language (企业, 在建, 待审核, 营业收入),
        which an import reads back (before_import_row); any formula escaped."""
        value = super().export_field(field, instance, **kwargs)
        if field.attribute == "metric":
            return metric_label(value)
        if field.attribute == "unit":
            return unit_label(value)
        try:
            model_field = self._meta.model._meta.get_field(field.attribute or "")
        except FieldDoesNotExist:
            model_field = None
        if model_field is not None and model_field.choices and value not in (None, ""):
            return str(dict(model_field.flatchoices).get(value, value))
        return escape_formula(value)

    def _field_changes(self, instance) -> dict:
        model = type(instance)
        fresh = model.objects.get(pk=instance.pk) if instance.pk else None
        changes = {}
        for field in self.get_import_fields():
            if isinstance(field, AmountColumn):
                names = list(field.columns(None))
            elif field.attribute and "__" not in field.attribute:
                names = [field.attribute]
            else:
                continue
            for name in names:
                try:
                    model_field = model._meta.get_field(name)
                except Exception:
                    continue
                if model_field.many_to_many or not model_field.editable and name not in ("review_status",):
                    continue
                new = getattr(instance, model_field.attname)
                if fresh is None or getattr(fresh, model_field.attname) != new:
                    changes[model_field.name] = new
        return fresh, changes

    def do_instance_save(self, instance, is_create):
        fresh, changes = self._field_changes(instance)
        if "review_status" in changes:  # a review by import is a review: who and when, as with the buttons
            changes.update(reviewed_by=self.user, reviewed_at=timezone.now())
        record = fresh if fresh is not None else instance
        apply_editor_change(record=record, changes=changes, user=self.user, reason="editor import")
        instance.pk = record.pk

    def save_m2m(self, instance, row, **kwargs):
        if self._is_dry_run(kwargs) and not self._is_using_transactions(kwargs):
            return
        changes = {}
        for field in self.get_import_fields():
            if not isinstance(field.widget, widgets.ManyToManyWidget) or field.column_name not in row:
                continue
            changes[field.attribute] = list(field.clean(row))
        if changes:
            apply_editor_change(record=type(instance).objects.get(pk=instance.pk), changes=changes, user=self.user,
                                reason="editor import")
