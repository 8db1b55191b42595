"""Figures in the outlet's own voice: a sentence that states a number with no cue."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimkit.components.attribution.rules import confidence
from claimkit.components.attribution.shared import quote_at, quotes_near
from claimkit.components.attribution.spans import trim_span
from claimkit.components.records import Attribution, Quote, text_of
from claimkit.components.transcripts import interview_turns
from claimkit.intervals import Intervals

__all__ = ["unattributed_claims"]


def unattributed_claims(
    doc: Doc, quotes: list[Quote], claims: list[Attribution]
) -> list[Attribution]:
    """Check-worthy figures in the outlet's own voice ("More than 330,000 people have been
    killed ..."): a sentence with a large number, a percentage or money and a finite verb,
    outside every quotation and attributed claim. ``speaker`` stays None."""
    out: list[Attribution] = []
    taken = Intervals((*r, None) for c in claims for r in (c.content, c.sentence))
    text = text_of(doc)
    # an interview's questions are the interviewer's, no statement of the outlet's
    asked = {
        text.rfind("\n", 0, colon) + 1 for colon, who in interview_turns(doc).items() if not who
    }
    for sent in doc.sents:
        span = trim_span(text, (sent.start_char, sent.end_char))
        if span[1] - span[0] < 20 or next(taken.overlapping(*span), None):
            continue
        if text.rfind("\n", 0, span[0]) + 1 in asked or text[
            sent.start_char : sent.end_char
        ].rstrip().endswith("?"):
            continue  # (nor is any question: "Will you hit 1.5 million homes by 2029?")
        if quote_at(quotes, span[0]) or quotes_near(quotes, *span, 0):
            continue
        if not any(t.tag_ in ("VBD", "VBZ", "VBP") or t.dep_ == "aux" for t in sent):
            continue
        if not any(_is_figure(t) for t in sent):
            continue
        content = span[0], span[1] - (1 if text_of(doc)[span[1] - 1] in ".!?" else 0)
        out.append(
            Attribution(
                kind="unattributed",
                content=content,
                cue=None,
                speaker_token=None,
                evidence="unattributed:figure",
                sentence=span,
                confidence=confidence("unattributed:figure"),
            )
        )
    return out


def _is_figure(tok: Token) -> bool:
    """A number worth checking: a percentage, an amount of money, or 100 and above."""
    if tok.ent_type_ in ("PERCENT", "MONEY"):
        return True
    if tok.ent_type_ in ("DATE", "TIME", "ORDINAL") or not tok.like_num:
        return False
    digits = tok.text.replace(",", "")
    return (digits.isdecimal() and int(digits) >= 100) or tok.lower_ in (
        "hundred",
        "thousand",
        "million",
        "billion",
    )
