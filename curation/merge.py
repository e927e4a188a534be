"""Merging duplicates (and undoing it), marking records as not the same, splitting, and changing a record's type.

A merge moves everything that points at the merged records — foreign keys, many-to-many links, facts about
them, evidence — to the survivor, makes their names the survivor's aliases (locked, so the next load finds the
survivor), deletes them, and keeps a snapshot in MergeLog from which `undo_merge` puts every row back.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

from django.apps import apps
from django.core import serializers
from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext

from curation.conflicts import refresh_conflicts_of
from curation.editing import apply_editor_change, entity_type_of
from curation.models import MergeLog, NamedRecord, NotSame, ReviewStatus
from curation.names import normalise_name


def _evidence():
    """The loader's Evidence model, by label: curation imports no other app."""
    return apps.get_model("loaders", "Evidence")


class MergeError(ValueError):
    pass


def _m2m_throughs(model: type[models.Model]) -> list[tuple[type[models.Model], str, str]]:
    """(through model, attname of the FK to `model`, attname of the other FK) for every M2M touching `model`."""
    found = []
    for m in apps.get_models():
        for field in m._meta.local_many_to_many:
            through = field.remote_field.through
            if field.model is model or field.related_model is model:
                fks = [f for f in through._meta.fields if isinstance(f, models.ForeignKey)]
                own = next(f for f in fks if f.related_model is model)
                other = next(f for f in fks if f is not own)
                found.append((through, own.attname, other.attname))
    return found


def _foreign_keys(model: type[models.Model]) -> list[tuple[type[models.Model], str]]:
    """(model, attname) of every visible foreign key pointing at `model` (history tables excluded)."""
    return [(rel.related_model, rel.field.attname) for rel in model._meta.related_objects
            if (rel.one_to_many or rel.one_to_one) and not rel.related_model.__name__.startswith("Historical")]


def _fact_model():
    return apps.get_model("projects", "Fact")


def _move_evidence(*, entity_type: str, from_ids: Iterable[int], to_id: int, snapshot: dict,
                   to_type: str | None = None, ids: Iterable[int] | None = None) -> None:
    """Re-point evidence rows; a row the target already has (same article, field, span) is deleted instead."""
    to_type = to_type or entity_type
    rows = _evidence().objects.filter(entity_type=entity_type, entity_id__in=list(from_ids))
    if ids is not None:
        rows = rows.filter(pk__in=list(ids))
    have = set(_evidence().objects.filter(entity_type=to_type, entity_id=to_id)
               .values_list("article_id", "field", "span_start", "span_end"))
    move, drop = [], []
    for ev in rows:
        key = (ev.article_id, ev.field, ev.span_start, ev.span_end)
        (drop if key in have else move).append(ev)
        have.add(key)
    snapshot.setdefault("evidence_moved", []).extend([ev.pk, ev.entity_type, ev.entity_id] for ev in move)
    if drop:
        snapshot.setdefault("evidence_deleted", []).append(serializers.serialize("json", drop))
        _evidence().objects.filter(pk__in=[ev.pk for ev in drop]).delete()
    _evidence().objects.filter(pk__in=[ev.pk for ev in move]).update(entity_type=to_type, entity_id=to_id)


def _move_facts(*, subject_type: str, from_ids: Iterable[int], survivor, snapshot: dict,
                to_type: str | None = None) -> None:
    """Facts about the merged records become facts about the survivor; a fact it already has absorbs the copy."""
    Fact = _fact_model()
    to_type = to_type or subject_type
    existing = {(f.metric, f.unit, f.value, f.as_of_text): f
                for f in Fact.objects.filter(subject_type=to_type, subject_id=survivor.pk)}
    moved = []
    for fact in Fact.objects.filter(subject_type=subject_type, subject_id__in=list(from_ids)):
        key = (fact.metric, fact.unit, fact.value, fact.as_of_text)
        if key in existing:
            _move_evidence(entity_type="fact", from_ids=[fact.pk], to_id=existing[key].pk, snapshot=snapshot)
            snapshot.setdefault("facts_deleted", []).append(serializers.serialize("json", [fact]))
            fact.delete()
            continue
        snapshot.setdefault("facts_moved", []).append([fact.pk, fact.subject_type, fact.subject_id, fact.subject_name])
        moved.append(fact.pk)
        existing[key] = fact
    Fact.objects.filter(pk__in=moved).update(
        subject_type=to_type, subject_id=survivor.pk, subject_name=str(survivor))


