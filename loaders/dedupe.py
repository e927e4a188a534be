"""Find near-duplicate articles: other editions of the same story, sentence by sentence.

DESIGN.md's rule: two articles are editions of one story when at least 40% of the
shorter article's sentences appear near-verbatim in the other; the later-loaded one
points to the earlier with `duplicate_of`. Whole-document shingling misses editions
(seeds 000 and 001 share 23% of their 5-grams), because an edition adds, drops and
reorders whole stories; comparing sentences does not care.

How a sentence is made comparable (pure functions, no Django):

- Text is split into sentences on 。！？!?；; and line breaks. Sentences with fewer
  than `MIN_SENTENCE_HAN` Chinese characters (captions, headings, bylines) are not
  counted: they are too short to say anything about a story, and too common.
- A sentence is normalised (NFKC, case-folded, punctuation and spaces dropped), cut
  into overlapping character 4-grams, and given `BANDS` keys by min-hash banding
  (locality-sensitive hashing): each key is a 16-hex-digit BLAKE2b of the minimum
  hash of its 4-grams under `ROWS_PER_BAND` hash functions. Two sentences share a key
  with probability 1 - (1 - J²)⁶ for 4-gram Jaccard similarity J: ~0.82 at J=0.5
  (one phrase reworded), ~0.43 at J=0.3, ~0.06 at J=0.1, and always when equal after
  normalisation. So a retyped comma, a dropped 的 or a changed figure still matches,
  and an unrelated sentence about the same park rarely does.
- A sentence of one article "appears" in another when it shares at least one key with
  any of the other's sentences.
- Finding candidates among 100,000 articles needs an index (key → article) in
  PostgreSQL, but not of every key: `index_keys` keeps the `INDEXED_KEYS_PER_SENTENCE`
  smallest keys of each sentence (a min-hash of the sentence's keys, so a sentence
  repeated verbatim elsewhere always brings its indexed keys along), stored as 64-bit
  integers. A candidate is then checked with `overlap_ratio` on its full sketch,
  recomputed from its text; the index only has to find it.

Measured on the seeds: 000/001 link at about 0.5; every other pair is at most ~0.1,
including 003/004, two stories about the same parks.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Hashable, Mapping
from typing import TypeVar

DUPLICATE_THRESHOLD = 0.40  # DESIGN.md: share of the shorter article's sentences
MIN_SENTENCE_HAN = 8
SHINGLE_CHARS = 4  # a Chinese word is 1-4 characters; 4-grams survive one-word edits
BANDS = 6
ROWS_PER_BAND = 2
INDEXED_KEYS_PER_SENTENCE = 2  # of BANDS: the index is a third of all keys

# One sketch per counted sentence: the sentence's keys.
SentenceSketch = tuple[frozenset[str], ...]
ArticleId = TypeVar("ArticleId", bound=Hashable)

_SENTENCE_END = re.compile(r"[。！？!?；;\n]+")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")

# Min-hash functions h_i(x) = x XOR m_i over one 64-bit BLAKE2b per shingle: the BLAKE2b
# value is already uniformly random, so XOR with a fixed random mask is a fresh random
# order of the shingles, and min(map(m.__xor__, hashed)) runs in C (a multiply-and-modulo
# family in a Python generator made this the loader's hottest loop). Fixed masks, so keys
# are stable across processes and releases (they live in the database); changing any of
# them means rebuilding the index.
_MASKS = [int.from_bytes(hashlib.blake2b(f"mask{i}".encode(), digest_size=8).digest(), "big")
          for i in range(BANDS * ROWS_PER_BAND)]


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Half-open spans of the sentences in `text`, without their end marks or edge spaces."""
    spans: list[tuple[int, int]] = []
    start = 0
    for end_mark in [*_SENTENCE_END.finditer(text), None]:
        end = end_mark.start() if end_mark else len(text)
        sentence = text[start:end]
        stripped = sentence.strip()
        if stripped:
            left = start + (len(sentence) - len(sentence.lstrip()))
            spans.append((left, left + len(stripped)))
        if end_mark:
            start = end_mark.end()
    return spans


