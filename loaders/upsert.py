"""Write one article's extraction to the database: resolve, create or update, attach evidence, respect editors.

Idempotent: the same article loaded twice changes nothing. Fields an editor locked are never
written; rejected records (tombstones) are never brought back; a field two articles disagree on
is recomputed from all its evidence, so the answer does not depend on load order.

Writes are set-based, so an article costs a handful of queries rather than one per mention:
names are resolved in memory, new records of a type are created with one COPY (and one for
their history rows; ids are taken beforehand, so a new park's new parent is set in its insert),
existing ones are fetched with one query, evidence and links are bulk inserted, and only records
whose values really change are saved one by one.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db.models import Q
from django.utils.translation import gettext
from psycopg.types.json import Jsonb

from loaders.bulk import allocate_ids, insert_with_history
from curation.conflicts import refresh_conflicts
from loaders.corrections import CorrectedFacts
from loaders.dedupe import SentenceSketch, sentence_sketch
from loaders.editions import link_duplicate
from loaders.evidence import write_evidence
from loaders.extract.mentions.parks import generic_park_name
from loaders.extract.types import Extraction, Span
from curation.fields import amount_value, column_values, is_locked
from loaders.metric_codes import current_code
from loaders.models import SourceArticle
from loaders.read import ArticleText, display_path
from curation.recompute import recompute_field
from curation.validation import fund_part_error
from loaders.resolve import MODELS, NameIndex, is_generic, match_key, prefetch_names
from loaders.retract import prune_unsupported
from curation.models import ReviewStatus
from curation.names import normalise_name
from projects.models import Fact

RELATIONS = {("company", "parks"): "park", ("project", "companies"): "company", ("park_group", "members"): "park"}


@dataclass
class Counts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    locked: int = 0
    by_type: dict[str, dict[str, int]] = field(default_factory=dict)  # record type -> the four counts

    def add(self, other: Counts) -> None:
        self.created += other.created
        self.updated += other.updated
        self.unchanged += other.unchanged
        self.locked += other.locked
        for entity_type, counts in other.by_type.items():
            mine = self.by_type.setdefault(entity_type, dict.fromkeys(("created", "updated", "unchanged", "locked"), 0))
            for outcome, n in counts.items():
                mine[outcome] += n

    def count(self, entity_type: str, outcome: str) -> None:
        setattr(self, outcome, getattr(self, outcome) + 1)
        self.add(Counts(by_type={entity_type: {outcome: 1}}))

    def as_dict(self) -> dict:
        return {"created": self.created, "updated": self.updated, "unchanged": self.unchanged, "locked": self.locked,
                "by_type": {t: dict(c) for t, c in sorted(self.by_type.items())}}


@dataclass(eq=False)  # identity: a touch is one record of this article, usable in sets
class Touch:
    """What one article does to one record: the values it gives, its links, aliases and evidence."""

    entity_type: str
    pk: int | None
    record: Any = None
    created: bool = False
    values: dict[str, Any] = field(default_factory=dict)
    links: dict[str, set] = field(default_factory=lambda: defaultdict(set))  # relation -> Touches
    aliases: list[str] = field(default_factory=list)
    citations: list[tuple] = field(default_factory=list)  # (field, sentence, span, value)
    changed: bool = False
    locked: bool = False


class ArticleWriter:
    """Writes one article. Short-lived: one instance per article, inside that article's savepoint."""

    def __init__(self, *, article: SourceArticle, text: str, indexes: dict[str, NameIndex], reextract: bool = False):
        self.article = article
        self.reextract = reextract  # the article has evidence from an earlier extraction
        self.previously_supported: set[tuple[str, int]] = set()
        self.text = text
        self.indexes = indexes
        self.touches: dict[tuple[str, str], Touch] = {}  # (type, match key) -> touch
        self.by_pk: dict[tuple[str, int], Touch] = {}
        self.pending: dict[str, list[Touch]] = defaultdict(list)  # new records not yet inserted
        self.reason = f"load: {article.file_name}"
        self.warnings: list[str] = []  # values the article gave that its records could not take

    # ---- resolution -------------------------------------------------------------------------
    def want(self, entity_type: str, name: str, aliases=(), *, city: str = "",
             create: dict[str, Any] | None = None) -> Touch | None:
        """The touch for the record this mention names: existing, or new when `create` is given; None for tombstones."""
        # (an alias that is only a park's kind, 综合保税区 for 满洲里综合保税区, is the article's short way of writing
        # it; across articles it names every such park, so it neither finds records nor is stored)
        names = [n for n in dict.fromkeys([name, *aliases]) if n and not is_generic(n)
                 and not (n != name and entity_type in ("park", "park_group") and generic_park_name(n))]
        if not names:
            return None
        keys = [match_key(entity_type, n) for n in names]
        touch = next((self.touches[(entity_type, k)] for k in keys if (entity_type, k) in self.touches), None)
        index = self.indexes[entity_type]
        if touch is None:
            record_id = index.find(names, city=city)
            if record_id is not None and index.status.get(record_id) == ReviewStatus.REJECTED:
                return None
            if record_id is not None:
                touch = self.by_pk.get((entity_type, record_id)) or Touch(entity_type, record_id)
                self.by_pk[(entity_type, record_id)] = touch
            elif create is not None:
                model = MODELS[entity_type]
                record = model(name=names[0], **{k: v for k, v in create.items() if v not in (None, "")})
                touch = Touch(entity_type, None, record=record, created=True)
                self.pending[entity_type].append(touch)
            else:
                return None
        for key in keys:
            self.touches[(entity_type, key)] = touch
        for alias in names:
            if alias not in touch.aliases:
                touch.aliases.append(alias)
        return touch

    def find(self, entity_type: str, name: str | None) -> Touch | None:
        """A record this article already named, or an existing one; never creates."""
        if not name or is_generic(name):
            return None
        return self.want(entity_type, name)

    def flush(self) -> None:
        """Insert the pending new records (one bulk insert per type, with history) and fetch the existing ones."""
        for entity_type, touches in self.pending.items():
            if not touches:
                continue
            model = MODELS[entity_type]
            # Ids first, so a new record can point at another new one (a new park's new parent) in its insert.
            for touch, pk in zip(touches, allocate_ids(model, len(touches))):
                touch.pk = touch.record.pk = pk
            for touch in touches:
                _fill_new(touch)
                touch.record.refresh_keys()
            insert_with_history(model, [t.record for t in touches], reason=self.reason)
            index = self.indexes[entity_type]
            for touch in touches:
                self.by_pk[(entity_type, touch.pk)] = touch
                index.add(touch.pk, touch.record.alias_keys, touch.record.match_keys, touch.record.review_status,
                          getattr(touch.record, "city", ""))
            touches.clear()
        missing: dict[str, list[int]] = defaultdict(list)
        for (entity_type, pk), touch in self.by_pk.items():
            if touch.record is None:
                missing[entity_type].append(pk)
        for entity_type, pks in missing.items():
            # Locked until the load commits: an editor's save either lands before (and its locks are
            # read here) or waits for the commit and then wins; it is never overwritten unseen. NO KEY:
            # an editor saving a record that points at this one (a project's park) must not wait.
            for pk, record in (MODELS[entity_type].objects.select_for_update(of=("self",), no_key=True)
                               .in_bulk(pks).items()):
                self.by_pk[(entity_type, pk)].record = record

    # ---- evidence ---------------------------------------------------------------------------
    def cite(self, touch: Touch, field_name: str, sentence: Span, span: Span | None, value: Any = None) -> None:
        touch.citations.append((field_name, sentence, span, value))
        if value is not None and field_name not in ("name", "parks", "companies", "members"):
            touch.values.setdefault(field_name, value)

    def evidence_rows(self) -> list[tuple]:
        """One row per citation, in loaders.evidence.EVIDENCE_COLUMNS order; a citation repeated within the article is one row."""
        rows: dict[tuple, tuple] = {}
        for touch in self.live_touches():
            for field_name, sentence, span, value in touch.citations:
                if isinstance(value, Touch):
                    value = value.pk
                span_start, span_end = (span.start, span.end) if span else (None, None)
                key = (touch.entity_type, touch.pk, field_name, span_start, span_end)  # evidence_unique
                if key not in rows:
                    rows[key] = (self.article.pk, touch.entity_type, touch.pk, field_name, sentence.start,
                                 sentence.end, self.text[sentence.start:sentence.end], span_start, span_end,
                                 None if value is None else Jsonb(value))
        return list(rows.values())

    def live_touches(self) -> list[Touch]:
        return list({id(t): t for t in self.by_pk.values()}.values())

    # ---- writing ----------------------------------------------------------------------------
    def finish(self) -> Counts:
        """Insert evidence and links, apply field values, and count each touched record once."""
        self.flush()
        self.previously_supported, _ = write_evidence(article_id=self.article.pk, rows=self.evidence_rows(),
                                                      replace=self.reextract)
        self._link()
        counts = Counts()
        for touch in self.live_touches():
            if touch.entity_type != "fact":
                self._apply(touch)
            if touch.created:
                counts.count(touch.entity_type, "created")
            elif touch.changed:
                counts.count(touch.entity_type, "updated")
            elif touch.locked:
                counts.count(touch.entity_type, "locked")
            else:
                counts.count(touch.entity_type, "unchanged")
        return counts

    def _apply(self, touch: Touch) -> None:
        record, entity_type = touch.record, touch.entity_type
        changed: list[str] = []
        before: dict[str, dict[str, Any]] = {}  # evidence field -> its columns' values before this article
        for field_name, value in touch.values.items():
            if isinstance(value, Touch):
                value = value.pk
            if is_locked(record.locked_fields, entity_type, field_name):
                touch.locked = True
                continue
            new_values = column_values(entity_type, field_name, value)
            if field_name == "parent" and value == record.pk:
                continue
            current = {attr: getattr(record, attr) for attr in new_values}
            if current == new_values:
                continue
            if touch.created or all(v in (None, "") for v in current.values()):
                for attr, new in new_values.items():
                    setattr(record, attr, new)
                changed += list(new_values)
                before[field_name] = current
            elif recompute_field(record=record, field=field_name, save=False):
                changed += list(new_values)
                before[field_name] = current
        self._keep_fund_parts_within_size(touch, before, changed)
        for alias in touch.aliases:
            if normalise_name(alias) in record.alias_keys or alias == record.name:
                continue
            if f"aliases:{alias}" in record.locked_fields:
                touch.locked = True
                continue
            if self.indexes[entity_type].owner_of(alias) - {record.pk}:
                continue  # the alias already names another record: leave the choice to an editor
            record.aliases = [*record.aliases, alias]
            changed.append("aliases")
        if changed:
            record._change_reason = self.reason
            record.save(update_fields=sorted({c[:-3] if c.endswith("_id") else c for c in changed}))
            if "aliases" in changed:
                self.indexes[entity_type].add(record.pk, record.alias_keys, record.match_keys, record.review_status,
                                              getattr(record, "city", ""))
            touch.changed = not touch.created

    def _keep_fund_parts_within_size(self, touch: Touch, before: dict[str, dict[str, Any]], changed: list[str]) -> None:
        """A fund's paid-in or invested amount never exceeds its size (curation.validation, as on an editor's form).

        Each article's figures were checked together before writing; here one article's figure meets another's
        already on the record (a size from one article, a paid-in from the next). The figure this article brings
        is not applied, with a warning; its evidence keeps what the article said.
        """
        if touch.entity_type != "fund" or not before:
            return
        record = touch.record
        for part, label in (("paid_in", gettext("实缴")), ("invested", gettext("已投资"))):
            problem = fund_part_error(size=record.size_cny, part=getattr(record, f"{part}_cny"), label=label)
            culprit = part if part in before else "size" if "size" in before else None
            if not problem or culprit is None:
                continue
            for attr, old in before.pop(culprit).items():
                setattr(record, attr, old)
                changed.remove(attr)
            text = (touch.values.get(culprit) or {}).get("text", "")
            self.warnings.append(f"dropped {culprit} figure {text!r} of fund {record.name!r}: {problem}")

    def _link(self) -> None:
        """Add many-to-many links the article states, unless an editor decided about that link."""
        for (entity_type, relation), target_type in RELATIONS.items():
            touches = [t for t in self.live_touches() if t.entity_type == entity_type and t.links.get(relation)]
            if not touches:
                continue
            model = MODELS[entity_type]
            through = getattr(model, relation).through
            source_col, target_col = f"{model._meta.model_name}_id", f"{MODELS[target_type]._meta.model_name}_id"
            existing = set(through.objects.filter(**{f"{source_col}__in": [t.pk for t in touches]})
                           .values_list(source_col, target_col))
            rows = []
            for touch in touches:
                for target in touch.links[relation]:
                    # a link joins two tables: comparing the ids would drop links whose ids merely coincide
                    if target.pk is None or target is touch or (touch.pk, target.pk) in existing:
                        continue
                    if f"{relation}:{target.pk}" in touch.record.locked_fields:
                        touch.locked = True
                        continue
                    rows.append(through(**{source_col: touch.pk, target_col: target.pk}))
                    touch.changed = not touch.created
            through.objects.bulk_create(rows, ignore_conflicts=True)


