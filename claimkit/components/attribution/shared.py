"""What every attribution rule reads: the word sets of the forms, the cue frame of a verb, the
quotations near a place, whether a verb has a subject of its own.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Token

from claimkit.components.records import Quote, indices_of
from claimkit.intervals import Intervals
from claimkit.lexicons import Frame, cues

__all__ = [
    "QuoteIndex",
    "compound_subject",
    "cue_candidates",
    "frame_of",
    "has_subject",
    "misread_noun",
    "quote_at",
    "quotes_near",
    "reports_words",
]

SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
ZW = "\u200b\u200c\u200d\u2060\ufeff\x00"  # zero-width and NUL characters count as space
CLOSING = " \t\r\n.,;:!?\"'”’»…\u00a0"
FINITE = {"VBD", "VBZ", "VBP"}
TIMES = {"DATE", "TIME"}


def cue_candidates(doc: Doc) -> list[Token]:
    """The tokens whose lemma is a verb of the active cue lexicon, in text order: the only
    ones :func:`frame_of` can give a frame, found without walking every word."""
    lex = cues()
    lemmas = lex.verbs.keys() | lex.by_documents.keys() | lex.by_hearings.keys()
    return [doc[i] for i in indices_of(doc, LEMMA, lemmas, cased=True)]


def frame_of(tok: Token) -> Frame | None:
    lex = cues()
    lemma = tok.lemma_.lower()
    if _misread_root(tok):  # only a document's finding: "Documents seen by the Echo show"
        words = {w for c in tok.children if c.dep_ == "nsubj" for w in (c.lemma_.lower(), c.lower_)}
        return lex.by_documents.get(lemma) if words & lex.documents else None
    if tok.pos_ not in ("VERB", "AUX") and tok.tag_ not in ("VBD", "VBZ", "VBP", "VBN", "VBG"):
        return None
    frame = lex.verbs.get(lemma)
    if frame is None and lemma in lex.by_hearings:  # "…, York Crown Court heard"
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        return lex.by_hearings[lemma] if subj is not None and subj.lower_ in lex.hearings else None
    if frame is None and lemma in lex.by_documents:
        # "the survey found …", "figures published on Monday show …"; not "police found the car"
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None) or compound_subject(tok)
        if subj is None and tok.dep_ == "conj" and tok.head.tag_ in FINITE:
            # "Researchers analysed … and found that …"; not "may listen and conclude"
            subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        # "data" by its word: the lemmatizer makes it "datum"
        if subj is not None and {subj.lemma_.lower(), subj.lower_} & lex.documents:
            return lex.by_documents[lemma]
        # "The King's Fund found that …": a finding; but "shows" is a person's only for
        # their documents ("Footage shows", not "Trump shows he is serious"), and what a
        # thing shows inside someone's words is their reasoning ("said the deal showed …")
        reasoned = tok.dep_ == "ccomp" and tok.head.lemma_.lower() in lex.verbs
        shown = subj is not None and (
            lemma != "show" or (subj.pos_ == "NOUN" and not subj.ent_type_ and not reasoned)
        )
        if shown and _finding_clause(tok):
            return lex.by_documents[lemma]
    return frame


def _misread_root(tok: Token) -> bool:
    """Is ``tok`` a verb the tagger read as the noun heading its sentence, with a subject
    and a "that" clause ("Documents seen by the Echo show that …": "Echo show")?"""
    if tok.dep_ != "ROOT" or tok.pos_ != "NOUN" or not any(c.dep_ == "nsubj" for c in tok.children):
        return False
    clauses = (c for c in tok.children if c.dep_ == "ccomp")
    return any(k.dep_ == "mark" and k.lower_ == "that" for c in clauses for k in c.children)


def compound_subject(tok: Token) -> Token | None:
    """The noun right before a cue that the parser took for a modifier of it, after the
    clause it reports (a headline's "Microsoft to cut 3,000 jobs, memo shows"), or None."""
    before = tok.doc[tok.i - 1] if tok.i else None
    if before is None or before.head.i != tok.i or before.dep_ != "compound":
        return None
    reports = any(c.dep_ == "ccomp" and c.i < tok.i for c in tok.children)
    return before if before.pos_ == "NOUN" and reports else None


def _finding_clause(tok: Token) -> bool:
    """Does a clause that is a finding complement the verb: one with "that", an auxiliary
    or a present tense ("found that 38 per cent …", "found the drug cuts deaths"; not "found
    the car abandoned", nor "found ice buried", which a past tense leaves ambiguous), or
    one before it ("Those who ate the most had a higher risk, the authors found")?"""
    return any(
        c.dep_ == "ccomp"
        and any(m.dep_ in ("nsubj", "nsubjpass", "csubj") for m in c.children)
        and (
            c.i < tok.i
            or c.tag_ in ("VBZ", "VBP")
            or any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            or any(m.dep_ in ("aux", "auxpass") and m.tag_ != "TO" for m in c.children)
        )
        for c in tok.children
    )


def reports_words(tok: Token) -> bool:
    """Is ``tok`` a cue that reports words of its own, not only a quotation beside it
    ('she continued')? A conjoined verb that is not one is more of the content ('affirmed
    their resolve and continue working')."""
    frame = frame_of(tok)
    return frame is not None and bool(frame.content)


class QuoteIndex(list[Quote]):
    """The quotes of a Doc, with a sorted index of their segments for fast look-ups."""

    def __init__(self, quotes: Iterable[Quote]) -> None:
        super().__init__(quotes)
        self._segments = Intervals((a, b, q) for q in self for a, b in q.segments)
        self._spans = Intervals((q.start, q.end, q) for q in self)

    def at(self, pos: int) -> Quote | None:
        """The quote whose words hold character ``pos``, if any."""
        return next((q for _, _, q in self._segments.overlapping(pos, pos + 1)), None)

    def near(self, a: int, b: int, margin: int = 2) -> list[Quote]:
        """Quotes whose span comes within ``margin`` characters of [a, b)."""
        return [q for _, _, q in self._spans.overlapping(a - margin, b + margin)]


def quotes_near(quotes: list[Quote], a: int, b: int, margin: int = 2) -> list[Quote]:
    if isinstance(quotes, QuoteIndex):
        return quotes.near(a, b, margin)
    return [q for q in quotes if q.end > a - margin and q.start < b + margin]


def quote_at(quotes: list[Quote], pos: int) -> Quote | None:
    if isinstance(quotes, QuoteIndex):
        return quotes.at(pos)
    return next((q for q in quotes if any(a <= pos < b for a, b in q.segments)), None)


def has_subject(tok: Token) -> bool:
    return any(c.dep_ in SUBJECTS for c in tok.children)


def misread_noun(tok: Token) -> bool:
    """Is ``tok`` a plural noun the parser took for a verb, with a clause marked by "for"
    ("apologised for a record number of sewage spills into rivers last year, telling MPs
    …")? Its subject and time are no one's statement's."""
    # a present-tense form: not "called for Ginsburg to resign", a clause of its own
    finite = tok.tag_ in ("VBZ", "VBP")
    return finite and any(c.dep_ == "mark" and c.lower_ == "for" for c in tok.children)
