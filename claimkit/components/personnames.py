"""Persons the small model left untagged, found for :mod:`claimkit.components.untagged`: a
name after a title ("Environment Minister [Per Lindqvist]"), one described by their work
("Clive Black, an analyst at Shore Capital"), one whose surname the text repeats alone
("Mikel Arteta" … "Arteta"), and a transcript's turn names; and the untagged full name
of a person the entities know only by surname.
"""

from __future__ import annotations

from spacy.attrs import LOWER, POS
from spacy.tokens import Doc, Span, Token

from claimkit.components.descriptions import plain_words, taken_up_by_which, title_words
from claimkit.components.gender import pronoun_votes
from claimkit.components.nameforms import name_or_initial, proper_chain
from claimkit.components.namekeys import name_ending
from claimkit.components.records import (
    EntityCluster,
    in_word_hyphen,
    indices_of,
    line_around,
    text_of,
)
from claimkit.components.transcripts import turn_names
from claimkit.lexicons import nouns

__all__ = [
    "described_person",
    "full_names_end",
    "known_surname",
    "lone_names",
    "surname_person",
    "title_case_line",
    "titled_person",
    "turn_persons",
    "untagged_full_names",
]

QUOTE_MARKS = "'\"‘’“”"
TITLE_CASE_WORDS = 3  # a line of this many words of four letters or more, and
TITLE_CASE_SHARE = 0.8  # this share of them capitalised, is written in title case


def title_case_line(ent: Span) -> bool:
    """Is ``ent`` on a line written in title case, a headline ("Conservative Icon Morton
    Blackwell Endorses Ted Cruz"), where a capital says nothing of a name?"""
    text = text_of(ent.doc)
    line = text[slice(*line_around(text, ent.start_char, ent.end_char))]
    words = [w for w in (w.strip(QUOTE_MARKS) for w in line.split()) if len(w) > 3]
    capitals = sum(w[:1].isupper() for w in words)
    return len(words) >= TITLE_CASE_WORDS and capitals >= TITLE_CASE_SHARE * len(words)


def turn_persons(doc: Doc) -> list[Span]:
    """The full names of a transcript's turn labels ("WOLF BLITZER, CNN HOST:"), which
    the model reads as an organisation or nothing, as persons."""
    found = []
    for start, end in turn_names(doc).values():
        span = doc.char_span(start, end, alignment_mode="expand", label="PERSON")
        if span is not None and len(span) >= 2 and all(map(name_or_initial, span)):
            found.append(span)
    return found


def titled_person(tok: Token) -> Span | None:
    """An untagged name after a title ("Environment Minister [Per Lindqvist]"): the words
    after the last title, one to three proper nouns, are a person's name."""
    chain = _with_initials(proper_chain(tok))
    titles = [t.i for t in chain if t.lower_.rstrip(".") in title_words()]
    before = tok.doc[chain.start - 1] if chain.start else None
    if not titles and before is not None and before.is_lower:  # "chief executive T V Narendran"
        titles = [before.i] if before.text in title_words() and chain.start < tok.i else []
    # the name is what follows the last title: never a title itself ("Attorney General"),
    # nor a thing that "which" takes up ("China General Nuclear, which owns …")
    if not titles or any(t.ent_type_ for t in chain) or not 1 <= tok.i - titles[-1] <= 3:
        return None
    if taken_up_by_which(chain):
        return None
    return Span(tok.doc, titles[-1] + 1, tok.i + 1, label="PERSON")


def _with_initials(chain: Span) -> Span:
    """``chain`` with the initials before it that the tagger read as common nouns, one
    capital letter each ("[T V] Narendran")."""
    doc, start = chain.doc, chain.start
    while start > 0 and _initial(doc[start - 1]) and start <= doc[start - 1].head.i < chain.end:
        start -= 1
    return doc[start : chain.end]


def _initial(tok: Token) -> bool:
    """One capital letter, with or without its point ("T", "V.")."""
    letter = tok.text.rstrip(".")
    return len(letter) == 1 and letter.isupper() and letter.isalpha()


