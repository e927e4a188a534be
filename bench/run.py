"""The loading and page benchmark of issue 12: one command, results in bench/RESULTS.md.

    python bench/run.py                       # everything, as issue 12 defines it (about an hour on 2 cores)
    python bench/run.py --small               # the same steps at 200 / 600 articles and a tenth of the scale
    python bench/run.py --only load1k,scale   # some steps (see STEPS)
    python bench/run.py --concurrent          # the large load and the page timings at the same time
    python bench/run.py --only scale --note "what this run was"   # notes are printed at the top of RESULTS.md

It needs a PostgreSQL server where it may create and drop databases whose names start with
`--prefix` (default parkdb_perf_bench): `--server` (default postgresql://root@127.0.0.1:5432)
names it. Every step runs in a fresh Python process against its own database, so nothing is
warm that a user's first run would not have. Results are written after every step
(bench/results.json, rendered to bench/RESULTS.md), so a run stopped half-way keeps what it
measured. The machine's 1-minute load average is kept with every figure (before and during each step,
at each 1,000 files of a load, at each page), since on a shared machine it moves every timing.

Steps, in order:

- corpus: writes tools/bench_load.py's distinct-article corpus (10,000 articles, ~6,800 characters
  each, every tenth another edition of the one before) to a temporary folder.
- load1k: extraction alone of the 1,000 (read, extract, sketch in LOAD_WORKERS processes, no database:
  the load's target is twice that once it passes 20 s), then the 1,000 into a fresh database, again
  unchanged, then with --force; database size before and after --force.
- copy_floor: the rows the 1,000-article load left (records, history, evidence, sentence keys,
  articles), copied with COPY into a fresh database: the floor no loader can beat.
- import_export: django-import-export's stock ModelResource importing the same project rows.
- scale: a fresh database filled in SQL to the million-row scale of the issue (1.3M evidence,
  440k facts, 130k projects, ...), then every admin page and report view of the issue timed
  (median of 3 after a warm-up; views with LIMIT 100) with its query count.
- load10k: the 10,000 into a fresh database in one run, timing each 1,000 and measuring on their own
  the 200 articles after 0, 2,000 and 5,000 were loaded: articles/s, SQL statements, sentence-key rows
  and CPU (writer, backend, workers) per article there. No profiler runs in this timed load; for the
  functions the time goes to, run bench/profile_load.py on a database of that size.
"""
from __future__ import annotations

import argparse
import atexit
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS_JSON = ROOT / "bench" / "results.json"
RESULTS_MD = ROOT / "bench" / "RESULTS.md"
STEPS = ["corpus", "load1k", "copy_floor", "import_export", "scale", "load10k"]
WINDOW_AT = (0, 2000, 5000)  # windows of the 10,000 load measured on their own (unprofiled: see load_step)
WINDOW = 200


# ---- orchestration: one fresh process per step -------------------------------------------------

