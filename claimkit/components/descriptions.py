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
(:func:`claimkit.components.mentions.of_named_body`).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from claimkit.components.mentions import BODY_POSSESSIVES, DESCRIPTION_DETS
from claimkit.components.namekeys import name_ending, strip_the
from claimkit.components.records import on_headline, sentence_of, text_of, with_a, with_the
from claimkit.lexicons import cues, nouns

__all__ = [
    "BODIES",
    "agrees_as_team",
    "described_before",
    "describes",
    "entity_kinds",
    "fits",
    "is_workplace",
    "kind_noun",
    "modified",
    "name_titles",
    "person_titles",
    "plain_words",
    "proper_name",
    "reporter_described",
    "spoken_of_as_company",
    "taken_up_by_which",
    "title_words",
    "umbrella",
]

PLACE_WORDS = ("world", "country", "nation", "region", "city", "state")  # "the world's …"
BODIES = ("company", "organisation")  # kind classes of what may speak of itself by name


def kind_noun(tok: Token) -> str | None:
    """The kind noun ``tok`` is ("firm", "club", "police"), by lemma or word, or None;
    the last part of a hyphenated word is read as the whole word ("start-up")."""
    kinds = nouns().kind_nouns()
    doc, i = tok.doc, tok.i
    joined = i > 1 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_
    whole = [f"{doc[i - 2].lower_}-{tok.lower_}"] if joined and not doc[i - 1].whitespace_ else []
    for word in (*whole, tok.lemma_.lower(), tok.lower_):
        if word in kinds:
            return word
    return None


def modified(tok: Token) -> bool:
    """Has the noun words that say which ones ("Danish fishing leaders", "the state
    police")?"""
    return any(c.dep_ in ("amod", "compound", "nmod") for c in tok.children)


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
    # ("Documentary maker Ade Okonjo": an occupation; "the campaign group Return Now" and
    # "Residents' group Save Harwood Fields" are one)
    first = before[-1].i if before else 0
    bare = first == 0 or (ent.doc[first - 1].pos_ != "DET" and ent.doc[first - 1].tag_ != "POS")
    # (but "Developer Harrow Lane Homes", a name that ends as a company's, is a company)
    # ("Exam board Pearson Edexcel": a body's kind, no one's work or trade, makes a body)
    lex = nouns()
    work = not before or not kind_noun(before[0]) or before[0].lemma_ in person_titles()
    work = work or before[0].lemma_ in lex.trades
    ending = name_ending(ent[-1].lower_)
    if ent.label_ == "PERSON" and len(ent) > 1 and bare and not ending and work:
        before = []
    if before and before[0].lower_ in person_titles():
        before = []  # "Verdi board member [Jan Kessler]": a person's role and employer
    own = list(ent)[titles:] if len(ent) > 1 else []
    # a government's word that says what a later kind deals with is none: the "Local
    # Government Association" is no government (but the "Police Department" is police)
    state = nouns().kinds["ministry"]
    own = [
        t
        for k, t in enumerate(own)
        if not (kind_noun(t) in state and any(kind_noun(u) for u in own[k + 1 :]))
    ]
    # nor are the kinds joined by "and" before the name's own ("the University and
    # College Union" is a union, no university)
    joined = next((k for k, t in enumerate(own) if t.lower_ == "and"), None)
    head = max((k for k, t in enumerate(own) if kind_noun(t)), default=None)
    if joined is not None and head is not None and head > joined:
        own = [t for k, t in enumerate(own) if k >= head or not kind_noun(t)]
    candidates = [*before, *own]
    # (not one after a relative clause, the clause's last noun's: "Matthias Huss, who
    # heads GLAMOS, the Swiss glacier monitoring network")
    clauses = [c.i for c in root.children if c.dep_ == "relcl" and c.i > root.i]
    apposed = (c for c in root.children if c.dep_ == "appos" and _common_noun(c))
    candidates += [c for c in apposed if not any(r < c.i for r in clauses)]
    candidates += _apposed_after(ent)
    # and a description right before a name set off by commas, where the parser hung the
    # name elsewhere ("Her publisher, Faber, said")
    start, end = ent.start, ent.end
    doc = ent.doc
    if start >= 2 and end < len(doc) and doc[start - 1].text == doc[end].text == ",":
        candidates += [doc[start - 2]] if _common_noun(doc[start - 2]) else []
    # (with its article or owner: not "Outside [court], one of the defendants, Rosa
    # Kinsella", the parser's subject)
    determined = any(c.dep_ in ("det", "poss") for c in root.head.children)
    if root.dep_ == "appos" and _common_noun(root.head) and determined:
        candidates.append(root.head)
    # "The GMB union"; not "an NHS trust", one trust of the NHS, nor the UN's agencies
    a = with_a(root.head)
    a = a or umbrella(strip_the(ent.text).lower())  # "the UN agency"
    if heads and root.dep_ == "compound" and root.head.pos_ == "NOUN" and not a:
        candidates.append(root.head)
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        candidates += [c for c in root.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"]
    candidates += reporter_described(root)
    for tok in candidates:
        kind = kind_noun(tok)
        if kind is not None:
            found.add(kind)
    last = ent[-1].lower_  # "Hartley Rovers" is a club, "United Nations" none; a lone
    if len(ent) > 1:  # ending is no name ("I work in Mining")
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
        or not with_the(subj)
        # a description with a name of its own is that body ("Teachers … have voted to
        # strike, the [EIS] union has announced")
        or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in subj.children)
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
    # "Farmer Tom Hughes"; not "Teacher Retirement System"
    titles = person_titles() if ent.label_ == "PERSON" else title_words()
    # and a person's "The" before them: "The Rt Hon Jane Smith"
    the = ent.label_ == "PERSON" and len(ent) > 2 and ent[0].lower_ == "the"
    n = 1 if the and ent[1].lower_.rstrip(".") in titles else 0
    while n < len(ent) - 1 and (
        ent[n].lower_.rstrip(".") in titles
        # a judge's style: "Lady Justice Marsh", "Mrs Justice Cobb"
        or (ent[n].lower_ in nouns().honorifics and ent[n + 1].lower_ in titles)
    ):
        n += 1
    # a title's modifier heads none: "State House", "Foreign Office" are no one's titles;
    # nor does a title owning what follows: "Attorney's Office for the Southern District"
    modifiers = all(t.lower_ in nouns().title_modifiers for t in ent[:n])
    return 0 if modifiers or ent[n].tag_ == "POS" else n