def _model_of(entity_type: str) -> type[models.Model]:
    for model in apps.get_models():
        if model.__name__ in {"Park", "ParkGroup", "Company", "Project", "Fund", "Fact"} and \
                entity_type_of(model) == entity_type:
            return model
    raise LookupError(entity_type)


@transaction.atomic
def merge_records(*, survivor: models.Model, others: Sequence[models.Model], user=None) -> MergeLog:
    """Merge `others` into `survivor` and log it; every reference, fact and evidence row moves to the survivor."""
    model = type(survivor)
    others = [o for o in others if o.pk != survivor.pk]
    if not others:
        raise MergeError(gettext("选择至少两条记录，并指定保留哪一条"))
    if any(type(o) is not model for o in others):
        raise MergeError(gettext("只能合并同一类型的记录"))
    entity_type = entity_type_of(model)
    other_ids = [o.pk for o in others]
    refused = not_same_pairs(entity_type, [survivor.pk, *other_ids])
    if refused:
        names = {r.pk: str(r) for r in [survivor, *others]}
        raise MergeError(gettext("已标记为“不是同一个”，不能合并：%(pairs)s。如果确实是同一个，先在“非同一记录”中删除这条标记")
                         % {"pairs": "；".join(f"{names[a]}（{a}）— {names[b]}（{b}）" for a, b in refused)})
    snapshot: dict = {
        "survivor": {"aliases": list(getattr(survivor, "aliases", [])), "locked_fields": list(survivor.locked_fields)},
        "records": serializers.serialize("json", others),
        "fks": [], "m2m": [],
    }
    for remote, attname in _foreign_keys(model):
        rows = list(remote.objects.filter(**{f"{attname}__in": other_ids}).values_list("pk", attname))
        if not rows:
            continue
        snapshot["fks"].append({"model": remote._meta.label, "field": attname, "rows": rows})
        moved = [pk for pk, _ in rows]
        # A survivor that pointed at a merged record (its parent, say) must not end up pointing at itself.
        remote.objects.filter(pk__in=moved).update(**{attname: survivor.pk})
        if remote is model and survivor.pk in moved:
            remote.objects.filter(pk=survivor.pk).update(**{attname: None})
    for through, own, other in _m2m_throughs(model):
        rows = list(through.objects.filter(**{f"{own}__in": other_ids}).values_list(own, other))
        if not rows:
            continue
        have = set(through.objects.filter(**{own: survivor.pk}).values_list(other, flat=True))
        add = sorted({o for _, o in rows} - have)
        created = through.objects.bulk_create([through(**{own: survivor.pk, other: o}) for o in add])
        snapshot["m2m"].append({"model": through._meta.label, "own": own, "other": other, "rows": rows,
                                "created": [c.pk for c in created]})
    if entity_type != "fact":
        _move_facts(subject_type=entity_type, from_ids=other_ids, survivor=survivor, snapshot=snapshot)
    _move_evidence(entity_type=entity_type, from_ids=other_ids, to_id=survivor.pk, snapshot=snapshot)

    changes = {}
    if isinstance(survivor, NamedRecord):
        known = set(survivor.alias_keys) | {normalise_name(survivor.name)}
        aliases = list(survivor.aliases)
        for other in others:
            for name in [other.name, *other.aliases]:
                if name and normalise_name(name) not in known:
                    aliases.append(name)
                    known.add(normalise_name(name))
        changes["aliases"] = aliases
    for other in others:
        other._history_user = user
        other._change_reason = f"merged into {survivor.pk}"
        other.delete()
    survivor.refresh_from_db()
    apply_editor_change(record=survivor, changes=changes, user=user,
                        reason=("merged " + ", ".join(str(i) for i in other_ids))[:100])
    refresh_conflicts_of(entity_type, [survivor.pk])  # the survivor's figures now come from more articles
    return MergeLog.objects.create(entity_type=entity_type, survivor_id=survivor.pk, merged_ids=other_ids,
                                   snapshot=snapshot, performed_by=user)


