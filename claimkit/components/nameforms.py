"""The form of a name the model tagged, and what the form says it is.

The small model runs names into the words around them ("[Said Comey]", "[BRUSSELS - The
European Commission]", "[Detective Constable] Lisa Grant of Riverbend Police"): the
functions here cut a name to its own words, and read from its form and its neighbours
whether it is a person ("The club's chairman, Derek Holt", "Beverly Nunn, 71,"), a
described organisation ("Carmaker Stellantis"), a peer ("Lord Ashdown") or no name at all
(a time zone, a capitalised role noun opening a headline). Clustering in
:mod:`claimkit.components.entities` applies them.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from claimkit.components.descriptions import person_titles, plain_words
from claimkit.components.mentions import is_age, misread_kind
from claimkit.components.namekeys import name_ending
from claimkit.components.records import (
    in_word_hyphen,
    line_around,
    opens_line,
    set_beside,
    text_of,
)
from claimkit.lexicons import nouns

__all__ = [
    "aged",
    "clean_name",
    "common_person",
    "ends_in_kind",
    "joined_by_and",
    "kind_before",
    "kind_first",
    "listed_fields",
    "made_by",
    "modifies_kind",
    "name_and_employer",
    "name_or_initial",
    "named_role",
    "on_date_line",
    "own_possessive",
    "particle_cut",
    "particle_joined",
    "peer_name",
    "proper_chain",
    "proper_word",
    "role_before",
    "time_zone",
    "trimmed",
    "whole_company",
]


DASHES = ("-", "–", "—", "--")
DATE_LINE_CHARS = 120  # a head date line is short
MAX_AGE = 120  # a number set off after a name below this is an age ("Beverly Nunn, 71,")
FIELD_WORDS = 3  # a field a body's name lists ("Local Government") is this many words at most
LEADING_NOT_NAME = ("VBG", "VBD", "VBZ", "CC")  # tags of no first word of a person's name


def trimmed(ent: Span) -> Span:
    """The entity without punctuation or space at its ends: the model sometimes takes in a
    dash before a name ('― Jacklyn Ashley') or a verb or conjunction before a person's
    ('Telling Jeb Bush', 'Neither Cruz', 'Said Comey'), without a verb it ran on into ('[Banks]
    told Ringside', where the verb's subject is inside the entity), without a kind noun in
    lower case before the name ('[Lobby group] Clean Air Now'), without an opening
    bracket it did not close, without a sum after it ('fined [Applewood €1.8bn]', '[Chirp
    200 million] euros') and without a conjunction it ends in ('[Aether Mobile and]')."""
    if len(ent) == 1:
        return ent  # nothing to trim from one word
    a, b = ent.start, ent.end
    verb = next((t for t in ent[1:] if t.tag_ in ("VBD", "VBZ") and t.head.i == t.i), None)
    if verb is not None and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        b = verb.i
    # (a sum with its sign, or two numbers: "[Chirp 200 million] euros"; not "Channel 4")
    two = [t.i for t in ent[1:-1] if t.like_num and ent.doc[t.i + 1].like_num]
    money = next((t.i for t in ent[1:] if t.tag_ == "$" or t.i in two), None)
    if money is not None:
        b = money  # a sum the model ran on into a name: "fined [Applewood €1.8bn]"
    opening = next((t.i for t in ent[1:] if t.text == "("), None)
    if opening is not None and not any(t.text == ")" for t in ent.doc[opening:b]):
        b = opening  # "[Information Commissioner's Office (ICO]), the UK's watchdog"
    # a spaced dash inside: "[BRUSSELS - The European Commission]", a dateline run on
    dashes = [
        t.i
        for t in ent[1:-1]
        if t.text in DASHES and t.whitespace_ and ent.doc[t.i - 1].whitespace_
    ]
    if dashes and ent.doc[dashes[-1] + 1].text[:1].isupper():
        a = dashes[-1] + 1
    elif dashes:  # "[the Tax Policy Center - half] a percentage point": the name before it
        b = dashes[0]
    while ent.label_ == "PERSON" and b - a > 1 and ent.doc[a].tag_ in LEADING_NOT_NAME:
        a += 1  # "[Telling Jeb Bush] that ...", "[Neither Cruz] nor Rubio", "[Said Comey]"
    # a kind the model took into the name, lower case: "[Lobby group] Clean Air Now"
    kinds = nouns().kind_nouns()
    described = [
        t.i
        for t in ent.doc[a : b - 1]
        if t.is_lower and t.lower_ in kinds and ent.doc[t.i + 1].text[:1].isupper()
    ]
    if described:
        a = described[-1] + 1
    # a body's name the model ran into its officer's title and name: "[Federal Reserve
    # Bank of Kansas City] President Thomas Hoenig" is the person, titled
    a = _officer_title(ent.doc[a:b]) or a
    # an age the model took in: "[Lula, 80], told supporters"
    if b - a > 2 and ent.doc[b - 2].text == "," and _an_age(ent.doc[b - 1]):
        b -= 2
    while b - a > 1 and (ent.doc[a].is_punct or ent.doc[a].is_space):
        a += 1
    while b - a > 1 and (ent.doc[b - 1].is_punct or ent.doc[b - 1].is_space):
        b -= 1
    if b - a > 1 and ent.doc[b - 1].tag_ == "CC":  # "[Aether Mobile and] Linkwave"
        b -= 1
    return Span(ent.doc, a, b, label=ent.label) if (a, b) != (ent.start, ent.end) else ent


