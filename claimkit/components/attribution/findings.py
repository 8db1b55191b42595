"""A finding a document reports at the end of its sentence, where the parser took the cue
for a noun: "House prices fell in November, figures published on Monday show." (the
model reads "Monday show" as a programme, and "the BBC show" as one).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from claimkit.components.attribution.content import make_claim
from claimkit.components.attribution.shared import quote_at
from claimkit.components.dating import medium_time
from claimkit.components.records import Attribution, Quote
from claimkit.lexicons import cues

__all__ = ["trailing_findings"]

LEAD = 3  # the document noun opens what follows the comma: "the latest official figures"


def trailing_findings(doc: Doc, quotes: list[Quote]) -> list[Attribution]:
    """Claims of the sentences that end "…, <document> … show." with the cue tagged as a
    noun: the sentence before the comma is the content, the document its speaker."""
    lex = cues()
    out = []
    for sent in doc.sents:
        last = next((t for t in reversed(sent) if not (t.is_punct or t.is_space)), None)
        if last is None or last.pos_ != "NOUN" or last.lemma_.lower() not in lex.by_documents:
            continue
        found = _document_after_comma(sent, last, lex.documents)
        if found is None or quote_at(quotes, last.idx):
            continue
        comma, document = found
        claim = make_claim(doc, last, (sent.start_char, comma.idx), "indirect", "cue", "show")
        claim.speaker_token = claim.source_token = document.i
        # the time of the document's issue ("figures published on Monday"), never one the
        # misread parse hung the cue under ("gave $5,000 on June 27, 2014, records show")
        claim.when_token = medium_time(document)
        claim.when_from = "event" if claim.when_token is not None else None
        claim.reported_now = False
        out.append(claim)
    return out


def _document_after_comma(
    sent: Span, cue: Token, documents: frozenset[str]
) -> tuple[Token, Token] | None:
    """The last comma before ``cue`` and the document noun that opens the words between
    them, with a clause before the comma; or None."""
    doc = sent.doc
    comma = next((t for t in reversed(doc[sent.start : cue.i]) if t.text == ","), None)
    if comma is None or not any(t.pos_ in ("VERB", "AUX") for t in doc[sent.start : comma.i]):
        return None
    for tok in doc[comma.i + 1 : min(comma.i + 1 + LEAD, cue.i)]:
        if tok.pos_ == "NOUN" and {tok.lower_, tok.lemma_.lower()} & documents:
            return comma, tok
    return None
