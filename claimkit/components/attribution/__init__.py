"""``claimkit_attribution``: who said what, from quotes, cue verbs and the parse.

A package of rules, one module per family of forms, each rule with one id and one
confidence in :mod:`.rules` (a claim's ``evidence`` is its rule id). :func:`attribute`
runs the passes in this order, and only here:

1. :mod:`.direct`: each quotation segment and the cue right after or before it, a dash,
   or the previous speaker in the paragraph.
2. :mod:`.reported`: cue verbs with a subject and a content argument (their frame in
   ``lexicons/cues.json``), and :mod:`.findings` where the parser took a document's
   cue for a noun; :mod:`.prepositional` ("according to X"); :mod:`.colon` (headline
   and transcript lines). A report that is mostly a direct quotation goes.
3. :mod:`.direct` again: quotations that run on after a report (``X said Y: "…"``).
4. :mod:`.unattributed`: figures in the outlet's own voice.
5. Page furniture out; :mod:`.nesting` links each claim to the claim that reports it; a
   nested act that is no statement goes; an outlet cited by "according to" becomes the
   source of the claim it reports.

With ``attribution="hybrid"`` the component then adds the attributions of the trained
tagger (:mod:`.tagger`) that no rule claim overlaps.

Span repair is in :mod:`.spans`, the speaker token of a cue in :mod:`.subjects`, the parts
of one attribution in :mod:`.content`. Speakers are recorded as tokens here;
``claimkit_speakers`` resolves them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from claimkit.components.attribution.colon import colon_claims
from claimkit.components.attribution.direct import direct_claims, quotes_after_the_cue
from claimkit.components.attribution.filters import (
    act_not_speech,
    asks_anonymity,
    gives_a_name,
)
from claimkit.components.attribution.findings import trailing_findings
from claimkit.components.attribution.nesting import link_nested
from claimkit.components.attribution.prepositional import cited_outlets, prepositional_claims
from claimkit.components.attribution.reported import reported_claims
from claimkit.components.attribution.shared import QuoteIndex
from claimkit.components.attribution.spans import overlap_len
from claimkit.components.attribution.tagger import load_tagger
from claimkit.components.attribution.unattributed import unattributed_claims
from claimkit.components.records import Attribution, guarded, register_extensions, text_of
from claimkit.intervals import Intervals
from claimkit.lexicons import cues_with, using
from claimkit.prepare import Layout

ATTRIBUTION_MODES = ("rules", "hybrid", "model")

__all__ = [
    "ATTRIBUTION_MODES",
    "AttributionFinder",
    "attribute",
    "direct_claims",
    "make_attribution",
    "reported_claims",
]


def attribute(doc: Doc) -> list[Attribution]:
    """All claims of a parsed Doc whose ``ck_quotes`` are set, in text order (the passes
    of the module docstring)."""
    quotes = QuoteIndex(doc._.ck_quotes or [])
    direct = direct_claims(doc, quotes)
    taken = {a.cue_token for a in direct if a.cue_token is not None}
    reported = [
        *reported_claims(doc, quotes, taken),
        *trailing_findings(doc, quotes),
        *prepositional_claims(doc, quotes),
        *colon_claims(doc, quotes),
    ]
    reported = [
        r
        for r in _outside_quotations(direct, reported)
        if not (asks_anonymity(doc, r) or gives_a_name(doc, r))
    ]
    claims = direct + reported
    quotes_after_the_cue(doc, quotes, reported, claims)
    claims += unattributed_claims(doc, quotes, claims)
    claims.sort(key=lambda a: (a.content[0], a.content[1]))
    page = doc._.ck_layout
    if page is not None:
        claims = [
            c for c in claims if not (page.is_boilerplate(*c.content) or _on_date_line(page, c))
        ]
        claims = _not_the_dateline(doc, page.wire_dateline, claims)
    link_nested(claims)
    if any(c.reported_by is not None and act_not_speech(doc, c) for c in claims):
        claims = [c for c in claims if c.reported_by is None or not act_not_speech(doc, c)]
        link_nested(claims)
    return cited_outlets(doc, claims)


def _on_date_line(page: Layout, claim: Attribution) -> bool:
    """Is the claim's content the page's own date ("Last updated: Friday, 4 December 2026
    09:15 GMT" read as a colon claim), not a wire dateline that opens the body?"""
    date = page.dateline_date
    wire = page.wire_dateline
    if date is None or (wire is not None and wire[0] <= date[0] < wire[1]):
        return False
    return claim.content[0] <= date[0] < claim.content[1]


def _not_the_dateline(
    doc: Doc, dateline: tuple[int, int] | None, claims: list[Attribution]
) -> list[Attribution]:
    """A wire dateline ("SAN JOSE, Calif., May 4 (Reuters) -") says where the story was
    filed, never who spoke: a speaker the parse found in it is dropped, and a claim whose
    cue is the dateline's own mark ("MUMBAI: Tata Steel …" read as a colon form) is none."""
    if dateline is None:
        return claims
    for c in claims:
        if c.speaker_token is not None and dateline[0] <= doc[c.speaker_token].idx < dateline[1]:
            c.speaker_token = None
    return [c for c in claims if c.cue is None or not dateline[0] <= c.cue[0] < dateline[1]]


def _outside_quotations(
    direct: list[Attribution], reported: list[Attribution]
) -> list[Attribution]:
    """The reports whose content is not mostly one of the direct quotations."""
    quoted = Intervals((a, b, None) for d in direct for a, b in d.pieces())
    return [
        r
        for r in reported
        if not any(
            overlap_len(r.content, (a, b)) * 2 > b - a for a, b, _ in quoted.overlapping(*r.content)
        )
    ]


class AttributionFinder:
    """spaCy component: writes ``doc._.ck_attributions`` (needs ``ck_quotes`` and a parser).

    ``lexicon`` extends the packaged cue lexicon with a user's own entries (a mapping of
    the shape of ``lexicons/cues.json``: ``verbs``, ``prepositional_forms``,
    ``word_sets``, ...); ``to_disk``/``from_disk`` keep them with the pipeline.
    ``attribution="hybrid"`` adds the attributions of the trained tagger
    (:mod:`.tagger`) that no rule found; ``"model"`` is the tagger alone (to compare; use
    a tagger trained with ``python -m claimkit.train --alone``); ``tagger`` is the folder
    of a tagger of your own, the packaged one when None.
    """

    def __init__(
        self,
        lexicon: dict[str, Any] | None = None,
        missing: str | None = None,
        attribution: str = "rules",
        tagger: str | None = None,
    ) -> None:
        if attribution not in ATTRIBUTION_MODES:
            raise ValueError(
                f"attribution must be 'rules', 'hybrid' or 'model', not {attribution!r}: "
                "'rules' uses the hand rules only, 'hybrid' adds the trained tagger's "
                "attributions, 'model' is the tagger alone"
            )
        self.lexicon: dict[str, Any] = dict(lexicon or {})
        self._cues = cues_with(self.lexicon) if self.lexicon else None
        self._missing = missing  # a lexicon file that was not there: from_disk may fill in
        self.attribution = attribution
        self.tagger = load_tagger(tagger) if attribution != "rules" else None

    def __call__(self, doc: Doc) -> Doc:
        if self._missing is not None:
            raise ValueError(
                f"claimkit_attribution: lexicon {self._missing!r} is not a file: give the "
                "path of a JSON file shaped like claimkit/lexicons/cues.json"
            )
        if self._cues is None:
            return guarded("claimkit_attribution", self._run, doc)
        with using(self._cues):
            return guarded("claimkit_attribution", self._run, doc)

    def _run(self, doc: Doc) -> None:
        if doc._.ck_quotes is None:
            from claimkit.components.quotes import find_quotes

            doc._.ck_quotes = find_quotes(text_of(doc))
        if self.attribution == "model" and self.tagger is not None:
            doc._.ck_attributions = self.tagger.claims(doc, [])
            return
        claims = attribute(doc)
        if self.tagger is not None:
            claims = sorted(
                claims + self.tagger.claims(doc, claims), key=lambda a: (a.content[0], a.content[1])
            )
        doc._.ck_attributions = claims

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Write the user's lexicon entries to ``path/lexicon.json``."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "lexicon.json").write_text(json.dumps(self.lexicon, indent=1), encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> AttributionFinder:
        """Read the user's lexicon entries back from ``path/lexicon.json``."""
        file = Path(path) / "lexicon.json"
        if file.exists():
            self.lexicon = json.loads(file.read_text(encoding="utf-8"))
            self._cues = cues_with(self.lexicon) if self.lexicon else None
            self._missing = None  # the saved entries stand in for the original file
        return self


@Language.factory(
    "claimkit_attribution",
    assigns=["doc._.ck_attributions"],
    requires=["token.dep", "token.lemma", "doc._.ck_quotes"],
    default_config={"lexicon": None, "attribution": "rules", "tagger": None},
)
def make_attribution(
    nlp: Language, name: str, lexicon: str | None, attribution: str, tagger: str | None
) -> AttributionFinder:
    """Create the ``claimkit_attribution`` component; ``lexicon`` is the path of a JSON
    file of the user's own cues and forms, added to the packaged ones (see
    :func:`claimkit.lexicons.cues_with`); ``attribution`` is ``"rules"``, ``"hybrid"``
    or ``"model"``
    and ``tagger`` the folder of a trained tagger (the packaged one when None)."""
    register_extensions()
    entries, missing = None, None
    if lexicon is not None and Path(lexicon).is_file():
        entries = json.loads(Path(lexicon).read_text(encoding="utf-8"))
    elif lexicon is not None:  # an error at the first document, unless a saved pipeline's
        missing = lexicon  # from_disk brings the entries
    return AttributionFinder(entries, missing, attribution=attribution, tagger=tagger)
