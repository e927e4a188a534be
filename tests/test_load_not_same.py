"""The loader never joins two records editors marked "not the same", even when an article ties their names.

It takes no other record's name as an alias (resolve.NameIndex.owner_of), so a pair kept apart stays apart;
these tests pin that.
"""
from __future__ import annotations

import pytest

from curation.merge import mark_not_same
from loaders import pipeline
from loaders.pipeline import load_paths
from parks.models import Company
from tests import loading as L

TEXT = "歌尔股份有限公司(以下简称歌尔集团)在园区投资建设新项目。\n"


@pytest.fixture
def tied_names(tmp_path, monkeypatch):
    """An article whose extraction gives 歌尔股份有限公司 the alias 歌尔集团, another record's name."""
    monkeypatch.setattr(pipeline, "extract", lambda text, *, known_names=None: L.extraction(
        companies=[L.company(text, "歌尔股份有限公司", aliases=["歌尔集团"])]))
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    return tmp_path


@pytest.mark.django_db
def test_an_alias_naming_a_record_kept_apart_is_not_taken(tied_names):
    first = Company.objects.create(name="歌尔股份有限公司")
    second = Company.objects.create(name="歌尔集团")
    mark_not_same(first=first, second=second)
    load_paths([tied_names])
    first.refresh_from_db()
    assert "歌尔集团" not in first.aliases
    assert Company.objects.count() == 2


@pytest.mark.django_db
def test_without_the_mark_the_alias_is_taken(tied_names):
    first = Company.objects.create(name="歌尔股份有限公司")
    load_paths([tied_names])
    first.refresh_from_db()
    assert "歌尔集团" in first.aliases