def _officer_title(span: Span) -> int | None:
    """Where a capitalised title stands inside ``span`` between a body's name (with "of"
    or a body's noun) and a person's name of two or three words that ends it."""
    titles, bodies = person_titles(), nouns().organisations
    for t in span[2:-2]:
        body, name = span.doc[span.start : t.i], span.doc[t.i + 1 : span.end]
        if not (t.is_title and t.lower_ in titles and len(name) <= 3):
            continue
        if any(w.lower_ == "of" or w.lower_ in bodies for w in body) and all(
            w.pos_ == "PROPN" and w.is_title and w.lower_ not in titles for w in name
        ):
            return t.i
    return None


def _an_age(tok: Token) -> bool:
    return tok.text.isdecimal() and 0 < int(tok.text) < MAX_AGE


def clean_name(ent: Span) -> str:
    """The name's own words: without a leading "the", a possessive ending, or a person's
    post-nominal letters ("Alexandra Ward KC") or a score run into it ("Carlos Mendez 7-6")."""
    toks = [t for t in trimmed(ent) if t.tag_ != "POS" and t.text not in ("'s", "’s")]
    if toks and toks[0].lower_ == "the":
        toks = toks[1:]
    while toks and toks[0].is_space:  # "the\xa0Daily News": a non-breaking space after "the"
        toks = toks[1:]
    post = nouns().post_nominals
    while ent.label_ == "PERSON" and len(toks) > 2 and toks[-1].lower_.rstrip(".") in post:
        toks = toks[:-1]
    while ent.label_ == "PERSON" and len(toks) > 2 and (toks[-1].is_digit or toks[-1].is_punct):
        toks = toks[:-1]
    return text_of(ent.doc)[toks[0].idx : toks[-1].idx + len(toks[-1])] if toks else ent.text


def own_possessive(named: Span) -> tuple[str | None, bool]:
    """The "'s" after a name, as the text writes it (None without one), and whether it is
    the name's own, possessing nothing ("Sotheby's said", "shoppers went to McDonald's"),
    not a possessive that owns the noun after it ("Sotheby's chief executive")."""
    doc = named.doc
    after_name = doc[named.end] if named.end < len(doc) else None
    mark = named[-1] if named[-1].tag_ == "POS" else after_name
    if mark is None or mark.tag_ != "POS" or mark.i == named.start:
        return None, False
    after = doc[mark.i + 1] if mark.i + 1 < len(doc) else None
    owns = after is not None and after.pos_ in ("NOUN", "PROPN", "ADJ", "NUM")
    return mark.text, not owns and mark.head.dep_ != "poss"