def _restore(serialized: str, user) -> None:
    for item in serializers.deserialize("json", serialized):
        obj = item.object
        obj._history_user = user
        obj._change_reason = "merge undone"
        obj.save(force_insert=True)


@transaction.atomic
def undo_merge(*, log: MergeLog, user=None) -> None:
    """Put every row a merge changed back where it was; the merged records return with their old ids.

    Only what the merge did is undone: a row an editor has pointed elsewhere since the merge stays
    where the editor put it, and aliases or locks added to the survivor later are kept.
    """
    log = MergeLog.objects.select_for_update().get(pk=log.pk)
    if log.undone_at:
        raise MergeError(gettext("这次合并已经撤销"))
    if log.action == MergeLog.SPLIT:
        _undo_split(log, user)
        log.undone_at = timezone.now()
        log.undone_by = user
        log.save(update_fields=["undone_at", "undone_by"])
        return
    snap = log.snapshot
    model = _model_of(log.entity_type)
    _restore(snap["records"], user)
    for entry in snap["fks"]:
        remote = apps.get_model(entry["model"])
        by_old = defaultdict(list)
        for pk, old in entry["rows"]:
            by_old[old].append(pk)
        for old, pks in by_old.items():
            # a row still where the merge put it: on the survivor (or, for the survivor itself, cleared)
            still_moved = Q(**{entry["field"]: log.survivor_id})
            if remote is model:
                still_moved |= Q(pk=log.survivor_id, **{f"{entry['field']}__isnull": True})
            remote.objects.filter(Q(pk__in=pks) & still_moved).update(**{entry["field"]: old})
    for entry in snap["m2m"]:
        through = apps.get_model(entry["model"])
        through.objects.filter(pk__in=entry["created"]).delete()
        through.objects.bulk_create([through(**{entry["own"]: own, entry["other"]: other})
                                     for own, other in entry["rows"]], ignore_conflicts=True)
    for serialized in snap.get("facts_deleted", []):
        _restore(serialized, user)
    Fact = _fact_model()
    for pk, subject_type, subject_id, subject_name in snap.get("facts_moved", []):
        Fact.objects.filter(pk=pk, subject_type=log.entity_type, subject_id=log.survivor_id).update(
            subject_type=subject_type, subject_id=subject_id, subject_name=subject_name)
    for serialized in snap.get("evidence_deleted", []):
        for item in serializers.deserialize("json", serialized):
            item.save()
    for pk, entity_type, entity_id in snap.get("evidence_moved", []):
        _evidence().objects.filter(pk=pk).update(entity_type=entity_type, entity_id=entity_id)
    survivor = model.objects.get(pk=log.survivor_id)  # after the rows above moved back (its parent, say)
    before = snap["survivor"]
    if isinstance(survivor, NamedRecord):
        # the names the merge brought: the merged records' names and aliases the survivor lacked
        brought = {name for item in serializers.deserialize("json", snap["records"])
                   for name in [item.object.name, *item.object.aliases]} - set(before["aliases"])
        survivor.aliases = [a for a in survivor.aliases if a not in brought]
        added_locks = {f"aliases:{name}" for name in brought} - set(before["locked_fields"])
        survivor.locked_fields = [k for k in survivor.locked_fields if k not in added_locks]
    survivor._history_user = user
    survivor._change_reason = f"merge {log.pk} undone"
    survivor.save()
    log.undone_at = timezone.now()
    log.undone_by = user
    log.save(update_fields=["undone_at", "undone_by"])
    refresh_conflicts_of(log.entity_type, [log.survivor_id, *log.merged_ids])


