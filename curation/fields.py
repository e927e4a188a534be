"""Which evidence field feeds which model columns, per record type: the one map loads, recompute and locks share."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

# evidence field -> the model columns it sets. Locking any one column of a group locks the group.
FIELD_COLUMNS: dict[str, dict[str, list[str]]] = {
    "park": {
        "kind": ["kind"],
        "city": ["city"],
        "district": ["district"],
        "parent": ["parent"],
        "area_mu": ["area_mu"],
    },
    "park_group": {},
    "company": {"kind": ["kind"]},
    "project": {
        "park": ["park"],
        "investment": ["investment_cny", "investment_amount", "investment_currency", "investment_qualifier",
                       "investment_text"],
        "phase": ["phase"],
        "status": ["status"],
    },
    "fund": {
        "park": ["park"],
        "size": ["size_cny", "size_amount", "size_currency", "size_qualifier", "size_text"],
        "paid_in": ["paid_in_cny", "paid_in_amount", "paid_in_currency", "paid_in_text"],
        "invested": ["invested_cny", "invested_amount", "invested_currency", "invested_text"],
    },
    "fact": {},
}

FOREIGN_KEYS = {"parent", "park"}  # evidence values hold the related record's id


def is_locked(locked_fields: list[str], entity_type: str, field: str) -> bool:
    """True when an editor locked any column the evidence field sets."""
    columns = FIELD_COLUMNS.get(entity_type, {}).get(field, [field])
    locked = set(locked_fields)
    return any(c in locked or f"{c}_id" in locked for c in columns) or field in locked


def column_values(entity_type: str, field: str, value: Any) -> dict[str, Any]:
    """The model attribute values an evidence value stands for (FKs as *_id)."""
    if field in FOREIGN_KEYS:
        return {f"{field}_id": value}
    if entity_type == "project" and field == "investment":
        if value is None:
            return {c: (None if c in ("investment_cny", "investment_amount") else "")
                    for c in FIELD_COLUMNS["project"]["investment"]}
        amount = Decimal(value["amount"])
        currency = value.get("currency") or "cny"
        return {
            "investment_cny": amount if currency == "cny" else None,
            "investment_amount": amount,
            "investment_currency": currency,
            "investment_qualifier": value.get("qualifier") or "",
            "investment_text": value.get("text") or "",
        }
    if entity_type == "fund" and field in ("size", "paid_in", "invested"):
        columns = FIELD_COLUMNS["fund"][field]
        if value is None:
            return {c: (None if c.endswith(("_cny", "_amount")) else "") for c in columns}
        amount, currency = Decimal(value["amount"]), value.get("currency") or "cny"
        out = {f"{field}_cny": amount if currency == "cny" else None, f"{field}_amount": amount,
               f"{field}_currency": currency, f"{field}_text": value.get("text") or ""}
        if f"{field}_qualifier" in columns:
            out[f"{field}_qualifier"] = value.get("qualifier") or ""
        return out
    if field == "area_mu":
        return {"area_mu": None if value is None else Decimal(value)}
    return {field: value if value is not None else ""}


def amount_value(amount) -> dict[str, str]:
    """JSON form of an extracted Amount, as kept in Evidence.value."""
    return {"amount": str(amount.value), "currency": amount.unit, "qualifier": amount.qualifier, "text": amount.text}
