"""Resolve extracted names to existing records: exact normalised names and aliases, plus a few safe variants.

When unsure, the resolver says "new": a wrong merge silently corrupts data, a missed one is one
click for an editor. Bare generic words never resolve and are never stored as aliases.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from loaders.extract import company_key, merge_key, project_key
from loaders.models import Evidence
from parks.models import Company, Park, ParkGroup, ReviewStatus
from parks.names import normalise_name
from projects.models import Fund, Project

MODELS = {"park": Park, "park_group": ParkGroup, "company": Company, "project": Project, "fund": Fund}

# Words that name no particular park, company or project: every 高新区 in China is not one park.
GENERIC_NAMES = {
    normalise_name(w)
    for w in (
        "高新区 开发区 经开区 经济开发区 经济技术开发区 高新技术产业开发区 产业园 产业园区 园区 园 该园 本园 "
        "科技园 科技城 创新园 工业园 工业园区 基地 产业基地 项目 该项目 公司 该公司 集团 企业 基金 孵化器 "
        "众创空间 新区 自贸区 片区 全区 本区 该区 街道"
    ).split()
}


def is_generic(name: str) -> bool:
    return normalise_name(name) in GENERIC_NAMES or len(normalise_name(name)) < 2


def match_key(entity_type: str, name: str) -> str:
    """The key two names must share to be taken as one record: the normalised name, minus safe variants.

    The extractor's own keys, so loads resolve the way extraction groups names within an article:
    园区 and 园 are one word and 青岛市X is 青岛X (parks); a company's legal form is not part of
    its identity (台光电子材料有限公司 = 台光电子材料); a trailing 项目 and a leading city are not
    part of a project's name.
    """
    if entity_type in ("park", "park_group"):
        return merge_key(name)
    if entity_type == "company":
        key = company_key(name)
        return key if len(key) >= 2 else normalise_name(name)
    if entity_type == "project":
        return project_key(name)
    return normalise_name(name)


@dataclass
class NameIndex:
    """In-memory map from match keys to record ids for one record type, loaded once per run."""

    entity_type: str
    by_key: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    names: dict[int, set[str]] = field(default_factory=lambda: defaultdict(set))  # id -> normalised names
    status: dict[int, str] = field(default_factory=dict)
    city: dict[int, str] = field(default_factory=dict)
    cities_given: dict[int, set[str]] = field(default_factory=dict)  # see _cities_editors_corrected

    @classmethod
    def load(cls, entity_type: str) -> NameIndex:
        index = cls(entity_type)
        model = MODELS[entity_type]
        columns = ["id", "alias_keys", "review_status"] + (["city"] if entity_type == "park" else [])
        for row in model.objects.values_list(*columns).iterator(chunk_size=5000):
            index.add(row[0], row[1], row[2], row[3] if entity_type == "park" else "")
        if entity_type == "park":
            index.cities_given = _cities_editors_corrected()
        return index

    def add(self, record_id: int, keys: list[str], status: str, city: str = "") -> None:
        for key in keys:
            self.by_key[match_key(self.entity_type, key)].add(record_id)
        self.names[record_id].update(keys)
        self.status[record_id] = status
        self.city[record_id] = city

    def find(self, names: list[str], *, city: str = "") -> int | None:
        """The one record any of the names resolves to, or None when there is none or it is ambiguous.

        The first name (the mention's own name) is tried before its aliases. A park in a
        different known city is a different park.
        """
        for name in names:
            if is_generic(name):
                continue
            ids = {i for i in self.by_key.get(match_key(self.entity_type, name), ()) if i in self.status}
            if self.entity_type == "park" and city:
                ids = {i for i in ids if not self.city.get(i) or self.city[i] == city
                       or city in self.cities_given.get(i, ())}
            if len(ids) == 1:
                return next(iter(ids))
            if len(ids) > 1:
                # Prefer a record that is not a tombstone; still ambiguous means "don't guess".
                live = {i for i in ids if self.status[i] != ReviewStatus.REJECTED}
                exact = {i for i in live if normalise_name(name) in self.names[i]}
                if len(exact) == 1:
                    return next(iter(exact))
                return None
        return None

    def owner_of(self, name: str) -> set[int]:
        return set(self.by_key.get(match_key(self.entity_type, name), ()))


def _cities_editors_corrected() -> dict[int, set[str]]:
    """For each park whose city an editor corrected, the cities articles gave it: an article that still
    says the old city names the editor's park, not a new one in the old city."""
    parks = Park.objects.filter(locked_fields__contains=["city"]).values_list("pk", flat=True)
    given: dict[int, set[str]] = defaultdict(set)
    for park_id, value in (Evidence.objects.filter(entity_type="park", field="city", entity_id__in=parks)
                           .values_list("entity_id", "value")):
        if isinstance(value, str) and value:
            given[park_id].add(value)
    return dict(given)


def load_indexes() -> dict[str, NameIndex]:
    return {entity_type: NameIndex.load(entity_type) for entity_type in MODELS}


def known_names() -> dict[str, str]:
    """Names and aliases editors verified, for the extractor to look for in every later article."""
    known: dict[str, str] = {}
    for entity_type, model in MODELS.items():
        if entity_type == "park_group":
            continue
        rows = model.objects.filter(review_status=ReviewStatus.VERIFIED).values_list("name", "aliases")
        for name, aliases in rows:
            for n in [name, *aliases]:
                if n and not is_generic(n):
                    known[n] = entity_type
    return known