def of_a_place(named: Span, name: str) -> str:
    """A body's name in lower case the model tagged without the place it belongs to, with
    it: "[defence ministry]" after "Russia's" is "Russia's defence ministry" (and not the
    UAE's, named later); else ``name``."""
    doc, start = named.doc, named.start
    if start < 2 or not all(t.is_lower for t in named if t.is_alpha):
        return name
    owner, mark = doc[start - 2], doc[start - 1]
    if mark.tag_ != "POS" or owner.ent_type_ not in ("GPE", "NORP"):
        return name
    return text_of(doc)[owner.idx : named.end_char]


def time_zone(ent: Span) -> bool:
    """Is ``ent`` a clock time's zone the model took for a name ("by 1400 [GMT]", "9 a.m.
    [EST]")?"""
    word = ent[0]
    before = ent.doc[ent.start - 1] if ent.start else None
    clock = before is not None and (
        before.like_num or before.lower_ in ("a.m.", "p.m.", "am", "pm")
    )
    return (
        len(ent) == 1 and clock and word.is_upper and 3 <= len(word) <= 4 and word.text[-1] == "T"
    )


def peer_name(named: Span, name: str) -> str:
    """ "Lord Ashdown", "Baroness Hale": a peer's title before a lone surname is part of
    how the peer is named (where "Sir Keir Starmer" is Keir Starmer)."""
    before = named.doc[named.start - 1] if named.start else None
    if before is None or len(name.split()) != 1 or not before.is_title:
        return name
    return f"{before.text} {name}" if before.lower_ in nouns().peerages else name


def on_date_line(doc: Doc, date: tuple[int, int] | None, ent: Span) -> bool:
    """Is ``ent`` on the page's date line (the line of ``date``) at its head?"""
    if date is None:
        return False
    start, end = line_around(text_of(doc), *date)
    last = ent.start_char + len(ent.text.rstrip())  # (the model's "Science\n\n")
    return start <= ent.start_char and last <= end and end - start < DATE_LINE_CHARS


def common_person(ent: Span) -> bool:
    """Is a one-word "person" a kind or role noun capitalised where a line or sentence
    opens ("Retailer's boss defends …", "Minister quits")?"""
    word = ent[0]
    person = len(ent) == 1 and ent.label_ == "PERSON"
    return person and opens_line(word) and word.lower_ in plain_words()


def kind_first(named: Span) -> bool:
    """Does a name open a sentence with a kind noun capitalised only there, the rest being
    a name the text also gives alone ("Carmaker Stellantis said", the headline "Grocer
    Freshway's profit slides" … "Freshway"; not "Network Rail") or a company's whole name
    ("Developer Castlegate Homes says")? It describes that name."""
    first, rest = named[0], named[1:]
    if not opens_line(first) or not rest or first.lower_ not in nouns().kind_nouns():
        return False
    if whole_company(rest):
        return True
    name = re.escape(clean_name(rest))  # not "Freshway's"
    alone = re.finditer(rf"(?<![\w-])(\w+\s+)?{name}(?![\w-])", text_of(named.doc))
    # alone: after no word of another name ("Rail" of "National Rail" is not "Rail" alone)
    return any(
        m.group(1) is None or m.group(1)[0].islower() or m.group(1).strip() == "The" for m in alone
    )


def whole_company(rest: Span) -> bool:
    """Two or more capitalised words ending as a company's name does ("Castlegate Homes")
    or joined by an ampersand ("Fenwick & Hale")."""
    amp = any(t.text == "&" for t in rest[1:-1])
    titled = all(t.is_title or t.text == "&" for t in rest)
    return len(rest) > 1 and titled and (amp or name_ending(rest[-1].lower_))


