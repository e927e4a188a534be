"""Write docs/data-dictionary.md from the comments on the report views and tables, or check it is current.

The comments live in migrations (COMMENT ON ..., db_comment), so `\\d+` in psql and the dictionary never
disagree; `--check` lets CI fail when someone changes a comment or a column and forgets to regenerate.
"""
from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from analytics.dictionary import render_dictionary

DEFAULT_OUTPUT = Path(settings.BASE_DIR) / "docs" / "data-dictionary.md"


class Command(BaseCommand):
    help = "Generate the data dictionary (Markdown) from the database's view, table and column comments."

    def add_arguments(self, parser):
        parser.add_argument("--output", default=str(DEFAULT_OUTPUT),
                            help="file to write (default docs/data-dictionary.md); '-' prints it")
        parser.add_argument("--check", action="store_true",
                            help="write nothing; exit 1 when the file differs from what would be generated")

    def handle(self, *args, output: str, check: bool, **options):
        text = render_dictionary()
        if output == "-":
            self.stdout.write(text, ending="")
            return
        path = Path(output)
        if check:
            current = path.read_text(encoding="utf-8") if path.exists() else None
            if current != text:
                raise CommandError(f"{path} is stale: run python manage.py data_dictionary --output {output}",
                                   returncode=1)
            self.stdout.write(self.style.SUCCESS(f"{path} is up to date"))
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        self.stdout.write(self.style.SUCCESS(f"Wrote {path}"))