@cache
def title_words() -> frozenset[str]:
    """The role words without their abbreviation point ("dr." and "dr" alike)."""
    return frozenset(r.rstrip(".") for r in nouns().roles)


@cache
def person_titles() -> frozenset[str]:
    """The role words and the occupations: what stands before a person's name as their
    title ("Councillor Aileen Murray", "Farmer Tom Hughes") (built once)."""
    return title_words() | nouns().occupations


@cache
def plain_words() -> frozenset[str]:
    """The kind, role and occupation nouns: words that describe, not name ("Retailer",
    "Minister", "Farmer")."""
    lex = nouns()
    return lex.kind_nouns() | title_words() | lex.occupations


def described_before(tok: Token) -> bool:
    """Does the body text use the noun of the description ``tok`` earlier, outside a name
    and a headline ("Norway's sovereign wealth fund …" before "the fund")? Not as a new
    one the text names next ("A supermarket chain has been fined …", then its name)."""
    return any(
        t.lemma_ == tok.lemma_ and not t.ent_type_ and not on_headline(t) and not _a_new_one(t)
        for t in tok.doc[: tok.i]
        if t.pos_ == "NOUN"
    )


def _a_new_one(t: Token) -> bool:
    """Is ``t`` (or the noun it modifies) brought in with "a" or "an"?"""
    head = t.head if t.dep_ == "compound" else t
    return with_a(head)


def describes(tok: Token) -> tuple[str, set[str]] | None:
    """Is ``tok`` the head of a description of an organisation ("the company", "the lobby
    group", "the central bank", "its organisers")? Returns its kind noun and the kind
    nouns among its modifiers ("hospital" in "the hospital trust"), or None."""
    if not _common_noun(tok) or tok.ent_type_:
        return None
    det = next((c for c in tok.children if c.dep_ in ("det", "poss")), None)
    # a kind noun plural in form, its own lemma, takes no article: "Police said"
    collective = tok.tag_ == "NNS" and tok.lemma_.lower() == tok.lower_
    said_which = any(c.dep_ in ("amod", "compound", "nmod", "prep") for c in tok.children)
    if det is None and collective and not said_which:  # (not "Police in Ohio said")
        return (kind, set()) if (kind := kind_noun(tok)) is not None else None
    if det is None or (det.dep_ == "det" and det.lower_ not in DESCRIPTION_DETS):
        return None
    if det.dep_ == "poss" and det.lower_ not in BODY_POSSESSIVES and not _ranked(tok, det):
        return None  # "the coalition's secretariat", "her business": another's part
    kind = kind_noun(tok)
    if kind is None or (tok.tag_ not in ("NN", "NNP") and not collective):
        return None
    if any(
        c.dep_ == "compound"
        and (c.pos_ == "PROPN" or not c.is_sent_start)  # (or tagged a noun: "the Opec+ group")
        and c.text[:1].isupper()
        and not c.ent_type_
        and not umbrella(c.lower_)  # (but "the Championship club" is a club)
        for c in tok.children
    ):
        return None  # "the RMT union": a name the model did not tag, no description
    for prep in tok.children:  # "the office of Sen. Maria Delgado" says whose it is
        owner = [c for c in prep.subtree if c.i != prep.i and (c.pos_ == "PROPN" or c.ent_type_)]
        if prep.dep_ == "prep" and prep.lower_ == "of" and owner:
            return None
    mods = {
        k
        for c in tok.children
        if c.dep_ in ("compound", "amod") and not _umbrella_name(c)
        if (k := kind_noun(c))
    }
    return kind, mods