def described_person(tok: Token) -> Span | None:
    """An untagged name of two or three capitalised words set beside a noun for a person by
    their work ("Clive Black, an analyst at Shore Capital"; the model took "Clive" for an
    adjective; "The Gunners boss, Mikel Arteta, said"), or that speaks as one of a named
    body ("Greg McBride of Bankrate told") or as one the sentence calls "he" or "she"
    ("Mikel Arteta said his side"): a person's name."""
    doc, lex = tok.doc, nouns()
    start = tok.i
    while start > 0 and doc[start - 1].head.i == tok.i and doc[start - 1].dep_ == "compound":
        start -= 1
    if start > 1 and in_word_hyphen(doc[start - 1]):
        start -= 2  # one word: "Jean-Luc Mélenchon"
    words = doc[start : tok.i + 1]
    capitals = all(t.text[:1].isupper() for t in words if t.text != "-")
    if not 2 <= len(words.text.split()) <= 3 or any(t.ent_type_ for t in words) or not capitals:
        return None
    name = Span(doc, start, tok.i + 1, label="PERSON")
    # (or a word of two joined by a hyphen: "the NCMM's director-general", "general" an ADJ)
    joined = [c for c in tok.children if c.i > 1 and in_word_hyphen(doc[c.i - 1])]
    described = [
        c
        for c in tok.children
        if c.dep_ == "appos" and (c.tag_ == "NN" or c in joined) and c.i > tok.i
    ]
    # or after it, set off: "The Gunners boss, Mikel Arteta, said"
    set_off = tok.dep_ == "appos" and tok.head.i < start and doc[start - 1].text == ","
    for noun in [*described, tok.head] if set_off and tok.head.tag_ == "NN" else described:
        said = {noun.lemma_.lower(), doc[noun.i - 2].lower_ if noun in joined else ""}
        work = any(w in lex.roles or w in lex.occupations or w in lex.heads for w in said)
        # "an analyst"; or a bare title of a body: "head of its sales division"
        whose = any(c.dep_ == "prep" and c.lower_ in ("of", "at") for c in noun.children)
        if work and (whose or any(c.dep_ in ("det", "poss") for c in noun.children)):
            return name
    # "Greg McBride of Bankrate told CNBC": a speaker's name with the body they are of
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    body = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    speaking = tok.dep_ == "nsubj" and tok.head.pos_ == "VERB"
    of_body = speaking and body is not None and body.pos_ == "PROPN"
    plain = tok.lower_ not in lex.kind_nouns() and tok.lower_ not in lex.organisations
    # (no person's name takes "the": "The West Midlands Chamber of Commerce said")
    bare = not any(c.dep_ == "det" for c in tok.children)
    if of_body and plain and bare:
        return name
    # "Mikel Arteta said his side had …", a speaker the sentence goes on to call "he" (not
    # "a Morning Consult Poll found that he …", nor a headline's capitals)
    bare = bare and not title_case_line(name)
    if speaking and plain and bare and not name_ending(tok.lower_):
        return name if pronoun_votes(name, titles=False) else None
    return None


def lone_names(doc: Doc) -> set[str]:
    """The proper nouns the text gives alone, not inside a longer name ("Arteta told")."""
    proper = set(indices_of(doc, POS, ("PROPN",)))
    return {
        doc[i].text
        for i in proper
        if not (i - 1 in proper and doc[i - 1].is_title) and i + 1 not in proper
    }


def surname_person(tok: Token, alone: set[str]) -> Span | None:
    """An untagged name of two or three capitalised proper nouns whose last word the text
    also gives alone (in ``alone``: "Mikel Arteta admitted …" … "Arteta told Sky Sports"): a
    person and their surname. Not a name with a title, a kind or a company's ending in it."""
    if tok.text not in alone:
        return None
    words = proper_chain(tok)
    if not 2 <= len(words) <= 3 or any(t.ent_type_ or not t.is_title for t in words):
        return None
    if any(t.lower_ in plain_words() for t in words) or name_ending(tok.lower_):
        return None
    if words.start and words.doc[words.start - 1].lower_ == "the":
        return None  # "the Grand Canyon"
    return Span(words.doc, words.start, words.end, label="PERSON")


def full_names_end(doc: Doc) -> dict[str, int]:
    """The last word of each person's full name the model tagged, with the token after the
    first such name: what :func:`known_surname` reads, once per Doc."""
    ends: dict[str, int] = {}
    for e in doc.ents:
        if e.label_ == "PERSON" and len(e) > 1:
            ends.setdefault(e[-1].text, e.end)
    return ends


def known_surname(tok: Token, full_names: dict[str, int]) -> Span | None:
    """An untagged lone word that is the subject of its clause and the last word of a
    person's full name the model tagged before it (``full_names``, see
    :func:`full_names_end`: "manager Paul Redding" … "Redding, 47, had been in charge"):
    that person's surname; else None."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or not tok.is_title or len(proper_chain(tok)) > 1:
        return None
    if full_names.get(tok.text, len(tok.doc) + 1) > tok.i:
        return None
    return Span(tok.doc, tok.i, tok.i + 1, label="PERSON")


def untagged_full_names(doc: Doc, clusters: list[EntityCluster]) -> None:
    """A person known only by surname ("Banks told Ringside") takes the full name the
    model left untagged elsewhere ("Tyrone Banks will fight ..."): two or three
    capitalised proper nouns ending in the surname, when exactly one such name is found."""
    lone = {c.name.lower(): c for c in clusters if c.label == "PERSON" and " " not in c.name}
    if not lone:
        return
    found: dict[str, set[str]] = {}
    spans: dict[str, tuple[int, int]] = {}
    for tok in (doc[i] for i in indices_of(doc, LOWER, lone)):
        if tok.ent_type_ or tok.pos_ != "PROPN":
            continue
        chain = proper_chain(tok)
        if 2 <= len(chain) <= 3 and all(
            t.is_title and t.is_alpha and not t.ent_type_ for t in chain
        ):
            found.setdefault(tok.lower_, set()).add(chain.text)
            spans[chain.text] = (chain.start_char, chain.end_char)
    for lone_name, names in found.items():
        if len(names) == 1:
            (name,) = names
            cluster = lone[lone_name]
            cluster.name = name
            cluster.mentions.append(spans[name])
            cluster.mentions.sort()
