"""Extraction in worker processes writes exactly what a serial load writes, and keeps every loading guarantee."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from loaders.pipeline import load_paths
from tests.loading import views_snapshot
from tests.test_load_seeds import SEEDS

# Few files: without this the pipeline would (rightly) not bother starting workers.
pytestmark = [pytest.mark.django_db(transaction=True, reset_sequences=True)]


@pytest.fixture(autouse=True)
def parallel_for_any_run(settings):
    settings.LOAD_PARALLEL_MIN_FILES = 0


def editions(folder: Path) -> Path:
    """The seeds, then each seed again with its paragraphs rotated: editions across several batches."""
    for n, path in enumerate(sorted(SEEDS.glob("*.txt"))):
        shutil.copy(path, folder / f"a{n}.txt")
        paragraphs = [p for p in path.read_text(encoding="utf-8").split("\n") if p.strip()]
        (folder / f"b{n}.txt").write_text("\n".join(paragraphs[3:] + paragraphs[:3]), encoding="utf-8")
    return folder


def empty_database() -> None:
    call_command("flush", interactive=False, verbosity=0)  # restarts the id sequences too


def test_the_seeds_load_the_same_with_workers_as_serially():
    serial = load_paths([SEEDS], workers=0)
    serial_views = views_snapshot()
    empty_database()
    parallel = load_paths([SEEDS], workers=2)
    assert views_snapshot() == serial_views
    assert parallel.summary() == serial.summary()


def test_editions_across_batches_load_the_same_with_workers_as_serially(tmp_path):
    folder = editions(tmp_path)
    serial = load_paths([folder], workers=0, batch_size=3)
    serial_views = views_snapshot()
    assert serial_views["report_articles"] and any(row[-1] for row in serial_views["report_articles"])
    empty_database()
    parallel = load_paths([folder], workers=2, batch_size=3)
    assert views_snapshot() == serial_views
    assert [(f.path, f.status, f.records) for f in parallel.files] == [(f.path, f.status, f.records) for f in serial.files]


def test_a_second_parallel_load_is_a_no_op():
    load_paths([SEEDS], workers=2)
    before = views_snapshot()
    report = load_paths([SEEDS], workers=2)
    assert {f.status for f in report.files} == {"unchanged"}
    assert views_snapshot() == before


def test_an_unchanged_file_costs_no_query_of_its_own(tmp_path):
    for n in range(3):
        for path in SEEDS.glob("*.txt"):
            (tmp_path / f"{n}-{path.name}").write_text(path.read_text(encoding="utf-8") + f"\n({n})\n",
                                                       encoding="utf-8")
    load_paths([tmp_path], workers=2)
    counts = []
    for folder in (SEEDS, tmp_path):  # 5 files, then 15: the same queries
        load_paths([folder], workers=2)
        with CaptureQueriesContext(connection) as queries:
            report = load_paths([folder], workers=2)
        assert {f.status for f in report.files} == {"unchanged"}
        counts.append(len(queries))
    assert counts[0] == counts[1]


def test_a_refused_file_among_parallel_ones_costs_nothing_else(tmp_path):
    for path in SEEDS.glob("*.txt"):
        shutil.copy(path, tmp_path / path.name)
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01binary")
    report = load_paths([tmp_path], workers=2, batch_size=2)
    assert [f.path for f in report.refused] == [str(tmp_path / "bad.txt")]
    assert report.count("loaded") == 5


def test_a_flush_leaves_the_metric_vocabulary_in_place():
    from projects.models import Metric

    empty_database()
    assert Metric.objects.filter(code="annual_revenue", kind="reported").exists()