def normalise_sentence(sentence: str) -> str:
    """The sentence as compared: NFKC, case-folded, letters and digits only."""
    folded = unicodedata.normalize("NFKC", sentence).casefold()
    return "".join(ch for ch in folded if unicodedata.category(ch)[0] in "LN")


def sentence_sketch(text: str) -> SentenceSketch:
    """The keys of each counted sentence of `text`, in order (see the module docstring)."""
    sketches: list[frozenset[str]] = []
    for start, end in split_sentences(text):
        sentence = text[start:end]
        if len(_HAN.findall(sentence)) < MIN_SENTENCE_HAN:
            continue
        sketches.append(_keys_of(normalise_sentence(sentence)))
    return tuple(sketches)


def sentence_keys(text: str) -> set[str]:
    """All sentence keys of `text`: the rows an index of articles by sentence needs."""
    return {key for keys in sentence_sketch(text) for key in keys}


def index_keys(sketch: SentenceSketch) -> list[int]:
    """The keys an article is indexed under: each sentence's smallest keys, as signed 64-bit integers.

    Taking the smallest keys (a min-hash over the sentence's keys) rather than any fixed bands
    means two sentences equal after normalisation are indexed under the same keys, and two
    near-equal ones usually are (they share most of their keys, so usually the smallest).
    """
    keys: set[int] = set()
    for sentence_keys_ in sketch:
        keys.update(key_as_bigint(k) for k in sorted(sentence_keys_)[:INDEXED_KEYS_PER_SENTENCE])
    return sorted(keys)


def key_as_bigint(key: str) -> int:
    """A 16-hex-digit key as PostgreSQL's signed bigint: 8 bytes a row instead of a 17-byte string."""
    return int(key, 16) - (1 << 63)


def overlap_ratio(a: SentenceSketch | str, b: SentenceSketch | str) -> float:
    """Share of the shorter article's sentences that share a key with the other article.

    "Shorter" counts sentences. An article without counted sentences overlaps nothing.
    """
    a_sketch = sentence_sketch(a) if isinstance(a, str) else a
    b_sketch = sentence_sketch(b) if isinstance(b, str) else b
    shorter, longer = sorted((a_sketch, b_sketch), key=len)
    if not shorter:
        return 0.0
    longer_keys = frozenset().union(*longer)
    matched = sum(1 for keys in shorter if keys & longer_keys)
    return matched / len(shorter)


def find_duplicate_of(
    new: SentenceSketch | str,
    candidates: Mapping[ArticleId, SentenceSketch | str],
    *,
    threshold: float = DUPLICATE_THRESHOLD,
) -> ArticleId | None:
    """The earlier article that `new` is an edition of, or None.

    The candidate with the highest overlap at or above `threshold` wins; on a tie, the
    first in `candidates`' order, so pass them in load order and the oldest edition
    wins. Pointing at an article that is itself a duplicate is for the caller to
    resolve (follow `duplicate_of` to the root if it wants one).
    """
    new_sketch = sentence_sketch(new) if isinstance(new, str) else new
    best_id: ArticleId | None = None
    best_ratio = threshold
    for article_id, sketch in candidates.items():
        ratio = overlap_ratio(new_sketch, sketch)
        if ratio >= best_ratio and (best_id is None or ratio > best_ratio):
            best_id, best_ratio = article_id, ratio
    return best_id


def _keys_of(normalised: str) -> frozenset[str]:
    if len(normalised) <= SHINGLE_CHARS:
        shingles = {normalised}
    else:
        shingles = {normalised[i:i + SHINGLE_CHARS] for i in range(len(normalised) - SHINGLE_CHARS + 1)}
    hashed = [int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "big") for s in shingles]
    minima = [min(map(mask.__xor__, hashed)) for mask in _MASKS]
    keys = set()
    for band in range(BANDS):
        rows = minima[band * ROWS_PER_BAND:(band + 1) * ROWS_PER_BAND]
        # The band number is part of the key, so band 0 of one sentence never
        # matches band 1 of another by coincidence of values.
        digest = hashlib.blake2b(f"{band}:{':'.join(map(str, rows))}".encode(), digest_size=8)
        keys.add(digest.hexdigest())
    return frozenset(keys)