def _umbrella_name(tok: Token) -> bool:
    """Is ``tok`` the last word of an umbrella body's name before a kind noun ("the
    Premier League side"): a word that says whose, not what kind, the body is?"""
    words = [t.lower_ for t in tok.subtree if t.dep_ != "det"]
    return tok.pos_ == "PROPN" and umbrella(" ".join(words))


def fits_kindless(kind: str, kinds: set[str]) -> bool:
    """Does a description of ``kind`` fit a body the text gave no kind of its own, only
    the generic ``kinds`` (or none)? A body called only a company, a firm or a group
    fits only a description of their class ("Environmental group Naturskydd" is no
    ministry)."""
    lex = nouns()
    if kinds - lex.generic:
        return False
    business = bool(kinds) and kinds <= lex.business_words()
    return not business or lex.same_kind(kind, kinds)


def fits(description: tuple[str, set[str]], kinds: set[str]) -> bool:
    """Does a description (its kind noun and modifiers, from :func:`describes`) fit an
    entity of ``kinds``? An entity the article gave no kind fits a generic noun."""
    kind, mods = description
    lex = nouns()
    return bool(mods & kinds) or lex.same_kind(kind, kinds) or (not kinds and kind in lex.generic)


def proper_name(tok: Token) -> tuple[str, str] | None:
    """The name a proper noun the model did not tag carries, without the description
    before it: "the drivers' union Aslef" is Aslef, an organisation, and "motoring group
    the AA" the AA; so is a name with
    initials in it ("NHS England", "BBC Scotland")."""
    doc = tok.doc
    if not tok.text[:1].isupper():
        return None
    i = tok.i
    while i > 0 and doc[i - 1].text[:1].isupper() and doc[i - 1].head.i in range(i, tok.i + 1):
        i -= 1
    name = text_of(doc)[doc[i].idx : tok.idx + len(tok.text)]
    words = doc[i : tok.i + 1]
    # a person's name with letters after it: "Prosecutor Caroline Feld KC"
    titles = person_titles()
    named = [t for t in words[:-1] if t.pos_ == "PROPN" and t.lower_ not in titles]
    # (not a constituency's member: "the Bradford South MP", "A Labour MP")
    described = words[0].lower_ in ("a", "an", "the") or (i > 0 and doc[i - 1].pos_ == "DET")
    letters = words[-1].lower_ in nouns().post_nominals and not described
    if len(words) > 2 and letters and len(named) > 1:
        return text_of(doc)[named[0].idx : named[-1].idx + len(named[-1])], "person"
    # or titles before it: "Councilmember Jorge Ruiz" (not "Judge Business School")
    rest = words[next((k for k, t in enumerate(words) if t.lower_ not in titles), 0) :]
    plain = any(t.pos_ != "PROPN" or t.lower_ in plain_words() for t in rest)
    if words[0].lower_ in titles and len(rest) > 1 and not (described or plain):
        return text_of(doc)[rest[0].idx : tok.idx + len(tok.text)], "person"
    # not a role ("The Labour MP", "CNN President"), nor a headline's capitals
    initials = any(t.is_upper and len(t) > 1 and t.is_alpha for t in words)
    initials = initials and len(words) > 1 and not words.text.isupper()
    if initials and tok.tag_ == "NNP" and tok.lower_ not in title_words():
        return name, "organization"
    # "Unifor, which represents …, said"; "RenewableUK, the industry body, said"
    if tok.tag_ == "NNP" and (taken_up_by_which(tok) or _body_described_after(tok)):
        return name, "organization"
    # the description right before it, or before its "the" ("motoring group the AA")
    k = i - 1 if i > 1 and doc[i - 1].lower_ == "the" else i
    if k == 0 or tok.tag_ != "NNP" or doc[k - 1].lemma_.lower() not in nouns().kind_nouns():
        return None  # no description before it: leave it to the rules below
    return name, "organization"


