"""Load article files: read, extract, and write each article in its own savepoint; report per file.

This is the operator's whole job behind `load_seeds`: the command only parses arguments and prints.

Reading, extracting and sketching an article is pure and CPU-bound (loaders/prepare.py); on a
long run it happens in `LOAD_WORKERS` processes, a batch ahead of the main process, which writes
the articles one by one in the order given. Extraction depends only on the text and on the
editor-verified names read once at the start of the run, so a parallel run writes exactly what
a serial one does.
"""
from __future__ import annotations

import logging
import multiprocessing
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, OperationalError, connection, connections, transaction
from django.utils import timezone

from loaders.editions import forget_common_keys
from loaders.extract import EXTRACTOR_VERSION, extract
from loaders.models import Evidence, LoadRun, LoadRunStatus, SentenceKey, SourceArticle
from loaders.validate import check_extraction
from loaders.prepare import (ExtractionFailed, PreparedArticle, extract_safely, init_worker, prepare_article,
                             prepare_in_worker)
from loaders.read import display_path, scan_article_paths
from loaders.resolve import MODELS, NameIndex, known_names, refresh_match_keys
from loaders.upsert import Counts, write_article
from projects.models import Fact

log = logging.getLogger(__name__)

ANALYZE_AFTER = {50 * 2 ** k for k in range(16)}  # files into a run; see _analyze_growing_tables


# pg_advisory_lock key held by a load for its whole run: loads take turns instead of racing for rows.
LOAD_LOCK_KEY = 7_315_200_011


@dataclass
class FileOutcome:
    path: str
    status: str  # loaded, reloaded, unchanged, refused, skipped
    reason: str = ""
    warnings: list[str] = field(default_factory=list)
    article_id: int | None = None
    duplicate_of_id: int | None = None
    records: dict[str, int] = field(default_factory=dict)


@dataclass
class LoadReport:
    files: list[FileOutcome] = field(default_factory=list)
    records: Counts = field(default_factory=Counts)
    dry_run: bool = False
    run_id: int | None = None

    def count(self, status: str) -> int:
        return sum(1 for f in self.files if f.status == status)

    @property
    def refused(self) -> list[FileOutcome]:
        return [f for f in self.files if f.status == "refused"]

    def summary(self) -> str:
        loaded = self.count("loaded") + self.count("reloaded")
        prefix = "dry run: " if self.dry_run else ""
        skipped = f", {self.count('skipped')} skipped" if self.count("skipped") else ""
        return (f"{prefix}files: {loaded} loaded, {self.count('unchanged')} unchanged, "
                f"{self.count('refused')} refused{skipped}; records: {self.records.created} created, "
                f"{self.records.updated} updated, {self.records.unchanged} unchanged, {self.records.locked} locked")

    def as_json(self) -> dict:
        return {
            "dry_run": self.dry_run,
            "run_id": self.run_id,
            "extractor_version": EXTRACTOR_VERSION,
            "files": {"loaded": self.count("loaded") + self.count("reloaded"), "unchanged": self.count("unchanged"),
                      "refused": self.count("refused"), "skipped": self.count("skipped"),
                      "seen": len(self.files)},
            "records": self.records.as_dict(),
            "details": [asdict(f) for f in self.files],
        }


class DryRunRollback(Exception):
    """Raised to roll back everything a dry run wrote."""


