"""Recompute a record's field from the values its evidence gave, so the result never depends on load order."""
from __future__ import annotations

from django.apps import apps
from django.db.models import F

from curation.fields import FIELD_COLUMNS, column_values, is_locked
from curation.validation import record_errors


def _evidence():
    """The loader's Evidence model, by label: curation imports no other app."""
    return apps.get_model("loaders", "Evidence")


ENTITY_TYPES = {"Park": "park", "ParkGroup": "park_group", "Company": "company", "Project": "project",
                "Fund": "fund", "Fact": "fact"}


def entity_type_of(record) -> str:
    return ENTITY_TYPES[type(record).__name__]


def chosen_value(*, entity_type: str, entity_id: int, field: str):
    """The value of the most recently published article that gave one (ties: lowest SHA-256); None if none did.

    Whatever order articles arrive in, the same evidence gives the same answer.
    """
    row = (
        _evidence().objects.filter(entity_type=entity_type, entity_id=entity_id, field=field, value__isnull=False)
        .order_by(F("article__published_on").desc(nulls_last=True), "article__sha256", "start_offset")
        .values_list("value", flat=True)
        .first()
    )
    return row


def recompute_field(*, record, field: str, save: bool = True) -> bool:
    """Set `field` (an evidence field such as 'investment' or a column such as 'investment_cny') from evidence.

    Returns whether the record changed. A field an editor locked is left alone.
    """
    entity_type = entity_type_of(record)
    evidence_field = _evidence_field(entity_type, field)
    if is_locked(record.locked_fields, entity_type, evidence_field):
        return False
    value = chosen_value(entity_type=entity_type, entity_id=record.pk, field=evidence_field)
    if value is None:
        return False
    changed, before = [], {}
    for attr, new in column_values(entity_type, evidence_field, value).items():
        if getattr(record, attr) != new:
            before[attr] = getattr(record, attr)
            setattr(record, attr, new)
            changed.append(attr)
    if changed and record_errors(record, changed={a.removesuffix("_id") for a in changed}):
        # evidence written before a rule existed (an amount past the bounds): the record keeps its value
        for attr, old in before.items():
            setattr(record, attr, old)
        return False
    if changed and save:
        record._change_reason = "recomputed from evidence"
        record.save(update_fields=changed)
    return bool(changed)


def _evidence_field(entity_type: str, field: str) -> str:
    field = field.removesuffix("_id")
    for evidence_field, columns in FIELD_COLUMNS.get(entity_type, {}).items():
        if field == evidence_field or field in columns:
            return evidence_field
    return field
