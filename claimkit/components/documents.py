"""Documents in an article: the words for one ("statement", "figures"), the words that
may name who issued one, and its earlier mentions ("the statement said" takes up "a
statement by the Kremlin" or "the trust said in a statement" before it)."""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from spacy.attrs import POS
from spacy.tokens import Doc, Span, Token

from claimkit.components.records import indices_of, on_headline, sentence_of, with_a, with_the
from claimkit.lexicons import cues, nouns, sources

__all__ = [
    "NUMBERS",
    "DocumentMentions",
    "author_named_later",
    "document_subject",
    "document_word",
    "issuer_words",
    "published_in_an_outlet",
    "reported_next",
    "source_phrase",
    "split_document",
    "written_by",
]


class DocumentMentions:
    """The mentions of each document word of one Doc ("statement", "figures"), indexed on
    first need: most articles never ask."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._index: dict[str, list[int]] | None = None

    def before(self, tok: Token, limit: int) -> list[Token]:
        """Up to ``limit`` earlier mentions of the document word ``tok`` is, latest first."""
        seen = self._mentions(tok)
        before = seen[: bisect.bisect_left(seen, tok.i)]
        return [self.doc[i] for i in reversed(before[-limit:])]

    def after(self, tok: Token, limit: int) -> list[Token]:
        """Up to ``limit`` later mentions of the document word ``tok`` is, next first."""
        seen = self._mentions(tok)
        return [self.doc[i] for i in seen[bisect.bisect_right(seen, tok.i) :][:limit]]

    def _mentions(self, tok: Token) -> list[int]:
        if self._index is None:
            self._index = {}
            for t in (self.doc[i] for i in indices_of(self.doc, POS, ("NOUN",))):
                if (word := _same_document(t)) is not None:
                    self._index.setdefault(word, []).append(t.i)
        return self._index.get(_same_document(tok) or "", [])


def _same_document(tok: Token) -> str | None:
    """The document word ``tok`` is, one for all the nouns of figures ("NHS England data
    published on Thursday … the figures also showed": the same figures)."""
    word = document_word(tok)
    return "figures" if word in sources().statistics else word


def written_by(tok: Token, *, definite: bool = True) -> Token | None:
    """The name "by" gives as the author of a definite mention of a document ("The report,
    by the Care Quality Commission, found": on the noun, or set off after it where the
    parser hung it on the verb; "The review, led by Donna Ockenden,"), or None; without
    ``definite``, of any mention ("a report by the Tony Blair Institute")."""
    if definite and not with_the(tok):
        return None
    near = [*tok.children, *(c for c in tok.head.children if tok.i < c.i < tok.head.i)]
    # or the agent of an issuing participle: "The independent review, led by Donna Ockenden,"
    issued = (c for c in near if c.dep_ == "acl" and c.lemma_ in sources().issuing_participles)
    near += [a for c in issued for a in c.children if a.dep_ == "agent"]
    by = next((c for c in near if c.dep_ in ("prep", "agent") and c.lower_ == "by"), None)
    named = next((c for c in by.children if c.dep_ == "pobj"), None) if by else None
    if named is not None and not named.ent_type_:  # "sent by the trust's chief operating
        # officer, Dawn Pike,": the name in apposition
        named = next((c for c in named.children if c.dep_ == "appos"), named)
    return named if named is not None and named.ent_type_ in ("ORG", "PERSON") else None


def author_named_later(tok: Token, later: list[Token]) -> Token | None:
    """The author a later mention of the document ``tok`` names: "by" after a definite one
    (:func:`written_by`), the name who spoke in a definite one ("X wrote in the memo"),
    or, for a bare plural after what it says ("The list has fallen, figures show."), a
    name before the same bare plural ("NHS England figures published on Thursday show").
    Not "Polls show …" before "a Quinnipiac poll": another poll."""
    # a headline's bare "report says" is the report its lede introduces ("according to a
    # report by the Tony Blair Institute")
    lede = on_headline(tok) and not any(c.dep_ in ("det", "poss") for c in tok.children)
    first = written_by(later[0], definite=False) if lede and later else None
    named = first or next((n for t in later if (n := written_by(t) or _wrote_in(t))), None)
    if named is not None or any(c.dep_ in ("det", "poss") for c in tok.children):
        return named
    cue = tok.head  # after what it says: "The list has fallen, figures show."
    after = any(c.dep_ in ("ccomp", "parataxis") and c.i < cue.i for c in cue.children)
    if tok.tag_ != "NNS" or not after:
        return None
    for t in (t for t in later if t.lower_ == tok.lower_):  # (not "a Quinnipiac poll")
        if any(c.dep_ == "det" for c in t.children):
            continue
        owners = (c for c in t.children if c.dep_ in ("compound", "poss"))
        names = (c for c in owners if c.ent_type_ in ("ORG", "PERSON", "") and c.pos_ == "PROPN")
        found = next(names, None)
        if found is not None:
            return found
    return None


def _wrote_in(tok: Token) -> Token | None:
    """The named subject of the cue that ``tok``, a definite mention of a document, is the
    medium of ("Judson Althoff … wrote in the memo"), or None."""
    prep = tok.head
    if not with_the(tok) or tok.dep_ != "pobj" or prep.lower_ != "in":
        return None
    verb = prep.head
    if verb.lemma_.lower() not in cues().speech:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    named = subj is not None and (subj.ent_type_ in ("ORG", "PERSON") or subj.pos_ == "PROPN")
    return subj if named else None


NUMBERS = ("PERCENT", "CARDINAL", "MONEY", "QUANTITY")  # a figure's entity labels


def reported_next(tok: Token) -> Token | None:
    """The organisation that, in the very next sentence, reports the figures a document
    noun with no issuer shows ("UK unemployment has risen …, official figures show." then
    "The jobless rate rose to 5.1% …, the Office for National Statistics said"): a name the
    model tagged as an organisation, subject of a speech cue that is no future or modal,
    with a number in its clause; only for nouns of figures (``statistics``); else None."""
    doc = tok.doc
    if tok.lower_ not in sources().statistics or any(c.dep_ == "poss" for c in tok.children):
        return None
    end = sentence_of(doc, tok.i).end
    if end >= len(doc):
        return None
    speech = cues().speech

    def reports(cue: Token) -> bool:  # a figure in what it says, now: not "will announce"
        modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in cue.children)
        figure = any(t.ent_type_ in NUMBERS for t in cue.subtree)
        return cue.lemma_.lower() in speech and not modal and figure

    nxt = sentence_of(doc, end)
    subjects = (t for t in nxt if t.ent_type_ == "ORG" and t.dep_ == "nsubj")
    reporter = next((t for t in subjects if reports(t.head)), None)
    # or cites it for a figure: "About 7.4 million treatments were waiting …, according to
    # NHS England"
    cited = (
        t
        for t in nxt
        if t.ent_type_ == "ORG" and t.dep_ == "pobj" and t.head.lower_ == "to"
        if t.head.head.lower_ == "according" and any(w.ent_type_ in NUMBERS for w in nxt)
    )
    return reporter or next(cited, None)


