"""Names the small model cut or ran into other words, as whole names: a body's name before
its own initials ("Scottish and Southern Electricity Networks (SSEN)", split by the model at
its "and"), a person's name with post-nominal letters taken for an organisation ("Nadia
Corrigan KC"), and a person's name that ends a longer one ("Labour MP for [Bristol South
Karin Smyth]", "[Danish Economy Minister Lars Holm]"), and a body's name run into the
description that opens its sentence like a title ("[Chipmaker Nvidia] said").
:mod:`claimkit.components.untagged` applies them.
"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span, Token

from claimkit.components.descriptions import person_titles
from claimkit.components.namekeys import capitals, spells
from claimkit.components.records import indices_of, opens_line
from claimkit.lexicons import nouns

__all__ = [
    "false_title",
    "initialled",
    "lettered_person",
    "surnames_given",
    "titled_surname",
    "trailing_person",
    "untitled_body",
]

_JOINERS = ("and", "of", "for", "the", "&")  # small words inside a name


def initialled(doc: Doc) -> list[Span]:
    """Names that go on with their own initials in brackets, each as one organisation's,
    whatever the model tagged there (it splits a name at its "and"): "The NSW Rural Fire
    Service (RFS)", "Scottish and Southern Electricity Networks (SSEN)"."""
    out = []
    for i in indices_of(doc, ORTH, ("(",)):
        if i < 2 or i + 2 >= len(doc) or doc[i + 2].text != ")" or not capitals(doc[i + 1].text):
            continue
        start, k = None, i - 1
        # back over capitalised words and the small words inside a name, not "The"
        while k >= 0 and (doc[k].lower_ in _JOINERS or doc[k].is_title or doc[k].is_upper):
            if (doc[k].pos_ == "DET" and doc[k].is_title) or not (
                doc[k].is_alpha or doc[k].text == "&"
            ):
                break
            if doc[k].ent_type_ == "PERSON":
                break  # a person before the body: "Bill Shorten of the [AWU's name] (AWU)"
            words = [t.text for t in doc[k:i]]
            start = k if doc[k].text[:1].isupper() and spells(doc[i + 1].text, words) else start
            k -= 1
        if start is not None and i - start > 1:
            out.append(Span(doc, start, i, label="ORG"))
    return out


def lettered_person(ent: Span) -> Span | None:
    """A name with a person's letters after it that the model took for something else
    ("Ellery's barrister, [Nadia Corrigan KC]," as an organisation): the same words as a
    person, or None. Two capitalised words at least before the letters, and no article
    before the name ("the Bradford South MP" is a constituency's member)."""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start else None
    words = ent[:-1]
    if ent.label_ == "PERSON" or ent[-1].lower_.rstrip(".") not in nouns().post_nominals:
        return None
    if len(words) < 2 or (before is not None and before.pos_ == "DET"):
        return None
    if not all(t.pos_ == "PROPN" and t.is_title for t in words):
        return None
    return Span(doc, ent.start, ent.end, label="PERSON")


def untitled_body(ent: Span) -> Span | None:
    """A body's name the model ran into the description that opens its sentence like a
    title ("[Chipmaker Nvidia] said", "[Rival Lidl] declined", "[Budget airline Ryanair]"):
    the name after the description, as an organisation's when the description is a
    company's kind, or None. The description is one word of the false titles (any
    "-maker"), or capitalised words' lower-case run that ends in a body's kind noun."""
    doc, lex = ent.doc, nouns()
    first = ent[0]
    dash = ent.start > 0 and doc[ent.start - 1].text in ("-", "\u2013", "\u2014", ":")
    if len(ent) < 2 or not first.is_title or not (opens_line(first) or dash):
        return None
    k = 1
    while k < len(ent) - 1 and ent[k].is_lower and ent[k].is_alpha:
        k += 1  # "Budget airline", "Privacy campaign group"
    kind = ent[k - 1].lower_
    if not (false_title(kind) or (k > 1 and kind in lex.kind_nouns())):
        return None
    if not ent[k].text[:1].isupper():
        return None
    company = kind.endswith("maker") or kind in lex.kinds["company"]
    return Span(doc, ent.start + k, ent.end, label="ORG" if company else ent.label_)


def false_title(word: str) -> bool:
    """Is ``word`` (lower case) a description news puts before a body's name like a title,
    never a name's own first word ("chipmaker", "rival": ``nouns.json`` ``false_titles``,
    and any "-maker")?"""
    return word in nouns().false_titles or word.endswith("maker")


def surnames_given(doc: Doc) -> dict[str, set[str]]:
    """The surnames the text gives a person alone or after a title ("Ms Smyth"), each with
    the first names it gives that surname in full ("Bernie" for "Sanders")."""
    titles = person_titles()
    persons = [
        (e, len(e) == 1 or (len(e) == 2 and e[0].lower_.rstrip(".") in titles))
        for e in doc.ents
        if e.label_ == "PERSON"
    ]
    surnames: dict[str, set[str]] = {e[-1].lower_: set() for e, alone in persons if alone}
    for e, alone in persons:
        if e[-1].lower_ in surnames and not alone:
            surnames[e[-1].lower_].add(e[-2].lower_)
    return surnames


def trailing_person(ent: Span, surnames: dict[str, set[str]]) -> tuple[Span, Span | None] | None:
    """A person's name that ends a longer name the model ran over a role's place or body
    ("Labour MP for [Bristol South Karin Smyth]" … "Ms Smyth"): (the person's last two
    words, the words before them as the model labelled them or None), where the last word
    is a surname the text gives alone or after a title (``surnames``, with the first
    names the text gives it in full: the first word must be one of them, if any), or the
    two follow a person's title ("[Danish Economy Minister Lars Holm]" as a work of art);
    None otherwise."""
    longer = ent.label_ != "PERSON" and len(ent) >= 3
    firsts = surnames.get(ent[-1].lower_) if longer else None
    title = ent[-3].lower_.rstrip(".") if longer else ""
    # a title's modifier heads no name: "State [Emergency Service]" is no person
    titled = title in person_titles() and title not in nouns().title_modifiers
    if firsts is None and not titled:
        return None
    first, last = ent[-2], ent[-1]
    if firsts and first.lower_ not in firsts:
        return None
    if not (first.pos_ == "PROPN" and first.is_title and last.is_title):
        return None
    rest = ent.doc[ent.start : ent.end - 2]
    place = Span(ent.doc, rest.start, rest.end, label=ent.label_) if rest[-1].is_title else None
    place = None if titled else place
    return Span(ent.doc, ent.end - 2, ent.end, label="PERSON"), place


def titled_surname(ent: Span) -> Span | None:
    """A person's surname the model took alone for something else, after a first name it
    left untagged and a person's title ("Prosecutor Amrit [Sandhu] told the court"): the
    first name and surname as a person, or None."""
    doc = ent.doc
    if ent.label_ == "PERSON" or len(ent) > 1 or ent.start < 2 or not ent[0].is_title:
        return None
    first, title = doc[ent.start - 1], doc[ent.start - 2]
    if first.ent_type_ or first.pos_ != "PROPN" or not first.is_title:
        return None
    return Span(doc, ent.start - 1, ent.end, label="PERSON") if _a_title(title) else None


def _a_title(tok: Token) -> bool:
    return tok.lower_.rstrip(".") in person_titles() and not tok.ent_type_
