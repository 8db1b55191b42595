"""What the article calls an organisation once it has named it.

News names an organisation once and then describes it: "Harwick Foods, a frozen-food
maker, ... the company said"; "the consumer group Consumentenbond ... the group said";
"the Reserve Bank of New Zealand ... the central bank said". Each named entity gets the
nouns the article describes it with, its *kinds*:

- words of its name that are kind nouns ("Reserve **Bank**", "European Space **Agency**");
- an apposition ("Harwick Foods, a frozen-food **maker**");
- the words right before the name ("the polling **firm** Ipsos", "The GMB **union**");
- a copula ("Fjordlaks is the country's fifth-largest **producer**");
- a description that reports a clause about it ("Rhein Handelsbank will cut jobs, the
  German **lender** said").

A description ("the company", "the lobby group", "the hospital trust") resolves to the
most recent entity of the same kind (the classes are data: ``kinds`` in
``lexicons/nouns.json``). The rules read the parse of one sentence each; the resolution
runs over the whole document, in text order, in :mod:`claimkit.components.bodies` and
:mod:`claimkit.components.speakers`.

Persons are described by their role, too, resolved in
:mod:`claimkit.components.roles`; officials of a named body are its group
(:func:`of_named_body`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from spacy.tokens import Doc, Span, Token

from claimkit.components.gender import pronoun_gender
from claimkit.components.records import (
    SpeakerInfo,
    sentence_of,
    subtree_bounds,
    text_of,
)
from claimkit.lexicons import cues, nouns, sources

__all__ = [
    "BODIES",
    "as_mention",
    "content_subject",
    "definite_age",
    "describes",
    "document_word",
    "entity_kinds",
    "fits",
    "introduces_person",
    "is_age",
    "is_anonymous",
    "is_workplace",
    "issuer_words",
    "kind_noun",
    "mention_span",
    "name_titles",
    "names_a_possession",
    "names_a_product",
    "nominal",
    "of_named_body",
    "proper_name",
    "relative_antecedent",
    "reporter_described",
    "role_subject_before",
    "title_words",
    "with_owner",
]

ORG_LABELS = {"ORG", "FAC"}
PERSONAL_PRONOUNS = {"he", "she", "they", "i", "we", "you"}
BODIES = ("company", "organisation")  # kind classes of what may speak of itself by name
DESCRIPTION_DETS = {"the", "this", "that"}
OWNER_PREPS = {"of", "at", "from", "for", "with"}
RELATIVE_COMMA = re.compile(r",\s+(?:who|whom|whose|which)\b")
# (and a clause the parser hung on a name: '"We were second best" - [Arteta]')
DROP_FROM_MENTION = {"relcl", "acl", "appos", "punct", "cc", "conj", "prep", "advcl", "ccomp"}
ROLE_LOOKBACK = 30  # tokens between a clause's subject and the pronoun after it
CUT_FROM_GROUP = {"relcl", "acl", "punct", "advcl", "ccomp"}  # "Putin and Trump" keeps cc, conj


def kind_noun(tok: Token) -> str | None:
    """The kind noun ``tok`` is ("firm", "club", "police"), by lemma or word, or None."""
    kinds = nouns().kind_nouns()
    for word in (tok.lemma_.lower(), tok.lower_):
        if word in kinds:
            return word
    return None


def _words_before(ent: Span) -> list[Token]:
    """The nouns and adjectives right before a name, on its line and in its sentence."""
    doc = ent.doc
    start = sentence_of(doc, ent.start).start
    out: list[Token] = []
    i = ent.start - 1
    while i >= start:
        t = doc[i]
        if t.pos_ not in ("NOUN", "ADJ", "PROPN") or t.ent_type_ or "\n" in t.text_with_ws:
            break
        out.append(t)
        i -= 1
    return out


def entity_kinds(ent: Span, *, heads: bool = False, titles: int = 0) -> set[str]:
    """The kind nouns the article gives a named entity (see the module docstring).

    With ``heads``, also the noun a name modifies ("The GMB union"): a weaker sign, since
    "the Trump campaign" is a campaign *of* Trump, so it never makes a person an
    organisation and serves only names the model took for organisations. ``titles``
    leading words of a person's name are a role and describe no kind."""
    found: set[str] = set()
    root = ent.root
    # a lone capitalised common noun the model took for a name ("Makers needed ...")
    # describes nothing; a name's own words do ("Reserve Bank", "European Space Agency")
    # a person's leading titles are a role, not a kind ("Farmer Tom Hughes")
    before = _words_before(ent) if not titles else []
    # nor is a bare description before a full name the model took for a person's
    # ("Documentary maker Ade Okonjo": an occupation; "the campaign group Return Now" is one)
    first = before[-1].i if before else 0
    bare = first == 0 or ent.doc[first - 1].pos_ != "DET"
    if ent.label_ == "PERSON" and len(ent) > 1 and bare:
        before = []
    if before and before[0].lower_ in title_words() | nouns().occupations:
        before = []  # "Verdi board member [Jan Kessler]": a person's role and employer
    candidates = [*before] + (list(ent)[titles:] if len(ent) > 1 else [])
    candidates += [c for c in root.children if c.dep_ == "appos" and _common_noun(c)]
    candidates += _apposed_after(ent)
    if root.dep_ == "appos" and _common_noun(root.head):
        candidates.append(root.head)
    # "The GMB union"; not "an NHS trust", one trust of the NHS
    a = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in root.head.children)
    if heads and root.dep_ == "compound" and root.head.pos_ == "NOUN" and not a:
        candidates.append(root.head)
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        candidates += [c for c in root.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"]
    candidates += reporter_described(root)
    for tok in candidates:
        kind = kind_noun(tok)
        if kind is not None:
            found.add(kind)
    last = ent[-1].lower_  # "Hartley Rovers" is a club, "United Nations" none
    found |= {kind for kind, ends in nouns().name_endings.items() if last in ends}
    return found


def _apposed_after(ent: Span) -> list[Token]:
    """The head of a description set off by a comma right after a name that opens its
    sentence, by word order ("Parcelo, the parcel delivery app used by …", where the parser
    split the two); not after a name inside a phrase ("In a response to the Harbour
    Gazette, the port operator said": the description is the subject)."""
    doc = ent.doc
    if ent.start != sentence_of(doc, ent.start).start:
        return []
    j = ent.end
    if j + 2 >= len(doc) or doc[j].text != "," or doc[j + 1].lower_ not in ("the", "a", "an"):
        return []
    k = j + 2
    while k + 1 < len(doc) and _common_noun(doc[k + 1]) and not doc[k + 1].ent_type_:
        k += 1
    return [doc[k]] if _common_noun(doc[k]) and not doc[k].ent_type_ else []


def _common_noun(tok: Token) -> bool:
    """A common noun, also where the tagger took a lower-case word for a name ("the parcel
    delivery app" with "app" as NNP)."""
    return tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.is_lower)


