"""The words a speaker is mentioned by, and what they say about who it is.

A speaker's mention is a noun phrase cut to its name or description ("[a spokesman for
the ministry], who declined to be named, said"): :func:`mention_span` bounds it,
:func:`with_owner` keeps the phrases that say whose it is, :func:`is_anonymous` and
:func:`introduces_person` say whether it is someone the text leaves unnamed, and
:func:`relative_antecedent` finds what a "who" stands for. What kind of body a description
names is :mod:`claimkit.components.descriptions`' part.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import takewhile

from spacy.tokens import Doc, Token

from claimkit.components.gender import pronoun_gender
from claimkit.components.records import (
    EntityCluster,
    SpeakerInfo,
    in_word_hyphen,
    sentence_of,
    subtree_bounds,
    text_of,
    with_the,
)
from claimkit.lexicons import cues, nouns

__all__ = [
    "BODY_POSSESSIVES",
    "DESCRIPTION_DETS",
    "RELATIVE_COMMA",
    "apposed_name",
    "as_mention",
    "conjunct_apposed",
    "content_subject",
    "definite_age",
    "determiner_of",
    "in_own_phrase",
    "in_scene",
    "introduces_person",
    "is_age",
    "is_anonymous",
    "mention_span",
    "misread_kind",
    "nominal",
    "of_named_body",
    "owned_by_a_body",
    "people_before",
    "relative_antecedent",
    "role_subject_before",
    "sole_person_described",
    "with_owner",
]

PERSONAL_PRONOUNS = {"he", "she", "they", "i", "we", "you"}
DESCRIPTION_DETS = {"the", "this", "that"}
BODY_POSSESSIVES = {"its", "their"}  # "its operator", "their union": a body's own
NOT_NAMES = {"DATE", "TIME", "GPE", "LOC", "NORP"}  # a name no speaker's
OWNER_PREPS = {"of", "at", "from", "for", "with"}
RELATIVE_COMMA = re.compile(r",\s+(?:who|whom|whose|which)\b")
# (and a clause the parser hung on a name: '"We were second best" - [Arteta]')
DROP_FROM_MENTION = {"relcl", "acl", "appos", "punct", "cc", "conj", "prep", "advcl", "ccomp"}
ROLE_LOOKBACK = 30  # tokens between a clause's subject and the pronoun after it
CUT_FROM_GROUP = {"relcl", "acl", "punct", "advcl", "ccomp"}  # "Putin and Trump" keeps cc, conj


def content_subject(doc: Doc, content: tuple[int, int]) -> Token | None:
    """The subject of a short content's main clause ("[Clearpath] has raised $40m")."""
    span = doc.char_span(*content, alignment_mode="expand")
    if span is None or len(span) > 60:
        return None
    root = span.root
    if misread_kind(root):  # "Lidar startup Lumen Sensing has raised": the clause under it
        clauses = (c for c in root.children if c.dep_ in ("ccomp", "conj") and c.i < span.end)
        root = next(clauses, root)
    return next((t for t in span if t.dep_ in ("nsubj", "nsubjpass") and t.head.i == root.i), None)


def misread_kind(tok: Token) -> bool:
    """Is ``tok`` a kind noun the tagger read as a past tense it has no form of ("Lidar
    [startup] Lumen Sensing": VBD), which the parser then made a verb with a clause?"""
    past = tok.tag_ in ("VBD", "VBN") and tok.lemma_ == tok.lower_
    return past and tok.lower_ in nouns().kind_nouns()


def definite_age(tok: Token) -> bool:
    """Is ``tok`` the head of "the 29-year-old"? The parser may leave "the" off the age's
    own children ("The 45-year-old added"), so it is looked for just before."""
    return is_age(tok) and (
        with_the(tok) or any(t.lower_ == "the" for t in tok.doc[max(0, tok.i - 5) : tok.i])
    )