def ends_in_kind(words: list[str]) -> bool:
    """Do a name's words end in a capitalised kind noun ("[West Yorkshire] Police")?"""
    last = words[-1] if len(words) > 1 else ""
    return last.istitle() and last.lower() in nouns().kind_nouns()


def kind_before(ent: Span, trades: bool = False) -> bool:
    """A name right after a kind noun that describes it ("campaign group [Save Ferncombe
    Meadow]", "the charity [Hope Street]"): an organisation, whatever the model's label;
    not after a kind that is also a person's trade ("investor [Ray Washburne]"), unless
    ``trades``."""
    before = ent.doc[ent.start - 1] if ent.start else None
    if before is None:
        return False
    misread = misread_kind(before)  # "Lidar [startup] Lumen Sensing" read as a verb
    return (
        (before.pos_ in ("NOUN", "PROPN") or misread)  # (the tagger's "hedge [fund]" of a name)
        and before.is_lower
        and before.lemma_ in nouns().kind_nouns()
        and before.lemma_ not in person_titles()
        and (trades or before.lemma_ not in nouns().trades)
        # (or the parser's apposition without a comma: "the water regulator [Ofwat]")
        and (before.head.i in range(ent.start, ent.end) or misread or _apposed_to(ent, before))
    )


def _apposed_to(ent: Span, kind: Token) -> bool:
    """Is ``ent``'s head in apposition to the ``kind`` noun right before it?"""
    return ent.root.dep_ == "appos" and ent.root.head.i == kind.i


def name_and_employer(named: Span) -> tuple[Span, str | None]:
    """A titled name the model ran on into its employer ("[Detective Constable] Lisa Grant
    of Riverbend Police"): the name ends before "of" or "at"."""
    cut = next((t.i for t in named[1:] if t.lower_ in ("of", "at") and t.pos_ == "ADP"), None)
    if cut is None or cut + 1 >= named.end:
        return named, None
    return named.doc[named.start : cut], clean_name(named.doc[cut + 1 : named.end])


def named_role(ent: Span) -> bool:
    """A name of two or more proper nouns in apposition to a role ("The club's chairman,
    Derek Holt, said"; "Alasdair McBride, the union's regional secretary, said") or with an
    age ("Beverly Nunn, 71,"): a person, whatever label the model gave it. A role an
    organisation can hold ("the mill's owner", "its operator") makes no person."""
    lex = nouns()
    root = ent.root
    if not all(t.pos_ == "PROPN" or t.tag_ == "HYPH" for t in ent):
        return False  # (a hyphen joins a double surname: "Rain Newton-Smith")
    if aged(ent):
        return True  # (a name of one word too: "Lula, 80,")
    if len(ent) < 2:
        return False
    roles = [r for r in set_beside(root) if r.pos_ == "NOUN" or r == root.head]
    return any(
        r.lemma_.lower() in lex.roles
        and r.lemma_.lower() not in lex.collective
        and r.lemma_.lower() not in lex.body_roles
        and r.lemma_.lower() not in lex.kind_nouns()
        for r in roles
    )


def role_before(ent: Span) -> bool:
    """A name of two or three capitalised words right after a role noun or title ("Verdi
    board member [Jan Kessler]", "U.S. District Judge [Renata Ellis]", the model's
    organisations): a person; not after a role a body can hold ("promoter Live Nation")
    unless with the employer before it ("GMB organiser Amanda Gearing")."""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start else None
    # (a surname's particle inside it: "Chief executive [Anouk de Vries]")
    inner = {t.i for t in ent[1:-1] if t.lower_ in nouns().surname_particles}
    # and a double-barrelled surname's second part: "envoy [Terje Roed-Larsen]"
    inner |= {i for t in ent[1:-1] if in_word_hyphen(t) for i in (t.i, t.i + 1)}
    words = 2 <= len(ent) - len(inner) <= 3 and all(
        (t.pos_ == "PROPN" and t.is_title) or t.i in inner for t in ent
    )
    # a body's role with its employer is a person's: "GMB organiser [Amanda Gearing]"
    employed = before is not None and before.i > 0 and doc[before.i - 1].ent_type_ == "ORG"
    return (
        words
        and before is not None
        and before.pos_ in ("NOUN", "PROPN")
        and before.lower_.rstrip(".") in person_titles()
        and (before.lower_ not in nouns().body_roles or employed)  # "promoter Live Nation"
        and not name_ending(ent[-1].lower_)
        and ent[-1].lower_ not in nouns().kind_nouns()
    )


