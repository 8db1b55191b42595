"""What the components write to ``Doc._``: small plain records, registered once.

Extensions (all under the ``ck_`` prefix):

- ``doc._.ck_published``: the document date (``datetime.date`` or None), set by the caller.
- ``doc._.ck_quotes``: list of :class:`Quote` (``claimkit_quotes``).
- ``doc._.ck_attributions``: list of :class:`Attribution` (``claimkit_attribution``,
  speakers filled in by ``claimkit_speakers``).
- ``doc._.ck_entities``: list of :class:`EntityCluster` (``claimkit_speakers``).
- ``doc._.ck_times``: list of :class:`TimeMention` (``claimkit_times``).
- ``doc._.ck_layout``: :class:`claimkit.prepare.Layout` of the page (set by the caller);
  claims in its boilerplate are dropped.
- ``doc._.ck_errors``: list of messages from components that failed on this Doc (see
  :func:`guarded`); the batch goes on and the Document carries the error.
"""

from __future__ import annotations

import bisect
import datetime as dt
import logging
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from spacy.attrs import IDX, LEMMA
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from claimkit.intervals import Intervals

log = logging.getLogger("claimkit")


@dataclass
class Quote:
    """A quotation: offsets of the words inside the marks, per paragraph segment."""

    start: int
    end: int
    mark: str
    segments: list[tuple[int, int]]
    depth: int = 0


@dataclass
class SpeakerInfo:
    """A resolved speaker, in character offsets."""

    name: str
    type: str
    mention: tuple[int, int] | None
    role: str | None = None
    affiliation: str | None = None
    entity_id: str | None = None


@dataclass
class SourceInfo:
    """A cited source, in character offsets."""

    name: str
    kind: str
    span: tuple[int, int] | None


@dataclass
class Attribution:
    """One claim as the components see it, in character offsets."""

    kind: str
    content: tuple[int, int]
    cue: tuple[int, int] | None
    speaker_token: int | None
    evidence: str
    sentence: tuple[int, int]
    cue_token: int | None = None
    addressee: tuple[int, int] | None = None
    when_token: int | None = None
    when_from: str | None = None  # "cue" or "event": see attribution.when.statement_time
    reported_now: bool = False  # a plain "said"/"says" with no time: see build._same_day
    confidence: float = 0.5
    reported_by: int | None = None
    speaker: SpeakerInfo | None = None
    source_token: int | None = None
    source: SourceInfo | None = None
    segments: list[tuple[int, int]] = field(default_factory=list)  # empty: just content

    def pieces(self) -> list[tuple[int, int]]:
        """The spans of what was said: ``segments``, or the content when it is one piece."""
        return self.segments or [self.content]


@dataclass
class EntityCluster:
    """Mentions of one named thing."""

    id: str
    name: str
    label: str
    mentions: list[tuple[int, int]] = field(default_factory=list)
    role: str | None = None
    affiliation: str | None = None
    kinds: set[str] = field(default_factory=set)  # "company", "maker": see descriptions.py


@dataclass
class TimeMention:
    """A time expression and its resolution."""

    start: int
    end: int
    value: str | None
    first: dt.date | None
    last: dt.date | None
    granularity: str
    anchor: str


_EXTENSIONS: dict[str, object] = {
    "ck_published": None,
    "ck_quotes": None,
    "ck_attributions": None,
    "ck_entities": None,
    "ck_times": None,
    "ck_layout": None,
    "ck_errors": None,
}


class DocCache:
    """Values read from a Doc once and kept for the components that follow: its text, its
    entities, sentence and token starts, its transcript and interview turns. Kept in
    ``doc.user_data["ck_cache"]``; never serialised (see :mod:`claimkit.components.state`),
    rebuilt on first use after."""

    __slots__ = (
        "ent_starts",
        "ents",
        "interviews",
        "sent_starts",
        "sents",
        "text",
        "token_starts",
        "turns",
        "unnamed",
    )

    def __init__(self) -> None:
        self.text: str | None = None
        self.ents: list[Span] | None = None
        self.ent_starts: list[int] | None = None
        self.sent_starts: list[int] | None = None
        self.sents: list[Span] | None = None
        self.token_starts: list[int] | None = None
        self.turns: dict[int, tuple[int, int]] | None = None  # transcript turn names
        self.interviews: dict[int, tuple[int, int] | None] | None = None  # Q/A turns
        self.unnamed: dict[str, int] = {}  # a noun's first unnamed body: unnamed_body_before

    def __reduce__(self) -> tuple[type[DocCache], tuple[()]]:
        return (DocCache, ())  # a pickled Doc carries an empty cache, not Spans


def cache_of(doc: Doc) -> DocCache:
    """The :class:`DocCache` of ``doc``, made on first use."""
    cache = doc.user_data.get("ck_cache")
    if not isinstance(cache, DocCache):
        cache = doc.user_data["ck_cache"] = DocCache()
    return cache


