"""``claimkit_times``: every time expression, normalised against the document date.

Candidates are spaCy's DATE and TIME entities, widened where the model cuts a date short
("11 November 2017" tagged as "November 2017"). Each is resolved by :mod:`claimkit.timex`
with the tense of the verb that governs it, so "Tuesday" in "will meet Tuesday" looks
forward and in "met Tuesday" looks back.
"""

from __future__ import annotations

import datetime as dt

from spacy.language import Language
from spacy.tokens import Doc, Span

from claimkit.components.records import TimeMention, register_extensions
from claimkit.timex import Tense, resolve

__all__ = ["TimeTagger", "make_times", "tense_of"]

FUTURE_AUX = {"will", "shall", "'ll", "wo"}


def tense_of(span: Span) -> Tense:
    """The tense of the clause around a time expression: future, present or past."""
    node = span.root
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX"):
            break
        if node.head is node:
            return "past"
        node = node.head
    kids = list(node.children)
    if any(
        c.lower_ in FUTURE_AUX or c.lemma_ in ("will", "shall") for c in kids if c.dep_ == "aux"
    ):
        return "future"
    if any(c.lower_ == "going" for c in kids) or node.lower_ == "going":
        return "future"
    if node.tag_ in ("VBD", "VBN"):
        return "past"
    if node.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids):
        return "future"
    return "present" if node.tag_ in ("VBZ", "VBP", "VBG") else "past"


def _widen(doc: Doc, span: Span) -> Span:
    """Take in a day number the model left out: "11 [November 2017]"."""
    if span.start > 0:
        prev = doc[span.start - 1]
        if prev.like_num and prev.text.isdigit() and 1 <= int(prev.text) <= 31:
            return doc[span.start - 1 : span.end]
    return span


def time_mentions(doc: Doc, published: dt.date | None) -> list[TimeMention]:
    """Resolve every DATE/TIME entity of ``doc``."""
    out: list[TimeMention] = []
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        span = _widen(doc, ent)
        res = resolve(span.text, published, tense_of(span))
        if ent.label_ == "TIME" and res.value is None:
            continue
        out.append(
            TimeMention(
                span.start_char,
                span.end_char,
                res.value,
                res.start,
                res.end,
                res.granularity,
                res.anchor,
            )
        )
    return out


class TimeTagger:
    """spaCy component: writes ``doc._.ck_times`` from ``doc._.ck_published``."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.ck_times = time_mentions(doc, doc._.ck_published)
        return doc


@Language.factory("claimkit_times", assigns=["doc._.ck_times"], requires=["doc.ents"])
def make_times(nlp: Language, name: str) -> TimeTagger:
    """Create the ``claimkit_times`` component."""
    register_extensions()
    return TimeTagger()
