"""Smoke test of the zero-setup default: with DATABASE_URL unset the project starts its own PostgreSQL and migrates."""
from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.embedded

# Reads settings, connects, and prints the server version and a count from a report view.
QUERY = """
import django
django.setup()
from django.db import connection
with connection.cursor() as cursor:
    cursor.execute("SELECT current_setting('server_version_num'), (SELECT count(*) FROM report_parks)")
    print(*cursor.fetchone())
"""


def stop_server(pgdata: Path) -> None:
    """Fast shutdown (SIGINT) of the server whose pid is in postmaster.pid; the embedded server outlives its clients."""
    pid_file = pgdata / "postmaster.pid"
    if not pid_file.exists():
        return
    pid = int(pid_file.read_text().split()[0])
    try:
        os.kill(pid, signal.SIGINT)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.2)


@pytest.fixture
def data_dir(tmp_path, run_project):
    """A data folder whose embedded server has started, or a skip saying why pgserver cannot start here."""
    data = tmp_path / "data"
    data.mkdir()
    probe = run_project(
        ["-c", "import sys, pgserver; pgserver.get_server(sys.argv[1], cleanup_mode=None)", str(data / "postgres")],
        env={"XDG_RUNTIME_DIR": str(data / "run")},  # where config/embedded.py puts pgserver's lock and socket
    )
    try:
        if probe.returncode != 0:
            reason = (probe.stderr.strip().splitlines() or ["no output"])[-1]
            pytest.skip(f"pgserver cannot start here: {reason}")
        yield data
    finally:
        stop_server(data / "postgres")


def test_the_embedded_server_migrates_and_answers_queries(data_dir, run_project):
    env = {"DATABASE_URL": None, "XDG_RUNTIME_DIR": None, "PARKDB_DATA_DIR": str(data_dir)}

    migrate = run_project(["manage.py", "migrate", "--noinput"], env=env, timeout=300)
    assert migrate.returncode == 0, migrate.stdout + migrate.stderr

    query = run_project(["-c", QUERY], env={**env, "DJANGO_SETTINGS_MODULE": "config.settings"})
    assert query.returncode == 0, query.stderr
    version, parks = query.stdout.split()
    assert int(version) >= 150000
    assert parks == "0"
