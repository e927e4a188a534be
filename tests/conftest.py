"""Fixtures shared by the whole suite: where the project and its seeds are, and how to run it in a subprocess."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT_DIR = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def project_dir() -> Path:
    return PROJECT_DIR


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The five seed articles kept in the repository."""
    return PROJECT_DIR / "seeds"


@pytest.fixture(scope="session")
def extraction_scores(django_db_setup, django_db_blocker):
    """score(articles, gold=None): the shared scorer's figures for a folder of articles loaded by the real loader.

    Each folder is loaded into the test database once a session, scored through the report views
    (tests/scoring.py, as tools/score_extract.py does) and rolled back. Tests using it need
    `@pytest.mark.django_db`, so that the test database is set up.
    """
    from tests.scoring import score_folder

    figures: dict[tuple[Path, Path], dict] = {}

    def score(articles: Path, gold: Path | None = None) -> dict:
        key = (Path(articles), Path(gold or articles))
        if key not in figures:
            with django_db_blocker.unblock():
                figures[key] = score_folder(*key)
        return figures[key]

    return score


@pytest.fixture
def run_project():
    """Run a command of the project (e.g. ["manage.py", "check"]) in a fresh Python with a chosen environment.

    Settings are read once per process, so anything about start-up (a bad DATABASE_URL, a generated
    SECRET_KEY, the embedded server) is tested in a subprocess. `env` overrides this process's
    environment; a value of None removes the variable.
    """

    def run(args: list[str], *, env: dict[str, str | None] | None = None, timeout: float = 120):
        environment = dict(os.environ)
        for name, value in (env or {}).items():
            if value is None:
                environment.pop(name, None)
            else:
                environment[name] = value
        return subprocess.run(
            [sys.executable, *args], cwd=PROJECT_DIR, env=environment, capture_output=True, text=True,
            timeout=timeout, stdin=subprocess.DEVNULL,
        )

    return run


@pytest.fixture
def world(db):
    """A small curated world for admin tests: parks, companies, a project, a fund, facts, evidence."""
    from tests.editor_fixtures import make_world

    return make_world()


@pytest.fixture
def editor_client(client):
    """A test client logged in as a member of the editors group."""
    from tests.editor_fixtures import make_editor

    client.force_login(make_editor())
    return client
