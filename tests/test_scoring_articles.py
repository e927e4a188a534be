"""Which files a set's score loads: its articles, not the pages, notes and scripts kept beside them."""
from __future__ import annotations

import tests.scoring
from tests.scoring import article_files


def test_a_sets_score_loads_its_articles_not_its_raw_pages_or_notes(tmp_path):
    (tmp_path / "a01.txt").write_text("标题\n\n正文。", encoding="utf-8")
    (tmp_path / "part").mkdir()
    (tmp_path / "part" / "a02.txt").write_text("标题\n\n正文。", encoding="utf-8")
    for folder in ("_raw", "_build", ".git"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "chk_final.txt").write_text("== 松岭工业园区\n", encoding="utf-8")
    assert [f.relative_to(tmp_path).as_posix() for f in article_files(tmp_path)] == ["a01.txt", "part/a02.txt"]


def test_every_registered_sets_articles_have_their_ground_truth_beside_them():
    registered = [v for k, v in vars(tests.scoring).items() if k.startswith("REAL") and k[4:].isdigit()]
    assert len(registered) > 200
    for folder in registered:
        files = article_files(folder)
        assert files, folder
        assert all(f.with_suffix(".json").exists() for f in files), [f for f in files if not f.with_suffix(".json").exists()]
