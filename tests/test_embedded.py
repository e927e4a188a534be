"""The zero-setup default: with DATABASE_URL unset the project starts its own PostgreSQL, privately, and migrates."""
from __future__ import annotations

import os
import pwd
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psycopg
import pytest

from config import embedded

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
def tree():
    """A folder for data folders that the server's OS user may traverse (pytest's own temp folder is 0700 for root).

    Servers started under it are stopped, and their socket folders removed, afterwards.
    """
    try:
        embedded.binaries_dir()
    except embedded.EmbeddedServerError as exc:
        pytest.skip(f"the embedded server cannot start here: {exc}")
    root = Path(tempfile.mkdtemp(prefix="parkdb-embedded-test-"))
    root.chmod(0o755)
    try:
        yield root
    finally:
        for pid_file in root.rglob("postmaster.pid"):
            lines = pid_file.read_text().splitlines()
            stop_server(pid_file.parent)
            socket_dir = Path(lines[4]) if len(lines) > 4 and lines[4] else None
            if socket_dir and socket_dir.name.startswith("parkdb-pg-"):
                shutil.rmtree(socket_dir, ignore_errors=True)
        shutil.rmtree(root, ignore_errors=True)


def modes(path: Path) -> dict[Path, str]:
    """Mode and owner of path and of every folder above it."""
    return {folder: f"{stat.filemode(folder.stat().st_mode)} {folder.stat().st_uid}"
            for folder in [path, *path.parents]}


def test_the_embedded_server_migrates_and_answers_queries(tree, run_project):
    env = {"DATABASE_URL": None, "PARKDB_DATA_DIR": str(tree / "data")}

    migrate = run_project(["manage.py", "migrate", "--noinput"], env=env, timeout=300)
    assert migrate.returncode == 0, migrate.stdout + migrate.stderr

    query = run_project(["-c", QUERY], env={**env, "DJANGO_SETTINGS_MODULE": "config.settings"})
    assert query.returncode == 0, query.stderr
    version, parks = query.stdout.split()
    assert int(version) >= 150000
    assert parks == "0"


def test_it_changes_no_permission_outside_the_data_folder_and_keeps_its_socket_private(tree):
    # A traverse-only (0711) folder above the data folder: pgserver opened such folders up to 0755.
    project = tree / "traverse only" / "project"
    project.mkdir(parents=True)
    (tree / "traverse only").chmod(0o711)
    data = project / ".data"
    data.mkdir()
    before = modes(data)

    socket_dir, password = embedded.ensure_server(data)

    assert modes(data) == before
    pgdata = data / "postgres"
    assert stat.S_IMODE(socket_dir.stat().st_mode) == 0o700
    assert socket_dir.stat().st_uid == pgdata.stat().st_uid
    assert (socket_dir / embedded.SOCKET_NAME).is_socket()
    assert stat.S_IMODE(embedded.password_file(data).stat().st_mode) == 0o600
    assert "trust" not in [line.split()[-1] for line in (pgdata / "pg_hba.conf").read_text().splitlines()
                           if line.strip() and not line.startswith("#")]

    no_passfile = tree / "no-passfile"
    with pytest.raises(psycopg.OperationalError, match="no password supplied"):
        psycopg.connect(host=str(socket_dir), user="postgres", dbname="postgres", passfile=str(no_passfile),
                        password="").close()
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        psycopg.connect(host=str(socket_dir), user="postgres", dbname="postgres", password="guess").close()
    with psycopg.connect(host=str(socket_dir), user="postgres", dbname="postgres", password=password) as conn:
        assert conn.execute("SHOW listen_addresses").fetchone() == ("",)

    # A second start finds the running server and changes nothing either.
    assert embedded.ensure_server(data) == (socket_dir, password)
    assert modes(data) == before


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to act as another local user")
def test_another_local_user_cannot_reach_the_socket(tree):
    data = tree / "data"
    socket_dir, _ = embedded.ensure_server(data)

    # the binaries the server's user runs: the wheel's, or the copy made when the wheel sits in a private folder
    psql = embedded.reachable_binaries(embedded.server_user(data / "postgres"), embedded.binaries_dir()) / "psql"
    attempt = subprocess.run(
        [str(psql), "-w", "-h", str(socket_dir), "-U", "postgres", "-d", "postgres", "-c", "SELECT 1"],
        user="nobody", group="nogroup", extra_groups=[], cwd="/", capture_output=True, text=True, timeout=30,
        env={"PATH": os.environ["PATH"]},
    )
    assert attempt.returncode != 0
    assert "Permission denied" in attempt.stderr


def test_a_private_folder_above_the_data_folder_stays_private(tree):
    private = tree / "private"
    private.mkdir(mode=0o700)
    private.chmod(0o700)
    data = private / "project" / ".data"
    data.mkdir(parents=True)
    before = modes(data)

    if os.geteuid() == 0:
        # The server must run as an unprivileged user, who cannot pass a root-only 0700 folder.
        with pytest.raises(embedded.EmbeddedServerError, match=f"{private} is drwx------") as refused:
            embedded.ensure_server(data)
        assert "left as they are" in str(refused.value)
    else:
        embedded.ensure_server(data)
    assert modes(data) == before


