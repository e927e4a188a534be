"""Editions of one story: index an article's sentences and link it to the earlier edition it repeats."""
from __future__ import annotations

from collections import OrderedDict, defaultdict

from django.db import connection

from loaders.bulk import copy_rows
from loaders.dedupe import (
    DUPLICATE_THRESHOLD,
    INDEXED_KEYS_PER_SENTENCE,
    SentenceSketch,
    find_duplicate_of,
    index_keys,
    key_as_bigint,
    sentence_sketch,
)
from loaders.models import SentenceKey, SourceArticle

# A key found in this many indexed articles is boilerplate (a standard closing line, a slogan),
# not evidence that two articles are editions: it is ignored. Bounding the rows read per key is
# what keeps the cost of an article flat as the index grows.
COMMON_KEY_ARTICLES = 50
# Candidates whose full sketches are recomputed (from their texts) and compared, most promising first.
MAX_VERIFIED = 2
# Sketches of the articles this process linked or verified last, by (id, SHA-256): the same text has
# the same sketch, so a candidate met again is not read and sketched again. While the index is small,
# nearly every new article has a close candidate among the few before it (1,000 loaded: 175 of the
# first 200 did, 345 sketches recomputed, a quarter of the writer's time). About 150 kB an article.
SKETCH_CACHE_ARTICLES = 500
_sketches: OrderedDict[tuple[int, str], SentenceSketch] = OrderedDict()
# Keys this load run found in COMMON_KEY_ARTICLES indexed articles or more. A load only adds index rows,
# so such a key stays boilerplate for the rest of the run: later articles skip it instead of reading its
# rows again (after 4,000 articles of the benchmark corpus, nine rows in ten the candidate query read were
# such keys'). Each run starts afresh (forget_common_keys): between runs an unload may remove rows.
_common_keys: set[int] = set()


def forget_common_keys() -> None:
    _common_keys.clear()


def _remember_sketch(article_id: int, sha256: str, sketch: SentenceSketch) -> None:
    _sketches[(article_id, sha256)] = sketch
    _sketches.move_to_end((article_id, sha256))
    while len(_sketches) > SKETCH_CACHE_ARTICLES:
        _sketches.popitem(last=False)


def link_duplicate(article: SourceArticle, *, relink: bool = True, sketch: SentenceSketch | None = None,
                   reindex: bool = True) -> None:
    """Save the article, point it at an earlier edition of the same story, if any, and index its sentences.

    DESIGN's rule: at least 40% of the shorter article's sentences appear near-verbatim in the
    other. Only a newly loaded article is linked; re-extracting an article keeps the link it was
    given, and its index rows, which depend on its text alone (`reindex=False`). `sketch` is
    `sentence_sketch(article.text)` when the caller has it already.
    """
    if sketch is None:
        sketch = sentence_sketch(article.text)
    article.sentence_count = len(sketch)
    if relink and article.duplicate_of_id is None and sketch:
        article.duplicate_of_id = earlier_edition(article.pk, sketch)
    article.save()
    _remember_sketch(article.pk, article.sha256, sketch)
    if reindex and article.duplicate_of_id is None:
        # An edition's sentences are its original's: indexing only originals keeps the index (and
        # every later lookup) the size of the distinct stories, not of all the copies.
        copy_rows(SentenceKey, ["article_id", "key"], ((article.pk, key) for key in index_keys(sketch)))


