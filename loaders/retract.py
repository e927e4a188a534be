"""Take an article's support away: unload it, and prune records nothing supports any more.

A record an editor verified, rejected or changed is never deleted here: it stays, flagged as
having lost its source. Anything else that no evidence supports goes.
"""
from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction

from curation.conflicts import fact_groups, refresh_conflicts
from loaders.editions import link_duplicate
from curation.fields import FIELD_COLUMNS, column_values, is_locked
from loaders.models import Evidence, SourceArticle
from curation.recompute import chosen_value, recompute_field
from loaders.resolve import MODELS
from curation.models import ReviewStatus
from projects.models import Fact

ALL_MODELS = {**MODELS, "fact": Fact}


@dataclass
class Retraction:
    deleted: int = 0
    kept: int = 0  # editor-touched records flagged source_lost
    recomputed: int = 0  # records left whose values the article alone had given


def editor_touched(record) -> bool:
    return record.review_status != ReviewStatus.UNREVIEWED or bool(record.locked_fields)


def prune_unsupported(candidates: set[tuple[str, int]]) -> Retraction:
    """Delete (or flag, if an editor touched them) the candidate records no evidence supports."""
    result = Retraction()
    supported = set(
        Evidence.objects.filter(entity_type__in={t for t, _ in candidates}, entity_id__in={i for _, i in candidates})
        .values_list("entity_type", "entity_id")
    )
    orphans = candidates - supported
    # Facts that go may leave a lone value behind that was flagged as conflicting with them.
    groups = fact_groups([i for t, i in orphans if t == "fact"]) if orphans else set()
    # Facts first: a fact about a record that goes must go (or be flagged) with it.
    for entity_type, record_id in sorted(orphans, key=lambda c: c[0] != "fact"):
        model = ALL_MODELS[entity_type]
        record = model.objects.filter(pk=record_id).first()
        if record is None:
            continue
        if editor_touched(record):
            if not record.source_lost:
                model.objects.filter(pk=record_id).update(source_lost=True)
            result.kept += 1
            continue
        if entity_type != "fact":
            dependent = Fact.objects.filter(subject_type=entity_type, subject_id=record_id)
            if any(editor_touched(f) for f in dependent):
                model.objects.filter(pk=record_id).update(source_lost=True)
                result.kept += 1
                continue
            result.deleted += dependent.count()
            Evidence.objects.filter(entity_type="fact", entity_id__in=dependent.values("pk")).delete()
            dependent.delete()
        record._change_reason = "source unloaded"
        record.delete()
        result.deleted += 1
    refresh_conflicts(groups)
    return result


# Fields an unload recomputes but never clears: a park's city is part of its natural key, and a company
# always has a kind.
NEVER_CLEARED = {("park", "city"), ("company", "kind")}


def recompute_unloaded_fields(fields: set[tuple[str, int, str]]) -> int:
    """Recompute the fields an unloaded article gave a value for, on the records that are left: from the
    evidence that remains, or cleared when none does. Fields an editor locked are left alone.
    Returns how many records changed."""
    changed = 0
    by_record: dict[tuple[str, int], set[str]] = {}
    for entity_type, entity_id, field in fields:
        if field in FIELD_COLUMNS.get(entity_type, {}):
            by_record.setdefault((entity_type, entity_id), set()).add(field)
    for (entity_type, entity_id), names in sorted(by_record.items()):
        record = ALL_MODELS[entity_type].objects.filter(pk=entity_id).first()
        if record is None:
            continue
        updated: list[str] = []
        for field in sorted(names):
            if is_locked(record.locked_fields, entity_type, field):
                continue
            if chosen_value(entity_type=entity_type, entity_id=entity_id, field=field) is not None:
                if recompute_field(record=record, field=field, save=False):
                    updated += FIELD_COLUMNS[entity_type][field]
            elif (entity_type, field) not in NEVER_CLEARED:
                for attr, empty in column_values(entity_type, field, None).items():
                    if getattr(record, attr) != empty:
                        setattr(record, attr, empty)
                        updated.append(attr)
        if updated:
            record._change_reason = "source unloaded"
            record.save(update_fields=sorted({u.removesuffix("_id") for u in updated}))
            changed += 1
    return changed


# (record type, relation) pairs whose evidence names the linked record's id (company parks, group members)
LINK_FIELDS = (("company", "parks"), ("park_group", "members"))


def drop_unsupported_links(links: set[tuple[str, int, str, object]]) -> int:
    """Remove the links an unloaded article alone stated: no evidence left names that link, and none
    left for the relation is of the older kind that names no id (then nobody can tell, and it stays).
    A link an editor decided (locked) stays. Returns how many records lost a link."""
    changed = 0
    for entity_type, entity_id, relation, target in sorted(links, key=str):
        if not isinstance(target, int):
            continue
        record = ALL_MODELS[entity_type].objects.filter(pk=entity_id).first()
        if record is None or f"{relation}:{target}" in (record.locked_fields or []):
            continue
        left = Evidence.objects.filter(entity_type=entity_type, entity_id=entity_id, field=relation)
        if left.filter(value=target).exists() or left.filter(value__isnull=True).exists():
            continue
        manager = getattr(record, relation)
        if manager.filter(pk=target).exists():
            manager.remove(target)
            changed += 1
    return changed


def unload_article(article: SourceArticle) -> Retraction:
    """Retract one article: its evidence goes, records supported by nothing else go too, and the values
    it alone gave the others are recomputed from what remains."""
    with transaction.atomic():
        candidates = set(article.evidence.values_list("entity_type", "entity_id"))
        links = set(article.evidence.filter(field__in=[r for _, r in LINK_FIELDS], value__isnull=False)
                    .values_list("entity_type", "entity_id", "field", "value"))
        valued = set(article.evidence.filter(value__isnull=False).values_list("entity_type", "entity_id", "field"))
        groups = fact_groups([i for t, i in candidates if t == "fact"])
        editions = list(SourceArticle.objects.filter(duplicate_of=article))
        SourceArticle.objects.filter(duplicate_of=article).update(duplicate_of=None)
        Fact.objects.filter(article=article).update(article=None)
        article.delete()  # cascades to its evidence and sentence keys
        result = prune_unsupported(candidates)
        result.recomputed = recompute_unloaded_fields(valued)
        result.recomputed += drop_unsupported_links(links)
        # A fact whose first source went now names its earliest remaining source.
        for fact in Fact.objects.filter(article__isnull=True, pk__in=[i for t, i in candidates if t == "fact"]):
            first = (Evidence.objects.filter(entity_type="fact", entity_id=fact.pk)
                     .order_by("article_id").values_list("article_id", flat=True).first())
            Fact.objects.filter(pk=fact.pk).update(article_id=first)
        for edition in editions:  # each is now an original: its sentences go into the index
            edition.duplicate_of = None
            link_duplicate(edition, relink=False)
        refresh_conflicts(groups)
        return result
