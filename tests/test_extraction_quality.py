"""Extraction quality on the seeds, judged by the same scorer outside checks use, through the report views.

The ground truth and scorer are copied from ../shared/eval into tests/eval so the project stands
alone. The thresholds are the ones the extraction issue set; a change that drops below fails here.
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from django.db import connection

from loaders.pipeline import load_paths

EVAL = Path(__file__).parent / "eval"
SEEDS = Path(__file__).resolve().parent.parent / "seeds"
F1_AT_LEAST = {"parks": 0.90, "companies": 0.85, "projects": 0.85, "funds": 0.80, "facts": 0.90}


def load_scorer():
    spec = importlib.util.spec_from_file_location("seed_scorer", EVAL / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)

    def query_json(dsn, sql):  # the scorer's psql call, through this test's connection and transaction
        with connection.cursor() as cursor:
            cursor.execute(f"select coalesce(json_agg(t), '[]') from ({sql}) t")
            value = cursor.fetchone()[0]
        return json.loads(value) if isinstance(value, str) else value

    module.psql_json = query_json
    return module


@pytest.fixture(scope="module")
def scores(django_db_setup, django_db_blocker):
    scorer = load_scorer()
    with django_db_blocker.unblock():
        from django.db import transaction

        with transaction.atomic():
            report = load_paths([SEEDS])
            assert not report.refused, report.refused
            import sys

            argv = sys.argv
            sys.argv = ["score.py", "--gold", str(EVAL / "gold"), "--dsn", "unused", "--show"]
            try:
                result = scorer.main()
            finally:
                sys.argv = argv
            transaction.set_rollback(True)
    return result


@pytest.mark.parametrize("kind", sorted(F1_AT_LEAST))
def test_extraction_f1_on_the_seeds_meets_the_bar(scores, kind):
    assert scores[kind]["f1"] >= F1_AT_LEAST[kind], scores[kind]


def test_most_facts_are_found_with_the_right_subject(scores):
    assert scores["facts_strict_recall"] >= 0.75


@pytest.mark.parametrize("kind", ["projects", "funds"])
def test_every_amount_the_ground_truth_gives_is_exactly_right(scores, kind):
    assert scores[kind]["amounts_right"] == scores[kind]["amounts_checked"], scores[kind]
