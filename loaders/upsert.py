"""Write one article's extraction to the database: resolve, create or update, attach evidence, respect editors.

Idempotent: the same article loaded twice changes nothing. Fields an editor locked are never
written; rejected records (tombstones) are never brought back; a field two articles disagree on
is recomputed from all its evidence, so the answer does not depend on load order.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db.models import Count

from loaders.conflicts import refresh_conflicts
from loaders.dedupe import find_duplicate_of, sentence_sketch
from loaders.extract.types import Extraction, Span
from loaders.fields import amount_value, column_values, is_locked
from loaders.models import Evidence, SentenceKey, SourceArticle
from loaders.read import ArticleText
from loaders.recompute import recompute_field
from loaders.retract import prune_unsupported
from loaders.resolve import MODELS, NameIndex, is_generic, match_key
from parks.models import ReviewStatus
from parks.names import normalise_name
from projects.models import Fact

DUPLICATE_CANDIDATES = 20  # articles sharing the most sentence keys that get a full overlap check


@dataclass
class Counts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    locked: int = 0

    def add(self, other: Counts) -> None:
        self.created += other.created
        self.updated += other.updated
        self.unchanged += other.unchanged
        self.locked += other.locked

    def as_dict(self) -> dict[str, int]:
        return {"created": self.created, "updated": self.updated, "unchanged": self.unchanged, "locked": self.locked}


@dataclass
class Touch:
    """What one article does to one record: the field values it gives and their evidence."""

    entity_type: str
    record: Any
    created: bool
    values: dict[str, Any] = field(default_factory=dict)
    links: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    aliases: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    changed: bool = False
    locked: bool = False


class ArticleWriter:
    """Writes one article. Short-lived: one instance per article, inside that article's savepoint."""

    def __init__(self, *, article: SourceArticle, text: str, indexes: dict[str, NameIndex]):
        self.article = article
        self.text = text
        self.indexes = indexes
        self.touches: dict[tuple[str, int], Touch] = {}
        self.local: dict[str, dict[str, int]] = defaultdict(dict)  # in-article name -> id per type
        self.new_ids: list[tuple[str, int]] = []

    # ---- resolution -------------------------------------------------------------------------
    def resolve(self, entity_type: str, name: str, aliases: list[str] = (), *, city: str = "",
                create: dict[str, Any] | None = None) -> Touch | None:
        """The record this article's mention is, created when new (if `create` is given); None for tombstones."""
        names = [n for n in [name, *aliases] if n and not is_generic(n)]
        if not names:
            return None
        local = self.local[entity_type]
        record_id = next((local[match_key(entity_type, n)] for n in names if match_key(entity_type, n) in local), None)
        index = self.indexes[entity_type]
        if record_id is None:
            record_id = index.find(names, city=city)
        if record_id is not None and index.status.get(record_id) == ReviewStatus.REJECTED:
            return None
        model = MODELS[entity_type]
        if record_id is None:
            if create is None:
                return None
            record = model(name=names[0], **{k: v for k, v in create.items() if v not in (None, "")})
            record._change_reason = f"load: {self.article.file_name}"
            record.save()
            index.add(record.pk, record.alias_keys, record.review_status, getattr(record, "city", ""))
            self.new_ids.append((entity_type, record.pk))
            touch = Touch(entity_type, record, created=True)
        else:
            touch = self.touches.get((entity_type, record_id))
            if touch is None:
                touch = Touch(entity_type, model.objects.get(pk=record_id), created=False)
        self.touches[(entity_type, touch.record.pk)] = touch
        for n in names:
            local[match_key(entity_type, n)] = touch.record.pk
        for alias in names[1:] + ([names[0]] if not touch.created else []):
            if normalise_name(alias) not in touch.record.alias_keys and alias not in touch.aliases:
                touch.aliases.append(alias)
        return touch

    def find_local(self, entity_type: str, name: str | None) -> int | None:
        if not name or is_generic(name):
            return None
        key = match_key(entity_type, name)
        if key in self.local[entity_type]:
            return self.local[entity_type][key]
        record_id = self.indexes[entity_type].find([name])
        if record_id is not None and self.indexes[entity_type].status.get(record_id) != ReviewStatus.REJECTED:
            return record_id
        return None

    # ---- evidence ---------------------------------------------------------------------------
    def cite(self, touch: Touch, field_name: str, sentence: Span, span: Span | None, value: Any = None) -> None:
        start, end = sentence.start, sentence.end
        touch.evidence.append(Evidence(
            article=self.article, entity_type=touch.entity_type, entity_id=touch.record.pk, field=field_name,
            start_offset=start, end_offset=end, quote=self.text[start:end],
            span_start=span.start if span else None, span_end=span.end if span else None, value=value,
        ))
        if value is not None and field_name != "name":
            touch.values.setdefault(field_name, value)

    # ---- writing ----------------------------------------------------------------------------
    def finish(self) -> Counts:
        """Insert evidence, apply field values and links, and count each touched record once."""
        evidence = [e for t in self.touches.values() for e in t.evidence]
        Evidence.objects.bulk_create(evidence, ignore_conflicts=True, batch_size=1000)
        counts = Counts()
        for touch in self.touches.values():
            self._apply(touch)
            if touch.created:
                counts.created += 1
            elif touch.changed:
                counts.updated += 1
            elif touch.locked:
                counts.locked += 1
            else:
                counts.unchanged += 1
        return counts

    def _apply(self, touch: Touch) -> None:
        record, entity_type = touch.record, touch.entity_type
        changed: list[str] = []
        for field_name, value in touch.values.items():
            if entity_type == "fact":
                continue
            if is_locked(record.locked_fields, entity_type, field_name):
                touch.locked = True
                continue
            new_values = column_values(entity_type, field_name, value)
            current = {attr: getattr(record, attr) for attr in new_values}
            if current == new_values:
                continue
            if touch.created or all(v in (None, "") for v in current.values()):
                for attr, new in new_values.items():
                    setattr(record, attr, new)
                changed += list(new_values)
            elif recompute_field(record=record, field=field_name, save=False):
                changed += list(new_values)
        for alias in touch.aliases:
            if f"aliases:{alias}" in record.locked_fields or is_generic(alias):
                touch.locked = touch.locked or f"aliases:{alias}" in record.locked_fields
                continue
            owners = self.indexes[entity_type].owner_of(alias) - {record.pk}
            if owners:
                continue  # the alias already names another record: leave the choice to an editor
            record.aliases = [*record.aliases, alias]
            changed.append("aliases")
        if changed:
            record._change_reason = f"load: {self.article.file_name}"
            record.save(update_fields=sorted({c.removesuffix("_id") if c.endswith("_id") else c for c in changed}))
            if "aliases" in changed:
                self.indexes[entity_type].add(record.pk, record.alias_keys, record.review_status,
                                              getattr(record, "city", ""))
            touch.changed = not touch.created
        for relation, ids in touch.links.items():
            manager = getattr(record, relation)
            existing = set(manager.values_list("pk", flat=True))
            to_add = [i for i in ids - existing if f"{relation}:{i}" not in record.locked_fields and i != record.pk]
            if any(f"{relation}:{i}" in record.locked_fields for i in ids - existing):
                touch.locked = True
            if to_add:
                manager.add(*to_add)
                touch.changed = not touch.created