def is_age(tok: Token) -> bool:
    """Is ``tok`` the head of "the 29-year-old" ("29 - year - old" to the tokenizer)?"""
    doc = tok.doc
    return tok.lower_ in ("old", "year-old") and (
        tok.lower_ == "year-old" or (tok.i >= 2 and doc[tok.i - 2].lower_ in ("year", "years"))
    )


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


def _has_object(verb: Token) -> bool:
    """Has ``verb`` a subject or an object of its own?"""
    return any(c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in verb.children)


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
    # and, for an unnamed source, the participle that says which: "a person [briefed on
    # the agreements]" (not a verb the parser took for one: "the debate forced Trump")
    which = next((c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)
    unnamed = tok.lemma_.lower() in nouns().anonymous
    if unnamed and which is not None and which.i == tok.i + 1 and not _has_object(which):
        end = max(end, which.right_edge.idx + len(which.right_edge.text))
    text = text_of(tok.doc)
    # and a relative clause inside the mention ("a person familiar with the inquiry, who …")
    clause = RELATIVE_COMMA.search(text, tok.idx, end)
    comma = text.find(",", mention[1], end)
    # or one without a comma on the owner ("The parents of a boy who was killed")
    owner = takewhile(lambda t: t.idx < end, tok.doc[tok.i + 1 :])
    inner = [t.left_edge.idx for t in owner if t.dep_ == "relcl"]
    cuts = (comma, text.find("\n", mention[0], end), clause.start() if clause else -1, *inner)
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
    doc = tok.doc

    def set_off(c: Token) -> bool:
        """A preposition's object the parser hung on the name across a comma ("approached
        by [a man], Avon and Somerset Police said"); not a name of a list ("Matthews,
        MSNBC's Alex …") nor a word of the mention's own description ("The snarky, …")."""
        first = c.left_edge.i
        common = c.pos_ == "NOUN" and first > 0 and doc[first - 1].pos_ == "ADP"
        return common and c.dep_ == "nmod" and any(t.text == "," for t in doc[c.i : tok.i])

    if any(t.dep_ == "conj" and not conjunct_apposed(t) for t in tok.children):
        lo, hi = subtree_bounds(tok, lambda c: c.dep_ in CUT_FROM_GROUP or set_off(c))
    else:
        lo, hi = subtree_bounds(tok, lambda c: c.dep_ in DROP_FROM_MENTION or set_off(c))
    lo = max(lo, _after_singular_phrase(tok))
    if tok.pos_ == "NOUN" and lo > 1 and in_word_hyphen(doc[lo - 1]):  # "the [ex-partner]"
        lo -= 3 if lo > 2 and doc[lo - 3].dep_ == "det" else 2
    # a place's possessive before a name is none of it: "[Norway's] Equinor" (but it says
    # whose a body of a kind is: "Russia's Defence Ministry")
    places = (c for c in tok.children if c.dep_ == "poss" and c.ent_type_ in ("GPE", "NORP"))
    named = tok.pos_ == "PROPN" and tok.lower_ not in nouns().kind_nouns()
    place = next(places, None) if named else None
    lo = place.right_edge.i + 1 if place is not None and place.left_edge.i == lo else lo
    # the whole name: "The Department for Education", not "The Department"; to a verb or
    # a spaced dash at most ("[Trump assured Jones]", "[the Tax Policy Center - half] a …")
    named = tok.ent_type_ in ("PERSON", "ORG", "FAC", "GPE", "NORP", "LOC")
    while (
        named
        and lo > 0
        and doc[lo].ent_iob_ == "I"
        and lo <= tok.i
        # not "[Said] Comey", nor "[Biden,] Rubio said", the model's one name
        and doc[lo - 1].pos_ not in ("VERB", "AUX", "PUNCT")
    ):
        lo -= 1  # and from its start: "[Social Care]" is a conjunct inside a name
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
    # nor a turn label's colon: "GRANT: Very close." is GRANT's
    hi = next((t.i - 1 for t in doc[tok.i + 1 : hi + 1] if t.text == ":"), hi)
    lo = max([lo, *(t.i + 1 for t in doc[lo : tok.i] if t.text == ":")])
    span = doc[lo : hi + 1]
    while len(span) > 1 and (span[-1].is_punct or span[-1].is_space):
        span = span[:-1]
    while len(span) > 1 and (span[0].is_punct or span[0].is_space):
        span = span[1:]
    return span.start_char, span.end_char


def conjunct_apposed(tok: Token) -> bool:
    """Is ``tok`` a name the parser took for a conjunct of the description it is set
    beside, with no "and" or "or" ("The employers' body, the Universities and Colleges
    Employers Association (UCEA), said")?"""
    head = tok.head
    if tok.dep_ != "conj" or head.pos_ != "NOUN" or not tok.ent_type_:
        return False
    comma = tok.left_edge.i > 0 and tok.doc[tok.left_edge.i - 1].text == ","
    coordinated = any(c.dep_ in ("cc", "conj") for c in (*tok.children, *head.children) if c != tok)
    return comma and not coordinated


def _after_singular_phrase(tok: Token) -> int:
    """Where a plural subject begins after a singular phrase the parser joined to it: "…
    libraries, [a move] opponents said would hurt …" ("a" and "move" hung on "opponents",
    a relative clause without "that"); else 0."""
    if tok.tag_ not in ("NNS", "NNPS"):
        return 0
    det = next((c for c in tok.children if c.dep_ == "det" and c.lower_ in ("a", "an")), None)
    noun = [c for c in tok.children if c.dep_ == "compound" and c.tag_ == "NN"]
    return tok.i if det is not None and noun and det.i < noun[0].i else 0


def role_subject_before(tok: Token) -> tuple[str, str] | None:
    """An unnamed role holder earlier in the sentence of the pronoun ``tok``, the subject of
    a clause of their own ("When the chancellor stood up …, she promised"), or the subject
    of the sentence before: (the description, its role noun), or None."""
    doc = tok.doc
    sent = sentence_of(doc, tok.i)
    # a few words back at most: a long run-on sentence is read in linear time; then the
    # subject of the sentence before ("The minister spoke at a press conference. '…,' she
    # said")
    root = sentence_of(doc, sent.start - 1).root if sent.start else None
    before = [c for c in root.children if c.dep_ == "nsubj"] if root is not None else []
    for t in [*doc[max(sent.start, tok.i - ROLE_LOOKBACK) : tok.i], *before]:
        the = [c for c in t.children if c.dep_ == "det" and c.lower_ == "the"]
        if t.dep_ == "nsubj" and the and t.lemma_.lower() in nouns().roles:
            return nominal(text_of(doc)[the[0].idx : t.idx + len(t.text)]), t.text
    return None


def people_before(tok: Token) -> Token | None:
    """The plural subject of the sentence of the pronoun "they" ``tok`` before it, or of the
    sentence before, that names people by their work or as a group, or bodies by their kind
    ("Lawyers for Gareth Lewis filed the claim … They say …"; "His family paid tribute";
    "The banks expect …. They said"): the noun, or None."""
    doc, sent, lex = tok.doc, sentence_of(tok.doc, tok.i), nouns()
    people = lex.roles | lex.occupations | lex.group | lex.anonymous | lex.kind_nouns()
    if tok.lower_ != "they":
        return None
    # or of its own sentence, before it, the nearest: "Astronomers … have detected water, a
    # discovery they say sheds light on …", "…, as tribal forces claimed they had …"
    subjects = (c for a in tok.ancestors for c in a.children if c.dep_ == "nsubj")
    own = next((c for c in subjects if c.i < tok.i), None)
    if own is not None and own.tag_ == "NNS" and own.lemma_ in people:
        return own
    if sent.start == 0:
        return None
    root = sentence_of(doc, sent.start - 1).root
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    several = subj is not None and subj.tag_ == "NNS" and subj.lemma_ in people
    group = subj is not None and subj.lemma_.lower() in lex.person_groups  # "the family"
    return subj if several or group else None


def host_subject(tok: Token) -> Token | None:
    """The subject of the clause on whose object the pronoun ``tok``'s relative clause
    hangs ("Sunray unveiled a chip that it says can …": Sunray), or None."""
    cue = tok.head
    if tok.dep_ != "nsubj" or cue.dep_ != "relcl" or cue.head.dep_ not in ("dobj", "pobj"):
        return None
    verb = cue.head.head if cue.head.dep_ == "dobj" else cue.head.head.head
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.i < tok.i), None)