def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server", default="postgresql://root@127.0.0.1:5432")
    parser.add_argument("--prefix", default="parkdb_perf_bench")
    parser.add_argument("--small", action="store_true", help="200 / 600 articles and a tenth of the scale")
    parser.add_argument("--only", default=",".join(STEPS))
    parser.add_argument("--workers", type=int, default=None, help="extraction processes (default: LOAD_WORKERS)")
    parser.add_argument("--concurrent", action="store_true",
                        help="build the scale and time the pages while the large load runs (shorter, noisier)")
    parser.add_argument("--note", action="append", default=None,
                        help="a line for RESULTS.md about this run (repeatable; replaces the notes kept from before)")
    parser.add_argument("--step", help=argparse.SUPPRESS)  # internal: run one step in this process
    parser.add_argument("--arg", action="append", default=[], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.step:
        result = STEP_FUNCTIONS[args.step](*args.arg)
        print("RESULT " + json.dumps(result, ensure_ascii=False, default=str))
        return

    small, large = (200, 600) if args.small else (1000, 10000)
    scale = 0.1 if args.small else 1.0
    only = set(args.only.split(","))
    if only == set(STEPS) and RESULTS_JSON.exists():
        RESULTS_JSON.unlink()  # a full run starts a new results file
    record(machine=machine(), started=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
           sizes={"small": small, "large": large, "scale": scale}, concurrent=args.concurrent,
           **({"notes": args.note} if args.note is not None else {}))
    corpus = Path(tempfile.mkdtemp(prefix="parkdb-bench-"))
    atexit.register(shutil.rmtree, corpus, ignore_errors=True)  # 10,000 articles, ~70 MB
    small_dir, large_dir = corpus / "first", corpus / "all"
    write_corpus(small_dir, large_dir, small, large)
    env_workers = {} if args.workers is None else {"LOAD_WORKERS": str(args.workers)}

    def db(name: str) -> str:
        return fresh_database(args.server, f"{args.prefix}_{name}")

    if "load1k" in only:
        url = db("small")
        extraction = step("extract", url, str(small_dir), env=env_workers)
        first = step("load", url, str(small_dir), "", env=env_workers)
        again = step("load", url, str(small_dir), "", env=env_workers)
        size_before = database_bytes(url)
        forced = step("load", url, str(small_dir), "force", env=env_workers)
        record(load1k={"extract": extraction, "first": first, "unchanged": again, "force": forced,
                       "db_bytes_before_force": size_before, "db_bytes_after_force": database_bytes(url)})
    if "copy_floor" in only:
        record(copy_floor=step("copy_floor", db("floor"), f"{args.server}/{args.prefix}_small"))
    if "import_export" in only:
        record(import_export=step("import_export", db("ie"), f"{args.server}/{args.prefix}_small"))

    def load_large() -> None:
        record(load10k=step("load", db("large"), str(large_dir), "windows", "load10k", env=env_workers))

    def scale_and_pages() -> None:
        url = db("scale")
        build = step("build_scale", url, str(scale))
        record(scale={"build": build})
        record(scale={"build": build, "pages": step("pages", url)})

    jobs = [job for name, job in (("load10k", load_large), ("scale", scale_and_pages)) if name in only]
    if args.concurrent:  # both at once: shorter, but each slows the other (RESULTS.md says so)
        with ThreadPoolExecutor(len(jobs) or 1) as pool:
            for future in [pool.submit(job) for job in jobs]:
                future.result()
    else:
        for job in reversed(jobs):  # pages first: the large load is the long one
            job()
    record(finished=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"))
    print(f"wrote {RESULTS_MD.relative_to(ROOT)}")


def record(**figures) -> None:
    """Add figures to the results file (read afresh: a running step may have saved progress in it)."""
    results = json.loads(RESULTS_JSON.read_text()) if RESULTS_JSON.exists() else {}
    results.update(figures)
    save(results)


def step(name: str, database_url: str, *step_args: str, env: dict | None = None) -> dict:
    """Run one step in a fresh process; its result, with the process's wall time and the machine's load.

    The load average (1 minute) is sampled while the step runs: its value before the step started is what
    the rest of the machine was doing; the mean and maximum include the step's own processes.
    """
    environment = {**os.environ, "DATABASE_URL": database_url, "DJANGO_SETTINGS_MODULE": "config.settings",
                   **(env or {})}
    command = [sys.executable, str(Path(__file__).resolve()), "--step", name, *[f"--arg={a}" for a in step_args]]
    started = time.perf_counter()
    load = LoadSampler()
    process = subprocess.Popen(command, env=environment, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    output, _ = process.communicate()
    load.stop()
    if process.returncode:
        raise SystemExit(f"step {name} failed with exit status {process.returncode}")
    result = json.loads(output.strip().splitlines()[-1].removeprefix("RESULT "))
    result["wall_seconds"] = round(time.perf_counter() - started, 1)
    result["load_average"] = load.summary()
    print(f"{name} {database_url.rsplit('/', 1)[-1]} {' '.join(step_args)}: {result['wall_seconds']} s, "
          f"load average {result['load_average']}", flush=True)
    return result


class LoadSampler:
    """The 1-minute load average before and every few seconds during a step, in a background thread."""

    def __init__(self, every: float = 5.0) -> None:
        import threading

        self.samples = [os.getloadavg()[0]]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(every,), daemon=True)
        self._thread.start()

    def _run(self, every: float) -> None:
        while not self._stop.wait(every):
            self.samples.append(os.getloadavg()[0])

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()
        self.samples.append(os.getloadavg()[0])

    def summary(self) -> dict:
        return {"start": round(self.samples[0], 1), "mean": round(sum(self.samples) / len(self.samples), 1),
                "max": round(max(self.samples), 1)}


def fresh_database(server: str, name: str) -> str:
    import psycopg

    with psycopg.connect(f"{server}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')
    url = f"{server}/{name}"
    subprocess.run([sys.executable, "manage.py", "migrate", "--verbosity", "0"], cwd=ROOT, check=True,
                   env={**os.environ, "DATABASE_URL": url})
    return url


def database_bytes(url: str) -> int:
    import psycopg

    with psycopg.connect(url) as connection:
        return connection.execute("SELECT pg_database_size(current_database())").fetchone()[0]


def write_corpus(small_dir: Path, large_dir: Path, small: int, large: int) -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    from tools.bench_load import DistinctCorpus

    large_dir.mkdir(parents=True)
    started = time.perf_counter()
    DistinctCorpus().write(large_dir, large)
    small_dir.mkdir()
    for path in sorted(large_dir.iterdir())[:small]:
        (small_dir / path.name).symlink_to(path)
    print(f"corpus: {large} articles in {time.perf_counter() - started:.0f} s", flush=True)


def machine() -> dict:
    import psycopg

    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    memory = next((line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                   if line.startswith("MemTotal")), "0")
    return {"cpu": cpu, "cores": os.cpu_count(), "memory_gb": round(int(memory) / 1024 / 1024, 1),
            "python": platform.python_version(), "psycopg": psycopg.__version__,
            "load_average_at_start": round(os.getloadavg()[0], 1)}


def save(results: dict) -> None:
    RESULTS_JSON.write_text(json.dumps(results, ensure_ascii=False, indent=1, default=str) + "\n")
    from bench.report import render

    RESULTS_MD.write_text(render(results))


# ---- steps, each in its own process ------------------------------------------------------------

def _django() -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()


def _per_thousand(marks: list[float], started: float) -> list[float]:
    return [round(marks[min(i + 999, len(marks) - 1)] - (marks[i - 1] if i else started), 1)
            for i in range(0, len(marks), 1000)]


def _process_cpu(pid: int) -> tuple[int, float]:
    """(parent pid, CPU seconds used so far) of a process on this machine, from /proc."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()  # after the command name, which may hold spaces
    return int(fields[1]), (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def cpu_seconds(backend_pid: int) -> dict[str, float]:
    """CPU seconds used so far by this process (the writer), its database backend and its children (the
    extraction workers, running or ended): the load's cost, which other jobs on the machine move far
    less than its wall time."""
    import resource

    me = os.getpid()
    finished = resource.getrusage(resource.RUSAGE_CHILDREN)  # children that ended (and were waited for)
    workers = finished.ru_utime + finished.ru_stime
    for entry in os.listdir("/proc"):
        if entry.isdigit() and int(entry) != me:
            try:
                parent, used = _process_cpu(int(entry))
            except (OSError, ValueError, IndexError):
                continue  # gone meanwhile
            if parent == me:
                workers += used
    try:
        database = _process_cpu(backend_pid)[1]
    except OSError:  # the server runs elsewhere
        database = 0.0
    return {"writer": _process_cpu(me)[1], "database": database, "workers": workers}


def _cpu_per_step(marks: list[dict[str, float]]) -> list[dict[str, float]]:
    return [{part: round(after[part] - before[part], 1) for part in after} for before, after in zip(marks, marks[1:])]


def _save_progress(key: str, partial: dict) -> None:
    record(**{key: {**partial, "partial": True}})


def load_step(folder: str, mode: str, progress: str = "") -> dict:
    """Load a folder; time every 1,000 files; with mode 'windows', measure the windows after WINDOW_AT on their own.

    A window's figures (articles/s, SQL statements and sentence-key rows an article, CPU of the writer and
    its backend) are read without a profiler: cProfile in the writer slowed each window by a fifth and the
    1,000s holding one with it, so the timed load measured the profiler too. Function-level profiles of the
    same windows come from bench/profile_load.py.
    With `progress`, the figures so far are saved under that key of the results every 1,000 files.
    """
    import resource

    _django()
    from django.conf import settings
    from django.db import connection

    from loaders.models import SentenceKey
    from loaders.pipeline import load_paths

    marks: list[float] = []
    loads: list[float] = []  # the 1-minute load average at each 1,000th file
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        backend = cursor.fetchone()[0]
    cpu_marks = [cpu_seconds(backend)]  # CPU time used by the end of each 1,000 files (less moved by load)
    windows: dict[int, dict] = {}
    state = {"statements": 0, "keys": 0, "started": 0.0, "at": None, "cpu": None}

    def count(execute, sql, params, many, context):
        if state["at"] is not None:
            state["statements"] += 1
        return execute(sql, params, many, context)

    def start_window(at: int) -> None:
        state.update(statements=0, keys=SentenceKey.objects.count(), started=time.perf_counter(), at=at,
                     cpu=cpu_seconds(backend))
        state["statements"] = 0  # the count above is the benchmark's, not the load's

    def end_window() -> None:
        elapsed = time.perf_counter() - state["started"]
        statements = state["statements"]
        cpu = cpu_seconds(backend)
        windows[state["at"]] = {
            "articles_per_second": round(WINDOW / elapsed, 2),
            "statements_per_article": round(statements / WINDOW, 1),
            "key_rows_per_article": round((SentenceKey.objects.count() - state["keys"]) / WINDOW, 1),
            "cpu_ms_per_article": {part: round((cpu[part] - state["cpu"][part]) * 1000 / WINDOW)
                                   for part in ("writer", "database", "workers")},
        }
        state["at"] = None

    def on_file(outcome) -> None:
        done = len(marks) + 1
        marks.append(time.perf_counter())
        if done % 1000 == 0:
            loads.append(round(os.getloadavg()[0], 1))
            cpu_marks.append(cpu_seconds(backend))
        if progress and done % 1000 == 0:  # a run stopped half-way still shows how far it got, and how fast
            _save_progress(progress, {"files": done, "seconds": round(marks[-1] - started, 1),
                                      "seconds_per_1000": _per_thousand(marks, started),
                                      "load_per_1000": loads, "cpu_per_1000": _cpu_per_step(cpu_marks),
                                      "windows": windows})
        if mode == "windows":
            if state["at"] is not None and done == state["at"] + WINDOW:
                end_window()
            if done in WINDOW_AT:
                start_window(done)

    started = time.perf_counter()
    with connection.execute_wrapper(count):
        if mode == "windows" and 0 in WINDOW_AT:
            start_window(0)
        report = load_paths([Path(folder)], force=mode == "force", on_file=on_file)
        if state["at"] is not None:
            end_window()
    elapsed = time.perf_counter() - started
    if len(marks) % 1000:
        cpu_marks.append(cpu_seconds(backend))  # the last, shorter stretch
    per_thousand = _per_thousand(marks, started)
    summary = report.as_json()
    return {"files": len(marks), "seconds": round(elapsed, 1), "articles_per_second": round(len(marks) / elapsed, 2),
            "seconds_per_1000": per_thousand, "load_per_1000": loads, "cpu_per_1000": _cpu_per_step(cpu_marks),
            "records": summary["records"], "file_counts": summary["files"],
            "workers": settings.LOAD_WORKERS,
            "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            "worker_peak_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024),
            "windows": windows, "rows": table_rows()}


def table_rows() -> dict:
    from django.apps import apps
    from django.db import connection

    tables = sorted({m._meta.db_table for app in ("loaders", "parks", "projects")
                     for m in apps.get_app_config(app).get_models(include_auto_created=True)})
    with connection.cursor() as cursor:
        out = {}
        for table in tables:
            cursor.execute(f'SELECT count(*) FROM "{table}"')
            out[table] = cursor.fetchone()[0]
        return out


def copy_floor_step(source_url: str) -> dict:
    """COPY every loaded table's rows from the source into this (fresh, migrated) database, timed.

    Tables the migrations filled already (the metric vocabulary) are left out: the load did not write them.
    """
    import psycopg

    _django()
    migrated = {table for table, count in table_rows_of(os.environ["DATABASE_URL"]).items() if count}
    rows = {table: count for table, count in table_rows_of(source_url).items() if table not in migrated}
    dumps = {}
    with psycopg.connect(source_url) as source:
        for table in rows:
            buffer = bytearray()
            with source.cursor().copy(f'COPY "{table}" TO STDOUT') as copy:
                for chunk in copy:
                    buffer += chunk
            dumps[table] = bytes(buffer)
    from django.db import connection, transaction

    started = time.perf_counter()
    with transaction.atomic(), connection.cursor() as cursor:
        for table, data in dumps.items():
            with cursor.cursor.copy(f'COPY "{table}" FROM STDIN') as copy:
                copy.write(data)
    elapsed = time.perf_counter() - started
    total = sum(rows.values())
    return {"seconds": round(elapsed, 2), "rows": total, "rows_per_second": round(total / elapsed),
            "bytes": sum(len(d) for d in dumps.values()), "left_out": sorted(migrated)}


def table_rows_of(url: str) -> dict:
    import psycopg

    with psycopg.connect(url) as connection:
        tables = [r[0] for r in connection.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND "
            "(tablename LIKE 'loaders\\_%' OR tablename LIKE 'parks\\_%' OR tablename LIKE 'projects\\_%') "
            "ORDER BY tablename")]
        return {t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def import_export_step(source_url: str) -> dict:
    """django-import-export's stock ModelResource importing the source's project rows (parks copied first)."""
    import psycopg

    _django()
    from django.db import connection, transaction
    from import_export import resources
    from tablib import Dataset

    from projects.models import Project

    columns = ["name", "aliases", "park_id", "investment_amount", "investment_cny", "investment_currency",
               "investment_qualifier", "investment_text", "phase", "status", "review_status"]
    with psycopg.connect(source_url) as source:
        parks = bytearray()
        with source.cursor().copy('COPY "parks_park" TO STDOUT') as copy:
            for chunk in copy:
                parks += chunk
        projects = source.execute(f"SELECT {', '.join(columns)} FROM projects_project ORDER BY id").fetchall()
    with connection.cursor() as cursor, cursor.cursor.copy('COPY "parks_park" FROM STDIN') as copy:
        copy.write(bytes(parks))

    class ProjectRows(resources.ModelResource):
        class Meta:
            model = Project
            fields = ["id", *columns]
            import_id_fields = ["id"]

    dataset = Dataset(headers=["id", *columns])
    for row in projects:
        dataset.append(["", *["|".join(v) if isinstance(v, list) else v for v in row]])
    started = time.perf_counter()
    with transaction.atomic():
        result = ProjectRows().import_data(dataset, raise_errors=True)
    elapsed = time.perf_counter() - started
    return {"rows": len(projects), "seconds": round(elapsed, 2), "rows_per_second": round(len(projects) / elapsed),
            "errors": len(result.row_errors())}


def build_scale_step(factor: str) -> dict:
    _django()
    from bench.scale import build

    started = time.perf_counter()
    counts = build(factor=float(factor))
    return {"seconds": round(time.perf_counter() - started, 1), "rows": counts}


def extract_step(folder: str) -> dict:
    """Extraction alone: what the load's workers do (read, extract, sketch) for every file of a folder,
    in a pool of LOAD_WORKERS processes like the load's, with no database. The floor a load's wall time
    cannot go under at that number of workers."""
    import multiprocessing

    _django()
    from django.conf import settings

    from loaders.extract import extract
    from loaders.pipeline import max_file_bytes
    from loaders.prepare import init_worker, prepare_in_worker
    from loaders.resolve import known_names

    paths = sorted(Path(folder).iterdir())
    workers = settings.LOAD_WORKERS
    started = time.perf_counter()
    init_args = (extract, known_names(), frozenset(), max_file_bytes())
    if workers > 1:
        with multiprocessing.get_context("fork").Pool(workers, initializer=init_worker, initargs=init_args) as pool:
            prepared = list(pool.imap(prepare_in_worker, paths, chunksize=max(1, min(16, len(paths) // (4 * workers)))))
    else:
        init_worker(*init_args)
        prepared = [prepare_in_worker(path) for path in paths]
    elapsed = time.perf_counter() - started
    return {"files": len(paths), "workers": workers, "seconds": round(elapsed, 1),
            "extracted": sum(1 for p in prepared if p.extraction is not None)}


def pages_step() -> dict:
    _django()
    from bench.pages import time_pages

    return {"pages": time_pages()}


STEP_FUNCTIONS = {"load": load_step, "extract": extract_step, "copy_floor": copy_floor_step, "import_export": import_export_step,
                  "build_scale": build_scale_step, "pages": pages_step}

if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
