"""The kind of source a word names: a statement, a document, an interview, a website, an
outlet, an agency or a social-media platform (``lexicons/sources.json``), as
:mod:`.sources` reads it around a cue and speakers read it of a document that speaks.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from claimkit.components.documents import published_in_an_outlet, source_phrase
from claimkit.components.namekeys import surnames
from claimkit.components.outlets import outlet_name
from claimkit.components.records import SpeakerInfo
from claimkit.lexicons import nouns, sources

__all__ = [
    "MEDIA",
    "audience",
    "is_medium",
    "show_named_with",
    "source_kind",
    "spoken_to",
    "website_named",
]


@cache
def _lexicon() -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    lex = sources()
    return lex.nouns, lex.platforms, frozenset(a.lower() for a in lex.agencies)


MEDIA = {"website", "outlet", "agency"}  # kinds of a medium a name can be described as


def source_kind(tok: Token) -> str | None:
    """The kind of source ``tok`` names (``statement``, ``interview``, ``outlet``, …: the
    lexicon's kinds), or None for a word that names none."""
    nouns, platforms, agencies = _lexicon()
    low = tok.lower_
    # a platform of two words ("social media") or of one letter with a full stop ("on X.")
    modified = (f"{c.lower_} {low}" for c in tok.children if c.dep_ in ("amod", "compound"))
    if low in platforms or low.rstrip(".") in platforms or any(m in platforms for m in modified):
        return "social_media"
    if low in agencies:
        return "agency"
    # a name described as a medium: "property website Rightmove", "the newspaper Le Monde"
    if tok.text[:1].isupper() and tok.pos_ in ("PROPN", "NOUN"):
        # (a news agency, not "the state weather agency PAGASA")
        described = (source_kind(c) for c in tok.children if c.dep_ in ("compound", "appos"))
        medium = next((k for k in described if k in MEDIA), None)
        if medium is not None:
            return medium
    if tok.pos_ == "PROPN":  # "Fox News Channel" is a channel, "Power Networks" no network
        return nouns.get(low)
    bare = not any(c.dep_ in ("det", "poss", "amod", "compound") for c in tok.children)
    to = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    # (but words given to a body are its medium: "in testimony to the House committee")
    heard = to is not None and any(_a_body_heard(c) for c in to.children if c.dep_ == "pobj")
    if bare and tok.tag_ == "NN" and to is not None and not heard:
        return None  # "in response to the criticism" is a reaction ("in comments to" a medium)
    phrases = (source_phrase(c, tok) for c in tok.children if c.dep_ == "compound")
    found = next((k for k in phrases if k is not None), None)  # "court papers"
    found = found or nouns.get(tok.lemma_.lower()) or nouns.get(low) or nouns.get(_hyphenated(tok))
    written = any(c.dep_ == "amod" and c.lower_ in sources().text_modifiers for c in tok.children)
    if found == "outlet" and published_in_an_outlet(tok):
        return "document"  # "a paper published in the journal Nature": a study
    return found or ("statement" if written and tok.pos_ == "NOUN" else None)


def _a_body_heard(tok: Token) -> bool:
    """Is ``tok`` a body words are given to: a named organisation or an assembly ("the
    House Financial Services Committee", "the committee")?"""
    return tok.ent_type_ == "ORG" or tok.lemma_.lower() in nouns().kinds["assembly"]


def website_named(doc: Doc, named: list[SpeakerInfo]) -> SpeakerInfo | None:
    """The latest of ``named`` that the text describes as a website ("property website
    Rightmove"), for "the site said"."""
    for info in reversed(named):
        head = doc.char_span(*info.mention) if info.mention else None
        root = head.root if head is not None else None
        if root is not None and root.text[:1].isupper() and source_kind(root) == "website":
            return info
    return None


def _hyphenated(tok: Token) -> str:
    """The word ``tok`` ends when the tokenizer split it at hyphens ("op-ed", "e-mail")."""
    doc, i = tok.doc, tok.i
    while (
        i >= 2
        and doc[i - 1].text == "-"
        and not doc[i - 2].whitespace_
        and not doc[i - 1].whitespace_
    ):
        i -= 2
    return doc[i : tok.i + 1].text.lower()


def is_medium(noun: Token) -> bool:
    """Is ``noun`` a medium words come through (a source noun: "statement", "report")?"""
    nouns = sources().nouns
    return noun.lemma_.lower() in nouns or noun.lower_ in nouns  # "data", not "datum"


def audience(told: Token) -> bool:
    """Is ``told`` people spoken to, no medium ("told reporters", "told MPs")?"""
    named = told.ent_type_ == "ORG" and told.ent_iob_ == "I"  # not "told New Scientist"
    role = told.lemma_.lower().rstrip("s") in nouns().roles and not named
    return told.lower_ in sources().not_outlets or role


def spoken_to(doc: Doc, told: Token) -> bool:
    """Is the named addressee ``told`` people spoken to, no medium: a person ("told Trump",
    "told Price", a surname the model left untagged), a people ("told Democrats"), an
    audience ("told MPs") or a legislature ("told the Commons")?"""
    person = told.ent_type_ in ("PERSON", "NORP") or told.lower_ in surnames(
        doc._.ck_entities or []
    )
    return (
        not outlet_name(told)
        # "told Dutch newspaper De Telegraaf", a "person"; not "told Page", a person whose
        # name is a medium's word
        and (source_kind(told) not in MEDIA or (person and told.lower_ in sources().nouns))
        and (
            audience(told)
            or person
            # a legislature or its committee: "told the Commons", "the House of Lords"
            or any(t.lower_ in nouns().kinds["assembly"] for t in told.subtree)
        )
    )


def show_named_with(doc: Doc, hi: int) -> int:
    """The last token of a programme's name that goes on with "with" and its presenter,
    which the parser hung apart ("the BBC's Sunday [with Laura Kuenssberg programme]"):
    the show's noun, where the phrase ends at it; else ``hi``."""
    nxt = doc[hi + 1] if hi + 1 < len(doc) else None
    show = next((c for c in nxt.children if c.dep_ == "pobj"), None) if nxt is not None else None
    named = show is not None and nxt is not None and nxt.lower_ == "with"
    if not named or show is None or show.right_edge.i != show.i or show.tag_ != "NN":
        return hi
    return show.i if source_kind(show) == "interview" and show.lemma_ != "interview" else hi
