"""Adversarial cost: hostile shapes of text cost time linear in their size, never a crash.

Each test times one text and the same shape four times as large, in one run, and bounds the
ratio, not the wall clock: linear growth is 4x, quadratic 16x; the bound of 8 leaves room
for a noisy shared machine and for the parser's own slight superlinearity on one huge tree.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from claimkit import Document
from claimkit.extractor import Extractor

DATE = "2017-11-11"
BOUND = 8.0


def _grows_linearly(
    extractor: Extractor, make: Callable[[int], str], n: int
) -> tuple[Document, Document]:
    timed = []
    for size in (n // 4, n):
        text = make(size)
        start = time.perf_counter()
        doc = extractor.extract(text, published=DATE)
        timed.append((time.perf_counter() - start, doc))
        assert doc.error is None, doc.error
        for claim in doc.claims:
            assert text[claim.content.start : claim.content.end] == claim.content.text
    (small, small_doc), (large, large_doc) = timed
    assert large / small < BOUND, f"4x the size took {large / small:.1f}x the time"
    return small_doc, large_doc


def test_a_sentence_of_50000_tokens(extractor: Extractor) -> None:
    def make(n: int) -> str:  # one run-on sentence: "the talks went on and the talks ..."
        words = ("the", "talks", "went", "on", "and")
        return "Officials said " + " ".join(words[i % 5] for i in range(n)) + "."

    _, doc = _grows_linearly(extractor, make, 50_000)
    assert len(doc.claims) == 1
    assert doc.claims[0].content.text.startswith("the talks went on and the talks")


def test_thousands_of_nested_reports(extractor: Extractor) -> None:
    """ "He said that he said that ...": every report is a claim reported by the one before
    it, found without recursion and without walking each clause's subtree again."""

    def make(n: int) -> str:
        return "He said that " * n + "it rained."

    _, doc = _grows_linearly(extractor, make, 4_000)
    assert len(doc.claims) == 4_000
    ids = {c.id for c in doc.claims}
    assert sum(c.reported_by in ids for c in doc.claims) == 4_000 - 1


def test_thousands_of_as_clauses_on_one_verb(extractor: Extractor) -> None:
    """ "as he noted, as he noted, ... it rained": every cue climbs to the same verb for
    its source, whose prepositions are read once, not once per cue."""

    def make(n: int) -> str:
        return "as he noted, " * n + "it rained."

    _, doc = _grows_linearly(extractor, make, 3_000)
    assert len(doc.claims) == 3_000


def test_chains_of_relative_clauses_round_speakers(extractor: Extractor) -> None:
    """A speaker noun phrase with thousands of relative clauses below it."""

    def make(n: int) -> str:
        return "According to the man who said " * n + "it rained."

    _, doc = _grows_linearly(extractor, make, 1_200)
    assert doc.claims


def test_10000_quotation_marks(extractor: Extractor) -> None:
    def make(n: int) -> str:
        return 'a "b" c ' * n + '"' * n

    _grows_linearly(extractor, make, 10_000)


def _paragraphs(n: int) -> str:
    block = "\n\n".join(["It was late."] * 9 + ["He said it rained."]) + "\n\n"
    return block * (n // 10)


@pytest.mark.parametrize(
    "n",
    [
        4_000,  # seconds, in CI
        pytest.param(100_000, marks=pytest.mark.large),  # 1.4 million characters, minutes
    ],
)
def test_many_short_paragraphs(extractor: Extractor, n: int) -> None:
    _, doc = _grows_linearly(extractor, _paragraphs, n)
    assert len(doc.claims) == n // 10
    assert all(c.speaker is not None for c in doc.claims)