def not_same_pairs(entity_type: str, ids: Iterable[int]) -> list[tuple[int, int]]:
    """The pairs among `ids` that editors marked as not the same, as (smaller id, larger id)."""
    ids = sorted({int(i) for i in ids})
    if len(ids) < 2:
        return []
    return list(NotSame.objects.filter(entity_type=entity_type, left_id__in=ids, right_id__in=ids)
                .order_by("left_id", "right_id").values_list("left_id", "right_id"))


def is_not_same(entity_type: str, first_id: int, second_id: int) -> bool:
    """Whether editors said these two records are different: the loader and merges must never join them."""
    return bool(not_same_pairs(entity_type, [first_id, second_id]))


def mark_not_same(*, first: models.Model, second: models.Model, user=None) -> NotSame:
    """Record that two records are different entities, so the resolver never joins them."""
    if type(first) is not type(second) or first.pk == second.pk:
        raise MergeError(gettext("需要两条同类型的不同记录"))
    left, right = sorted([first.pk, second.pk])
    pair, _ = NotSame.objects.get_or_create(entity_type=entity_type_of(type(first)), left_id=left, right_id=right,
                                            defaults={"created_by": user})
    return pair


# Many-to-many links whose evidence field names the relation; the evidence holds no target id, so the targets
# are the linked records named in the quoted sentence.
LINK_FIELDS = {"parks", "companies", "members"}


def _named_in(records, quote: str) -> set[int]:
    return {r.pk for r in records if any(n and n in quote for n in [r.name, *r.aliases])}