def reporter_described(root: Token) -> list[Token]:
    """The description that reports a clause whose subject is the name: "[Rhein
    Handelsbank] will cut 2,400 jobs, the German lender said" (a definite description of a
    business or a body, speaking of itself by its name)."""
    verb = root.head
    if root.dep_ != "nsubj" or verb.dep_ != "ccomp" or verb.head.i < verb.i:
        return []
    cue = verb.head
    if cue.lemma_.lower() not in cues().verbs:
        return []
    subj = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if (
        subj is None
        or subj.pos_ != "NOUN"
        or not any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children)
    ):
        return []
    # only a business or a body speaks of itself so: not "Counties … should …, the
    # ministry said"
    kind = kind_noun(subj)
    return [subj] if kind and any(nouns().same_kind(kind, {k}) for k in BODIES) else []


def name_titles(ent: Span) -> int:
    """How many leading words of a person's name are titles ("Councillor Aileen Murray",
    "Striker Okafor", and in a name tagged as a person an occupation: "Farmer Tom
    Hughes"): they are the role, not the name. A name the model labelled neither person
    nor organisation counts only an honorific ("Mrs Obi" as a work of art)."""
    if ent.label_ not in ("PERSON", "ORG"):
        honorific = len(ent) > 1 and ent[0].lower_ in nouns().honorifics
        return 1 if honorific else 0
    titles = title_words()
    if ent.label_ == "PERSON":  # "Farmer Tom Hughes"; not "Teacher Retirement System"
        titles = titles | nouns().occupations
    n = 0
    while n < len(ent) - 1 and (
        ent[n].lower_.rstrip(".") in titles
        # a judge's style: "Lady Justice Marsh", "Mrs Justice Cobb"
        or (ent[n].lower_ in nouns().honorifics and ent[n + 1].lower_ in titles)
    ):
        n += 1
    return n