def aged(ent: Span) -> bool:
    """A name with an age set off by commas ("said Beverly Nunn, 71, who ...") or before
    it ("the 24-year-old Gambill")."""
    doc = ent.doc
    if ent.start > 0 and is_age(doc[ent.start - 1]) and ent.root.dep_ != "compound":
        return True  # (not "a 26-year-old Berlin man")
    if ent.end + 2 >= len(doc) or doc[ent.end].text != ",":
        return False
    age, after = doc[ent.end + 1], doc[ent.end + 2]
    return _an_age(age) and after.text in (",", ".", ";")


def proper_chain(tok: Token) -> Span:
    """``tok`` with the proper nouns right before it that hang on it or on one another
    ("Per Lindqvist", "Thames Valley Police"), across a hyphen inside a word
    ("Rolls-Royce")."""
    doc = tok.doc
    start = tok.i
    while start > 0:
        before = doc[start - 1]
        if before.pos_ == "PROPN" and start <= before.head.i <= tok.i:
            start -= 1
        elif start > 1 and in_word_hyphen(before) and doc[start - 2].pos_ == "PROPN":
            start -= 2
        else:
            break
    return doc[start : tok.i + 1]


def listed_fields(ent: Span) -> int | None:
    """The end of a body's name the model cut at the first of the fields it lists after
    "for" or "of" ("[The Department for Culture], Media and Sport"; "the Ministry of
    Housing, Communities and Local Government"): the index after the last field, or None."""
    doc = ent.doc
    if ent.label_ != "ORG" or len(ent) < 3 or ent[-2].lower_ not in ("for", "of"):
        return None

    def field(i: int) -> int:  # the end of the capitalised words from i (i: none)
        j = i
        while j < min(len(doc), i + FIELD_WORDS) and doc[j].pos_ == "PROPN" and doc[j].is_title:
            if doc[j].ent_type_ not in ("", "ORG"):
                return i  # not a person or a place: "for Culture, Spain and Italy"
            j += 1
        return j

    i = ent.end
    while i < len(doc) and doc[i].text == "," and (end := field(i + 1)) > i + 1:
        i = end
    if i == ent.end or i >= len(doc) or doc[i].lower_ not in ("and", "&"):
        return None
    end = field(i + 1)
    return end if end > i + 1 else None


def particle_cut(ent: Span) -> bool:
    """Does a person's name the model tagged end in a surname particle, with the rest of
    the surname after it ("[Ursula von der] Leyen", "[Frans van] Houten")?"""
    after = ent.doc[ent.end]
    particle = ent[-1].lower_ in nouns().surname_particles and ent[-1].is_lower
    return particle and after.is_title and after.is_alpha


def particle_joined(ent: Span) -> int | None:
    """The end of the person's name the model tagged right after the person ``ent`` as its
    own, where it opens with a surname particle: one name ("[Prince Abdulaziz] [bin
    Salman]"); or of the surname after an untagged particle, whatever the model made of
    it ("[Rhun] ap [Iorwerth]" as a place); else None."""
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is None or ent.label_ != "PERSON" or not after.is_lower:
        return None
    if after.lower_ not in nouns().surname_particles:
        return None
    rest = doc[ent.end + 1] if ent.end + 1 < len(doc) else None
    untagged = not after.ent_type_ and rest is not None and rest.is_title and rest.is_alpha
    if not untagged and (after.ent_type_ != "PERSON" or after.ent_iob_ != "B"):
        return None
    end = ent.end + (2 if untagged else 1)
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end


