"""The names sentences are about: the subject of a sentence's main clause ("Ocado shares
fell": Ocado), the name a headline opens with, and a country's body that is a subject
("Brazil's environment ministry"); descriptions take them up (:mod:`.entity_index`)."""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokens import Span, Token

from claimkit.components.nameforms import proper_chain
from claimkit.components.records import indices_of
from claimkit.lexicons import nouns

__all__ = ["named_subject", "opening_name", "owned_subject", "written_lower"]


def named_subject(sent: Span) -> Token | None:
    """The name that is the subject of a sentence's main clause, or owns it as a company
    owns its shares ("Ocado shares fell", "Nvidia's stock"), or None."""
    subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ == "PROPN" or (subj.ent_type_ and subj.is_title):
        return subj  # (or a name the tagger read as a noun: "Veltrix employs …")
    if subj.pos_ == "NOUN" and subj.lemma_.lower() in nouns().company_words:
        # (a name the tagger read as a noun, the model's entity: "[Ocado] profits rise")
        named = (c for c in subj.children if c.pos_ == "PROPN" or (c.ent_type_ and c.is_title))
        return next((c for c in named if c.dep_ in ("compound", "poss")), None)
    return None


def opening_name(sent: Span) -> Token | None:
    """The name a headline opens with, its subject however the parser read the rest
    ("Nvidia shares slide on China export fears", the parser's subject "slide"), or None
    for a sentence that is no headline (one that ends as a sentence does)."""
    first = sent[0]
    last = next((t for t in reversed(sent) if not t.is_space), first)
    sentence = last.text in (".", "!", "?", '"', "”")
    named = first.pos_ == "PROPN" and first.ent_iob_ == "B" and first.ent_type_ == "ORG"
    # (not a word the article writes in lower case: "House prices fall …" … "house prices")
    common = written_lower(first)
    return proper_chain(first)[-1] if named and not sentence and not common else None


def written_lower(tok: Token) -> bool:
    """Does the article write a capitalised word in lower case elsewhere (a common word
    capitalised where a line or sentence opens)?"""
    return tok.is_title and bool(indices_of(tok.doc, ORTH, (tok.lower_,)))


def owned_subject(sent: Span, lemma: str) -> Token | None:
    """The subject of a sentence's main clause that is a definite body of the kind ``lemma``
    said whose: its country's or people's ("Brazil's environment ministry", "the Russian
    defence ministry"), or None."""
    subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ != "NOUN" or subj.lemma_ != lemma:
        return None
    owners = (c for c in subj.children if c.dep_ in ("poss", "amod", "compound"))
    # definite: "a Dutch airline" brings in a body the text may name later, no name itself
    indefinite = any(c.lower_ in ("a", "an") for c in subj.children)
    return subj if any(c.ent_type_ in ("GPE", "NORP") for c in owners) and not indefinite else None