def apposed_name(tok: Token) -> Token | None:
    """The name set off by commas right after a description that is a verb's subject, where
    the parser hung the name on the verb ("Her publisher, Faber, said"; "The firm's owner,
    Harrow Homes, said") or on the description as a modifier: the name's last word, or
    None. Not a time ("The council, Monday, said"), nor a tagged name the parser read as
    its apposition. So is a name after a person's noun and a count ("Mother of two Sophie
    Grant said"), and one after "according to" a description, ending its sentence."""
    doc, verb = tok.doc, tok.head
    kin = _kin_of_some(tok) if tok.dep_ == "nsubj" else None
    if kin is not None:
        return kin
    if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according":
        return _ending_name(tok)
    if tok.pos_ != "NOUN" or tok.dep_ != "nsubj" or tok.i + 3 >= verb.i:
        return None
    # "A lawyer for Musk, Marc Toberoff, said": the parser set the name beside the name in
    # the description's phrase (a name needs no name: "a spokesman for the carmaker, Volvo,"
    # names it; a role's place: "Our correspondent in Philadelphia, Nomia Iqbal, says")
    role = tok.lemma_.lower() in nouns().roles
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.i > tok.i):
        named = [p for p in prep.children if p.dep_ == "pobj" and p.pos_ == "PROPN"]
        for appos in (a for p in named for a in p.children if a.dep_ == "appos"):
            end = appos.right_edge.i
            place = (appos.head.ent_type_ in NOT_NAMES and not role) or appos.ent_type_ in NOT_NAMES
            if (
                appos.pos_ == "PROPN"
                and not place
                and doc[end + 1].text == ","
                and end + 2 == verb.i
            ):
                return appos  # (not "a woman in Worcester, Massachusetts, told")
    if doc[tok.i + 1].text != "," or doc[tok.i + 2].pos_ != "PROPN":
        return None
    end, first = tok.i + 2, doc[tok.i + 2]
    while end < verb.i and (doc[end].pos_ == "PROPN" or doc[end].text == "&"):
        end += 1
    name = doc[end - 1]
    # (or on the description as a modifier: "Chile's forestry agency, CONAF, said"; or
    # joined to it, a name with "&": "The book's publisher, Finch & Marlow, said")
    on_tok = name.head.i == tok.i and (name.dep_ == "npadvmod" or not name.ent_type_)
    hung = name.head.i == verb.i or on_tok  # (or its untagged apposition: "…, Interpath,")
    joined = first.dep_ == "conj" and first.head.i == tok.i and "&" in doc[first.i : end].text
    hung = hung or joined
    if doc[end].text != "," or end + 1 != verb.i or not hung:
        return None
    return None if name.ent_type_ in NOT_NAMES else name


