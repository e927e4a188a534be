"""An editor saving a record while a load writes it: the editor's value wins, and the save waits moments, not a batch."""
from __future__ import annotations

import threading
import time
from decimal import Decimal

import pytest
from django.db import connection

from loaders import pipeline, upsert
from loaders.pipeline import load_paths
from parks.editing import apply_editor_change, unlock_field
from parks.models import Park
from projects.models import Project
from tests import loading as L
from tests.test_load_faults import start_load_seeds

FIRST = "青岛星河产业园位于崂山区。\n"
SECOND = "青岛星河产业园位于李沧区,园区已集聚30家企业。\n"


def fake_extract(text: str, *, known_names=None):
    district = "崂山区" if "崂山区" in text else "李沧区"
    return L.extraction(parks=[L.park(text, "青岛星河产业园", district=district)])


@pytest.mark.django_db(transaction=True)
def test_an_editor_saving_between_the_loaders_read_and_write_wins(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "extract", fake_extract)
    (tmp_path / "a.txt").write_text(FIRST, encoding="utf-8")
    (tmp_path / "b.txt").write_text(SECOND, encoding="utf-8")
    load_paths([tmp_path / "a.txt"])
    park = Park.objects.get()
    assert park.district == "崂山区"

    saved = threading.Event()

    def editor_saves():
        try:
            apply_editor_change(record=Park.objects.get(pk=park.pk), changes={"district": "市南区"})
            saved.set()
        finally:
            connection.close()

    apply = upsert.ArticleWriter._apply
    editor = threading.Thread(target=editor_saves)

    def apply_after_the_editor_saves(self, touch):
        if touch.entity_type == "park" and not editor.is_alive() and not saved.is_set():
            editor.start()  # the loader has read the park; the editor saves now
            editor.join(timeout=1)
        return apply(self, touch)

    monkeypatch.setattr(upsert.ArticleWriter, "_apply", apply_after_the_editor_saves)
    load_paths([tmp_path / "b.txt"])
    editor.join(timeout=30)
    assert saved.is_set()
    park.refresh_from_db()
    assert park.district == "市南区"
    assert "district" in park.locked_fields


def article(n: int) -> str:
    month, day = 1 + n // 28, n % 28 + 1
    return (f"本报讯 2024年{month}月{day}日,青岛星河产业园今年签约总投资{n + 2}亿元的星河智能装备项目。\n"
            f"目前,园区已集聚{n + 20}家重点企业。\n")


def lost_updates(project: Project) -> list[tuple]:
    """Loads that changed the investment while an editor's lock on it was in place (from the history)."""
    rows = list(Project.history.filter(id=project.pk).order_by("history_id"))
    return [(row.history_id, before.investment_cny, row.investment_cny) for before, row in zip(rows, rows[1:])
            if (row.history_change_reason or "").startswith("load") and "investment_cny" in before.locked_fields
            and row.investment_cny != before.investment_cny]


@pytest.mark.django_db(transaction=True)
def test_editors_saving_during_a_real_load_keep_their_value_and_never_wait_long(tmp_path):
    for n in range(80):
        (tmp_path / f"article-{n:03d}.txt").write_text(article(n), encoding="utf-8")
    process = start_load_seeds(str(tmp_path), LOAD_COMMIT_SECONDS="1", LOAD_BATCH_SIZE="200")
    deadline = time.monotonic() + 180
    while not Project.objects.exists() and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    waits = []
    while process.poll() is None and time.monotonic() < deadline:
        value = Decimal(1000 + len(waits)) * 10 ** 6
        started = time.monotonic()
        apply_editor_change(record=Project.objects.get(), changes={"investment_cny": value})
        waits.append(time.monotonic() - started)
        time.sleep(0.05)
        unlock_field(record=Project.objects.get(), key="investment_cny")  # hand it back: the race again
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err
    assert waits, "the load ended before an editor could save"
    assert lost_updates(Project.objects.get()) == []
    assert max(waits) < 5, waits