@cache
def title_words() -> frozenset[str]:
    """The role words without their abbreviation point ("dr." and "dr" alike)."""
    return frozenset(r.rstrip(".") for r in nouns().roles)


def describes(tok: Token) -> tuple[str, set[str]] | None:
    """Is ``tok`` the head of a description of an organisation ("the company", "the lobby
    group", "the central bank", "its organisers")? Returns its kind noun and the kind
    nouns among its modifiers ("hospital" in "the hospital trust"), or None."""
    if not _common_noun(tok) or tok.ent_type_:
        return None
    det = next((c for c in tok.children if c.dep_ in ("det", "poss")), None)
    if det is None or (det.dep_ == "det" and det.lower_ not in DESCRIPTION_DETS):
        return None
    if det.dep_ == "poss" and det.lower_ not in ("its", "their"):
        return None  # "the coalition's secretariat", "her business": another's part
    kind = kind_noun(tok)
    if kind is None or tok.tag_ not in ("NN", "NNP"):
        return None
    for prep in tok.children:  # "the office of Sen. Maria Delgado" says whose it is
        owner = [c for c in prep.subtree if c.i != prep.i and (c.pos_ == "PROPN" or c.ent_type_)]
        if prep.dep_ == "prep" and prep.lower_ == "of" and owner:
            return None
    mods = {k for c in tok.children if c.dep_ in ("compound", "amod") if (k := kind_noun(c))}
    return kind, mods


def fits(description: tuple[str, set[str]], kinds: set[str]) -> bool:
    """Does a description (its kind noun and modifiers, from :func:`describes`) fit an
    entity of ``kinds``? An entity the article gave no kind fits a generic noun."""
    kind, mods = description
    lex = nouns()
    return bool(mods & kinds) or lex.same_kind(kind, kinds) or (not kinds and kind in lex.generic)


def content_subject(doc: Doc, content: tuple[int, int]) -> Token | None:
    """The subject of a short content's main clause ("[Clearpath] has raised $40m")."""
    span = doc.char_span(*content, alignment_mode="expand")
    if span is None or len(span) > 60:
        return None
    root = span.root
    return next((t for t in span if t.dep_ in ("nsubj", "nsubjpass") and t.head.i == root.i), None)


def definite_age(tok: Token) -> bool:
    """Is ``tok`` the head of "the 29-year-old"? The parser may leave "the" off the age's
    own children ("The 45-year-old added"), so it is looked for just before."""
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    return is_age(tok) and (
        the or any(t.lower_ == "the" for t in tok.doc[max(0, tok.i - 5) : tok.i])
    )


def is_age(tok: Token) -> bool:
    """Is ``tok`` the head of "the 29-year-old" ("29 - year - old" to the tokenizer)?"""
    doc = tok.doc
    return tok.lower_ in ("old", "year-old") and (
        tok.lower_ == "year-old" or (tok.i >= 2 and doc[tok.i - 2].lower_ in ("year", "years"))
    )