def _ending_name(tok: Token) -> Token | None:
    """The name set off by a comma after a description that ends its sentence there
    ("…, according to the publisher, Faber."): the name's last word, or None."""
    doc = tok.doc
    end = tok.i + 2
    while end < len(doc) and (doc[end].pos_ == "PROPN" or doc[end].text == "&"):
        end += 1
    named = end > tok.i + 2 and doc[tok.i + 1].text == ","
    last = end >= len(doc) or (doc[end].is_punct and doc[end].text in (".", "!", "?"))
    name = doc[end - 1]
    return name if named and last and name.ent_type_ not in NOT_NAMES else None


def _kin_of_some(tok: Token) -> Token | None:
    """The name after a person's noun and a count ("Mother of two Sophie Grant, 31, said",
    "Father of three Tom Hale said"): the name's last word, or None."""
    if tok.lower_ not in gendered_words() or any(c.dep_ in ("det", "poss") for c in tok.children):
        return None  # (not "The father of two Britons killed …")
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    name = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    counted = name is not None and any(c.dep_ == "nummod" for c in name.children)
    if not counted or name is None or name.tag_ != "NNP" or name.ent_type_ in NOT_NAMES:
        return None
    return name


@cache
def gendered_words() -> frozenset[str]:
    """Every noun and pronoun of the gendered lexicon, of either class."""
    return frozenset().union(*nouns().gendered.values())


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


