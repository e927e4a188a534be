"""Load article files: read, extract, and write each article in its own savepoint; report per file.

This is the operator's whole job behind `load_seeds`: the command only parses arguments and prints.
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from django.db import transaction
from django.utils import timezone

from loaders.extract import EXTRACTOR_VERSION, extract
from loaders.models import LoadRun, SourceArticle
from loaders.read import ArticleText, RefusedFile, iter_article_paths, read_article
from loaders.resolve import known_names, load_indexes
from loaders.upsert import Counts, write_article

log = logging.getLogger(__name__)


@dataclass
class FileOutcome:
    path: str
    status: str  # loaded, reloaded, unchanged, refused
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
        return (f"{prefix}files: {loaded} loaded, {self.count('unchanged')} unchanged, "
                f"{self.count('refused')} refused; records: {self.records.created} created, "
                f"{self.records.updated} updated, {self.records.unchanged} unchanged, {self.records.locked} locked")

    def as_json(self) -> dict:
        return {
            "dry_run": self.dry_run,
            "run_id": self.run_id,
            "extractor_version": EXTRACTOR_VERSION,
            "files": {"loaded": self.count("loaded") + self.count("reloaded"), "unchanged": self.count("unchanged"),
                      "refused": self.count("refused"), "seen": len(self.files)},
            "records": self.records.as_dict(),
            "details": [asdict(f) for f in self.files],
        }


class DryRunRollback(Exception):
    """Raised to roll back everything a dry run wrote."""


def load_paths(paths: Sequence[Path], *, dry_run: bool = False, force: bool = False, batch_size: int = 200,
               on_file: Callable[[FileOutcome], None] | None = None) -> LoadReport:
    """Load the given article files and folders. One transaction per batch, one savepoint per article."""
    paths = iter_article_paths(paths)
    report = LoadReport(dry_run=dry_run)
    started = timezone.now()
    try:
        with transaction.atomic():
            _load(paths, report, force=force, batch_size=batch_size, on_file=on_file, dry_run=dry_run)
            if dry_run:
                raise DryRunRollback
    except DryRunRollback:
        pass
    if not dry_run:
        run = LoadRun.objects.create(
            extractor_version=EXTRACTOR_VERSION, files_seen=len(report.files),
            files_loaded=report.count("loaded") + report.count("reloaded"),
            files_unchanged=report.count("unchanged"), files_refused=report.count("refused"),
            records_created=report.records.created, records_updated=report.records.updated,
            records_unchanged=report.records.unchanged, records_locked=report.records.locked,
            report={"paths": [str(p) for p in paths], "files": [asdict(f) for f in report.files]},
            finished_at=timezone.now(),
        )
        LoadRun.objects.filter(pk=run.pk).update(started_at=started)
        report.run_id = run.pk
    return report


def _load(paths: Sequence[Path], report: LoadReport, *, force: bool, batch_size: int, dry_run: bool,
          on_file: Callable[[FileOutcome], None] | None) -> None:
    indexes = load_indexes()
    known = known_names()
    seen: dict[str, str] = {}
    for start in range(0, len(paths), batch_size):
        # A batch shares one transaction so commits stay cheap; in a dry run the outer one holds all.
        with transaction.atomic():
            for path in paths[start:start + batch_size]:
                outcome = _load_one(Path(path), indexes=indexes, known=known, force=force, seen=seen)
                if outcome.status == "failed":
                    outcome.status = "refused"
                    indexes = load_indexes()  # the savepoint rolled back records the index had learnt
                report.files.append(outcome)
                report.records.add(Counts(**outcome.records) if outcome.records else Counts())
                if on_file:
                    on_file(outcome)


def _load_one(path: Path, *, indexes, known, force: bool, seen: dict[str, str]) -> FileOutcome:
    try:
        article_text: ArticleText = read_article(path)
    except RefusedFile as exc:
        return FileOutcome(path=str(path), status="refused", reason=exc.reason)
    outcome = FileOutcome(path=str(path), status="loaded", warnings=list(article_text.warnings))
    if article_text.sha256 in seen:
        outcome.status = "unchanged"
        outcome.reason = f"same text as {seen[article_text.sha256]}"
        return outcome
    seen[article_text.sha256] = path.name
    existing = SourceArticle.objects.filter(sha256=article_text.sha256).first()
    if existing is not None and existing.extractor_version == EXTRACTOR_VERSION and not force:
        outcome.status = "unchanged"
        outcome.article_id = existing.pk
        outcome.duplicate_of_id = existing.duplicate_of_id
        if existing.file_name != path.name:
            outcome.reason = f"already loaded as {existing.file_name}"
        return outcome
    extraction = extract(article_text.text, known_names=known)
    try:
        with transaction.atomic():
            article, counts = write_article(article_text=article_text, extraction=extraction, indexes=indexes,
                                            extractor_version=EXTRACTOR_VERSION, existing=existing)
    except Exception as exc:  # one bad article costs nothing else: its savepoint is rolled back
        log.exception("loading %s failed", path)
        return FileOutcome(path=str(path), status="failed", reason=f"could not be written: {exc}")
    if existing is not None:
        outcome.status = "reloaded"
    outcome.article_id = article.pk
    outcome.duplicate_of_id = article.duplicate_of_id
    outcome.records = counts.as_dict()
    return outcome
