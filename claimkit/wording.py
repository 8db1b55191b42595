"""Words for comparing wordings: what two claims, or a claim and its display, share.

A word is a run of letters or digits, with an apostrophe inside ("don't", "Lee's"); its
stem is the Snowball (Porter 2) English stem, so "channel"/"channels" and
"deported"/"deportation" meet. Stopwords (spaCy's English list) are not content words.
"""

from __future__ import annotations

import re
from functools import cache

import snowballstemmer

__all__ = ["WORD", "stems", "words"]

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")


@cache
def _stop_words() -> frozenset[str]:
    # imported when first needed: ``import claimkit`` loads no spaCy
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


@cache
def _stemmer() -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer("english")


@cache
def _stem(word: str) -> str:
    return str(_stemmer().stemWord(word))


def words(text: str) -> list[tuple[str, bool]]:
    """(stem, is a content word) for every word: "channels" -> ("channel", True)."""
    out = []
    for w in WORD.findall(text.lower()):
        w = w.replace("’", "'").removesuffix("'s")
        content = w not in _stop_words() and len(w) > 1
        out.append((_stem(w) if content else w, content))
    return out


def stems(text: str) -> set[str]:
    """The content-word stems of ``text``: what two wordings must share to match."""
    return {w for w, content in words(text) if content}


def is_stop(word: str) -> bool:
    """Whether ``word`` (lower case) is a stopword."""
    return word in _stop_words()