def is_workplace(ent: Span) -> bool:
    """Is the name ``ent`` where a person works, in a description of them ("Tom Ashworth,
    an analyst at Barrow Capital", "a professor of law at Leeds")?"""
    prep = ent.root.head
    if ent.root.dep_ != "pobj" or prep.lower_ not in ("at", "of", "with"):
        return False
    work = prep.head.lemma_.lower()
    return prep.head.pos_ == "NOUN" and (work in nouns().roles or work in nouns().occupations)


def _body_described_after(tok: Token) -> bool:
    """Is the name set off by a description of a body right after it ("RenewableUK, the
    industry body, said"; "Unite, a trade union, said")?"""
    doc = tok.doc
    end = next((t.i for t in doc[tok.i + 2 : tok.i + 8] if t.text == ","), None)
    if end is None or doc[tok.i + 1].text != "," or end < tok.i + 4:
        return False
    first, last = doc[tok.i + 2], doc[end - 1]
    return first.lower_ in ("a", "an", "the") and last.lemma_.lower() in nouns().kind_nouns()


def taken_up_by_which(ent: Span | Token, pronoun: str = "which") -> bool:
    """Is the name taken up by the relative pronoun of things ("X, which represents
    carmakers, ..."), or by ``pronoun`` ("who": of persons)?"""
    return any(
        c.dep_ == "relcl" and any(g.lower_ == pronoun and g.i < c.i for g in c.children)
        for c in (ent.root if isinstance(ent, Span) else ent).children
    )


def _ranked(tok: Token, owner: Token) -> bool:
    """Is ``tok`` a body ranked in a place ("the world's biggest carmaker", "Britain's
    second-largest bank"): an owner that is the world, a country or a place, and a
    superlative or ordinal before the noun?"""
    place = owner.lower_ in PLACE_WORDS or owner.ent_type_ in ("GPE", "LOC")
    rank = any(c.tag_ == "JJS" or c.ent_type_ == "ORDINAL" for c in tok.children if c.i < tok.i)
    return place and rank


def spoken_of_as_company(ent: Span) -> bool:
    """Does the text speak of ``ent`` as a company ("Ryanair's chief executive", "shares in
    Spotify", "shares of Broadcom"; of a "person", "Ryanair customers" too), or set a
    company's description beside it ("Streamline, the video-conferencing company,")?"""
    root, words = ent.root, nouns().company_words
    doc = ent.doc
    comma = ent.end + 1 < len(doc) and doc[ent.end].text == ","
    if (
        comma
        and ent.label_ != "ORG"
        and any(  # (an organisation's kinds are its own)
            c.dep_ == "appos"
            and c.left_edge.i == ent.end + 1
            and c.left_edge.lower_ in ("a", "an", "the")
            and c.lemma_.lower() in nouns().business_words()
            for c in root.children
        )
    ):
        return True
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in ("in", "of"):
        return head.head.lemma_.lower() in ("share", "stake")
    modifier = root.dep_ == "poss" or (root.dep_ == "compound" and ent.label_ == "PERSON")
    noun = head.pos_ == "NOUN" and head.i >= ent.end  # (not "Trump sharing the streets")
    # "the EU's executive" alone is its executive body; "Ryanair's chief executive" a firm's
    body = head.tag_ == "NN" and not any(c.dep_ in ("amod", "compound") for c in head.children)
    return (
        modifier
        and noun
        and head.lemma_.lower() in words
        and not (body and head.lower_ == "executive")
    )


def agrees_as_team(ent: Span) -> bool:
    """Is the place name ``ent``, of two words or more, the subject of a plural verb ("Hull
    City have sacked their manager")? British English makes a team plural; a city takes
    the singular."""
    root = ent.root
    if len(ent) < 2 or root.dep_ != "nsubj" or root.tag_ in ("NNS", "NNPS"):
        return False
    verb = root.head
    forms = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    return any(t.tag_ == "VBP" or t.lower_ == "were" for t in forms)


def umbrella(name: str) -> bool:
    """Is ``name`` (lower case, no "the") an umbrella body's: the UN's, a league's (its
    division's too: "the National League South side")?"""
    lex = nouns()
    if name.replace(".", "") in lex.umbrella_bodies:  # "the U.N. agency"
        return True
    return name in lex.umbrella_bodies or any(w in lex.umbrella_endings for w in name.split())