START_AS_NOBODY = """
import sys
from pathlib import Path
from config import embedded
socket_dir, password = embedded.ensure_server(Path(sys.argv[1]))
print(socket_dir)
"""


def python_for(user: pwd.struct_passwd) -> str:
    """A Python of this version that `user` can run (the virtualenv's may sit under root's private home)."""
    account = embedded.ServerUser(uid=user.pw_uid, gid=user.pw_gid, groups=(user.pw_gid,), name=user.pw_name)
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    for candidate in (Path(sys.executable).resolve(), Path("/usr/bin") / version, Path("/usr/local/bin") / version):
        if candidate.exists() and embedded.folder_in_the_way(candidate.parent, account) is None:
            return str(candidate)
    pytest.skip(f"no {version} that {user.pw_name} may run")


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to act as another local user")
def test_an_ordinary_user_starts_it_inside_a_private_0700_folder_that_stays_private(tree, project_dir):
    # The usual private set-up: a home folder of 0700 with the project in it, started by its owner.
    nobody = pwd.getpwnam("nobody")
    home = tree / "home"
    home.mkdir(mode=0o700)
    home.chmod(0o700)
    data = home / "project" / ".data"
    data.mkdir(parents=True)
    for folder in (home, home / "project", data):
        os.chown(folder, nobody.pw_uid, nobody.pw_gid)
    before = modes(data)

    python = python_for(nobody)
    site_packages = next(p for p in sys.path if p.endswith("site-packages") and p.startswith(sys.prefix))
    account = embedded.ServerUser(uid=nobody.pw_uid, gid=nobody.pw_gid, groups=(nobody.pw_gid,), name="nobody")
    for needed in (Path(project_dir), Path(site_packages)):
        if embedded.folder_in_the_way(needed, account) is not None:
            pytest.skip(f"{needed} sits in a folder an ordinary user may not traverse, so none can run this checkout")
    started = subprocess.run(
        [python, "-c", START_AS_NOBODY, str(data)], user=nobody.pw_uid, group=nobody.pw_gid,
        extra_groups=[], cwd="/", capture_output=True, text=True, timeout=120,
        env={"PATH": os.environ["PATH"], "PYTHONPATH": f"{project_dir}:{site_packages}",
             "PYTHONDONTWRITEBYTECODE": "1"},
    )

    assert started.returncode == 0, started.stderr
    assert modes(data) == before
    socket_dir = Path(started.stdout.strip())
    assert socket_dir.stat().st_uid == nobody.pw_uid
    assert stat.S_IMODE(socket_dir.stat().st_mode) == 0o700


def test_a_data_folder_too_deep_for_a_socket_path_gets_a_private_socket_folder(tree):
    data = tree / ("d" * 100)
    data.mkdir()

    socket_dir, _ = embedded.ensure_server(data)

    assert socket_dir != data / "postgres"
    info = socket_dir.stat()
    assert stat.S_IMODE(info.st_mode) == 0o700
    assert info.st_uid == (data / "postgres").stat().st_uid
    assert (socket_dir / embedded.SOCKET_NAME).is_socket()


def test_after_a_crash_it_starts_again_without_leaving_socket_folders_behind(tree):
    data = tree / ("d" * 100)
    data.mkdir()
    first, password = embedded.ensure_server(data)
    pgdata = data / "postgres"
    pid = int((pgdata / "postmaster.pid").read_text().split()[0])
    os.kill(pid, signal.SIGKILL)  # postmaster.pid stays, naming the old socket folder
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and Path(f"/proc/{pid}").exists():
        time.sleep(0.1)

    second, again = embedded.ensure_server(data)

    assert again == password
    assert second != first and not first.exists()
    with psycopg.connect(host=str(second), user="postgres", dbname="postgres", password=password) as conn:
        assert conn.execute("SELECT 1").fetchone() == (1,)


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to act as another local user")
def test_binaries_in_a_private_folder_are_run_from_a_readable_copy_and_the_folder_stays_private(tree, monkeypatch):
    private = tree / "private"
    bin_dir = private / "site-packages" / "pgserver" / "pginstall" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "postgres").write_text("#!/bin/sh\n")
    (private / "site-packages" / "pgserver.libs").mkdir()
    (private / "site-packages" / "pgserver.libs" / "libpq.so.5").write_text("")
    private.chmod(0o700)
    monkeypatch.setenv("PARKDB_PG_CACHE", str(tree / "cache"))
    nobody = pwd.getpwnam("nobody")
    account = embedded.ServerUser(uid=nobody.pw_uid, gid=nobody.pw_gid, groups=(nobody.pw_gid,), name="nobody")

    runnable = embedded.reachable_binaries(account, bin_dir)

    assert runnable != bin_dir and (runnable / "postgres").exists()
    assert embedded.folder_in_the_way(runnable, account) is None
    # the libraries sit where the binaries' $ORIGIN/../../../pgserver.libs looks for them
    assert (runnable / ".." / ".." / ".." / "pgserver.libs" / "libpq.so.5").resolve().exists()
    assert stat.S_IMODE(private.stat().st_mode) == 0o700
    assert embedded.reachable_binaries(account, bin_dir) == runnable  # copied once
