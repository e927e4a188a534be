"""Take an article's support away: unload it, and prune records nothing supports any more.

A record an editor verified, rejected or changed is never deleted here: it stays, flagged as
having lost its source. Anything else that no evidence supports goes.
"""
from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction

from loaders.conflicts import fact_groups, refresh_conflicts
from loaders.editions import link_duplicate
from loaders.models import Evidence, SourceArticle
from loaders.resolve import MODELS
from curation.models import ReviewStatus
from projects.models import Fact

ALL_MODELS = {**MODELS, "fact": Fact}


@dataclass
class Retraction:
    deleted: int = 0
    kept: int = 0  # editor-touched records flagged source_lost


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


def unload_article(article: SourceArticle) -> Retraction:
    """Retract one article: its evidence goes, and records supported by nothing else go too."""
    with transaction.atomic():
        candidates = set(article.evidence.values_list("entity_type", "entity_id"))
        groups = fact_groups([i for t, i in candidates if t == "fact"])
        editions = list(SourceArticle.objects.filter(duplicate_of=article))
        SourceArticle.objects.filter(duplicate_of=article).update(duplicate_of=None)
        Fact.objects.filter(article=article).update(article=None)
        article.delete()  # cascades to its evidence and sentence keys
        result = prune_unsupported(candidates)
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
