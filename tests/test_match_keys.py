"""Names resolve against the records' stored match keys, read per batch: never every name in the database.

Each record stores the match key of each of its names (NamedRecord.match_keys, GIN-indexed); the loader reads
only the records an article's names may resolve to (loaders.resolve.prefetch_names) and forgets them after
the batch. Stored keys are only right while match_key is the code that made them: a change of match_key
comes with a new MATCH_KEY_VERSION, and the next load recomputes every record's keys.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from loaders import resolve
from loaders.models import DerivedColumn
from loaders.pipeline import load_paths
from loaders.resolve import MATCH_KEY_VERSION, NameIndex, match_key, prefetch_names, refresh_match_keys
from parks.models import Company, Park
from projects.models import Project

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
EVAL = Path(__file__).resolve().parent / "eval"

#: MATCH_KEY_VERSION and the digest of the match keys of every name in tests/eval's ground truth under it.
KEYS_DIGEST = ("1", "1ab3f1a3a9220243eca98b8f7051518eba09da19ef6030cb8bdc7dd0099bbe56")
#: The ground truth whose names it covers (a set added later changes nothing here).
FOLDERS = ("gold", "dev", *(f"real{n}" for n in range(2, 11)))

SECTIONS = {"parks": "park", "companies": "company", "institutions": "company", "projects": "project",
            "funds": "fund"}


def ground_truth_names() -> list[tuple[str, str]]:
    names = set()
    for path in sorted(p for folder in FOLDERS for p in (EVAL / folder).glob("*.json")):
        truth = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(truth, dict):
            continue
        for section, entity_type in SECTIONS.items():
            for record in truth.get(section) or []:
                if not isinstance(record, dict):
                    continue
                for name in [record.get("name"), *(record.get("aliases") or [])]:
                    if isinstance(name, str) and name:
                        names.add((entity_type, name))
    return sorted(names)


def test_a_change_of_match_keys_comes_with_a_new_match_key_version():
    names = ground_truth_names()
    assert len(names) > 1000
    digest = hashlib.sha256("\n".join(f"{t}\t{n}\t{match_key(t, n)}" for t, n in names).encode()).hexdigest()
    assert (MATCH_KEY_VERSION, digest) == KEYS_DIGEST, (
        "the match keys of the ground truth's names changed: give loaders.resolve.MATCH_KEY_VERSION a new value "
        f"(records' stored keys are recomputed by the next load) and set KEYS_DIGEST = ({MATCH_KEY_VERSION!r}, "
        f"{digest!r}), with the new version")


@pytest.mark.django_db
def test_a_record_stores_the_match_keys_of_its_names():
    park = Park.objects.create(name="青岛市甲乙园区", aliases=["甲乙园"])
    company = Company.objects.create(name="甲乙科技有限公司")
    assert park.match_keys == sorted({match_key("park", "青岛市甲乙园区"), match_key("park", "甲乙园")})
    assert company.match_keys == [match_key("company", "甲乙科技有限公司")] == ["甲乙科技"]
    park.aliases = ["丙丁园"]
    park.save(update_fields=["aliases"])
    park.refresh_from_db()
    assert match_key("park", "丙丁园") in park.match_keys


@pytest.mark.django_db
def test_a_load_recomputes_keys_made_by_another_version_of_match_key():
    company = Company.objects.create(name="甲乙科技有限公司")
    Company.objects.filter(pk=company.pk).update(match_keys=["甲乙科技有限公司"])  # as an older match_key made it
    DerivedColumn.objects.update_or_create(name="match_keys", defaults={"version": "0"})
    load_paths([SEEDS])
    company.refresh_from_db()
    assert company.match_keys == ["甲乙科技"]
    assert DerivedColumn.objects.get(name="match_keys").version == MATCH_KEY_VERSION
    assert company.history.count() == 1  # a derived column: no history row


@pytest.mark.django_db
def test_keys_made_by_this_version_are_not_read_again():
    Company.objects.create(name="甲乙科技有限公司")
    assert refresh_match_keys() == 0  # the version was recorded on the first load, or the migration's empty tables
    DerivedColumn.objects.filter(name="match_keys").update(version="0")
    Company.objects.update(match_keys=[])
    assert refresh_match_keys() == 1
    with CaptureQueriesContext(connection) as queries:
        assert refresh_match_keys() == 0
    assert len(queries) == 1


@pytest.mark.django_db
def test_a_name_resolves_to_the_record_whose_stored_key_it_shares():
    refresh_match_keys()
    park = Park.objects.create(name="青岛甲乙产业园", city="青岛")
    other = Park.objects.create(name="丙丁产业园", city="烟台")
    index = NameIndex("park")
    assert index.find(["青岛市甲乙产业园区"]) == park.pk  # 青岛市X is 青岛X, 园区 is 园
    assert index.find(["丙丁产业园"], city="青岛") is None  # a park in another known city is another park
    assert index.find(["丙丁产业园"], city="烟台") == other.pk
    assert index.find(["戊己产业园"]) is None


@pytest.mark.django_db
def test_an_article_reads_its_names_in_one_query_and_a_batch_reads_only_its_own(tmp_path):
    load_paths([SEEDS])
    folder = tmp_path / "new"
    folder.mkdir()
    text = (SEEDS / sorted(p.name for p in SEEDS.glob("*.txt"))[0]).read_text(encoding="utf-8")
    (folder / "a.txt").write_text("新闻\n\n" + text.split("\n\n", 1)[1] + "\n\n补记。", encoding="utf-8")
    with CaptureQueriesContext(connection) as queries:
        report = load_paths([folder])
    assert [f.status for f in report.files] == ["loaded"]
    reads = [q["sql"] for q in queries.captured_queries if "name_records(" in q["sql"]]
    assert len(reads) == 1  # every name the article resolves, in one query
    # No statement reads every record's names, as the loader once did before its first article.
    for model in (Park, Company, Project):
        table = model._meta.db_table
        assert not any(f'FROM "{table}"' in sql and "WHERE" not in sql.split(f'FROM "{table}"')[1][:200]
                       for sql in (q["sql"] for q in queries.captured_queries))


@pytest.mark.django_db
def test_a_name_the_prefetch_missed_is_read_on_its_own():
    refresh_match_keys()
    park = Park.objects.create(name="甲乙产业园")
    indexes = {t: NameIndex(t) for t in resolve.MODELS}
    prefetch_names(indexes, {"park": ["丙丁产业园"]})
    assert indexes["park"].by_key == {}
    with CaptureQueriesContext(connection) as queries:
        assert indexes["park"].find(["甲乙产业园"]) == park.pk
        assert indexes["park"].find(["甲乙产业园"]) == park.pk  # read once
        assert indexes["park"].find(["丙丁产业园"]) is None  # known to be nobody's: not read again
    assert len(queries) == 1
