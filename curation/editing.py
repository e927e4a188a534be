"""The one way editors change records: admin forms, bulk actions, imports and reverts all call these functions.

Every change is saved with the editor as the history user and locks what it changed, so no later load
overwrites it: scalar fields by name ("name", "investment_cny" …), aliases and many-to-many links one by one
("aliases:海尔", "companies:12"). Changing one column of a group (a project's investment amount, currency,
qualifier and text) locks the whole group, because the loader writes the group as one value. A rename keeps
the old name as a locked alias, as a merge does, so the next load that meets the old name finds this record.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone

from curation.conflicts import fact_groups, refresh_conflicts, refresh_conflicts_of
from curation.fields import FIELD_COLUMNS
from curation.recompute import ENTITY_TYPES, recompute_field
from curation.validation import record_errors
from curation.names import normalise_name

# Review bookkeeping is an editor write too, but no loader ever fills it, so it locks nothing.
UNLOCKED_FIELDS = {"review_status", "reviewed_by", "reviewed_at", "locked_fields", "source_lost"}
# Facts have no evidence field map (their value is their identity); their figure is still one group.
_FACT_GROUPS = [["value", "unit", "qualifier", "value_text"]]
ITEM_LOCKED_FIELDS = {"aliases"}  # array fields locked per element
# A fact's fields that decide whether it conflicts with another (analytics/sql/live_conflict_pairs.sql).
FIGURE_FIELDS = {"subject_type", "subject_id", "metric", "unit", "value", "qualifier", "as_of", "as_of_text"}


def entity_type_of(model: type[models.Model]) -> str:
    return ENTITY_TYPES[model.__name__]


def lock_groups(model: type[models.Model]) -> list[list[str]]:
    """Columns that are written, and so locked and unlocked, together."""
    if model.__name__ == "Fact":
        return _FACT_GROUPS
    columns = FIELD_COLUMNS.get(entity_type_of(model), {})
    return [cols for cols in columns.values() if len(cols) > 1]


def _expand_group(model: type[models.Model], name: str) -> list[str]:
    for group in lock_groups(model):
        if name in group:
            return list(group)
    return [name]


def _group_name(model: type[models.Model], column: str) -> str:
    """The evidence field a column is written under (investment for investment_cny …), else the column."""
    for field, columns in FIELD_COLUMNS.get(entity_type_of(model), {}).items():
        if column in columns and len(columns) > 1:
            return field
    return column


def _clean_aliases(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(v.strip() for v in values if v and v.strip()))


def _comparable(field: models.Field, value: Any) -> Any:
    if isinstance(field, models.ForeignKey):
        return value.pk if isinstance(value, models.Model) else value
    return value


@transaction.atomic
def apply_editor_change(*, record: models.Model, changes: Mapping[str, Any], user=None,
                        reason: str = "") -> list[str]:
    """Apply an editor's `changes` (field name -> new value) to `record`, lock what changed, save with history.

    `record` may be unsaved (an editor creating a record: every field given is locked). Many-to-many
    values are iterables of records or ids. Returns the lock keys added (empty when nothing changed).
    Raises ValidationError (field -> Chinese message, see curation.validation) when the result cannot be stored:
    a name another record has, a negative or overflowing amount, a code outside its list.
    """
    model = type(record)
    is_new = record.pk is None
    changes = _keep_old_name_as_alias(record, changes)
    scalar_changed: list[str] = []
    locks: set[str] = set()
    m2m: dict[str, set[int]] = {}

    for name, value in changes.items():
        field = model._meta.get_field(name)
        if field.many_to_many:
            m2m[name] = {v.pk if isinstance(v, models.Model) else int(v) for v in (value or [])}
            continue
        if name in ITEM_LOCKED_FIELDS:
            old, new = _clean_aliases(getattr(record, name)), _clean_aliases(value or [])
            if old != new:
                locks.update(f"{name}:{item}" for item in set(old) ^ set(new))
                setattr(record, name, new)
                scalar_changed.append(name)
            continue
        current = getattr(record, field.attname) if isinstance(field, models.ForeignKey) else getattr(record, name)
        new = _comparable(field, value)
        if current == new and not is_new:
            continue
        if isinstance(field, models.ForeignKey):
            setattr(record, field.attname, new)
        else:
            setattr(record, name, value)
        scalar_changed.append(name)
        if name not in UNLOCKED_FIELDS and (not is_new or value not in (None, "", [])):
            locks.update(_expand_group(model, name))

    for name, new_ids in m2m.items():
        current_ids = set() if is_new else set(getattr(record, name).values_list("pk", flat=True))
        locks.update(f"{name}:{pk}" for pk in current_ids ^ new_ids)

    errors = record_errors(record, changed=None if is_new else scalar_changed)
    if errors:
        raise ValidationError(errors)
    # a corrected figure can settle a conflict or start one: its group before and after is compared again
    figure_changed = model.__name__ == "Fact" and (is_new or bool(set(scalar_changed) & FIGURE_FIELDS))
    groups_before = fact_groups([record.pk]) if figure_changed and not is_new else set()
    new_locks = sorted(locks - set(record.locked_fields))
    if new_locks:
        record.locked_fields = sorted(set(record.locked_fields) | locks)
    if is_new or scalar_changed or new_locks:
        record._history_user = user
        why = reason or ("editor created" if is_new else "editor changed " + ", ".join(
            dict.fromkeys(_group_name(model, name) for name in scalar_changed + [k.split(":")[0] for k in new_locks])))
        record._change_reason = why[:100]  # simple-history keeps 100 characters
        record.save()
    for name, new_ids in m2m.items():
        getattr(record, name).set(new_ids)
    if figure_changed:
        refresh_conflicts(groups_before | fact_groups([record.pk]))
    return new_locks


def _keep_old_name_as_alias(record: models.Model, changes: Mapping[str, Any]) -> Mapping[str, Any]:
    """A renamed record keeps its old name as an alias (locked, as a merge does), so the next load that
    meets the old name resolves it to this record instead of creating the old one again."""
    if record.pk is None or "name" not in changes or not hasattr(record, "aliases"):
        return changes
    old, new = record.name, (changes["name"] or "").strip()
    aliases = list(changes.get("aliases", record.aliases) or [])
    if not old or normalise_name(old) == normalise_name(new) or \
            normalise_name(old) in {normalise_name(a) for a in aliases}:
        return changes
    return {**changes, "aliases": [*aliases, old]}


def review_records(*, records: Iterable[models.Model], status: str, user) -> int:
    """Verify or reject records (bulk action, page button); returns how many changed status."""
    now = timezone.now()
    changed = 0
    for record in records:
        if record.review_status == status:
            continue
        apply_editor_change(record=record, changes={"review_status": status, "reviewed_by": user, "reviewed_at": now},
                            user=user, reason=f"review: {status}")
        changed += 1
        refresh_conflicts_of(entity_type_of(type(record)), [record.pk])
    return changed


@transaction.atomic
def unlock_field(*, record: models.Model, key: str, user=None) -> bool:
    """Hand a locked field (or one alias/link) back to the loader; a field is recomputed from its evidence at once.

    Returns whether the record's value changed by the recompute.
    """
    model = type(record)
    base = key.split(":", 1)[0]
    removed = {key} if ":" in key else set(_expand_group(model, base))
    if not removed & set(record.locked_fields):
        return False
    record.locked_fields = [k for k in record.locked_fields if k not in removed]
    record._history_user = user
    record._change_reason = f"editor unlocked {key}"[:100]
    record.save(update_fields=["locked_fields"])
    if ":" in key or model.__name__ == "Fact":
        return False  # one alias/link: the next load may add or remove it again
    record._history_user = user
    return recompute_field(record=record, field=base)


def ensure_editors_group(apps=None):
    """Create or refresh the "editors" group: view/change every record type, merge and review; delete nothing loaded.

    Callable from a migration (with its historical `apps`) and from tests after a database flush.
    """
    from django.apps import apps as global_apps
    from django.contrib.auth.management import create_permissions

    apps = apps or global_apps
    for app_config in apps.get_app_configs():
        if apps is global_apps:
            create_permissions(app_config, verbosity=0)
        else:  # a migration's historical app registry: the usual dance to create permissions early
            app_config.models_module = True
            create_permissions(app_config, apps=apps, verbosity=0)
            app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="editors")
    wanted = [("parks", f"{a}_{m}") for m in ["park", "parkgroup", "company"] for a in ("view", "change", "add")]
    wanted += [("projects", f"{a}_{m}") for m in ["project", "fund", "fact"] for a in ("view", "change", "add")]
    wanted += [("parks", f"view_historical{m}") for m in ["park", "parkgroup", "company"]]
    wanted += [("projects", f"view_historical{m}") for m in ["project", "fund", "fact"]]
    wanted += [("curation", "view_mergelog"), ("curation", "merge_records"), ("curation", "review_records"),
               ("curation", "view_notsame"), ("curation", "add_notsame"), ("curation", "delete_notsame")]
    wanted += [("loaders", "view_sourcearticle"), ("loaders", "view_evidence"), ("loaders", "view_loadrun")]
    perms = []
    for app_label, codename in wanted:
        perm = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
        if perm is not None:
            perms.append(perm)
    group.permissions.set(perms)
    return group