@transaction.atomic
def split_record(*, record: NamedRecord, name: str, evidence_ids: Iterable[int], user=None) -> NamedRecord:
    """Split what the loader wrongly joined: a new record named `name` takes the chosen evidence and the data
    that evidence supports — links named in those sentences, fields whose evidence moved, facts reported in
    them — while the old record keeps only what its remaining evidence (or an editor's lock) supports.

    The two are marked not-the-same, `name` stops being the old record's alias, and the split is logged in
    MergeLog (action "split") so `undo_merge` can put everything back.
    """
    from curation.fields import FIELD_COLUMNS, column_values
    from curation.recompute import recompute_field

    model = type(record)
    entity_type = entity_type_of(model)
    evidence_ids = {int(i) for i in evidence_ids}
    chosen = list(_evidence().objects.filter(entity_type=entity_type, entity_id=record.pk, pk__in=evidence_ids))
    if not chosen:
        raise MergeError(gettext("请勾选至少一条属于新记录的证据"))
    before = serializers.serialize("json", [record])
    before_links = {f.name: sorted(getattr(record, f.name).values_list("pk", flat=True))
                    for f in model._meta.many_to_many}
    extra = {"city": record.city} if hasattr(record, "city") else {}
    new = model(name=name.strip(), **extra)
    apply_editor_change(record=new, changes={"name": new.name}, user=user, reason=f"split from {record.pk}")
    snapshot: dict = {"record": before, "links": before_links, "new_id": new.pk}
    _move_evidence(entity_type=entity_type, from_ids=[record.pk], to_id=new.pk, snapshot=snapshot,
                   ids=[ev.pk for ev in chosen])
    remaining = list(_evidence().objects.filter(entity_type=entity_type, entity_id=record.pk))

    # links: a target named in a moved sentence goes to the new record; the old keeps it only if a remaining
    # sentence names it too, or an editor locked the link
    for field in model._meta.many_to_many:
        if field.name not in LINK_FIELDS:
            continue
        targets = list(getattr(record, field.name).all())
        moved = set().union(*[_named_in(targets, ev.quote) for ev in chosen if ev.field == field.name])
        kept = set().union(*[_named_in(targets, ev.quote) for ev in remaining if ev.field == field.name])
        kept |= {t.pk for t in targets if f"{field.name}:{t.pk}" in record.locked_fields}
        if moved:
            getattr(new, field.name).add(*moved)
            getattr(record, field.name).remove(*(moved - kept))

    # fields: the new record takes the value its evidence gives; the old one is recomputed from what is left,
    # and a foreign key or amount no remaining sentence supports is cleared (unless an editor locked it)
    record.refresh_from_db()
    for field in {ev.field for ev in chosen} & set(FIELD_COLUMNS.get(entity_type, {})):
        recompute_field(record=new, field=field)
        if any(ev.field == field for ev in remaining):
            recompute_field(record=record, field=field)
        elif len(FIELD_COLUMNS[entity_type][field]) > 1 or field in ("park", "parent"):
            from curation.fields import is_locked
            if not is_locked(record.locked_fields, entity_type, field):
                for attr, value in column_values(entity_type, field, None).items():
                    setattr(record, attr, value)
                record._history_user = user
                record._change_reason = f"split {new.name} off"
                record.save()

    # facts about the old record reported in a moved sentence are about the new one
    Fact = _fact_model()
    sentences = {(ev.article_id, ev.start_offset) for ev in chosen}
    facts = [f for f in Fact.objects.filter(subject_type=entity_type, subject_id=record.pk)
             if (f_ev := list(_evidence().objects.filter(entity_type="fact", entity_id=f.pk)
                              .values_list("article_id", "start_offset")))
             and all(key in sentences for key in f_ev)]
    snapshot["facts_moved"] = [[f.pk, f.subject_type, f.subject_id, f.subject_name] for f in facts]
    Fact.objects.filter(pk__in=[f.pk for f in facts]).update(subject_id=new.pk, subject_name=new.name)

    record.refresh_from_db()
    aliases = [a for a in record.aliases if normalise_name(a) != normalise_name(name)]
    if aliases != record.aliases:
        apply_editor_change(record=record, changes={"aliases": aliases}, user=user, reason=f"split {name} off")
    mark_not_same(first=record, second=new, user=user)
    MergeLog.objects.create(action=MergeLog.SPLIT, entity_type=entity_type, survivor_id=record.pk,
                            merged_ids=[new.pk], snapshot=snapshot, performed_by=user)
    return new


def _undo_split(log: MergeLog, user) -> None:
    """Put a split back: the new record's evidence, links and facts return to the old one, which gets its
    fields and links as they were before the split; the new record and the not-same mark are removed."""
    snap = log.snapshot
    model = _model_of(log.entity_type)
    new_id = snap["new_id"]
    new = model.objects.filter(pk=new_id).first()
    _move_evidence(entity_type=log.entity_type, from_ids=[new_id], to_id=log.survivor_id, snapshot={})
    for pk, subject_type, subject_id, subject_name in snap.get("facts_moved", []):
        _fact_model().objects.filter(pk=pk, subject_type=subject_type, subject_id=new_id).update(
            subject_id=subject_id, subject_name=subject_name)
    old = next(serializers.deserialize("json", snap["record"])).object
    record = model.objects.get(pk=log.survivor_id)
    for field in model._meta.concrete_fields:
        if field.name not in ("id", "updated_at", "created_at", "review_status", "reviewed_by", "reviewed_at"):
            setattr(record, field.attname, getattr(old, field.attname))
    record._history_user = user
    record._change_reason = f"split {log.pk} undone"
    record.save()
    for name, ids in snap.get("links", {}).items():
        getattr(record, name).add(*ids)
    for remote, attname in _foreign_keys(model):
        remote.objects.filter(**{attname: new_id}).update(**{attname: log.survivor_id})
    low, high = sorted([log.survivor_id, new_id])
    NotSame.objects.filter(entity_type=log.entity_type, left_id=low, right_id=high).delete()
    if new is not None:
        new._history_user = user
        new._change_reason = f"split {log.pk} undone"
        new.delete()