def load_paths(paths: Sequence[Path], *, dry_run: bool = False, force: bool = False, batch_size: int = 200,
               on_file: Callable[[FileOutcome], None] | None = None, workers: int | None = None,
               on_wait: Callable[[str], None] | None = None) -> LoadReport:
    """Load the given article files and folders. One transaction per batch, one savepoint per article.

    `workers` extraction processes (default: settings.LOAD_WORKERS) are used when there are at
    least settings.LOAD_PARALLEL_MIN_FILES files; otherwise everything happens in this process.
    One load runs at a time: another one waits its turn (`on_wait` is told why). Every run that
    writes is recorded as a LoadRun from its start: running, then finished, failed or interrupted
    (an error or a KeyboardInterrupt propagates once the record says so).
    """
    scan = scan_article_paths(paths)
    paths = scan.files
    report = LoadReport(dry_run=dry_run)
    workers = settings.LOAD_WORKERS if workers is None else workers
    if len(paths) < settings.LOAD_PARALLEL_MIN_FILES:
        workers = 0
    with load_lock(on_wait=on_wait):
        run = None if dry_run else _start_run(paths)
        report.run_id = run.pk if run else None
        for path, reason in scan.skipped:
            _record(report, FileOutcome(path=display_path(path), status="skipped", reason=reason), on_file)
        for path, reason in scan.refused:
            _record(report, FileOutcome(path=display_path(path), status="refused", reason=reason), on_file)
        try:
            if dry_run:
                try:
                    with transaction.atomic():  # everything in one transaction, rolled back at the end
                        _load(paths, report, force=force, batch_size=batch_size, on_file=on_file, workers=workers)
                        raise DryRunRollback
                except DryRunRollback:
                    pass
            else:
                # Each batch commits on its own: a run stopped half-way keeps every batch it finished.
                _load(paths, report, force=force, batch_size=batch_size, on_file=on_file, workers=workers)
        except BaseException as error:
            if run is not None:
                interrupted = isinstance(error, KeyboardInterrupt)
                _finish_run(run, report, LoadRunStatus.INTERRUPTED if interrupted else LoadRunStatus.FAILED,
                            error="" if interrupted else f"{type(error).__name__}: {error}", apart=interrupted)
            raise
        if run is not None:
            _finish_run(run, report, LoadRunStatus.FINISHED)
    return report


def _record(report: LoadReport, outcome: FileOutcome, on_file: Callable[[FileOutcome], None] | None) -> None:
    report.files.append(outcome)
    report.records.add(Counts(**outcome.records) if outcome.records else Counts())
    if on_file:
        on_file(outcome)


