"""Editions of one story: index an article's sentences and link it to the earlier edition it repeats."""
from __future__ import annotations

from collections import defaultdict

from django.db import connection

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
    """The (root of the) earlier article this one is an edition of, or None.

    One query: PostgreSQL groups the index rows sharing a key with this article by candidate and
    drops every candidate that cannot reach the threshold (it shares too few keys, or too few of
    its own sentences), so a boilerplate sentence shared by thousands of articles costs a scan,
    not thousands of rows in Python. The survivors' matched keys give our matched sentences.
    """
    sentences_of_key: dict[str, set[int]] = defaultdict(set)
    for n, keys in enumerate(sketch):
        for key in keys:
            sentences_of_key[key].add(n)
    ours_count = len(sketch)
    sql = """
        SELECT m.article_id, a.sentence_count, a.duplicate_of_id, count(DISTINCT m.sentence),
               array_agg(DISTINCT m.key)
          FROM loaders_sentencekey m
          JOIN loaders_sourcearticle a ON a.id = m.article_id
         WHERE m.key = ANY(%(keys)s) AND m.article_id <> %(me)s
           AND (a.duplicate_of_id IS NULL OR a.duplicate_of_id <> %(me)s)
         GROUP BY m.article_id, a.sentence_count, a.duplicate_of_id
        HAVING a.sentence_count > 0 AND CASE
                   WHEN %(n)s <= a.sentence_count THEN count(DISTINCT m.key) >= %(threshold)s * %(n)s
                   ELSE count(DISTINCT m.sentence) >= %(threshold)s * a.sentence_count END
    """
    params = {"keys": list(sentences_of_key), "me": article.pk or 0, "n": ours_count,
              "threshold": DUPLICATE_THRESHOLD}
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    best, best_ratio, best_root = None, DUPLICATE_THRESHOLD, None
    for article_id, their_count, root, their_matched, keys in sorted(rows):
        if ours_count <= their_count:
            ours_matched = set().union(*(sentences_of_key[k] for k in keys))
            ratio = len(ours_matched) / ours_count
        else:
            ratio = their_matched / their_count
        if ratio >= best_ratio and (best is None or ratio > best_ratio):
            best, best_ratio, best_root = article_id, ratio, root
    if best is None:
        return None
    return best_root if best_root and best_root != article.pk else best