def text_of(doc: Doc) -> str:
    """``doc.text``, built once: spaCy joins every token's text on each access."""
    cache = cache_of(doc)
    if cache.text is None:
        cache.text = doc.text
    return cache.text


def opens_line(tok: Token) -> bool:
    """Does ``tok`` open its sentence or a line (where a common noun is capitalised)?"""
    return tok.is_sent_start or tok.i == 0 or "\n" in tok.doc[tok.i - 1].text


def line_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The character range of the line that holds ``text[start:end]`` (without its
    line breaks)."""
    stop = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if stop == -1 else stop


def line_of(doc: Doc, a: int, b: int) -> tuple[int, str]:
    """Where the line holding characters ``a`` to ``b`` starts, and its text without the
    space and closing quotation marks at its end."""
    text = text_of(doc)
    start, end = line_around(text, a, b)
    return start, text[start:end].rstrip().rstrip("\"'”’»")


def on_headline(tok: Token) -> bool:
    """Is ``tok`` on a line with no full stop at its end (a headline's)?"""
    _, line = line_of(tok.doc, tok.idx, tok.idx + len(tok.text))
    return not line.endswith((".", "?", "!"))


def with_the(tok: Token) -> bool:
    """Does "the" determine ``tok`` ("the company", "the 29-year-old")?"""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def with_a(tok: Token) -> bool:
    """Does "a" or "an" determine ``tok`` ("a supermarket chain", "told a Googler")?"""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)


def ents_of(doc: Doc) -> list[Span]:
    """``doc.ents``, built once (spaCy rebuilds the list on each access)."""
    cache = cache_of(doc)
    if cache.ents is None:
        cache.ents = list(doc.ents)
    return cache.ents


def body_named_before(tok: Token) -> bool:
    """Does the text below its headline name an organisation in a sentence before
    ``tok``'s? A definite description then refers back, not ahead: after "…, according to
    the Nationwide Building Society", "the lender said" is no "Halifax, the UK's biggest
    mortgage lender" named after it. (A body in its own sentence is most often what it
    speaks of: "The regulator has fined Apple …, the watchdog said".)"""
    start = sentence_of(tok.doc, tok.i).start_char
    return any(
        e.label_ == "ORG" and e.start_char < start and not on_headline(e.root)
        for e in ents_of(tok.doc)
    )


def unnamed_body_before(tok: Token) -> bool:
    """Did the text bring in a body by the noun of the description ``tok`` before, and no
    name with it: a place's ("Norway's sovereign wealth fund" … "the fund's website") or an
    indefinite one ("a pension fund"), not "a fund, Ardent Capital"? The description is
    that body, none of its class named since."""
    first = cache_of(tok.doc).unnamed
    if tok.lemma_ not in first:  # (the first such use of each noun, found once per Doc)
        uses = (tok.doc[i] for i in indices_of(tok.doc, LEMMA, (tok.lemma_,)))
        found = (t.i for t in uses if _brings_in_unnamed(t))
        first[tok.lemma_] = next(found, len(tok.doc))
    return first[tok.lemma_] < tok.i


def _brings_in_unnamed(t: Token) -> bool:
    """Is ``t`` a noun that brings in a body unnamed: "a fund", "Norway's … fund"?"""
    if t.pos_ != "NOUN" or t.ent_type_ or on_headline(t):
        return False
    named = any(c.dep_ == "appos" or c.ent_type_ == "ORG" for c in t.children)
    a = with_a(t)
    placed = any(c.dep_ == "poss" and c.ent_type_ in ("GPE", "NORP") for c in t.children)
    return (a or placed) and not named


def cluster_at(ent: Span, by_char: Mapping[int, EntityCluster]) -> EntityCluster | None:
    """The cluster with a mention that starts at one of the entity's words: the model's
    entity may take in a dash, a verb or a conjunction before the name the cluster keeps
    ("― Jacklyn Ashley", "[Neither Cruz]")."""
    return next((by_char[t.idx] for t in ent if t.idx in by_char), None)


def ents_between(doc: Doc, start: int, end: int) -> list[Span]:
    """The entities lying within tokens [start, end), in O(log n + k)."""
    ents = ents_of(doc)
    cache = cache_of(doc)
    if cache.ent_starts is None:
        cache.ent_starts = [e.start for e in ents]
    lo = bisect.bisect_left(cache.ent_starts, start)
    hi = bisect.bisect_left(cache.ent_starts, end)
    return [e for e in ents[lo:hi] if e.end <= end]


def sentence_of(doc: Doc, i: int) -> Span:
    """The sentence holding token ``i``, in O(log n): spaCy's ``Token.sent`` scans the Doc
    on every call. The boundaries are read once per Doc, after the parser has run."""
    cache = cache_of(doc)
    if cache.sent_starts is None or cache.sents is None:
        cache.sents = list(doc.sents)
        cache.sent_starts = [s.start for s in cache.sents]
    return cache.sents[bisect.bisect_right(cache.sent_starts, i) - 1]