def _fill_new(touch: Touch) -> None:
    """Give a record about to be inserted the values its article states, so its insert (and history row) is whole.

    A value pointing at a record without an id yet (a new park of a later flush) waits for `_apply`.
    """
    for field_name, value in touch.values.items():
        if isinstance(value, Touch):
            if value.pk is None:
                continue
            value = value.pk
        if field_name == "parent" and value == touch.pk:
            continue
        for attr, new in column_values(touch.entity_type, field_name, value).items():
            setattr(touch.record, attr, new)


def write_article(*, article_text: ArticleText, extraction: Extraction, indexes: dict[str, NameIndex],
                  extractor_version: str, existing: SourceArticle | None,
                  sketch: SentenceSketch | None = None,
                  warnings: list[str] | None = None) -> tuple[SourceArticle, Counts]:
    """Create or re-extract one article and everything it supports. Call inside a savepoint.

    `sketch` is the text's sentence sketch when the caller already computed it (in a worker). A value a record
    cannot take next to what other articles gave it is left out, and said in `warnings`.
    """
    meta = extraction.meta
    article = existing or SourceArticle(file_name=display_path(article_text.path.name)[:255], sha256=article_text.sha256)
    path = display_path(article_text.path)
    article.path = path if len(path) <= 1000 else "…" + path[-999:]  # the end of a long path says the most
    if existing is None:  # same SHA-256, same text: rewriting it would only copy its TOAST rows
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
    # Read before the article's evidence is replaced (by write_evidence, in writer.finish).
    corrected = CorrectedFacts.of_article(existing.pk if existing is not None else None)
    # The same text has the same sentence keys: a re-extracted article keeps its index rows.
    if sketch is None:
        sketch = sentence_sketch(article_text.text)
    link_duplicate(article, relink=existing is None, reindex=existing is None, sketch=sketch)

    writer = ArticleWriter(article=article, text=article_text.text, indexes=indexes, reextract=existing is not None)
    prefetch_names(indexes, _names_wanted(extraction))
    _want_parks(writer, extraction)
    writer.flush()  # parks first: every other record may point at one
    _want_park_groups(writer, extraction)
    _want_companies(writer, extraction)
    _want_projects(writer, extraction)
    _want_funds(writer, extraction)
    writer.flush()
    facts = _write_facts(writer, extraction, corrected=corrected)
    counts = writer.finish()
    if warnings is not None:
        warnings.extend(writer.warnings)
    # A new article only adds facts and sources: the pairs with its facts are all that can change. A
    # re-extracted one may also drop sources (its earlier evidence went): its groups are read whole.
    whole = facts.whole | (facts.groups if existing is not None else set())
    refresh_conflicts(whole)
    read_whole = {group[:3] for group in whole}
    refresh_conflicts({group for group in facts.groups if group[:3] not in read_whole}, touched=facts.touched)
    if writer.previously_supported:
        prune_unsupported(writer.previously_supported)
    return article, counts