def proper_name(tok: Token) -> tuple[str, str] | None:
    """The name a proper noun the model did not tag carries, without the description
    before it: "the drivers' union Aslef" is Aslef, an organisation; so is a name with
    initials in it ("NHS England", "BBC Scotland")."""
    doc = tok.doc
    if not tok.text[:1].isupper():
        return None
    i = tok.i
    while i > 0 and doc[i - 1].text[:1].isupper() and doc[i - 1].head.i in range(i, tok.i + 1):
        i -= 1
    name = text_of(doc)[doc[i].idx : tok.idx + len(tok.text)]
    words = doc[i : tok.i + 1]
    # not a role ("The Labour MP", "CNN President"), nor a headline's capitals
    initials = any(t.is_upper and len(t) > 1 and t.is_alpha for t in words)
    initials = initials and len(words) > 1 and not words.text.isupper()
    if initials and tok.tag_ == "NNP" and tok.lower_ not in title_words():
        return name, "organization"
    if i == 0 or tok.tag_ != "NNP" or doc[i - 1].lemma_.lower() not in nouns().kind_nouns():
        return None  # no description before it: leave it to the rules below
    return name, "organization"


def as_mention(info: SpeakerInfo, mention: tuple[int, int]) -> SpeakerInfo:
    """``info``'s speaker at another mention."""
    return SpeakerInfo(info.name, info.type, mention, info.role, info.affiliation, info.entity_id)


def nominal(text: str) -> str:
    """A noun phrase as a name: one line, a leading determiner in lower case ("the minister")."""
    text = " ".join(text.split())
    first, _, rest = text.partition(" ")
    if rest and first.lower() in ("the", "a", "an", "this", "that", "these", "those", "another"):
        return f"{first.lower()} {rest}"
    return text


def is_anonymous(tok: Token) -> bool:
    """ "a senior official, who spoke on condition of anonymity", "an unnamed source", "one
    Democrat familiar with the talks": read
    within a few tokens of the noun, so a long clause below it costs nothing."""
    near = tok.doc[tok.left_edge.i : min(tok.right_edge.i, tok.i + 16) + 1]
    if any("anonymity" in t.lower_ or t.lower_ == "unnamed" for t in near):
        return True
    if any(t.lower_ == "familiar" and t.head.i == tok.i for t in near):
        return True  # "a lawyer familiar with the case": the usual unnamed source
    # "a violinist who asked not to be named" (the requests are cues.json's word set)
    words = " ".join(t.lower_ for t in near)
    return any(r in words for r in cues().word_sets["anonymity_requests"])


def introduces_person(tok: Token) -> bool:
    """Is a speaker noun an unnamed person the text may go on to call "he" or "she": a
    role ("a police spokeswoman") or an indefinite gendered noun ("One mother", "a man";
    "the man" is someone named before, or no one the memory should take)?"""
    if tok.tag_ != "NN":
        return False
    if tok.lemma_.lower() in nouns().roles:
        return True
    definite = any(c.dep_ in ("det", "poss") and c.lower_ in DESCRIPTION_DETS for c in tok.children)
    return pronoun_gender(tok.lower_) is not None and not definite


