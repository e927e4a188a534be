"""Retract an article: its evidence goes, records supported by nothing else go too.

Records an editor verified or changed stay, flagged as having lost their source.
Give the article's file name (as first loaded), a path to the file, or its SHA-256.
"""
from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from loaders.models import SourceArticle
from loaders.read import RefusedFile, read_article
from loaders.retract import unload_article


class Command(BaseCommand):
    help = "Retract a loaded article by file name, path or SHA-256."

    def add_arguments(self, parser):
        parser.add_argument("article", help="file name, path, or SHA-256 of the normalised text")

    def handle(self, *args, **options):
        ref = options["article"]
        article = SourceArticle.objects.filter(sha256=ref.lower()).first()
        if article is None and Path(ref).is_file():
            try:
                article = SourceArticle.objects.filter(sha256=read_article(Path(ref)).sha256).first()
            except RefusedFile as exc:
                raise CommandError(f"{ref}: refused: {exc.reason}", returncode=2) from None
        if article is None:
            matches = list(SourceArticle.objects.filter(file_name=Path(ref).name))
            if len(matches) > 1:
                raise CommandError(f"{ref}: {len(matches)} articles have this file name; give the SHA-256")
            article = matches[0] if matches else None
        if article is None:
            raise CommandError(f"{ref}: no loaded article has this file name, path or SHA-256")
        name = article.file_name
        result = unload_article(article)
        self.stdout.write(self.style.SUCCESS(
            f"{name}: unloaded; {result.deleted} records deleted, {result.kept} kept for editors (source lost), "
            f"{result.recomputed} recomputed from their other sources"))