_PROJECT_WORDS = re.compile(r"(?:[一二三四五六七八九十]期)?(?:工程)?项目$")


def _as_type(record: NamedRecord, to_type: str) -> tuple[str, dict]:
    """The name and fields a record gets as `to_type`: a park drops a trailing 项目 and takes its kind from its
    name (科技城, 高新区 …), its city from its name or its old park, and that park as its parent."""
    from loaders.extract.mentions.names import leading_place
    from loaders.extract.tables.vocab import PARK_SUFFIXES

    name = record.name.strip()
    if to_type not in ("park", "park_group"):
        return name, {}
    stripped = _PROJECT_WORDS.sub("", name).strip()
    name = stripped if len(normalise_name(stripped)) >= 2 else name
    old_park = getattr(record, "park", None)
    city = leading_place(name)[0] or getattr(record, "city", "") or (old_park.city if old_park else "") or ""
    fields: dict = {"city": city}
    if to_type == "park":
        kind = next((PARK_SUFFIXES[s] for s in sorted(PARK_SUFFIXES, key=len, reverse=True) if name.endswith(s)), "")
        fields["kind"] = kind
        if old_park is not None:
            fields["parent"] = old_park
    return name, {k: v for k, v in fields.items() if v not in ("", None)}


@transaction.atomic
def change_type(*, record: NamedRecord, to_model: type[NamedRecord], user=None) -> NamedRecord:
    """Turn a record into another type (a 'project' 黄石科技城 that is really a park).

    The new record takes the name, aliases, the evidence for fields the new type has and the facts about the
    old record. The old record is rejected, not deleted: a tombstone, so the next load resolves the same
    words to it and never creates the wrong-typed record again.
    """
    from_type, to_type = entity_type_of(type(record)), entity_type_of(to_model)
    if from_type == to_type:
        raise MergeError(gettext("类型相同"))
    name, fields = _as_type(record, to_type)
    lookup = {"normalised_name": normalise_name(name)}
    if any(f.name == "city" for f in to_model._meta.fields):
        lookup["city"] = fields.get("city", "")
    new = to_model.objects.filter(**lookup).first()
    names = [n for n in dict.fromkeys([record.name, *record.aliases]) if normalise_name(n) != lookup["normalised_name"]]
    if new is None:
        new = to_model(**({"city": lookup["city"]} if "city" in lookup else {}))
        apply_editor_change(record=new, changes={"name": name, "aliases": names, **fields},
                            user=user, reason=f"changed type from {from_type} {record.pk}")
    else:
        aliases = list(new.aliases) + [a for a in names if normalise_name(a) not in new.alias_keys]
        apply_editor_change(record=new, changes={"aliases": aliases}, user=user,
                            reason=f"changed type from {from_type} {record.pk}")
    own_fields = {f.name for f in to_model._meta.fields} | {"name", "aliases"}
    from curation.fields import FIELD_COLUMNS
    portable = own_fields | {f for f, cols in FIELD_COLUMNS.get(to_type, {}).items()}
    ids = list(_evidence().objects.filter(entity_type=from_type, entity_id=record.pk, field__in=portable)
               .values_list("pk", flat=True))
    snapshot: dict = {}
    _move_evidence(entity_type=from_type, from_ids=[record.pk], to_id=new.pk, snapshot=snapshot,
                   to_type=to_type, ids=ids)
    _move_facts(subject_type=from_type, from_ids=[record.pk], survivor=new, snapshot=snapshot, to_type=to_type)
    apply_editor_change(record=record, changes={"review_status": ReviewStatus.REJECTED, "reviewed_by": user,
                                                "reviewed_at": timezone.now()},
                        user=user, reason=f"is really {to_type} {new.pk}")
    return new