def name_or_initial(tok: Token) -> bool:
    """A word of a name: letters, or an initial ("D." of "D. JOHN SAUER")."""
    return tok.is_alpha or (tok.text[:1].isalpha() and tok.text[1:] == ".")


def proper_word(tok: Token) -> bool:
    """A proper noun, or a camel-cased name the tagger read as a noun ("easyJet", "eBay")."""
    text = tok.text
    camel = text[:1].islower() and text.isalnum() and any(ch.isupper() for ch in text[1:])
    return tok.pos_ == "PROPN" or (camel and tok.pos_ == "NOUN")


def joined_by_and(tok: Token) -> Span | None:
    """A body's name of two places joined by "and", where the parser hung the first on
    the name's last noun ("[Brighton] and Hove Chamber of Commerce", "Bath and North East
    Somerset Council", "University Hospitals of Derby and Burton NHS Foundation Trust"): the
    whole name, from the first place to a body's noun or a name's ending, or to a noun with
    an "of" phrase of proper nouns after it; None for any other word."""
    doc = tok.doc
    head = tok.head
    if tok.dep_ not in ("nmod", "compound") or not proper_word(tok) or head.i < tok.i + 3:
        return None
    if doc[tok.i + 1].lower_ != "and" or not all(
        proper_word(t) and t.text[:1].isupper() and tok.i <= t.head.i <= head.i
        for t in doc[tok.i + 2 : head.i]
    ):
        return None
    end = head.i + 1
    of = end + 1 < len(doc) and doc[end].lower_ == "of" and proper_word(doc[end + 1])
    if of:
        end += 1
        while end < len(doc) and proper_word(doc[end]) and doc[end].text[:1].isupper():
            end += 1
    last = head.lower_
    if not (proper_word(head) and (of or last in nouns().kind_nouns() or name_ending(last))):
        return None
    start = tok.i  # and the name's words before the place: "[University Hospitals of] Derby"
    while (start > 0 and proper_word(doc[start - 1])) or (
        start > 1 and doc[start - 1].lower_ == "of" and proper_word(doc[start - 2])
    ):
        start -= 1
    opening = doc[start - 1] if start else None  # a sentence's first word read as a noun
    if opening is not None and opening.is_sent_start and opening.is_title:
        start -= 1 if start <= opening.head.i < end else 0
    # and the nationality it opens with: "The [British] Beer and Pub Association"
    demonym = doc[start - 1] if start else None
    if demonym is not None and demonym.ent_type_ == "NORP" and demonym.head.i == head.i:
        start -= 1 if demonym.is_title and demonym.dep_ == "amod" else 0
    return Span(doc, start, end, label="ORG")


def modifies_kind(ent: Span) -> bool:
    """Is ``ent`` one common noun that modifies the kind noun right after it ("[Budget]
    airline Skyway", the model's organisation)?"""
    word = ent[0]
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    kinds = nouns().kind_nouns()
    return (
        len(ent) == 1
        and word.pos_ == "NOUN"
        and after is not None
        and word.head.i == after.i
        and after.lemma_.lower() in kinds
    )


def made_by(ent: Span) -> bool:
    """Is ``ent`` what the body after it makes or holds ("the [iPhone] maker", "the
    [Facebook] owner"): a product, no body of the article?"""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start else None
    after = doc[ent.end] if ent.end < len(doc) else None
    if before is None or after is None or before.lower_ != "the" or ent.root.head.i != after.i:
        return False
    lex = nouns()
    return ent.root.dep_ == "compound" and (
        after.lemma_.lower() in lex.trades or after.lemma_.lower() in lex.body_roles
    )