def issuer_words(tok: Token) -> Iterator[Token]:
    """The words that may name who issued the document ``tok``, in order: a possessor
    ("Assad's statement", "its projections", "the bank's statement"), a name or a body's
    noun before it ("a Pentagon report", "LSEG data", "police estimates"), the object of
    "of", "by" or "from" ("a statement by the Kremlin"), the agent of an issuing participle
    ("the review, published on Thursday by the HSIB") and the owner of the medium it was
    issued in ("published in the service's bulletin"), the website it is on ("a
    statement on the trust's website") and who put it out ("The council published a
    statement that said")."""
    of: list[Token] = []
    for child in tok.children:
        body = child.pos_ == "NOUN" and child.lemma_.lower() in sources().issuing_bodies
        # a possessor, named or described: "Assad's statement", "the bank's statement"
        # (not a word of the document's own name: "Court documents show")
        own = source_phrase(child, tok) is not None
        # (or a name with "of" the parser made a modifier: "Ministry of Justice figures")
        named = child.dep_ == "compound" and (child.pos_ == "PROPN" or body)
        named = named or (child.dep_ == "nmod" and child.ent_type_ == "ORG")
        if (child.dep_ == "poss" and child.pos_ in ("PROPN", "PRON", "NOUN")) or (
            named and not own
        ):
            yield child
        elif child.dep_ == "prep" and child.lower_ in ("of", "by", "from"):
            objects = [c for c in child.children if c.dep_ == "pobj"]
            # (a place after "from" is where it comes from: "Reports from London say")
            place = any(c.ent_type_ in ("GPE", "LOC") for c in objects[:1])
            if child.lower_ == "by" or (child.lower_ == "from" and not place):
                yield from objects[:1]
            # "of" names an issuer by name or as another document ("the results of the
            # latest Quinnipiac University poll"), after "by": "a study of 60 British firms"
            # is its topic, "an analysis of FEC data by Crowdpac" is Crowdpac's
            of += [c for c in objects[:1] if c.ent_type_ in ("ORG", "PERSON") or document_word(c)]
        elif child.dep_ == "prep" and child.lower_ == "on":  # "a notice on its website"
            for site in (c for c in child.children if c.dep_ == "pobj"):
                if sources().nouns.get(site.lemma_.lower()) == "website":
                    yield from _first(c for c in site.children if c.dep_ == "poss")
        elif child.dep_ == "acl" and child.lemma_ in sources().issuing_participles:
            for agent in _first(c for c in child.children if c.dep_ == "agent"):
                yield from map(_named_before, _first(c for c in agent.children if c.dep_ == "pobj"))
            # "the figures, published in the service's monthly bulletin": its owner
            for prep in (c for c in child.children if c.dep_ == "prep" and c.lower_ == "in"):
                for medium in (c for c in prep.children if c.dep_ == "pobj"):
                    yield from _first(c for c in medium.children if c.dep_ == "poss")
    yield from of
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in sources().issuing_participles:
        yield from _first(c for c in tok.head.children if c.dep_ == "nsubj" and not c.conjuncts)
    # "The report, by the Healthcare Safety Investigation Branch, found": set off between
    # the document and its verb, where the parser hung it on the verb
    verb = tok.head
    if tok.dep_ == "nsubj":
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "by" and tok.i < prep.i < verb.i:
                yield from _first(c for c in prep.children if c.dep_ == "pobj")


