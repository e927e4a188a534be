"""Score the extraction rules on a folder of articles with hand-made truth, without a database.

One helper for every generalisation test: tools/score_extract.py with the project's own copy of the
shared scorer (tests/eval/score.py), so these tests run the same on any checkout.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def score_folder(articles: Path, gold: Path | None = None) -> dict:
    """The scorer's figures for extract() over every *.txt in `articles` (truth beside it, or in `gold`)."""
    spec = importlib.util.spec_from_file_location("score_extract", ROOT / "tools" / "score_extract.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    figures, _ = module.score(str(articles), str(gold or articles))
    return figures