def opening_participle(verb: Token) -> Token | None:
    """The present participle clause that opens ``verb``'s sentence, or follows its subject
    set off by commas, and shares the subject: the occasion of what the verb reports
    ("Sentencing him on Wednesday, the judge said …", "The minister, visiting Ashby on
    Saturday, said …"). None for a clause with a subject, an auxiliary ("Having met …",
    earlier) or a conjunction ("After meeting …")."""
    doc = verb.doc
    start = sentence_of(doc, verb.i).start
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    for c in (*verb.children, *(g for s in subjects for g in s.children)):
        if c.tag_ != "VBG" or c.i > verb.i:
            continue
        # opening the sentence, or set off by commas after the subject ("Tom Lyle,
        # visiting a flood barrier on Saturday, said")
        opening = c.dep_ == "advcl" and c.left_edge.i == start
        set_off = c.dep_ == "acl" and c.i > 0 and doc[c.i - 1].text == ","
        if not (opening or set_off):
            continue
        own = ("nsubj", "nsubjpass", "aux", "auxpass", "mark")
        return None if any(k.dep_ in own for k in c.children) else c
    return None


def tokens_before(doc: Doc, char: int) -> int:
    """How many tokens start before character ``char``, in O(log n) (starts cached per Doc)."""
    cache = cache_of(doc)
    if cache.token_starts is None:
        cache.token_starts = doc.to_array(IDX).tolist()
    return bisect.bisect_left(cache.token_starts, char)


def indices_of(doc: Doc, attr: int, words: Collection[str], *, cased: bool = False) -> list[int]:
    """The indices, in text order, of the tokens whose ``attr`` (``LEMMA``, ``LOWER``,
    ``ORTH``, ``POS``) is one of ``words`` (with ``cased``, also in title or upper case, as
    the lemmatizer leaves "Put" and "SIGN"): read through one array, not a Token object per
    word, so a rule that starts from a few words does not walk the whole Doc."""
    wanted = _ids_of(frozenset(words), cased)  # sorted
    values = doc.to_array(attr)
    if not len(wanted) or not len(values):
        return []
    at = np.searchsorted(wanted, values).clip(max=len(wanted) - 1)
    return np.flatnonzero(wanted[at] == values).tolist()


@lru_cache(maxsize=64)
def _ids_of(words: frozenset[str], cased: bool) -> np.ndarray:
    forms = {f for w in words for f in ((w, w.title(), w.upper()) if cased else (w,))}
    return np.array(sorted(get_string_id(f) for f in forms), dtype=np.uint64)


def subtree_bounds(tok: Token, drop: Callable[[Token], bool] | None = None) -> tuple[int, int]:
    """First and last token index of ``tok``'s subtree, leaving out the subtrees of the
    children ``drop`` names. Read from the parser's left and right edges, in time linear in
    the number of children: walking ``Token.subtree`` instead is quadratic on nested
    clauses ("the man who said that the man who said ...")."""
    lo = hi = tok.i
    for child in tok.children:
        if drop is None or not drop(child):
            lo = min(lo, child.left_edge.i)
            hi = max(hi, child.right_edge.i)
    return lo, hi


def quoted_segments(doc: Doc) -> Intervals[Quote]:
    """The segments of ``doc``'s quotations by character, for overlap look-ups."""
    return Intervals((a, b, q) for q in doc._.ck_quotes or [] for a, b in q.segments)


def set_beside(tok: Token) -> list[Token]:
    """The words in apposition with ``tok``: its appositions and, when it is one, the word
    it is set beside ("Harwick Foods, a frozen-food maker"; "her coach, Aston Moore")."""
    beside = [c for c in tok.children if c.dep_ == "appos"]
    return [*beside, tok.head] if tok.dep_ == "appos" else beside


def in_word_hyphen(tok: Token) -> bool:
    """Is ``tok`` a hyphen inside a word ("Jean-Luc", "Rolls-Royce"), not a list's dash
    ("- Greg McBride")?"""
    before = tok.doc[tok.i - 1] if tok.i else tok
    return tok.text == "-" and not tok.whitespace_ and not before.whitespace_ and before.is_alpha


def guarded(name: str, run: Callable[[Doc], None], doc: Doc) -> Doc:
    """Run one component's work on ``doc``; an exception is recorded on ``doc._.ck_errors``
    instead of escaping, so that one bad document never stops a batch."""
    try:
        run(doc)
    except Exception as exc:  # recorded, and reported on the Document
        log.warning("claimkit: %s failed: %s", name, exc)
        doc._.ck_errors = [*(doc._.ck_errors or []), f"{name}: {type(exc).__name__}: {exc}"]
    return doc


def register_extensions() -> None:
    """Register claimkit's ``Doc._`` extensions once (idempotent)."""
    for name, default in _EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register_extensions()