def _sureness(m) -> dict[str, Any]:
    """A new record's extraction rule and confidence (loaders/extract/records/confidence.py)."""
    return {"confidence": m.confidence, "extraction_rules": [m.rule] if m.rule else []}


def _names_wanted(extraction: Extraction) -> dict[str, set[str]]:
    """The names the functions below resolve, by record type: read from the database in one query.

    A name missed here is still resolved, by a query of its own (NameIndex.find).
    """
    wanted: dict[str, set[str]] = defaultdict(set)
    for m in extraction.parks:
        wanted["park"].update([m.name, *m.aliases, m.parent])
    for m in extraction.park_groups:
        wanted["park_group"].add(m.name)
        wanted["park"].update(m.members)
    for m in extraction.companies:
        wanted["company"].update([m.name, *m.aliases])
        wanted["park"].add(m.park)
    for m in extraction.projects:
        wanted["project"].update([m.name, *m.aliases])
        wanted["park"].add(m.park)
        wanted["company"].update(m.companies)
    for m in extraction.funds:
        wanted["fund"].update([m.name, *m.aliases])
        wanted["park"].add(m.park)
    for m in extraction.facts:
        wanted[m.subject_type if m.subject_type in MODELS else "park"].add(m.subject)
    return wanted


def _want_parks(writer: ArticleWriter, extraction: Extraction) -> None:
    touches = []
    for m in extraction.parks:
        touch = writer.want("park", m.name, m.aliases, city=m.city or "",
                            create={"kind": m.kind, "city": m.city, "district": m.district,
                                    "industries": list(m.industries), **_sureness(m)})
        touches.append(touch)
        if touch is None:
            continue
        writer.cite(touch, "name", m.sentence, m.span)
        for field_name in ("kind", "city", "district"):
            if getattr(m, field_name):
                writer.cite(touch, field_name, m.sentence, m.span, getattr(m, field_name))
    for m, touch in zip(extraction.parks, touches):  # parents once every park of the article is known
        if touch is None:
            continue
        parent = writer.find("park", m.parent)
        if parent is not None and parent is not touch:
            writer.cite(touch, "parent", m.sentence, m.span, parent)


