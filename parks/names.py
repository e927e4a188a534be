"""Name normalisation shared by resolution, natural keys and search: one definition of 'the same name'."""
from __future__ import annotations

import re
import unicodedata

_PUNCT = re.compile(r"[\s\"'“”‘’()（）《》「」『』【】\[\]<>〈〉·•・,，、.。:：;；!！?？\-—–_/|]+")


def normalise_name(name: str) -> str:
    """NFKC, lower case, whitespace and punctuation removed: '青岛市集成电路产业园 ' -> '青岛市集成电路产业园'."""
    return _PUNCT.sub("", unicodedata.normalize("NFKC", name or "").lower())


def bigrams(*texts: str) -> list[str]:
    """Character bigrams (and single characters) of the texts, for a GIN-indexed substring search.

    pg_trgm cannot index queries under three characters and the embedded server lacks it; a
    two-character query such as 海尔 is one bigram, so '@>' on this array finds it via the index.
    """
    grams: set[str] = set()
    for text in texts:
        key = normalise_name(text)
        grams.update(key)
        grams.update(key[i : i + 2] for i in range(len(key) - 1))
    return sorted(grams)
