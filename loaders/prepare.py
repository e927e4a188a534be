"""The CPU-bound half of loading one article, with no database: read, extract, sketch its sentences.

Pure, so the pipeline can run it in worker processes while the main process writes: the result
is a function of the file, the extractor and the editor-verified names alone, so a parallel load
writes exactly what a serial one does.
"""
from __future__ import annotations

import signal
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from loaders.dedupe import SentenceSketch, sentence_sketch
from loaders.extract.types import Extraction
from loaders.read import ArticleText, RefusedFile, read_article


@dataclass
class PreparedArticle:
    """One file read and, unless it was already loaded, extracted; or the reason it was refused."""

    path: Path
    article_text: ArticleText | None = None
    refused: str = ""
    extraction: Extraction | None = None
    sketch: SentenceSketch | None = None


class ExtractionFailed(Exception):
    """Extraction raised on one article's text: that article is refused, the run goes on."""


def extract_safely(extract: Callable[..., Extraction], text: str, known_names: Mapping[str, str]) -> Extraction:
    """Run the extractor, turning any error it raises into ExtractionFailed with a one-line reason."""
    try:
        return extract(text, known_names=known_names)
    except Exception as error:  # a rule's bug on one text must cost that text only
        raise ExtractionFailed(f"extraction failed: {type(error).__name__}: {error}"[:300]) from error


def prepare_article(path: Path, *, extract: Callable[..., Extraction] | None, known_names: Mapping[str, str],
                    skip_sha256: frozenset[str] | set[str] = frozenset(),
                    max_bytes: int | None = None) -> PreparedArticle:
    """Read `path`; extract and sketch it unless `extract` is None or its SHA-256 is in `skip_sha256`."""
    try:
        article_text = read_article(path, max_bytes=max_bytes)
    except RefusedFile as exc:
        return PreparedArticle(path=path, refused=exc.reason)
    prepared = PreparedArticle(path=path, article_text=article_text)
    if extract is not None and article_text.sha256 not in skip_sha256:
        try:
            prepared.extraction = extract_safely(extract, article_text.text, known_names)
        except ExtractionFailed as exc:
            return PreparedArticle(path=path, refused=str(exc))
        prepared.sketch = sentence_sketch(article_text.text)
    return prepared


# Worker processes get the run's constants once, from the pool's initializer, not with every file.
_worker_args: dict = {}


def init_worker(extract: Callable[..., Extraction], known_names: Mapping[str, str], skip_sha256: frozenset[str],
                max_bytes: int | None = None) -> None:
    # A forked worker inherits the command's SIGTERM handler (stop the run, record it as interrupted);
    # a worker must simply end when the pool terminates it, or the pool waits for it forever.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _worker_args.update(extract=extract, known_names=known_names, skip_sha256=skip_sha256, max_bytes=max_bytes)


def prepare_in_worker(path: Path) -> PreparedArticle:
    return prepare_article(path, **_worker_args)
