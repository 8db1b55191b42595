"""News outlets among the names a claim's source may be: whether a name is an outlet's
(:func:`outlet_name`: "the Evening Post", "Interfax"), whether a source names one
(:func:`outlet_span`), and the outlet a bare description of one stands for
(:func:`outlet_meant`: "the paper" after "spoke to The Observer").
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from claimkit.components.records import SourceInfo, text_of
from claimkit.lexicons import sources

__all__ = ["addressed_outlet", "described_as", "outlet_meant", "outlet_name", "outlet_span"]


@cache
def _agencies() -> frozenset[str]:
    return frozenset(a.lower() for a in sources().agencies)


def outlet_name(tok: Token) -> bool:
    """Is the name ``tok`` heads a news outlet's ("the Evening Post", "Interfax")?"""
    lex = sources()
    words = [t for t in tok.subtree if t.i <= tok.i and t.pos_ == "PROPN"] or [tok]
    name = " ".join(t.text for t in words).lower()
    agencies = _agencies()
    return name in agencies or any(
        t.lower_ in lex.outlet_words or t.lower_ in agencies for t in words
    )


def addressed_outlet(name: Span) -> bool:
    """Is ``name`` a news outlet named as what words went to or came through ("told the
    Reuters news agency", "in an interview with the Guardian"), not as one that speaks?"""
    head = name.root
    while head.dep_ == "compound":
        head = head.head
    return head.dep_ in ("dobj", "dative", "pobj", "npadvmod") and outlet_name(name.root)


def described_as(description: str, name: list[str]) -> bool:
    """Does a bare description of an outlet ("paper", "broadcaster") fit the outlet of the
    name whose words are ``name``, by its last word or its first ("the paper" is The
    Yorkshire Post, "the broadcaster" Sky News; ``outlet_descriptions``)?"""
    fits = sources().outlet_descriptions.get(description, frozenset())
    return bool(name) and (name[-1].lower() in fits or name[0].lower() in fits)


def outlet_meant(doc: Doc, info: SourceInfo) -> SourceInfo:
    """The outlet a bare description of one stands for: "she told the paper" after "spoke
    to The Observer" is The Observer, the latest outlet named before it whose name the
    description fits (``outlet_descriptions``: a paper is no agency); ``info`` itself
    otherwise ("the 2009 paper", or "the paper" with no fitting outlet before it)."""
    span = doc.char_span(*info.span, alignment_mode="expand") if info.span else None
    if span is None or len(span) != 2 or span[0].lower_ not in ("the", "that"):
        return info
    if span[1].lower_ not in sources().outlet_descriptions:
        return info
    for tok in reversed(doc[: span.start]):  # a name's head, whether the model tagged it
        named = tok.pos_ == "PROPN" and tok.dep_ not in ("compound", "flat")
        if not named or tok.ent_type_ not in ("", "ORG", "WORK_OF_ART"):
            continue
        words = [t for t in tok.subtree if t.i <= tok.i and t.pos_ == "PROPN"]
        agency = " ".join(t.lower_ for t in words) in _agencies()  # "Associated Press"
        fits = described_as(span[1].lower_, [t.text for t in words])
        if words and fits and outlet_name(tok) and not agency:
            first = words[0].i - (words[0].i > 0 and doc[words[0].i - 1].text == "The")
            a, b = doc[first].idx, tok.idx + len(tok)
            return SourceInfo(text_of(doc)[a:b], "outlet", (a, b))
    return info


def outlet_span(doc: Doc, info: SourceInfo) -> bool:
    """Does ``info`` name a news outlet ("Reuters", "MSNBC's Rachel Maddow"), not a person
    told something ("told Garland in a phone call")?"""
    span = doc.char_span(*info.span, alignment_mode="expand") if info.span else None
    return span is not None and any(outlet_name(t) for t in span if t.pos_ == "PROPN")
