"""Faults an operator meets, run through the real `python manage.py load_seeds` in a subprocess: one bad file
costs only itself, every file is named, nothing prints a traceback, and every run leaves a record."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.db import connection

from loaders.models import LoadRun, LoadRunStatus, SourceArticle
from tests.awkward import article, make_awkward_folder

PROJECT_DIR = Path(__file__).resolve().parent.parent


def database_url() -> str:
    """The test database, for a subprocess: it sees what this process committed (transactional tests)."""
    s = connection.settings_dict
    auth = s["USER"] + (f":{s['PASSWORD']}" if s.get("PASSWORD") else "")
    host = s.get("HOST") or ""
    if host.startswith("/"):
        return f"postgresql://{auth}@/{s['NAME']}?host={host}"
    return f"postgresql://{auth}@{host or '127.0.0.1'}:{s.get('PORT') or 5432}/{s['NAME']}"


def command_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ, DATABASE_URL=database_url(), PYTHONUNBUFFERED="1", LOAD_WORKERS="0")
    env.update(extra)
    return env


def load_seeds(*args: str, timeout: float = 300, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "manage.py", "load_seeds", *args], cwd=PROJECT_DIR,
                          env=command_env(**env), capture_output=True, text=True, timeout=timeout,
                          stdin=subprocess.DEVNULL)


def start_load_seeds(*args: str, **env: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "manage.py", "load_seeds", *args], cwd=PROJECT_DIR,
                            env=command_env(**env), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            stdin=subprocess.DEVNULL)


def write_articles(folder: Path, count: int, *, start: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(start, start + count):
        path = folder / f"article-{n:03d}.txt"
        path.write_text(article(n), encoding="utf-8")
        paths.append(path)
    return paths


@pytest.mark.django_db(transaction=True)
def test_a_folder_of_awkward_files_loads_every_good_one_and_names_every_bad_one(tmp_path):
    folder = make_awkward_folder(tmp_path / "awkward")
    assert folder.kinds >= 40
    result = load_seeds(str(folder.root), "-v", "2", LOAD_MAX_FILE_MB="1")
    out, err = result.stdout, result.stderr
    assert "Traceback" not in out + err
    assert result.returncode == 1, err  # files were refused
    lines = (out + err).splitlines()
    for path, reason in folder.refused.items():
        mine = [line for line in lines if line.startswith(f"{path}: refused: ")]
        assert len(mine) == 1 and reason in mine[0], (path, mine)
    for path, reason in folder.skipped.items():
        assert any(line.startswith(f"{path}: skipped: ") and reason in line for line in lines), path
    for path, warning in folder.warned.items():
        assert any(line.startswith(f"{path}: warning: ") and warning in line for line in lines), path
    loaded = [line for line in lines if line.endswith((": loaded", ": reloaded")) or ": unchanged" in line]
    assert len(loaded) == len(folder.good)
    assert SourceArticle.objects.count() == len(folder.good)
    assert out.splitlines()[-1].startswith(f"files: {len(folder.good)} loaded, 0 unchanged, {len(folder.refused)} refused, "
                                f"{len(folder.skipped)} skipped;")
    run = LoadRun.objects.get()
    assert (run.status, run.files_loaded, run.files_refused, run.files_skipped) == \
        (LoadRunStatus.FINISHED, len(folder.good), len(folder.refused), len(folder.skipped))
    long_path = next(p for p, what in folder.good.items() if "1,000" in what)
    assert len(long_path) > 1000
    assert SourceArticle.objects.get(file_name="deep.txt").path.endswith("deep.txt")
    assert SourceArticle.objects.filter(file_name="青岛园区新闻.txt").exists()  # the GBK name, read as GBK
    dated = SourceArticle.objects.get(file_name="bad-date-feb-30.txt")
    assert (dated.published_on.year, dated.published_precision) == (2024, "year")
    assert SourceArticle.objects.get(file_name="future-date.txt").published_on is None


@pytest.mark.django_db(transaction=True)
def test_impossible_dates_and_overflowing_figures_late_in_a_run_cost_nothing_else(tmp_path):
    paths = write_articles(tmp_path, 30)
    paths[24].write_text(article(24, date="2024年2月30日"), encoding="utf-8")
    paths[25].write_text(article(25, date="2099年13月45日"), encoding="utf-8")
    paths[26].write_text(article(26, extra="另有总投资99999999999999999999999999亿元的项目。"), encoding="utf-8")
    paths[27].write_text(article(27, extra="基金规模99999999999999999999亿元。营收增长99999999999%。"), encoding="utf-8")
    result = load_seeds(str(tmp_path), "-v", "2", "--batch-size", "10")
    assert "Traceback" not in result.stdout + result.stderr
    assert result.returncode == 0, result.stderr
    assert SourceArticle.objects.count() == 30
    assert f"{paths[26]}: warning: dropped planned_investment_cny figure" in result.stderr
    assert result.stdout.splitlines()[-1].startswith("files: 30 loaded, 0 unchanged, 0 refused;")
    rerun = load_seeds(str(tmp_path))
    assert rerun.returncode == 0 and rerun.stdout.splitlines()[-1].startswith("files: 0 loaded, 30 unchanged")


@pytest.mark.django_db(transaction=True)
def test_symbolic_link_loops_and_dangling_links_are_refused_by_name_and_the_rest_loads(tmp_path):
    write_articles(tmp_path, 2)
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "sub").symlink_to(tmp_path)  # a folder linking to its parent
    result = load_seeds(str(tmp_path))
    assert "Traceback" not in result.stdout + result.stderr
    assert result.returncode == 1
    err = result.stderr.splitlines()
    assert f"{tmp_path / 'a.txt'}: refused: symbolic link loop" in err
    assert f"{tmp_path / 'b.txt'}: refused: symbolic link loop" in err
    assert any(line.startswith(f"{tmp_path / 'gone.txt'}: refused: dangling symbolic link") for line in err)
    assert f"{tmp_path / 'sub'}: skipped: symbolic link to a folder (not followed)" in err
    assert SourceArticle.objects.count() == 2
    alone = load_seeds(str(tmp_path / "gone.txt"))  # named on the command line: refused, not a usage error
    assert alone.returncode == 1 and "refused: dangling symbolic link" in alone.stderr


@pytest.mark.django_db(transaction=True)
def test_a_file_over_the_size_limit_is_refused_at_once_naming_the_setting(tmp_path):
    write_articles(tmp_path, 1)
    (tmp_path / "huge.txt").write_text(article(5) * 40_000, encoding="utf-8")  # about 5 MB
    started = time.monotonic()
    result = load_seeds(str(tmp_path), LOAD_MAX_FILE_MB="2")
    assert time.monotonic() - started < 60
    assert result.returncode == 1
    assert f"{tmp_path / 'huge.txt'}: refused: larger than 2.0 MB" in result.stderr
    assert "LOAD_MAX_FILE_MB" in result.stderr
    assert SourceArticle.objects.count() == 1


@pytest.mark.django_db(transaction=True)
def test_a_run_is_recorded_from_its_start_and_a_stopped_one_says_interrupted(tmp_path):
    write_articles(tmp_path, 60)
    process = start_load_seeds(str(tmp_path), "-v", "2", "--batch-size", "1")
    first = process.stdout.readline()  # one article loaded: the run is under way
    assert ": loaded" in first, first + process.stderr.read()
    running = LoadRun.objects.get()
    assert running.status == LoadRunStatus.RUNNING and running.finished_at is None
    process.send_signal(signal.SIGTERM)
    out, err = process.communicate(timeout=120)
    assert process.returncode == 130, err
    assert "Traceback" not in out + err and "interrupted" in err
    running.refresh_from_db()
    assert running.status == LoadRunStatus.INTERRUPTED and running.finished_at is not None
    assert 0 < running.files_loaded < 60
    assert running.files_loaded <= SourceArticle.objects.count()


@pytest.mark.django_db(transaction=True)
def test_a_killed_run_is_marked_interrupted_by_the_next_one(tmp_path):
    write_articles(tmp_path, 60)
    process = start_load_seeds(str(tmp_path), "-v", "2", "--batch-size", "1")
    assert ": loaded" in process.stdout.readline()
    process.kill()
    process.wait(timeout=60)
    killed = LoadRun.objects.get()
    assert killed.status == LoadRunStatus.RUNNING
    result = load_seeds(str(tmp_path))
    assert result.returncode == 0, result.stderr
    killed.refresh_from_db()
    assert killed.status == LoadRunStatus.INTERRUPTED and "killed" in killed.error
    latest = LoadRun.objects.latest("pk")
    assert latest.status == LoadRunStatus.FINISHED
    assert SourceArticle.objects.count() == 60


@pytest.mark.django_db(transaction=True)
def test_two_loads_of_one_folder_take_turns_and_refuse_nothing(tmp_path):
    write_articles(tmp_path, 40)
    loads = [start_load_seeds(str(tmp_path), "--batch-size", "5") for _ in range(3)]
    results = [(p.wait(timeout=600), *p.communicate()) for p in loads]
    for code, out, err in results:
        assert code == 0, err
        assert "refused" not in err and "Traceback" not in err
    summaries = [out.splitlines()[-1] for _, out, _ in results]
    loaded = sorted(int(s.split(" loaded")[0].split()[-1]) for s in summaries)
    assert loaded == [0, 0, 40], summaries
    assert any("another load is running" in err for _, _, err in results)
    assert SourceArticle.objects.count() == 40
    assert set(LoadRun.objects.values_list("status", flat=True)) == {LoadRunStatus.FINISHED}


@pytest.mark.django_db(transaction=True)
def test_a_load_with_worker_processes_ends_and_can_be_stopped(tmp_path):
    write_articles(tmp_path, 12)
    workers = {"LOAD_WORKERS": "2", "LOAD_PARALLEL_MIN_FILES": "4", "LOAD_BATCH_SIZE": "4"}
    result = load_seeds(str(tmp_path), timeout=180, **workers)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1].startswith("files: 12 loaded")
    write_articles(tmp_path, 40, start=12)
    process = start_load_seeds(str(tmp_path), "-v", "2", "--force", **workers)
    assert ": reloaded" in process.stdout.readline()
    process.send_signal(signal.SIGTERM)
    process.communicate(timeout=120)  # the workers end with the run instead of holding it forever
    assert process.returncode == 130
    assert LoadRun.objects.latest("pk").status == LoadRunStatus.INTERRUPTED