def with_owner(tok: Token, mention: tuple[int, int]) -> str:
    """A nominal's name with the phrases that say whose it is ("officials at the World
    Health Organization", "a spokesman for the ministry"), up to a comma or line."""
    end = mention[1]
    if tok.ent_type_ in ("DATE", "TIME"):
        return nominal(text_of(tok.doc)[mention[0] : mention[1]])
    for prep in tok.children:
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None or pobj.ent_type_ in ("DATE", "TIME") or pobj.lemma_ == "time":
            continue  # "Trump at the time" is Trump
        # "a court in Amsterdam", "the embassy in London": a body is named by its place
        place = prep.lower_ == "in" and tok.lemma_.lower() in nouns().kind_nouns()
        if prep.dep_ == "prep" and (prep.lower_ in OWNER_PREPS or place) and prep.i > tok.i:
            end = max(end, prep.right_edge.idx + len(prep.right_edge.text))
    text = text_of(tok.doc)
    # and a relative clause inside the mention ("a person familiar with the inquiry, who …")
    clause = RELATIVE_COMMA.search(text, tok.idx, end)
    comma = text.find(",", mention[1], end)
    cuts = (comma, text.find("\n", mention[0], end), clause.start() if clause else -1)
    cut = min((i for i in cuts if i != -1), default=end)
    return nominal(text[mention[0] : cut])


def of_named_body(tok: Token) -> bool:
    """Does a noun say whose it is with a named organisation ("officials at the WHO")?"""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in ("at", "of", "from", "with")
        and any(c.dep_ == "pobj" and c.ent_type_ in ("ORG", "FAC") for c in prep.children)
        for prep in tok.children
    )


def mention_span(tok: Token) -> tuple[int, int]:
    """The speaker's noun phrase without relative clauses, appositions and the like, and
    with the whole name it heads; "Putin and Trump" keeps its conjuncts. Never crosses a
    line break or a quote mark."""
    if any(t.dep_ == "conj" for t in tok.children):
        lo, hi = subtree_bounds(tok, lambda c: c.dep_ in CUT_FROM_GROUP)
    else:
        lo, hi = subtree_bounds(tok, lambda c: c.dep_ in DROP_FROM_MENTION)
    doc = tok.doc
    # the whole name: "The Department for Education", not "The Department"; to a verb or
    # a spaced dash at most ("[Trump assured Jones]", "[the Tax Policy Center - half] a …")
    while tok.ent_type_ and hi + 1 < len(doc) and doc[hi + 1].ent_iob_ == "I":
        if doc[hi + 1].pos_ in ("VERB", "AUX") or (doc[hi + 1].is_punct and doc[hi].whitespace_):
            break
        hi += 1
    text = text_of(doc)
    line_start = text.rfind("\n", 0, tok.idx)
    line_end = text.find("\n", tok.idx)
    while lo < tok.i and doc[lo].idx <= line_start:
        lo += 1
    # nor a quotation's close: '"… a new normal," [chief executive Søren Lund] told'
    closes = [t.i + 1 for t in doc[lo : tok.i] if t.is_quote and doc[t.i - 1].is_punct]
    lo = max([lo, *closes])  # (not the apostrophe of "Sanders’ aides")
    while hi > tok.i and line_end != -1 and doc[hi].idx >= line_end:
        hi -= 1
    span = doc[lo : hi + 1]
    while len(span) > 1 and (span[-1].is_punct or span[-1].is_space):
        span = span[:-1]
    while len(span) > 1 and (span[0].is_punct or span[0].is_space):
        span = span[1:]
    return span.start_char, span.end_char


def role_subject_before(tok: Token) -> tuple[str, str] | None:
    """An unnamed role holder earlier in the sentence of the pronoun ``tok``, the subject of
    a clause of their own ("When the chancellor stood up …, she promised"): (the
    description, its role noun), or None."""
    doc = tok.doc
    # a few words back at most: a long run-on sentence is read in linear time
    for t in doc[max(sentence_of(doc, tok.i).start, tok.i - ROLE_LOOKBACK) : tok.i]:
        the = [c for c in t.children if c.dep_ == "det" and c.lower_ == "the"]
        if t.dep_ == "nsubj" and the and t.lemma_.lower() in nouns().roles:
            return nominal(text_of(doc)[the[0].idx : t.idx + len(t.text)]), t.text
    return None