def write_article(*, article_text: ArticleText, extraction: Extraction, indexes: dict[str, NameIndex],
                  extractor_version: str, existing: SourceArticle | None) -> tuple[SourceArticle, Counts]:
    """Create or re-extract one article and everything it supports. Call inside a savepoint."""
    meta = extraction.meta
    article = existing or SourceArticle(file_name=article_text.path.name, sha256=article_text.sha256)
    article.path = str(article_text.path)
    article.text = article_text.text
    article.encoding = article_text.encoding
    article.char_count = len(article_text.text)
    article.title = (meta.title or "")[:500]
    article.outlet = (meta.outlet or "")[:200]
    article.authors = [{"name": b.name, "role": b.role} for b in meta.authors]
    article.published_on = meta.published_on
    article.published_precision = meta.published_precision or ""
    article.date_basis = (meta.date_basis or "")[:500]
    article.extractor_version = extractor_version
    article.save()
    previously_supported: set[tuple[str, int]] = set()
    if existing is not None:
        previously_supported = set(existing.evidence.values_list("entity_type", "entity_id"))
        existing.evidence.all().delete()
        existing.sentence_keys.all().delete()
    link_duplicate(article, relink=existing is None)

    writer = ArticleWriter(article=article, text=article_text.text, indexes=indexes)
    _write_parks(writer, extraction)
    _write_companies(writer, extraction)
    _write_projects(writer, extraction)
    _write_funds(writer, extraction)
    fact_groups = _write_facts(writer, extraction)
    counts = writer.finish()
    refresh_conflicts(fact_groups)
    if previously_supported:
        prune_unsupported(previously_supported)
    return article, counts


