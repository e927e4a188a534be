"""The saved queries in reports/: each runs with psql, as the analyst role, and returns rows."""
from __future__ import annotations

import io
import re
import subprocess
import uuid
from pathlib import Path

import pytest
from django.core.management import call_command, get_commands
from django.db import connection

from analytics.roles import create_analyst_role, drop_analyst_role
from analytics.testing import make_sample, psql_args
from tests.loading import load_a_disagreeing_article

REPORTS_DIR = Path(__file__).resolve().parent.parent / "reports"
REPORT_FILES = sorted(REPORTS_DIR.glob("*.sql"))
ROW_COUNT = re.compile(r"^\((\d+) rows?\)$", re.MULTILINE)


@pytest.fixture
def analyst(transactional_db):
    """A throw-away analyst role: running the files as it proves they read only the report views."""
    name = f"test_reports_{uuid.uuid4().hex[:10]}"
    create_analyst_role(name=name, statement_timeout_ms=60000)
    yield name
    drop_analyst_role(name=name)


def run_report(path: Path, role: str) -> list[int]:
    """Run one file with psql as `role`; the row count of each result it printed."""
    args, env = psql_args(database=connection.settings_dict["NAME"], user=role, extra=["-f", str(path)])
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, f"{path.name} failed:\n{done.stderr}"
    return [int(n) for n in ROW_COUNT.findall(done.stdout)]


def test_there_are_saved_reports_for_each_question():
    assert {p.stem for p in REPORT_FILES} >= {
        "top_parks_by_planned_investment", "projects_by_status_per_park", "fund_paid_in_ratio",
        "conflicting_figures", "last_load_changes",
    }


@pytest.mark.parametrize("path", REPORT_FILES, ids=lambda p: p.name)
def test_each_saved_report_says_what_it_answers_and_how_to_run_it(path):
    header = path.read_text(encoding="utf-8").split("\n\n")[0]
    assert header.startswith("-- Question:")
    assert f'psql "$DATABASE_URL" -f reports/{path.name}' in header
    body = "\n".join(line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("--"))
    tables = set(re.findall(r"\b(?:FROM|JOIN)\s+([a-z_][a-z0-9_]*)", body, re.IGNORECASE))
    ctes = set(re.findall(r"\b([a-z_][a-z0-9_]*)(?:\([^)]*\))?\s+AS\s+\(", body, re.IGNORECASE))
    assert {t for t in tables - ctes if not t.startswith("report_")} == set()


@pytest.mark.parametrize("path", REPORT_FILES, ids=lambda p: p.name)
def test_each_saved_report_returns_rows_on_a_sample_database(path, analyst):
    make_sample()
    counts = run_report(path, analyst)
    assert counts and all(counts), f"{path.name} printed row counts {counts}"


@pytest.mark.skipif("load_seeds" not in get_commands(), reason="load_seeds is not written yet")
def test_every_saved_report_returns_rows_on_the_seeds(analyst, seeds_dir, tmp_path):
    call_command("load_seeds", str(seeds_dir), stdout=io.StringIO(), stderr=io.StringIO())
    load_a_disagreeing_article(tmp_path)  # the seeds agree with each other: conflicting_figures needs a pair
    empty = {}
    for path in REPORT_FILES:
        counts = run_report(path, analyst)
        if not counts or not all(counts):
            empty[path.name] = counts
    assert empty == {}, f"these reports returned no rows on the seeds: {empty}"