# The indexed articles sharing a distinctive key with an article, with the keys they share; one row
# (article_id NULL) lists the keys found common this time. The candidates are read from the article
# table one by one, by primary key (OFFSET 0 keeps the planner from flattening that into a join):
# joined as a set, it hashed the whole table for every article, a cost that grew with every article
# loaded (4,600 rows read for 235 candidates).
CANDIDATES_SQL = """
    WITH hits AS (
        SELECT k.key, m.article_id
          FROM unnest(%(keys)s::bigint[]) AS k(key)
         CROSS JOIN LATERAL (
               SELECT s.article_id FROM loaders_sentencekey s
                WHERE s.key = k.key AND s.article_id <> %(me)s
                LIMIT %(common)s) m
    ), counted AS (
        SELECT key, count(*) < %(common)s AS distinctive FROM hits GROUP BY key
    ), candidates AS (
        SELECT h.article_id, array_agg(h.key) AS keys
          FROM hits h JOIN counted c ON c.key = h.key AND c.distinctive
         GROUP BY h.article_id
    )
    SELECT c.article_id, a.sentence_count, a.duplicate_of_id, c.keys, a.sha256
      FROM candidates c
     CROSS JOIN LATERAL (
           SELECT sentence_count, duplicate_of_id, sha256 FROM loaders_sourcearticle
            WHERE id = c.article_id OFFSET 0) a
     WHERE a.sentence_count > 0 AND (a.duplicate_of_id IS NULL OR a.duplicate_of_id <> %(me)s)
    UNION ALL
    SELECT NULL, NULL, NULL, array_agg(key), NULL FROM counted WHERE NOT distinctive
"""


def earlier_edition(article_id: int | None, sketch: SentenceSketch) -> int | None:
    """The (root of the) earlier article this one is an edition of, or None.

    One query finds the candidates: the indexed articles sharing one of this article's keys,
    reading at most COMMON_KEY_ARTICLES index rows a key and dropping keys that reach it (and,
    for the rest of the run, not reading them again). A
    candidate whose index rows alone show the rule is met is an edition; otherwise the few
    that come close are judged by the rule itself on their full sketches, recomputed from
    their texts.
    """
    sentences_of_key: dict[int, set[int]] = defaultdict(set)
    for n, keys in enumerate(sketch):
        for key in keys:
            sentences_of_key[key_as_bigint(key)].add(n)
    keys = [key for key in sentences_of_key if key not in _common_keys]
    with connection.cursor() as cursor:
        cursor.execute(CANDIDATES_SQL, {"keys": keys, "me": article_id or 0, "common": COMMON_KEY_ARTICLES})
        rows = cursor.fetchall()
    for _, _, _, common, _ in [row for row in rows if row[0] is None]:
        _common_keys.update(common or ())
    rows = [row for row in rows if row[0] is not None]
    sure, unsure = [], []
    roots, sha256s = {}, {}
    for candidate_id, their_count, roots[candidate_id], keys, sha256s[candidate_id] in rows:
        # What the index shows is a lower bound of the rule's ratio: each of our sentences with a
        # key in the candidate's index rows does appear in it, and the candidate has at least half
        # as many matching sentences as matched keys (INDEXED_KEYS_PER_SENTENCE = 2 a sentence).
        if len(sketch) <= their_count:
            shown = len(set().union(*(sentences_of_key[k] for k in keys))) / len(sketch)
        else:
            shown = -(-len(set(keys)) // INDEXED_KEYS_PER_SENTENCE) / their_count
        if shown >= DUPLICATE_THRESHOLD:
            sure.append((-shown, candidate_id))
        elif shown >= DUPLICATE_THRESHOLD / 2:  # near-verbatim sentences may not show: judge the full sketches
            unsure.append((-shown, candidate_id))
    if sure:
        best = min(sure)[1]  # the highest share shown; on a tie, the oldest
    elif unsure:
        best = _best_by_full_sketch(sketch, {candidate_id: sha256s[candidate_id]
                                             for _, candidate_id in sorted(unsure)[:MAX_VERIFIED]})
    else:
        best = None
    if best is None:
        return None
    root = roots[best]
    return root if root and root != article_id else best


def _best_by_full_sketch(sketch: SentenceSketch, chosen: dict[int, str]) -> int | None:
    """The best of the `chosen` candidates (id -> SHA-256) by the rule itself, on their full sketches."""
    missing = [pk for pk, sha256 in chosen.items() if (pk, sha256) not in _sketches]
    for pk, sha256, text in SourceArticle.objects.filter(pk__in=missing).values_list("pk", "sha256", "text"):
        _remember_sketch(pk, sha256, sentence_sketch(text))
    sketches = {pk: _sketches[(pk, sha256)] for pk, sha256 in chosen.items() if (pk, sha256) in _sketches}
    # In load order, so on a tie the oldest edition wins.
    return find_duplicate_of(sketch, dict(sorted(sketches.items())), threshold=DUPLICATE_THRESHOLD)