@contextmanager
def load_lock(*, on_wait: Callable[[str], None] | None = None):
    """Hold the load lock (a PostgreSQL advisory lock) while the block runs; wait for it when another load has it."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s)", [LOAD_LOCK_KEY])
        if not cursor.fetchone()[0]:
            running = LoadRun.objects.filter(status=LoadRunStatus.RUNNING).order_by("-pk").first()
            if on_wait:
                on_wait("another load is running" + (f" (run {running.pk}, started {running.started_at:%H:%M:%S})"
                                                     if running else "") + "; waiting for it to finish")
            cursor.execute("SELECT pg_advisory_lock(%s)", [LOAD_LOCK_KEY])
    try:
        yield
    finally:
        try:
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_unlock(%s)", [LOAD_LOCK_KEY])
        except Exception:  # the connection is gone, and the lock with it
            log.debug("could not release the load lock", exc_info=True)


def _start_run(paths: Sequence[Path]) -> LoadRun:
    """Record the run before it writes anything. A run still 'running' now died without saying so (killed):
    we hold the load lock, so no other load is alive."""
    LoadRun.objects.filter(status=LoadRunStatus.RUNNING).update(
        status=LoadRunStatus.INTERRUPTED, error="found still running by a later run: its process was killed")
    return LoadRun.objects.create(extractor_version=EXTRACTOR_VERSION, files_seen=len(paths),
                                  report={"paths": [display_path(p) for p in paths]})


def _finish_run(run: LoadRun, report: LoadReport, status: str, *, error: str = "", apart: bool = False) -> None:
    """Write the run's outcome and counts. Best effort: when the database itself failed, the record stays
    'running' and the next run marks it interrupted.

    `apart`: write it on a connection of its own. An interrupt (Ctrl-C, SIGTERM) can land anywhere, also
    half-way into the bookkeeping of a transaction (autocommit already off, an atomic block entered but
    not marked), and a save on that connection then vanishes with it, uncommitted, saying nothing."""
    run.status = status
    run.error = error[:2000]
    run.files_seen = len(report.files)
    run.files_loaded = report.count("loaded") + report.count("reloaded")
    run.files_unchanged = report.count("unchanged")
    run.files_refused = report.count("refused")
    run.files_skipped = report.count("skipped")
    run.records_created, run.records_updated = report.records.created, report.records.updated
    run.records_unchanged, run.records_locked = report.records.unchanged, report.records.locked
    run.report = {"status": status, "paths": run.report.get("paths", []), "records": report.records.as_dict(),
                  "files": [asdict(f) for f in report.files]}
    run.finished_at = timezone.now()
    if apart and _save_run_apart(run):
        return
    try:
        with transaction.atomic():
            run.save()
        return
    except Exception:
        pass
    if not apart and _save_run_apart(run):  # a query the error cut off left this connection unusable
        return
    log.warning("could not record the end of load run %s", run.pk, exc_info=log.isEnabledFor(logging.DEBUG))


def _save_run_apart(run: LoadRun) -> bool:
    """Save `run`'s fields on a new connection, committed at once. False when that fails or finds no row
    (the run was created in a transaction of the caller's, which only the caller's connection sees)."""
    other = connections.create_connection(DEFAULT_DB_ALIAS)
    try:
        fields = [f for f in LoadRun._meta.concrete_fields if not f.primary_key]
        quote = other.ops.quote_name
        sql = (f"UPDATE {quote(LoadRun._meta.db_table)} SET "
               + ", ".join(f"{quote(f.column)} = %s" for f in fields) + f" WHERE {quote(LoadRun._meta.pk.column)} = %s")
        values = [f.get_db_prep_save(getattr(run, f.attname), connection=other) for f in fields]
        with other.cursor() as cursor:  # autocommit: the update commits as it runs
            cursor.execute("SET lock_timeout = '10s'")  # a stopped run must end, not wait on a lock
            cursor.execute(sql, [*values, run.pk])
            return cursor.rowcount == 1
    except Exception:
        log.debug("could not record the end of load run %s on a connection of its own", run.pk, exc_info=True)
        return False
    finally:
        other.close()


def _load(paths: Sequence[Path], report: LoadReport, *, force: bool, batch_size: int, workers: int,
          on_file: Callable[[FileOutcome], None] | None) -> None:
    refresh_match_keys()  # after an upgrade that changed how names match, before any name is resolved
    forget_common_keys()  # boilerplate sentence keys are learnt afresh each run (see loaders/editions.py)
    # the tables grow by half or more only once this run has loaded as many files as there were articles
    articles_before = SourceArticle.objects.count()
    known = known_names()
    seen: dict[str, str] = {}
    batches = [paths[start:start + batch_size] for start in range(0, len(paths), batch_size)]
    with _Preparer(workers=workers, known=known, force=force) as preparer:
        pending = preparer.submit(batches[0]) if batches else iter(())
        for n in range(len(batches)):
            indexes = _NameIndexes()  # a batch's names, read as its articles need them
            prepared = pending
            if n + 1 < len(batches):  # the workers extract the next batch while this one is written
                pending = preparer.submit(batches[n + 1])
            if preparer.pool is None:  # read the batch, then one query for the articles loaded before
                prepared = list(prepared)
                loaded = preparer.loaded_before([p.article_text.sha256 for p in prepared if p.article_text])
            else:
                loaded = preparer.loaded_before(None)
            # A batch is one transaction (commits stay cheap), cut short after LOAD_COMMIT_SECONDS so
            # that an editor saving a record this load touched waits a moment, not a whole batch.
            # In a dry run the outer transaction holds all.
            # Outcomes are reported once their transaction committed: a file said to be loaded is loaded.
            items = iter(prepared)
            more = True
            while more:
                deadline = time.monotonic() + settings.LOAD_COMMIT_SECONDS
                written: list[FileOutcome] = []
                with transaction.atomic():
                    for item in items:
                        outcome = _load_one(item, indexes=indexes, known=known, force=force, seen=seen,
                                            loaded=loaded)
                        if outcome.status == "failed":
                            outcome.status = "refused"
                            indexes.clear()  # the savepoint rolled back records the index had learnt
                        written.append(outcome)
                        done = len(report.files) + len(written)
                        if done in ANALYZE_AFTER and done >= articles_before \
                                and len(paths) >= settings.LOAD_PARALLEL_MIN_FILES:
                            _analyze_growing_tables()
                        if time.monotonic() >= deadline:
                            break
                    else:
                        more = False
                for outcome in written:
                    _record(report, outcome, on_file)


class _NameIndexes(dict):
    """A name index per record type (loaders.resolve.NameIndex), made when an article first needs one."""

    def __missing__(self, entity_type: str) -> NameIndex:
        index = self[entity_type] = NameIndex(entity_type)
        return index


def _analyze_growing_tables() -> None:
    """Refresh the planner's statistics of the tables a long load fills from empty.

    A run into an empty database plans its lookups with statistics from before it started, i.e.
    with seq scans of tables that soon hold millions of rows; autovacuum notices too late (never
    sees the open batch, and may be off: then a table the load filled was never analyzed at all).
    Every table the load grows counts: the conflict check joins facts to their subjects and
    articles, and with parks or companies planned as a few hundred rows it read all of them for
    every article. ANALYZE counts the rows this transaction inserted, so doing it after 50, 100,
    200, 400 … files keeps plans within a factor of two of the data for a dozen ANALYZEs a run
    (each samples a bounded number of rows). Only once the run has loaded as many files as there
    were articles before it (_load): a run that adds 200 articles to 3,000 spent a fifth of its time
    here (19 s of 95) for statistics that barely moved.

    Only the columns lookups filter and join on: long text and JSON (quotes, article texts) are
    never filtered by value, and leaving them out also skips the statistics of the bigram
    expression indexes, which evaluate text_bigrams() on every sampled row (admin search, which uses
    them, gets them from autovacuum).
    """
    with connection.cursor() as cursor:
        for model in (SentenceKey, Evidence, Fact, SourceArticle, *MODELS.values()):
            columns = [connection.ops.quote_name(f.column) for f in model._meta.concrete_fields
                       if f.get_internal_type() not in ("TextField", "JSONField")]
            cursor.execute(f"ANALYZE {connection.ops.quote_name(model._meta.db_table)} ({', '.join(columns)})")


class _Preparer:
    """Reads and extracts articles: in worker processes, or here, lazily, when there are none."""

    def __init__(self, *, workers: int, known: dict[str, str], force: bool) -> None:
        self.workers, self.known, self.force = workers, known, force
        self.pool = None
        self.versions: dict[str, str] = {}  # sha256 -> extractor version of every article loaded before
        self.known_articles: dict[str, tuple] = {}  # sha256 -> _UNCHANGED_FIELDS

    def __enter__(self) -> _Preparer:
        if self.workers > 1:
            # Articles this extractor already loaded are only read, never extracted (unless forced).
            # What an unchanged file's outcome needs, for every article, so that one costs no query.
            self.known_articles = {row[0]: row for row in SourceArticle.objects.values_list(*_UNCHANGED_FIELDS)}
            self.versions = {sha: row[1] for sha, row in self.known_articles.items()}
            skip = frozenset() if self.force else frozenset(
                sha for sha, version in self.versions.items() if version == EXTRACTOR_VERSION)
            methods = multiprocessing.get_all_start_methods()
            context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
            self.pool = context.Pool(self.workers, initializer=init_worker, initargs=(extract, self.known, skip, max_file_bytes()))
        return self

    def __exit__(self, *exc_info) -> None:
        if self.pool is not None:
            self.pool.terminate()
            self.pool.join()

    def loaded_before(self, sha256s: list[str] | None) -> Mapping[str, SourceArticle]:
        """The articles already in the database among `sha256s` (None: look each up when asked)."""
        if sha256s is None:
            return _LoadedArticles(self.known_articles, force=self.force)
        return {a.sha256: a for a in SourceArticle.objects.defer("text").filter(sha256__in=sha256s)}

    def submit(self, paths: Sequence[Path]) -> Iterator[PreparedArticle]:
        if self.pool is None:  # extraction waits until the writer knows the article is needed
            return (prepare_article(Path(p), extract=None, known_names=self.known, max_bytes=max_file_bytes())
                    for p in paths)
        return self.pool.imap(prepare_in_worker, [Path(p) for p in paths],
                              chunksize=max(1, min(16, len(paths) // (4 * self.workers))))


_UNCHANGED_FIELDS = ("sha256", "extractor_version", "id", "duplicate_of_id", "file_name")


class _LoadedArticles(Mapping):
    """Articles loaded before the run, and only texts the database has: an article this extractor
    already loaded from the values read at the start (all an unchanged file's outcome needs), any
    other fetched when asked."""

    def __init__(self, known_articles: dict[str, tuple], *, force: bool) -> None:
        self.known_articles, self.force = known_articles, force

    def __getitem__(self, sha256: str) -> SourceArticle:
        row = self.known_articles[sha256]
        if row[1] == EXTRACTOR_VERSION and not self.force:  # a deferred instance, as .only() makes
            values = dict(zip(_UNCHANGED_FIELDS, row))
            names = [f.attname for f in SourceArticle._meta.concrete_fields if f.attname in values]
            return SourceArticle.from_db(connection.alias, names, [values[name] for name in names])
        return SourceArticle.objects.defer("text").get(sha256=sha256)

    def __iter__(self):
        return iter(self.known_articles)

    def __len__(self) -> int:
        return len(self.known_articles)


WRITE_ATTEMPTS = 3
RETRYABLE = {"40P01", "40001"}  # deadlock detected, serialization failure


def _pgcode(error: Exception) -> str | None:
    return getattr(error.__cause__, "sqlstate", None) or getattr(error, "pgcode", None)


def _write_failed(outcome: FileOutcome, exc: Exception) -> FileOutcome:
    log.debug("loading %s failed", outcome.path, exc_info=True)
    reason = f"could not be written: {type(exc).__name__}: {exc}".splitlines()[0][:300]
    return FileOutcome(path=outcome.path, status="failed", reason=reason)


def max_file_bytes() -> int:
    return settings.LOAD_MAX_FILE_MB * 1_000_000


def _load_one(item: PreparedArticle, *, indexes, known, force: bool, seen: dict[str, str],
              loaded: dict[str, SourceArticle]) -> FileOutcome:
    path, article_text = item.path, item.article_text
    if article_text is None:
        return FileOutcome(path=display_path(path), status="refused", reason=item.refused)
    outcome = FileOutcome(path=display_path(path), status="loaded", warnings=list(article_text.warnings))
    if article_text.sha256 in seen:
        outcome.status = "unchanged"
        outcome.reason = f"same text as {seen[article_text.sha256]}"
        return outcome
    seen[article_text.sha256] = display_path(path.name)
    existing = loaded.get(article_text.sha256)
    if existing is not None and existing.extractor_version == EXTRACTOR_VERSION and not force:
        outcome.status = "unchanged"
        outcome.article_id = existing.pk
        outcome.duplicate_of_id = existing.duplicate_of_id
        if existing.file_name != display_path(path.name):
            outcome.reason = f"already loaded as {existing.file_name}"
        return outcome
    try:
        extraction = item.extraction if item.extraction is not None else extract_safely(extract, article_text.text,
                                                                                        known)
    except ExtractionFailed as exc:
        return FileOutcome(path=outcome.path, status="refused", reason=str(exc))
    extraction, dropped = check_extraction(extraction)
    outcome.warnings += dropped
    for attempt in range(1, WRITE_ATTEMPTS + 1):
        written: list[str] = []  # warnings of this attempt only
        try:
            with transaction.atomic():
                article, counts = write_article(article_text=article_text, extraction=extraction, indexes=indexes,
                                                extractor_version=EXTRACTOR_VERSION, existing=existing,
                                                sketch=item.sketch, warnings=written)
            outcome.warnings += written
            break
        except OperationalError as exc:
            # A deadlock with another writer (an editor's save) is no fault of the file: write it again.
            if _pgcode(exc) not in RETRYABLE or attempt == WRITE_ATTEMPTS:
                return _write_failed(outcome, exc)
            log.info("writing %s: %s; trying again", outcome.path, exc)
            indexes.clear()  # the savepoint rolled back records the index had learnt
        except Exception as exc:  # one bad article costs nothing else: its savepoint is rolled back
            return _write_failed(outcome, exc)
    if existing is not None:
        outcome.status = "reloaded"
    outcome.article_id = article.pk
    outcome.duplicate_of_id = article.duplicate_of_id
    outcome.records = counts.as_dict()
    return outcome