def _want_companies(writer: ArticleWriter, extraction: Extraction) -> None:
    for m in extraction.companies:
        touch = writer.want("company", m.name, m.aliases, create={"kind": m.kind, **_sureness(m)})
        if touch is None:
            continue
        writer.cite(touch, "name", m.sentence, m.span)
        if m.kind:
            writer.cite(touch, "kind", m.sentence, m.span, m.kind)
        park = writer.find("park", m.park)
        if park is not None:
            touch.links["parks"].add(park)
            writer.cite(touch, "parks", m.sentence, m.span, park)  # the park's id: an unload can tell which link went


def _want_park_groups(writer: ArticleWriter, extraction: Extraction) -> None:
    """A group the article lists the members of, and each member it names."""
    for m in extraction.park_groups:
        touch = writer.find("park_group", m.name) or writer.want("park_group", m.name, [], create={})
        if touch is None:
            continue
        writer.cite(touch, "name", m.sentence, m.span)
        for name, span, sentence in zip(m.members, m.member_spans, m.member_sentences):
            park = writer.find("park", name)
            if park is not None:
                touch.links["members"].add(park)
                writer.cite(touch, "members", sentence, span, park)


def _want_projects(writer: ArticleWriter, extraction: Extraction) -> None:
    for m in extraction.projects:
        touch = writer.want("project", m.name, m.aliases, create=_sureness(m))
        if touch is None:
            continue
        writer.cite(touch, "name", m.sentence, m.span)
        park = writer.find("park", m.park)
        if park is not None:
            writer.cite(touch, "park", m.sentence, m.span, park)
        if m.investment is not None:
            writer.cite(touch, "investment", m.investment_sentence or m.sentence, m.investment.span,
                        amount_value(m.investment))
        if m.phase:
            writer.cite(touch, "phase", m.sentence, m.span, m.phase)
        if m.status:
            writer.cite(touch, "status", m.sentence, m.span, m.status)
        companies = [c for c in (writer.find("company", name) for name in m.companies) if c is not None]
        if companies:
            touch.links["companies"].update(companies)
            writer.cite(touch, "companies", m.sentence, m.span)


