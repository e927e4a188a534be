"""Load Chinese news articles about industrial parks into the database.

Operators run this on any folder or list of article files (default: the project's seeds/).
Re-running is safe: an article already loaded by this extractor version is left unchanged, and
fields editors corrected are never overwritten. Exit status: 0 when every file was loaded or
already loaded, 1 when any file was refused, 2 on a usage error, 3 when the run itself failed (the
database went away, an error that is no one file's), 130 when it was interrupted (Ctrl-C, SIGTERM).
"""
from __future__ import annotations

import json
import signal
import sys
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from loaders.pipeline import FileOutcome, load_paths
from loaders.read import scan_article_paths

EXIT_FAILED = 3
EXIT_INTERRUPTED = 130


class Command(BaseCommand):
    help = "Load article files (UTF-8 or GB18030 .txt) and extract parks, companies, projects, funds and facts."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="*", type=Path, help="files or folders (recursive *.txt); default seeds/")
        parser.add_argument("--dry-run", action="store_true", help="extract and report, write nothing")
        parser.add_argument("--force", action="store_true",
                            help="re-extract articles already loaded (editor locks still hold)")
        parser.add_argument("--json", action="store_true", help="print the report as JSON")
        parser.add_argument("--batch-size", type=int, default=settings.LOAD_BATCH_SIZE,
                            help="articles per transaction")

    def handle(self, *args, **options):
        paths = options["paths"] or [Path(settings.BASE_DIR) / "seeds"]
        if options["batch_size"] < 1:
            raise CommandError("--batch-size must be at least 1", returncode=2)
        try:
            scan = scan_article_paths(paths)
        except FileNotFoundError as exc:
            raise CommandError(f"{exc.filename}: no such file or folder", returncode=2) from None
        files = scan.files
        if not files and not scan.refused:
            raise CommandError(f"no .txt files under {', '.join(map(str, paths))}", returncode=2)

        verbosity = options["verbosity"]
        progress = None
        if verbosity >= 1 and not options["json"] and sys.stderr.isatty() and len(files) > 1:
            from tqdm import tqdm

            progress = tqdm(total=len(files), unit="file", file=sys.stderr)

        def on_file(outcome: FileOutcome) -> None:
            if progress is not None:
                progress.update(1)
            if outcome.status in ("refused", "skipped") and (outcome.status == "refused" or verbosity >= 1):
                line = f"{outcome.path}: {outcome.status}: {outcome.reason}"
                (progress.write(line, file=sys.stderr) if progress else self.stderr.write(line))
            elif verbosity >= 2 and not options["json"]:
                detail = f" ({outcome.reason})" if outcome.reason else ""
                self.stdout.write(f"{outcome.path}: {outcome.status}{detail}")
            for warning in outcome.warnings:
                if verbosity >= 1:
                    self.stderr.write(f"{outcome.path}: warning: {warning}")

        def on_wait(message: str) -> None:
            self.stderr.write(message)

        def stop(signum, frame):
            raise KeyboardInterrupt

        try:  # a stopped run is recorded as interrupted, like Ctrl-C
            previous = signal.signal(signal.SIGTERM, stop)
        except ValueError:  # not the main thread (called from a server): leave signals alone
            previous = None
        try:
            report = load_paths(paths, dry_run=options["dry_run"], force=options["force"],
                                batch_size=options["batch_size"], on_file=on_file, on_wait=on_wait)
        except KeyboardInterrupt:
            self.stderr.write("load interrupted; the batches committed so far are kept (load run: interrupted)")
            sys.exit(EXIT_INTERRUPTED)
        except Exception as error:  # not one file's fault: the run stops, says why, and is recorded as failed
            if verbosity >= 3:
                raise
            first_line = (str(error).splitlines() or [""])[0]
            self.stderr.write(f"load failed: {type(error).__name__}: {first_line} (load run: failed; "
                              f"the batches committed so far are kept)")
            sys.exit(EXIT_FAILED)
        finally:
            if previous is not None:
                signal.signal(signal.SIGTERM, previous)
            if progress is not None:
                progress.close()
        if options["json"]:
            self.stdout.write(json.dumps(report.as_json(), ensure_ascii=False, indent=1))
        else:
            style = self.style.WARNING if report.refused else self.style.SUCCESS
            self.stdout.write(style(report.summary()))
        if report.refused:
            sys.exit(1)
