"""``claimkit_times``: every time expression, normalised against the document date.

Candidates are spaCy's DATE and TIME entities, widened where the model cuts a date short
("11 November 2017" tagged as "November 2017"). Each is resolved by :mod:`claimkit.timex`
with the tense of the verb that governs it, so "Tuesday" in "will meet Tuesday" looks
forward and in "met Tuesday" looks back.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import cache
from importlib import resources

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from claimkit.components.records import TimeMention, ents_of, guarded, register_extensions
from claimkit.timex import Tense, resolve

__all__ = ["TimeTagger", "make_times", "tense_of"]

FUTURE_AUX = {"will", "shall", "'ll", "wo"}
PAST_AUX = {"have", "has", "had", "did", "was", "were"}
RANGE_SPLIT = re.compile(r"^(?:between|from)?\s*(.+?)\s+(?:and|to|through|until|-|–)\s+(.+)$", re.I)


@cache
def _lexicon() -> tuple[list[str], frozenset[str]]:
    data = json.loads(resources.files("claimkit.lexicons").joinpath("times.json").read_text())
    return list(data["phrases"]), frozenset(data["future_heads"])


def tense_of(span: Span) -> Tense:
    """The tense of the clause around a time expression.

    Future only on explicit marks: will/shall/'ll, or a verb of planning above it ("planned
    to leave on Thursday"); past on a past verb or auxiliary; present otherwise.
    """
    node = span.root
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX") or node.head is node:
            break
        node = node.head
    kids = [c for c in node.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ in FUTURE_AUX or c.lemma_ in ("will", "shall") for c in kids):
        return "future"
    if (
        node.lemma_.lower() in _lexicon()[1]
        or any(p.lower_ == "until" for p in span.root.ancestors if p.dep_ == "prep")
        or (span.start > 0 and span.doc[span.start - 1].lower_ == "until")
    ):
        return "future"  # "planned a rally on Saturday", "postponed until Tuesday"
    head = node
    for _ in range(2):
        if head.dep_ not in ("xcomp", "ccomp", "advcl") or head.head is head:
            break
        head = head.head
        if head.lemma_.lower() in _lexicon()[1]:
            return "future"
    if any(c.tag_ == "MD" for c in kids):
        return "present"  # must, can, would: not a report of the past
    if node.tag_ == "VBD" or any(c.lower_ in PAST_AUX for c in kids):
        return "past"
    if node.tag_ == "VBN" and not kids:
        return "past"
    return "present"


def _widen(doc: Doc, span: Span) -> Span:
    """Take in a day number the model left out: "11 [November 2017]"."""
    start, end = span.start, span.end
    if start > 0:
        prev = doc[start - 1]
        if prev.like_num and prev.text.isdigit() and 1 <= int(prev.text) <= 31:
            start -= 1
    return doc[start:end]


def _join_clock(found: list[tuple[Span, bool]]) -> list[tuple[Span, bool]]:
    """One expression for a clock time and its day: "[9 a.m. EST] [Tuesday]"."""
    out: list[tuple[Span, bool]] = []
    for span, must in found:
        if out:
            prev, _ = out[-1]
            doc = span.doc
            if (
                prev.end == span.start
                and prev.root.ent_type_ == "TIME"
                and any(t.like_num for t in prev)
                and span.root.ent_type_ == "DATE"
            ):
                out[-1] = (doc[prev.start : span.end], False)
                continue
        out.append((span, must))
    return out


def _candidates(doc: Doc) -> list[tuple[Span, bool]]:
    """DATE/TIME entities and lexicon phrases (PhraseMatcher), longest first, no overlaps.

    The flag says whether a candidate must resolve to be kept (TIME entities and
    phrases, which are often not dates at all).
    """
    found: list[tuple[Span, bool]] = [
        (_widen(doc, e), e.label_ == "TIME") for e in ents_of(doc) if e.label_ in ("DATE", "TIME")
    ]
    taken = {i for span, _ in found for i in range(span.start, span.end)}
    for _, start, end in _matcher(doc.vocab)(doc):
        if not taken & set(range(start, end)):
            found.append((doc[start:end], True))
            taken |= set(range(start, end))
    return _join_clock(sorted(found, key=lambda f: f[0].start))


_MATCHERS: dict[int, PhraseMatcher] = {}


def _matcher(vocab: Vocab) -> PhraseMatcher:
    key = id(vocab)
    if key not in _MATCHERS:
        matcher = PhraseMatcher(vocab, attr="LOWER")
        matcher.add("TIME", [Doc(vocab, words=p.split()) for p in _lexicon()[0]])
        _MATCHERS[key] = matcher
    return _MATCHERS[key]


def _mention(span: Span, published: dt.date | None, tense: Tense) -> TimeMention:
    res = resolve(span.text, published, tense)
    return TimeMention(
        span.start_char, span.end_char, res.value, res.start, res.end, res.granularity, res.anchor
    )


def time_mentions(doc: Doc, published: dt.date | None) -> list[TimeMention]:
    """Resolve every time expression of ``doc``; a range of two dates that does not resolve
    as one ("between 1994 and 1997") becomes its two ends."""
    out: list[TimeMention] = []
    for span, must_resolve in _candidates(doc):
        tense = tense_of(span)
        mention = _mention(span, published, tense)
        if mention.value is None:
            parts = _split_range(span)
            if parts:
                out.extend(_mention(p, published, tense) for p in parts)
                continue
            if must_resolve:
                continue
        out.append(mention)
    return out


def _split_range(span: Span) -> list[Span] | None:
    m = RANGE_SPLIT.match(span.text)
    if not m:
        return None
    parts = [
        span.doc.char_span(span.start_char + m.start(g), span.start_char + m.end(g)) for g in (1, 2)
    ]
    if any(p is None for p in parts):
        return None
    kept = [p for p in parts if p is not None and resolve(p.text, None).value is not None]
    return kept if len(kept) == 2 else None


class TimeTagger:
    """spaCy component: writes ``doc._.ck_times`` from ``doc._.ck_published``."""

    def __call__(self, doc: Doc) -> Doc:
        return guarded("claimkit_times", self._run, doc)

    @staticmethod
    def _run(doc: Doc) -> None:
        doc._.ck_times = time_mentions(doc, doc._.ck_published)


@Language.factory("claimkit_times", assigns=["doc._.ck_times"], requires=["doc.ents"])
def make_times(nlp: Language, name: str) -> TimeTagger:
    """Create the ``claimkit_times`` component."""
    register_extensions()
    return TimeTagger()
