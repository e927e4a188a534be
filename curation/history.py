"""History in the editor's words: stored change reasons and field changes shown in the admin's language.

Reasons are stored in a fixed machine-readable form ("editor changed investment_cny", "merged into 12",
"load: 000.txt"), written by curation.editing, curation.merge and the loader; this module turns them into labels.
"""
from __future__ import annotations

import re
from decimal import Decimal

from django.core.exceptions import FieldDoesNotExist
from django.utils.translation import gettext

from curation.forms import format_amount
from curation.validation import MONEY_COLUMNS


def field_label(model, name: str) -> str | None:
    """A field's label; an evidence field (investment) by its first column's; None for a name cut short."""
    from curation.fields import FIELD_COLUMNS
    from curation.recompute import ENTITY_TYPES

    base = name.partition(":")[0]
    columns = FIELD_COLUMNS.get(ENTITY_TYPES.get(model.__name__, ""), {}).get(base, [base])
    try:
        return str(model._meta.get_field(columns[0]).verbose_name)
    except FieldDoesNotExist:
        return None


def _entity_label(code: str) -> str:
    from curation.models import EntityType
    try:
        return str(EntityType(code).label)
    except ValueError:
        return code


def _status_label(code: str) -> str:
    from curation.models import ReviewStatus
    try:
        return str(ReviewStatus(code).label)
    except ValueError:
        return code


def change_reason(reason: str | None, model) -> str:
    """'editor changed investment_cny, aliases' -> '编辑修改：投资额(元)、别名' (English in the English admin)."""
    reason = (reason or "").strip()
    if not reason:
        return ""
    sep = gettext("、")
    rules = [
        (r"editor created", lambda m: gettext("编辑新建")),
        (r"editor changed (.+)", lambda m: gettext("编辑修改：%(fields)s") % {"fields": sep.join(
            dict.fromkeys(label for f in m.group(1).split(",") if (label := field_label(model, f.strip()))))}),
        (r"review: (\w+)", lambda m: gettext("审核：%(status)s") % {"status": _status_label(m.group(1))}),
        (r"editor unlocked (.+)", lambda m: gettext("解锁：%(field)s") % {
            "field": field_label(model, m.group(1)) or m.group(1)}),
        (r"editor import", lambda m: gettext("表格导入")),
        (r"merged into (\d+)", lambda m: gettext("并入编号 %(id)s") % {"id": m.group(1)}),
        (r"merged ([\d, ]+)", lambda m: gettext("合并了编号 %(ids)s") % {"ids": sep.join(
            i.strip() for i in m.group(1).split(","))}),
        (r"merge undone", lambda m: gettext("撤销合并")),
        (r"merge (\d+) undone", lambda m: gettext("撤销第 %(id)s 次合并") % {"id": m.group(1)}),
        (r"split from (\d+)", lambda m: gettext("从编号 %(id)s 拆分出来") % {"id": m.group(1)}),
        (r"split (\d+) undone", lambda m: gettext("撤销第 %(id)s 次拆分") % {"id": m.group(1)}),
        (r"split (.+) off", lambda m: gettext("拆分出：%(name)s") % {"name": m.group(1)}),
        (r"changed type from (\w+) (\d+)", lambda m: gettext("由%(type)s（编号 %(id)s）更改类型而来") % {
            "type": _entity_label(m.group(1)), "id": m.group(2)}),
        (r"is really (\w+) (\d+)", lambda m: gettext("实为%(type)s（编号 %(id)s）") % {
            "type": _entity_label(m.group(1)), "id": m.group(2)}),
        (r"load: (.+)", lambda m: gettext("导入文章：%(file)s") % {"file": m.group(1)}),
        (r"recomputed from evidence", lambda m: gettext("按证据重新计算")),
        (r"source unloaded", lambda m: gettext("来源文章已撤回")),
    ]
    for pattern, label in rules:
        match = re.fullmatch(pattern, reason)
        if match:
            return label(match)
    return reason


def shown_value(model, name: str, value) -> str:
    if value in (None, "", []):
        return "—"
    if name in MONEY_COLUMNS.get(model.__name__, ()) and name != "area_mu":
        return format_amount(Decimal(value))
    if isinstance(value, (list, tuple)):
        return gettext("、").join(str(v) for v in value)
    try:
        field = model._meta.get_field(name)
    except FieldDoesNotExist:
        return str(value)
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if name == "metric":
        from curation.forms import metric_label
        return metric_label(str(value))
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    return str(value)


def changes_of(record) -> list[tuple[str, str, str]]:
    """(field label, old, new) for each field a history version changed from the version before it."""
    previous = record.prev_record
    if previous is None:
        return []
    model = record.instance_type
    return [(field_label(model, c.field) or c.field, shown_value(model, c.field, c.old),
             shown_value(model, c.field, c.new)) for c in record.diff_against(previous).changes]