def issuer_words(tok: Token) -> Iterator[Token]:
    """The words that may name who issued the document ``tok``, in order: a possessor
    ("Assad's statement", "its projections"), a name before it ("a Pentagon report",
    "LSEG data"), the object of "of", "by" or "from" ("a statement by the Kremlin"), the
    agent of an issuing participle ("the review, published on Thursday by the HSIB") and the
    owner of the medium it was issued in ("published in the service's bulletin")."""
    for child in tok.children:
        if (child.dep_ == "poss" and child.pos_ in ("PROPN", "PRON")) or (
            child.dep_ == "compound" and child.pos_ == "PROPN"
        ):
            yield child
        elif child.dep_ == "prep" and child.lower_ in ("of", "by", "from"):
            yield from _first(c for c in child.children if c.dep_ == "pobj")
        elif child.dep_ == "acl" and child.lemma_ in sources().issuing_participles:
            for agent in _first(c for c in child.children if c.dep_ == "agent"):
                yield from _first(c for c in agent.children if c.dep_ == "pobj")
            # "the figures, published in the service's monthly bulletin": its owner
            for prep in (c for c in child.children if c.dep_ == "prep" and c.lower_ == "in"):
                for medium in (c for c in prep.children if c.dep_ == "pobj"):
                    yield from _first(c for c in medium.children if c.dep_ == "poss")


def _first(tokens: Iterator[Token]) -> list[Token]:
    return next(([t] for t in tokens), [])


def document_word(tok: Token) -> str | None:
    """The document noun ``tok`` is, as the lexicon lists it: its lemma ("statement"), or
    the word itself where only the plural is one ("figures", not "a key figure")."""
    return next((w for w in (tok.lemma_.lower(), tok.lower_) if w in nouns().document), None)


def is_workplace(ent: Span) -> bool:
    """Is the name ``ent`` where a person works, in a description of them ("Tom Ashworth,
    an analyst at Barrow Capital", "a professor of law at Leeds")?"""
    prep = ent.root.head
    if ent.root.dep_ != "pobj" or prep.lower_ not in ("at", "of", "with"):
        return False
    work = prep.head.lemma_.lower()
    return prep.head.pos_ == "NOUN" and work in nouns().roles | nouns().occupations


def names_a_possession(ent: Span) -> bool:
    """Does the name ``ent`` name a thing someone owns, not a body: "its Ferris Lane
    plant", "Trump's Doral resort" (a name between a possessive and the noun it modifies)?"""
    head = ent.root.head
    if ent.root.dep_ != "compound" or head.pos_ != "NOUN" or head.i < ent.end:
        return False
    return any(c.dep_ == "poss" and c.i < ent.start for c in head.children)


def names_a_product(ent: Span) -> bool:
    """Is ``ent`` in apposition to a noun of a thing made or sold ("its first foldable
    phone, the Nimbus Fold", "Zelbora, a drug for …")? It names no body that speaks."""
    root = ent.root
    described = [c for c in root.children if c.dep_ == "appos"]
    described += [root.head] if root.dep_ == "appos" else []
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in nouns().products for t in described)


def relative_antecedent(tok: Token) -> Token:
    """What the relative pronoun ``tok`` stands for: its noun, or, where that noun says what
    a subject is, the subject ("Trump … is a serial liar and birther who has pledged …":
    Trump pledged, not "birther")."""
    noun = tok.head.head
    described = noun
    while described.dep_ == "conj" and described.head.i != described.i:
        described = described.head
    # a description, not a name: "it was Obama who pressed", "was out-brutalizing Ted Cruz,
    # who said" (a verb the parser took for "be" and a noun)
    if described.dep_ != "attr" or described.head.lemma_ != "be" or described.pos_ != "NOUN":
        return noun
    verb = described.head
    for clause in (verb, verb.head) if verb.dep_ == "conj" else (verb,):
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        # a name or a person's pronoun: not "The main barrier has been black voters, who
        # …", "This is a man who …"
        if subj is not None and (subj.pos_ == "PROPN" or subj.lower_ in PERSONAL_PRONOUNS):
            return subj
    return noun