def _write_parks(writer: ArticleWriter, extraction: Extraction) -> None:
    for m in extraction.parks:
        touch = writer.resolve("park", m.name, m.aliases, city=m.city or "",
                               create={"kind": m.kind, "city": m.city, "district": m.district,
                                       "industries": list(m.industries)})
        if touch is None:
            continue
        writer.cite(touch, "name", m.sentence, m.span)
        for field_name in ("kind", "city", "district"):
            if getattr(m, field_name):
                writer.cite(touch, field_name, m.sentence, m.span, getattr(m, field_name))
    for m in extraction.parks:  # parents after every park of the article exists
        child = writer.find_local("park", m.name)
        parent = writer.find_local("park", m.parent)
        if child and parent and child != parent and ("park", child) in writer.touches:
            writer.cite(writer.touches[("park", child)], "parent", m.sentence, m.span, parent)


def _write_companies(writer: ArticleWriter, extraction: Extraction) -> None:
    for m in extraction.companies:
        touch = writer.resolve("company", m.name, m.aliases, create={"kind": m.kind})
        if touch is None:
            continue
        writer.cite(touch, "name", m.sentence, m.span)
        if m.kind:
            writer.cite(touch, "kind", m.sentence, m.span, m.kind)
        park_id = writer.find_local("park", m.park)
        if park_id:
            touch.links["parks"].add(park_id)
            writer.cite(touch, "parks", m.sentence, m.span)


def _write_projects(writer: ArticleWriter, extraction: Extraction) -> None:
    for m in extraction.projects:
        touch = writer.resolve("project", m.name, m.aliases, create={})
        if touch is None:
            continue
        writer.cite(touch, "name", m.sentence, m.span)
        park_id = writer.find_local("park", m.park)
        if park_id:
            writer.cite(touch, "park", m.sentence, m.span, park_id)
        if m.investment is not None:
            writer.cite(touch, "investment", m.investment_sentence or m.sentence, m.investment.span,
                        amount_value(m.investment))
        if m.phase:
            writer.cite(touch, "phase", m.sentence, m.span, m.phase)
        if m.status:
            writer.cite(touch, "status", m.sentence, m.span, m.status)
        for company in m.companies:
            company_id = writer.find_local("company", company)
            if company_id:
                touch.links["companies"].add(company_id)
        if touch.links["companies"]:
            writer.cite(touch, "companies", m.sentence, m.span)


def _write_funds(writer: ArticleWriter, extraction: Extraction) -> None:
    for m in extraction.funds:
        touch = writer.resolve("fund", m.name, create={})
        if touch is None:
            continue
        writer.cite(touch, "name", m.sentence, m.span)
        park_id = writer.find_local("park", m.park)
        if park_id:
            writer.cite(touch, "park", m.sentence, m.span, park_id)
        for field_name in ("size", "paid_in", "invested"):
            amount = getattr(m, field_name)
            if amount is not None:
                writer.cite(touch, field_name, m.sentence, amount.span, amount_value(amount))


