"""A role noun and the name the parser set beside it: in apposition to a description set
beside a subject (:func:`apposed`), after the role's place ("The mayor of Greater
Westford, Dan Holloway": :func:`name_of_role`), joined by "and" ("founder and CEO Maya
Osei": :func:`roles_held`), or after a body's name inside the subject's own phrase
(:func:`holder_inside`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from claimkit.components.descriptions import kind_noun, title_words
from claimkit.components.gender import pronoun_gender
from claimkit.lexicons import nouns

__all__ = [
    "apposed",
    "holder_inside",
    "name_of_role",
    "relative_before",
    "role_set_before",
    "roles_held",
    "set_off_name",
]


def apposed(tok: Token) -> Token:
    """The name set beside a description that is itself set beside a subject ("champion
    Helen Glover's [crewmate], Polly Swann,": the parser made "champion" the subject), or
    ``tok``."""
    if tok.dep_ != "appos" or tok.pos_ != "NOUN":
        return tok
    return next((a for a in tok.children if a.dep_ == "appos" and a.pos_ == "PROPN"), tok)


def set_off_name(tok: Token, child: Token) -> bool:
    """Is ``child`` a name set off by commas right after the description ``tok``, that
    the parser hung on it as a modifier ("Its director-general, Abba Tijani, said": an
    adverbial noun phrase)?"""
    if child.dep_ not in ("npadvmod", "dep") or not child.ent_type_:
        return False
    doc, after = tok.doc, child.right_edge.i + 1
    comma_before = child.left_edge.i == tok.i + 2 and doc[tok.i + 1].text == ","
    return comma_before and after < len(doc) and doc[after].text == ","


def name_of_role(tok: Token) -> Token | None:
    """The name set off at the end of a role noun's phrase, where the parser hangs it on
    the phrase's last noun: after the role's place or body ("The mayor of Greater
    Westford, Dan Holloway, said", on "Westford"; "The former chief weapons inspector for
    the United Nations in Iraq, Richard Butler, told", on "Iraq") or after a relative
    clause ("The prime minister who was forced to resign after last year's coup, Bart
    Ulufa'alu, has told", on "coup"); or None. Not a name set beside an unnamed person
    ("the lawyer for the victim's mother, Jane Hill,": the mother's)."""
    lex = nouns()
    if tok.lemma_.lower() not in lex.roles and kind_noun(tok) is None:
        return None  # (a body's kind too: "A radical offshoot of Fatah, the Al-Aqsa Brigades,")
    places = lex.role_places
    phrases = [
        c for c in tok.children if c.dep_ == "relcl" or (c.dep_ == "prep" and c.lower_ in places)
    ]
    if not phrases:
        return None
    doc, last = tok.doc, phrases[-1]
    name = next(
        (t for t in reversed(list(last.subtree)) if t.dep_ == "appos" and t.pos_ == "PROPN"), None
    )
    if name is None or name.left_edge.i == 0 or doc[name.left_edge.i - 1].text != ",":
        return None
    closes = name.right_edge.i >= tok.right_edge.i - 1  # no more of the phrase after it
    held = name.head  # (a noun named already is not the one named: "Fatah movement")
    named = held.ent_type_ or any(c.dep_ == "compound" and c.ent_type_ for c in held.children)
    person = not named and (
        held.lemma_.lower() in lex.speaker_nouns() or pronoun_gender(held.lower_) is not None
    )
    return name if closes and not person else None


def roles_held(tok: Token) -> Token | None:
    """The name a bare role noun is joined to by "and", which holds it too ("founder and
    CEO Maya Osei", the parser's coordination of the role and the name), or None."""
    if tok.tag_ != "NN" or tok.lemma_.lower() not in title_words():
        return None  # (one role: not "Democratic leaders — and … Harry Reid")
    if any(c.dep_ in ("det", "poss") for c in tok.children):
        return None  # "the founder and Maya Osei": two
    name = next((c for c in tok.children if c.dep_ == "conj" and c.pos_ == "PROPN"), None)
    joined = any(c.dep_ == "cc" and c.lower_ == "and" for c in tok.children)
    return name if name is not None and joined and name.ent_type_ == "PERSON" else None


def holder_inside(tok: Token) -> Token | None:
    """The person a singular capitalised subject's "for" or "of" phrase ends on after a body's
    name and a role, where the parser hung the person on the body's own preposition
    ("[Campaign] for Better Transport chief executive [Silviya Barrett] said"), or after the
    body's possessive ("The Institute for Fiscal Studies' Paul Johnson"), or None; not
    "Friends of former president Obama" (no name before the role)."""
    if not tok.is_title or tok.tag_ not in ("NN", "NNP"):
        return _holder_after_to(tok)  # (a title in capitals: "MP for …")
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "of")):
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None or pobj.ent_type_ != "PERSON":
            continue
        words = tok.doc[prep.i + 1 : pobj.i]
        role = next((t for t in words if t.lower_ in title_words()), None)
        if role is not None and any(t.pos_ == "PROPN" for t in words if t.i < role.i):
            return pobj
        # or after the body's possessive: "[The Institute] for Fiscal Studies' [Paul Johnson]"
        if any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in pobj.children):
            return pobj
    return _holder_after_to(tok)


def _holder_after_to(tok: Token) -> Token | None:
    """The person a title's "to" or "for" phrase ends on ("Special [Envoy] to the Middle
    East [Steve Witkoff] said", "Labour [MP] for Bristol South [Karin Smyth] has
    defected": the parser made the place the person's), where the title's phrase ends on
    the person's name; or None."""
    if tok.lower_ not in title_words() or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "for")):
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None or pobj.ent_type_ != "PERSON" or pobj.ent_iob_ == "B":
            continue  # (a name of two words at least, after the place)
        before = pobj.doc[prep.i + 1 : pobj.i]
        placed = any(t.ent_type_ and t.ent_type_ != "PERSON" for t in before)
        if placed and pobj.i == tok.right_edge.i:
            return pobj
    return None


def role_set_before(span: Span) -> bool:
    """Is the name ``span`` set off by a comma after a person's role, which the parser
    left unjoined ("However the Palestinian head of security, Jabril Rajoub says", the
    model's organisation)? Not a body's kind ("the lobby group, Return Now,")."""
    role = _noun_set_off_before(span)
    if role is None:
        return False
    while role.dep_ == "pobj" and role.head.dep_ == "prep" and role.head.head.i < role.i:
        role = role.head.head  # the phrase's head: "head" of "head of security"
    lex = nouns()
    person = role.lemma_.lower() in lex.roles and kind_noun(role) is None
    return role.pos_ == "NOUN" and person and not role.ent_type_


def relative_before(doc: Doc, mentions: list[tuple[int, int]]) -> bool:
    """Is a name at one of ``mentions`` set off right after someone's relative or other
    gendered noun with an owner ("His widow, Samina, said", "Mr Raza's brother, Tariq,")?
    Whatever the model tagged it, it is a person's name."""
    gendered = nouns().gendered.values()
    for start, end in mentions:
        span = doc.char_span(start, end, alignment_mode="expand")
        noun = _noun_set_off_before(span) if span is not None else None
        if noun is None or not any(c.dep_ == "poss" for c in noun.children):
            continue
        if noun.pos_ == "NOUN" and any(noun.lower_ in words for words in gendered):
            return True
    return False


def _noun_set_off_before(span: Span) -> Token | None:
    """The word before the comma that sets off ``span`` ("[widow], Samina"), or None."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != ",":
        return None
    return doc[span.start - 2]