def _want_funds(writer: ArticleWriter, extraction: Extraction) -> None:
    for m in extraction.funds:
        touch = writer.want("fund", m.name, m.aliases, create=_sureness(m))
        if touch is None:
            continue
        writer.cite(touch, "name", m.sentence, m.span)
        park = writer.find("park", m.park)
        if park is not None:
            writer.cite(touch, "park", m.sentence, m.span, park)
        for field_name in ("size", "paid_in", "invested"):
            amount = getattr(m, field_name)
            if amount is not None:
                writer.cite(touch, field_name, m.sentence, amount.span, amount_value(amount))


@dataclass
class FactChanges:
    """Which conflict flags an article's figures may change (see curation.conflicts.refresh_conflicts).

    groups: the (subject_type, subject_id, metric, unit, as_of_text) groups of its figures that hold more
    than one value; touched: the ids of the facts of those groups it created or cited; whole: groups whose
    flags must be read again whole (an editor's corrected fact, a fact whose as_of date this load set).
    """

    groups: set[tuple] = field(default_factory=set)
    touched: set[int] = field(default_factory=set)
    whole: set[tuple] = field(default_factory=set)


def _write_facts(writer: ArticleWriter, extraction: Extraction, *, corrected: CorrectedFacts) -> FactChanges:
    """Resolve each figure's subject, then find or create its fact: one query to read, one to insert.

    A figure an editor corrected lands on the corrected fact (`corrected`, see loaders/corrections.py).
    """
    wanted = []
    for m in extraction.facts:
        if not m.subject or is_generic(m.subject):
            continue
        entity_type = m.subject_type if m.subject_type in MODELS else "park"
        subject = writer.find(entity_type, m.subject) or writer.want(entity_type, m.subject, create={})
        if subject is not None:
            wanted.append((m, entity_type, subject))
            if entity_type == "park_group":  # a group is named only as a figure's subject: that is its source
                writer.cite(subject, "name", m.sentence, None)
    writer.flush()
    keys = []
    for m, entity_type, subject in wanted:
        value = m.amount.value.quantize(Decimal("0.000001"))
        keys.append((entity_type, subject.pk, current_code(m.metric), m.amount.unit, value,
                     (m.as_of_text or "")[:100]))
    # Only the metrics the article gives: every lookup below is by one of its keys, and a park named in
    # every tenth article has thousands of facts, most about other metrics.
    condition = Q(pk__in=[])
    for entity_type, ids in _group_ids(keys).items():
        condition |= Q(subject_type=entity_type, subject_id__in=ids)
    subject_facts = list(Fact.objects.filter(condition, metric__in={key[2] for key in keys}).only(
        "pk", "subject_type", "subject_id", "metric", "unit", "value", "as_of_text", "as_of", "review_status",
        "locked_fields"))
    existing = {(f.subject_type, f.subject_id, f.metric, f.unit, f.value, f.as_of_text): f for f in subject_facts}
    corrected.add_facts(subject_facts, [key for key in keys if key not in existing])
    new: dict[tuple, Fact] = {}
    touches = []
    changes = FactChanges()
    for (m, entity_type, subject), key in zip(wanted, keys):
        fact = corrected.at(m.amount.span, key[2]) or existing.get(key) or new.get(key) or corrected.read_as(key)
        if fact is not None and fact.locked_fields:
            changes.whole.add((fact.subject_type, fact.subject_id, fact.metric, fact.unit, fact.as_of_text))
        if fact is None:
            fact = Fact(subject_type=key[0], subject_id=key[1], metric=key[2], unit=key[3], value=key[4],
                        as_of_text=key[5], subject_name=subject.record.name, qualifier=m.amount.qualifier,
                        value_text=m.amount.text[:200], as_of=m.as_of, article=writer.article, **_sureness(m))
            new[key] = fact
        elif fact.review_status == ReviewStatus.REJECTED:
            continue
        elif fact.as_of is None and m.as_of is not None and "as_of" not in fact.locked_fields:
            fact.as_of = m.as_of  # a newer extractor read the period as a date: store it
            Fact.objects.filter(pk=fact.pk).update(as_of=m.as_of)
            changes.whole.add((fact.subject_type, fact.subject_id, fact.metric, fact.unit, fact.as_of_text))
        touches.append((m, key, fact))
    if new:
        for fact, pk in zip(new.values(), allocate_ids(Fact, len(new))):
            fact.pk = pk
        insert_with_history(Fact, list(new.values()), reason=writer.reason)
    # Only a subject and metric holding two values can be in conflict; the facts read above are all of them.
    # (Not per period wording: 截至2024年3月底 and 截至3月底 may be one as-of date.)
    values_of: dict[tuple, set] = defaultdict(set)
    for key in [k for k, f in existing.items() if f.review_status != ReviewStatus.REJECTED] + list(new):
        values_of[key[:4]].add(key[4])
    for m, key, fact in touches:
        touch = writer.by_pk.get(("fact", fact.pk))
        if touch is None:
            touch = Touch("fact", fact.pk, record=fact, created=new.get(key) is fact)
            writer.by_pk[("fact", fact.pk)] = touch
        if fact.value != key[4] and not touch.created:
            touch.locked = True  # the article's value is kept in evidence; the editor's stays on the fact
        writer.cite(touch, "value", m.sentence, m.amount.span,
                    {"value": str(key[4]), "unit": key[3], "qualifier": m.amount.qualifier, "text": m.amount.text})
        if len(values_of[key[:4]]) > 1:
            changes.groups.add((key[0], key[1], key[2], key[3], key[5]))
            changes.touched.add(fact.pk)
    return changes


def _group_ids(keys: list[tuple]) -> dict[str, set[int]]:
    out: dict[str, set[int]] = defaultdict(set)
    for key in keys:
        out[key[0]].add(key[1])
    return out