def _write_facts(writer: ArticleWriter, extraction: Extraction) -> set[tuple]:
    groups: set[tuple] = set()
    for m in extraction.facts:
        subject = _fact_subject(writer, m.subject_type, m.subject)
        if subject is None:
            continue
        subject_type, subject_id, subject_name = subject
        value = m.amount.value.quantize(Decimal("0.000001"))
        key = dict(subject_type=subject_type, subject_id=subject_id, metric=m.metric, unit=m.amount.unit,
                   value=value, as_of_text=(m.as_of_text or "")[:100])
        fact = Fact.objects.filter(**key).first()
        created = fact is None
        if created:
            fact = Fact(**key, subject_name=subject_name, qualifier=m.amount.qualifier,
                        value_text=m.amount.text[:200], as_of=m.as_of, article=writer.article)
            fact._change_reason = f"load: {writer.article.file_name}"
            fact.save()
            writer.new_ids.append(("fact", fact.pk))
        elif fact.review_status == ReviewStatus.REJECTED:
            continue
        touch = writer.touches.get(("fact", fact.pk)) or Touch("fact", fact, created=created)
        writer.touches[("fact", fact.pk)] = touch
        writer.cite(touch, "value", m.sentence, m.amount.span,
                    {"value": str(value), "unit": m.amount.unit, "qualifier": m.amount.qualifier,
                     "text": m.amount.text})
        groups.add((subject_type, subject_id, m.metric, m.amount.unit, key["as_of_text"]))
    return groups


def _fact_subject(writer: ArticleWriter, subject_type: str, name: str) -> tuple[str, int, str] | None:
    """The record a figure is about; a named subject the article did not list as a mention is created."""
    if not name or is_generic(name):
        return None
    entity_type = subject_type if subject_type in MODELS else "park"
    record_id = writer.find_local(entity_type, name)
    if record_id is None:
        touch = writer.resolve(entity_type, name, create={})
        if touch is None:
            return None
        record_id = touch.record.pk
    return entity_type, record_id, name


def link_duplicate(article: SourceArticle, *, relink: bool = True) -> None:
    """Index the article's sentences and point it at an earlier edition of the same story, if any.

    Only a newly loaded article is linked: the later-loaded edition points to the earlier, and
    re-extracting an article keeps the link it was given.
    """
    sketch = sentence_sketch(article.text)
    rows = [SentenceKey(article=article, sentence=n, key=key) for n, keys in enumerate(sketch) for key in keys]
    all_keys = {row.key for row in rows}
    if relink and article.duplicate_of_id is None and all_keys:
        candidate_ids = list(
            SentenceKey.objects.filter(key__in=all_keys).exclude(article=article)
            .exclude(article__duplicate_of=article)
            .values("article_id").annotate(shared=Count("id")).order_by("-shared", "article_id")
            .values_list("article_id", flat=True)[:DUPLICATE_CANDIDATES]
        )
        if candidate_ids:
            grouped: dict[int, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
            for article_id, sentence, key in SentenceKey.objects.filter(article_id__in=candidate_ids).values_list(
                    "article_id", "sentence", "key"):
                grouped[article_id][sentence].add(key)
            candidates = {aid: tuple(frozenset(s[n]) for n in sorted(s)) for aid, s in sorted(grouped.items())}
            duplicate_id = find_duplicate_of(sketch, candidates)
            if duplicate_id is not None:
                root = SourceArticle.objects.filter(pk=duplicate_id).values_list("duplicate_of_id", flat=True).first()
                article.duplicate_of_id = root if root and root != article.pk else duplicate_id
                article.save(update_fields=["duplicate_of"])
    SentenceKey.objects.bulk_create(rows, ignore_conflicts=True, batch_size=2000)
