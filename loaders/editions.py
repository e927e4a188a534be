"""Editions of one story: index an article's sentences and link it to the earlier edition it repeats."""
from __future__ import annotations

from collections import defaultdict

from loaders.bulk import copy_rows
from loaders.dedupe import DUPLICATE_THRESHOLD, SentenceSketch, sentence_sketch
from loaders.models import SentenceKey, SourceArticle


def link_duplicate(article: SourceArticle, *, relink: bool = True, sketch: SentenceSketch | None = None) -> None:
    """Save the article, point it at an earlier edition of the same story, if any, and index its sentences.

    DESIGN's rule: at least 40% of the shorter article's sentences appear near-verbatim in the
    other. Only the index rows sharing a key with this article are read: for each candidate,
    which of its sentences match, and (from the keys) which of ours do. Only a newly loaded
    article is linked; re-extracting an article keeps the link it was given. `sketch` is
    `sentence_sketch(article.text)` when the caller has it already.
    """
    if sketch is None:
        sketch = sentence_sketch(article.text)
    article.sentence_count = len(sketch)
    if relink and article.duplicate_of_id is None and sketch:
        article.duplicate_of_id = _earlier_edition(article, sketch)
    article.save()
    if article.duplicate_of_id is None:
        # An edition's sentences are its original's: indexing only originals keeps the index (and
        # every later lookup) the size of the distinct stories, not of all the copies. The article's
        # old rows (if any) were deleted by the caller, and a sentence's keys are a set: no conflicts.
        copy_rows(SentenceKey, ["article_id", "sentence", "key"],
                  ((article.pk, n, key) for n, keys in enumerate(sketch) for key in keys))


def _earlier_edition(article: SourceArticle, sketch: SentenceSketch) -> int | None:
    """The (root of the) earlier article this one is an edition of, or None."""
    sentences_of_key: dict[str, set[int]] = defaultdict(set)
    for n, keys in enumerate(sketch):
        for key in keys:
            sentences_of_key[key].add(n)
    matches = SentenceKey.objects.filter(key__in=list(sentences_of_key))
    if article.pk is not None:  # a new article has no rows and no editions yet
        matches = matches.exclude(article=article).exclude(article__duplicate_of=article)
    theirs: dict[int, set[int]] = defaultdict(set)
    ours: dict[int, set[int]] = defaultdict(set)
    for article_id, sentence, key in matches.values_list("article_id", "sentence", "key"):
        theirs[article_id].add(sentence)
        ours[article_id] |= sentences_of_key[key]
    if not theirs:
        return None
    candidates = {pk: (count, root) for pk, count, root in
                  SourceArticle.objects.filter(pk__in=list(theirs)).values_list("pk", "sentence_count", "duplicate_of_id")}
    best, best_ratio = None, DUPLICATE_THRESHOLD
    for article_id in sorted(theirs):
        their_count = candidates.get(article_id, (0, None))[0] or 0
        if their_count == 0:
            continue
        ratio = (len(ours[article_id]) / len(sketch) if len(sketch) <= their_count
                 else len(theirs[article_id]) / their_count)
        if ratio >= best_ratio and (best is None or ratio > best_ratio):
            best, best_ratio = article_id, ratio
    if best is None:
        return None
    root = candidates[best][1]
    return root if root and root != article.pk else best