def in_own_phrase(tok: Token, at: int) -> bool:
    """Is character ``at`` inside the object of a preposition that hangs on the verb the
    description ``tok`` is subject of, or inside a participle's phrase that sets the scene
    of that verb (:func:`in_scene`), before it ("In a statement to the London Stock
    Exchange, the company said"; "At a news conference alongside Volodymyr Zelensky, the
    German chancellor said")? What a clause names so is no one its subject stands for; a
    phrase of another clause may be ("Shares of Vantor fell after the software maker cut
    …")."""
    sent = sentence_of(tok.doc, tok.i)
    if in_scene(tok, at):
        return True
    return any(
        t.left_edge.idx <= at < t.idx + len(t) and _verb_of(t).i == tok.head.i
        for t in sent
        if t.dep_ == "pobj" and t.i < tok.i
    )


def in_scene(tok: Token, at: int) -> bool:
    """Is character ``at`` inside a participle's phrase, with no subject of its own, that
    sets the scene of the verb ``tok`` is subject of, before it ("Speaking to presenter
    Lauren Laverne, she added"; "Asked about Clinton's chances, she replied")? Whom such
    a phrase names is not who speaks."""
    return any(_scene_at(c, at) for c in tok.head.children if c.i < tok.i)


def _scene_at(clause: Token, at: int) -> bool:
    """Is character ``at`` inside ``clause``, a participle with no subject of its own?"""
    if clause.dep_ != "advcl" or clause.tag_ not in ("VBG", "VBN"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return False
    end = clause.right_edge
    return clause.left_edge.idx <= at < end.idx + len(end)


def _verb_of(tok: Token) -> Token:
    """The verb a noun phrase hangs on, through the phrases it is part of."""
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return tok
        tok = tok.head
    return tok


def owned_by_a_body(tok: Token) -> bool:
    """Does ``tok`` have a body's possessive ("its operator", "their union")?"""
    return any(c.dep_ == "poss" and c.lower_ in BODY_POSSESSIVES for c in tok.children)


def determiner_of(tok: Token) -> Token | None:
    """The article or possessive of the noun ``tok``: its own, or that of the word's first
    part where the tokenizer split it at a hyphen ("its vice-chancellor": the parser hung
    "its" on "vice"); None for a bare noun."""
    found = next((c for c in tok.children if c.dep_ in ("det", "poss")), None)
    joined = (c for c in tok.lefts if c.dep_ == "compound" and tok.doc[c.i + 1].text == "-")
    parts = (g for c in joined for g in c.children if g.dep_ in ("det", "poss") and g.i < c.i)
    return found or next(parts, None)


def sole_person_described(tok: Token, clusters: list[EntityCluster]) -> bool:
    """Is ``tok`` a trade's noun ("the heptathlete", "the nurse") said where the text has
    named one person only, whom it then describes? (With more, "the real estate tycoon"
    is no surer the last one named than the first.)"""
    if tok.lemma_.lower() not in nouns().occupations:
        return False
    named = {c.id for c in clusters if c.label == "PERSON" for a, _ in c.mentions if a < tok.idx}
    return len(named) == 1
