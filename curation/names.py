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


# The one rule for a list typed in a form or a spreadsheet cell: any of these separate items. `|` is still read
# (older exports used it); a list is written back with '、', which reads naturally in Chinese.
_LIST_SEPARATORS = re.compile(r"[，、,;；|\n]+")
LIST_JOINER = "、"


def split_list(text: str) -> list[str]:
    """'赛轮集团，赛轮轮胎、赛轮股份' -> ['赛轮集团', '赛轮轮胎', '赛轮股份']: trimmed, empty items and repeats dropped."""
    return list(dict.fromkeys(item.strip() for item in _LIST_SEPARATORS.split(text or "") if item.strip()))


def join_list(items) -> str:
    return LIST_JOINER.join(items or [])