def _first(tokens: Iterator[Token]) -> list[Token]:
    return next(([t] for t in tokens), [])


def document_subject(sent: Span) -> Token | None:
    """The definite document a sentence is about, its main verb's subject ("The lawsuit,
    filed in federal court, seeks $25m"), or None."""
    subj = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
    if subj is None or not any(c.lower_ in ("the", "this") for c in subj.children):
        return None
    return subj if document_word(subj) is not None else None


def document_word(tok: Token) -> str | None:
    """The document noun ``tok`` is, as the lexicon lists it: its lemma ("statement"), or
    the word itself where only the plural is one ("figures", not "a key figure"), or with
    the word before it ("court papers", not "papers")."""
    found = next((w for w in (tok.lemma_.lower(), tok.lower_) if w in nouns().document), None)
    named = any(c.dep_ == "compound" and source_phrase(c, tok) == "document" for c in tok.children)
    # (or a study a journal prints: "a paper published in the journal Nature")
    return found or (tok.lower_ if named or published_in_an_outlet(tok) else None)


def source_phrase(modifier: Token, noun: Token) -> str | None:
    """The kind of source a modifier and its noun name together, as the source lexicon
    lists the two words ("court papers": a document), or None."""
    return sources().nouns.get(f"{modifier.lower_} {noun.lower_}")


def split_document(pobj: Token) -> bool:
    """Does a document's name of several words end ``pobj``'s phrase, split by the parser
    at its "of" ("a [prevention] of future deaths [report]": one, its last noun bare)?"""
    last = pobj.right_edge
    split = last.dep_ == "pobj" and last.head.lower_ == "of" and last.head.head.i == pobj.i
    one = with_a(pobj)
    bare = last.pos_ == "NOUN" and not any(c.dep_ in ("det", "poss") for c in last.children)
    return split and one and bare and document_word(last) is not None


def _named_before(tok: Token) -> Token:
    """The last word of the name the parser hung on ``tok`` when ``tok`` is no name but the
    verb after it, read as a noun ("figures published by [the Environment Agency] show"),
    or ``tok``."""
    before = tok.doc[tok.i - 1] if tok.i else None
    named = before is not None and before.head.i == tok.i and before.ent_type_ in ("ORG", "PERSON")
    return before if named and not tok.ent_type_ and before is not None else tok


def published_in_an_outlet(tok: Token) -> bool:
    """Is ``tok`` published in a medium ("a paper published in the journal Nature"),
    something a journal prints, not a paper of its own?"""
    lex = sources()
    return any(
        acl.dep_ == "acl"
        and acl.lemma_.lower() in lex.issuing_participles
        and any(
            lex.nouns.get(pobj.lemma_.lower()) == "outlet"
            for prep in acl.children
            if prep.dep_ == "prep" and prep.lower_ == "in"
            for pobj in prep.children
            if pobj.dep_ == "pobj"
        )
        for acl in tok.children
    )
