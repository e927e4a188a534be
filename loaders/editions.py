"""Editions of one story: index an article's sentences and link it to the earlier edition it repeats."""
from __future__ import annotations

from collections import defaultdict

from loaders.dedupe import DUPLICATE_THRESHOLD, sentence_sketch
from loaders.models import SentenceKey, SourceArticle


def link_duplicate(article: SourceArticle, *, relink: bool = True) -> None:
    """Index the article's sentences and point it at an earlier edition of the same story, if any.

    DESIGN's rule: at least 40% of the shorter article's sentences appear near-verbatim in the
    other. Only the index rows sharing a key with this article are read: for each candidate,
    which of its sentences match, and (from the keys) which of ours do. Only a newly loaded
    article is linked; re-extracting an article keeps the link it was given.
    """
    sketch = sentence_sketch(article.text)
    article.sentence_count = len(sketch)
    article.save()
    rows = [SentenceKey(article=article, sentence=n, key=key) for n, keys in enumerate(sketch) for key in keys]
    if relink and article.duplicate_of_id is None and rows:
        sentences_of_key: dict[str, set[int]] = defaultdict(set)
        for n, keys in enumerate(sketch):
            for key in keys:
                sentences_of_key[key].add(n)
        theirs: dict[int, set[int]] = defaultdict(set)
        ours: dict[int, set[int]] = defaultdict(set)
        matches = (SentenceKey.objects.filter(key__in=list(sentences_of_key))
                   .exclude(article=article).exclude(article__duplicate_of=article)
                   .values_list("article_id", "sentence", "key"))
        for article_id, sentence, key in matches:
            theirs[article_id].add(sentence)
            ours[article_id] |= sentences_of_key[key]
        counts = dict(SourceArticle.objects.filter(pk__in=list(theirs)).values_list("pk", "sentence_count"))
        best, best_ratio = None, DUPLICATE_THRESHOLD
        for article_id in sorted(theirs):
            their_count = counts.get(article_id) or 0
            if their_count == 0:
                continue
            ratio = (len(ours[article_id]) / len(sketch) if len(sketch) <= their_count
                     else len(theirs[article_id]) / their_count)
            if ratio >= best_ratio and (best is None or ratio > best_ratio):
                best, best_ratio = article_id, ratio
        if best is not None:
            root = SourceArticle.objects.filter(pk=best).values_list("duplicate_of_id", flat=True).first()
            article.duplicate_of_id = root if root and root != article.pk else best
            article.save(update_fields=["duplicate_of"])
    if article.duplicate_of_id is None:
        # An edition's sentences are its original's: indexing only originals keeps the index (and
        # every later lookup) the size of the distinct stories, not of all the copies.
        SentenceKey.objects.bulk_create(rows, ignore_conflicts=True, batch_size=2000)
