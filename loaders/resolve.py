"""Resolve extracted names to existing records: exact normalised names and aliases, plus a few safe variants.

When unsure, the resolver says "new": a wrong merge silently corrupts data, a missed one is one
click for an editor. Bare generic words never resolve and are never stored as aliases.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import islice

from django.db import connection, transaction

from loaders.extract import company_key, merge_key, project_key
from loaders.models import DerivedColumn, Evidence
from curation.models import ReviewStatus, match_keys
from parks.models import Company, Park, ParkGroup
from curation.names import normalise_name
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


#: The version of match_key above and of the functions it calls: change it whenever a name's match key changes
#: (tests/test_match_keys.py fails until you do), and the next load recomputes every record's stored keys.
MATCH_KEY_VERSION = "1"


@dataclass
class NameIndex:
    """Which records a name resolves to, for one record type, read from the records' match keys as names come.

    Only the keys asked for are read (`prefetch_names` reads an article's names in one query, a name it missed is
    read on its own); records the load creates or renames are added as it writes them. The loader keeps one per
    type for a batch (loaders.pipeline), so its size is the batch's names, not the database's.
    """

    entity_type: str
    by_key: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    names: dict[int, set[str]] = field(default_factory=lambda: defaultdict(set))  # id -> normalised names
    status: dict[int, str] = field(default_factory=dict)
    city: dict[int, str] = field(default_factory=dict)
    cities_given: dict[int, set[str]] = field(default_factory=dict)  # see _cities_editors_corrected
    fetched: set[str] = field(default_factory=set)  # keys whose records were all read

    def add(self, record_id: int, alias_keys: list[str], keys: list[str], status: str, city: str = "") -> None:
        """A record with these alias keys and match keys (NamedRecord.alias_keys, match_keys)."""
        for key in keys:
            self.by_key[key].add(record_id)
        self.names[record_id].update(alias_keys)
        self.status[record_id] = status
        self.city[record_id] = city

    def keys_of(self, names: Iterable[str]) -> set[str]:
        return {match_key(self.entity_type, n) for n in names if n and not is_generic(n)}

    def find(self, names: list[str], *, city: str = "") -> int | None:
        """The one record any of the names resolves to, or None when there is none or it is ambiguous.

        The first name (the mention's own name) is tried before its aliases. A park in a
        different known city is a different park.
        """
        prefetch_names({self.entity_type: self}, {self.entity_type: names})
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
        prefetch_names({self.entity_type: self}, {self.entity_type: [name]})
        return set(self.by_key.get(match_key(self.entity_type, name), ()))


#: The record types of loaders 0011's name_records(), in the order of its arguments.
NAME_RECORD_TYPES = ("park", "park_group", "company", "project", "fund")


def prefetch_names(indexes: Mapping[str, NameIndex], names: Mapping[str, Iterable[str]]) -> None:
    """Read the records these names (by record type) may resolve to that the indexes have not read, in one query."""
    wanted = {}
    for entity_type, type_names in names.items():
        index = indexes[entity_type]
        keys = index.keys_of(type_names) - index.fetched
        if keys:
            wanted[entity_type] = sorted(keys)
    if not wanted:
        return
    with connection.cursor() as cursor:  # one query for every type (migration loaders 0011)
        cursor.execute(f"SELECT * FROM name_records({', '.join(['%s::varchar[]'] * len(NAME_RECORD_TYPES))})",
                       [wanted.get(entity_type, []) for entity_type in NAME_RECORD_TYPES])
        rows = cursor.fetchall()
    parks_city_locked = []
    for entity_type, record_id, alias_keys, keys, status, city, city_locked in rows:
        indexes[entity_type].add(record_id, alias_keys, keys, status, city)
        if city_locked:
            parks_city_locked.append(record_id)
    if parks_city_locked:
        indexes["park"].cities_given.update(_cities_editors_corrected(parks_city_locked))
    for entity_type, keys in wanted.items():
        indexes[entity_type].fetched.update(keys)


def _cities_editors_corrected(park_ids: list[int]) -> dict[int, set[str]]:
    """For each of these parks whose city an editor corrected, the cities articles gave it: an article that
    still says the old city names the editor's park, not a new one in the old city."""
    given: dict[int, set[str]] = defaultdict(set)
    for park_id, value in (Evidence.objects.filter(entity_type="park", field="city", entity_id__in=park_ids)
                           .values_list("entity_id", "value")):
        if isinstance(value, str) and value:
            given[park_id].add(value)
    return dict(given)


def refresh_match_keys() -> int:
    """Recompute every record's match keys if another version of match_key made them; how many records changed.

    A derived column, like the others NamedRecord.refresh_keys keeps: no history row, no change of updated_at.
    """
    column = DerivedColumn.objects.filter(name="match_keys").first()
    if column is not None and column.version == MATCH_KEY_VERSION:
        return 0
    with transaction.atomic():
        changed = _recompute_match_keys()
        DerivedColumn.objects.update_or_create(name="match_keys", defaults={"version": MATCH_KEY_VERSION})
    return changed


def _recompute_match_keys() -> int:
    changed = 0
    for entity_type, model in MODELS.items():
        rows = model.objects.order_by().values_list("id", "alias_keys", "match_keys").iterator(chunk_size=5000)
        while chunk := list(islice(rows, 5000)):
            updates = [(pk, keys) for pk, alias_keys, stored in chunk
                       if (keys := match_keys(entity_type, alias_keys)) != stored]
            if not updates:
                continue
            values = ", ".join(["(%s, %s::varchar[])"] * len(updates))
            with connection.cursor() as cursor:
                cursor.execute(f"UPDATE {model._meta.db_table} AS t SET match_keys = v.keys "
                               f"FROM (VALUES {values}) AS v(id, keys) WHERE t.id = v.id",
                               [param for pk, keys in updates for param in (pk, keys)])
            changed += len(updates)
    return changed


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
