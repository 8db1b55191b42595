""" "According to X": a prepositional attribution, and an outlet cited that way as the
source of the claim it reports.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from claimkit.components.attribution.nesting import link_nested
from claimkit.components.attribution.rules import confidence
from claimkit.components.attribution.shared import quote_at
from claimkit.components.attribution.spans import edges_of, sentence_span, trim_span
from claimkit.components.records import (
    Attribution,
    Quote,
    text_of,
)

__all__ = ["according_to", "according_to_an_outlet"]


def according_to(doc: Doc, quotes: list[Quote]) -> Iterable[Attribution]:
    text = text_of(doc)
    for tok in doc:
        if tok.lower_ != "according" or quote_at(quotes, tok.idx):
            continue
        # "according to" is one two-word preposition: "to" is the next token, whatever
        # the parser hung on "according" (on scrambled text it may hang a "to" before it)
        to = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if to is None or to.lower_ != "to" or to.head != tok:
            continue
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if pobj is None:
            continue
        head = tok.head
        phrase = (tok.left_edge.idx, to.right_edge.idx + len(to.right_edge))
        clause = edges_of([head])
        if clause is None:
            continue
        left, right = (clause[0], phrase[0]), (phrase[1], clause[1])
        content = trim_span(text, max(left, right, key=lambda s: s[1] - s[0]))
        if content[1] - content[0] < 3:
            continue
        yield Attribution(
            kind="indirect",
            content=content,
            cue=(tok.idx, to.idx + len(to)),
            cue_token=tok.i,
            speaker_token=pobj.i,
            evidence="according-to",
            sentence=sentence_span(doc, *content),
            confidence=confidence("according-to"),
        )


def according_to_an_outlet(doc: Doc, claims: list[Attribution]) -> list[Attribution]:
    """'X said Y, according to the Glasgow Herald': the outlet is the source of X's claim,
    not a second claim whose content runs over X's words. ('…, according to Peskov'
    stays a report by Peskov of what X said.)"""
    drop = set()
    for j, c in enumerate(claims):
        if c.cue_token is None or c.speaker_token is None or doc[c.cue_token].lower_ != "according":
            continue
        if doc[c.speaker_token].ent_type_ in ("PERSON", "NORP", "GPE"):
            continue
        inner = [d for d in claims if d.reported_by == j]
        for d in inner:
            d.source_token = d.source_token if d.source_token is not None else c.speaker_token
        if inner:
            drop.add(j)
    if not drop:
        return claims
    kept = [c for k, c in enumerate(claims) if k not in drop]
    link_nested(kept)
    return kept
