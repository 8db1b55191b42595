"""The claimkit data model: pydantic v2, frozen, exact JSON round trip.

This module imports nothing else from claimkit, so downstream code can depend on the
models alone; the one exception is ``_repr_html_`` (the notebook's display hook), which
imports :mod:`claimkit.display` when called. Tables, schema.org and graphs are functions
of the surface modules: :func:`claimkit.to_dataframe`,
:func:`claimkit.schema_org.document_to_schema_org`, :func:`claimkit.clusters.chain_graph`.
Every span
is a :class:`TextSpan` with character offsets into ``Document.text``; :class:`Document`
validates that ``text[start:end] == span.text`` for every span it holds.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

__all__ = [
    "ChainLink",
    "Claim",
    "ClaimCluster",
    "ClaimKind",
    "ClusterMember",
    "Document",
    "Entity",
    "Granularity",
    "SourceKind",
    "SourceRef",
    "Speaker",
    "SpeakerType",
    "TextSpan",
    "TimeAnchor",
    "TimeRef",
]

ClaimKind = Literal["direct", "indirect", "mixed", "unattributed"]
SpeakerType = Literal["person", "organization", "group", "document", "anonymous", "unknown"]
SourceKind = Literal[
    "statement", "interview", "outlet", "website", "social_media", "document", "agency", "unknown"
]
Granularity = Literal[
    "time",
    "part_of_day",
    "day",
    "week",
    "month",
    "quarter",
    "half",
    "season",
    "year",
    "decade",
    "century",
    "duration",
    "unknown",
]
TimeAnchor = Literal["absolute", "document_date", "none"]

Offset = Annotated[int, Field(ge=0)]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class TextSpan(_Frozen):
    """A piece of the document's text with its character offsets.

    ``doc.text[span.start:span.end] == span.text`` always holds for spans of a Document.
    """

    text: str = Field(description="The exact characters of the span.")
    start: Offset = Field(description="Offset of the first character in Document.text.")
    end: Offset = Field(description="Offset one past the last character in Document.text.")

    @model_validator(mode="after")
    def _length_matches(self) -> TextSpan:
        if self.end - self.start != len(self.text):
            raise ValueError(
                f"TextSpan {self.text!r}: end - start = {self.end - self.start} "
                f"but the text has {len(self.text)} characters"
            )
        return self


class TimeRef(_Frozen):
    """A time expression and its normalised value (TIMEX/TimeML style).

    A date is never invented: without a document date a relative expression such as
    "Saturday" keeps its span and gets ``value=None`` and ``anchor="none"``.

    Every time in ``Document.times`` has a ``span``. Only a claim's ``when`` can lack one:
    a statement in same-day news dated by the document date (``Claim.when_from ==
    "document"``, ``anchor="document_date"``), where no words in the text name the day.
    """

    span: TextSpan | None = Field(
        description=(
            "The time expression as written; None only for a date taken from the document "
            "date rather than from the text."
        )
    )
    value: str | None = Field(
        default=None,
        description=(
            "TimeML-style value: '2017-11-11', '2017-11', '2017', '2017-W45', "
            "'2017-11-10/2017-11-11' for ranges, 'P6Y' for durations, 'PAST_REF'; "
            "None when it cannot be resolved."
        ),
    )
    start: dt.date | None = Field(default=None, description="First day the expression covers.")
    end: dt.date | None = Field(default=None, description="Last day the expression covers.")
    granularity: Granularity = Field(default="unknown", description="Unit of the expression.")

    @property
    def day(self) -> dt.date | None:
        """The date, when the expression names exactly one day; else None."""
        return self.start if self.start is not None and self.start == self.end else None

    @property
    def label(self) -> str:
        """What to show for it: the value, else the words as written; a date taken from the
        document date says so ('2017-11-11 (document date)')."""
        if self.span is None:
            return f"{self.value} (document date)"
        return self.value or self.span.text

    anchor: TimeAnchor = Field(
        default="none",
        description=(
            "'absolute' when the text alone fixes the value, 'document_date' when it was "
            "resolved against the document date, 'none' when unresolved."
        ),
    )

    @model_validator(mode="after")
    def _written_or_document_date(self) -> TimeRef:
        if self.span is None and (self.anchor != "document_date" or self.value is None):
            raise ValueError(
                "A TimeRef without a span must be the document date: give the span of the "
                "expression, or anchor='document_date' with its value"
            )
        return self


class SourceRef(_Frozen):
    """The medium or document a claim is cited from ("in a statement", "told Sputnik")."""

    name: str = Field(description="The source as named: 'the statement', 'Sputnik'.")
    kind: SourceKind = Field(default="unknown", description="What kind of source it is.")
    span: TextSpan | None = Field(default=None, description="Where the text names it.")


class Speaker(_Frozen):
    """Who made a claim."""

    name: str = Field(description="Canonical name: 'Vladimir Putin', 'the Kremlin'.")
    type: SpeakerType = Field(default="unknown", description="What kind of speaker.")
    mention: TextSpan | None = Field(
        default=None, description="The words at the attribution site: 'he', 'Putin'."
    )
    role: str | None = Field(default=None, description="Role or title: 'spokesman'.")
    affiliation: str | None = Field(default=None, description="Organisation or country.")
    entity_id: str | None = Field(default=None, description="Id of the Entity it refers to.")


class Entity(_Frozen):
    """A named thing with all its mentions: 'Putin' and 'Vladimir Putin' are one entity."""

    id: str = Field(description="Stable id within the document, e.g. 'e3'.")
    name: str = Field(description="Canonical (longest full) name.")
    label: str = Field(description="spaCy entity label: PERSON, ORG, GPE, ...")
    mentions: list[TextSpan] = Field(default_factory=list, description="Every mention.")
    role: str | None = Field(default=None, description="Role or title where the text gives one.")
    affiliation: str | None = Field(default=None, description="Organisation or country.")


class Claim(_Frozen):
    """One claim: who said what, when, citing which source."""

    id: str = Field(description="Stable id within the document, e.g. 'c1'.")
    kind: ClaimKind = Field(
        description=(
            "'direct' (quoted), 'indirect' (reported), 'mixed' (reported with quoted "
            "fragments) or 'unattributed' (the outlet's own voice)."
        )
    )
    content: TextSpan = Field(
        description=(
            "What was claimed; for direct quotes the words inside the marks. A quote the "
            'attribution interrupts (\'"A," he said. "B."\') is one claim: its content runs '
            "from the first piece's start to the last piece's end, and ``segments`` holds "
            "the pieces."
        )
    )
    segments: list[TextSpan] = Field(
        default_factory=list,
        description=(
            "The quoted pieces, in order, when the content is split by its attribution; "
            "empty when the content is one piece. ``Claim.pieces()`` gives either."
        ),
    )
    speaker: Speaker | None = Field(default=None, description="Who made the claim.")
    cue: TextSpan | None = Field(
        default=None, description="The attribution cue: 'said', 'told', 'according to'."
    )
    when: TimeRef | None = Field(default=None, description="When the statement was made.")
    when_from: Literal["cue", "event", "document"] | None = Field(
        default=None,
        description=(
            "Which time gave ``when``: 'cue', the time of the attribution verb ('said "
            "Saturday'); 'event', the time of the event that carries it ('issued a statement "
            "on Saturday saying ...'); 'document', the document date, for a plain 'said' "
            "with no time in same-day news (a text that dates what it reports to its own "
            "day: 'the Kremlin said Saturday', 'met earlier today')."
        ),
    )
    source: SourceRef | None = Field(default=None, description="The cited medium or document.")
    addressee: TextSpan | None = Field(
        default=None, description="Who was told, where named: 'reporters', 'Sputnik'."
    )
    sentence: TextSpan | None = Field(
        default=None, description="The sentence (or sentences) holding the claim."
    )
    times: list[TimeRef] = Field(
        default_factory=list, description="Time expressions inside the content."
    )
    entities: list[str] = Field(
        default_factory=list, description="Ids of entities mentioned in the content."
    )
    reported_by: str | None = Field(
        default=None, description="Id of the claim that reports this one (nested attribution)."
    )
    confidence: Annotated[float, Field(ge=0.0, le=1.0)] = Field(
        default=0.5, description="How sure the rules are, 0..1; orders claims usefully."
    )
    evidence: str = Field(default="", description="The rule that produced the claim.")

    @model_validator(mode="after")
    def _segments_inside_content(self) -> Claim:
        seg = self.segments
        if seg and (
            seg[0].start != self.content.start
            or seg[-1].end != self.content.end
            or any(a.end > b.start for a, b in itertools.pairwise(seg))
        ):
            raise ValueError(
                "Claim.segments must be in order, not overlap, and start and end where "
                f"the content does ({self.content.start}:{self.content.end})"
            )
        return self

    def pieces(self) -> list[TextSpan]:
        """The spans of what was said: ``segments``, or ``[content]`` for one piece."""
        return list(self.segments) or [self.content]

    @property
    def said(self) -> str:
        """What was said, without the attribution that interrupts it: the pieces joined
        by a space ('They sue, Everybody sues, right?')."""
        return " ".join(p.text for p in self.pieces())

    def spans(self) -> Iterator[TextSpan]:
        """Every TextSpan held by this claim (content, cue, mention, times, ...)."""
        yield self.content
        yield from self.segments
        for span in (self.cue, self.addressee, self.sentence):
            if span is not None:
                yield span
        if self.speaker is not None and self.speaker.mention is not None:
            yield self.speaker.mention
        if self.when is not None and self.when.span is not None:
            yield self.when.span
        if self.source is not None and self.source.span is not None:
            yield self.source.span
        for t in self.times:
            if t.span is not None:
                yield t.span

    def _repr_html_(self) -> str:
        from claimkit.display import render_claim

        return render_claim(self)


class Document(_Frozen):
    """An article and the claims found in it."""

    id: str = Field(description="The caller's id, or a hash of the text.")
    text: str = Field(description="The text every offset refers to.")
    title: str | None = Field(default=None, description="Headline or title.")
    publisher: str | None = Field(default=None, description="The outlet that published it.")
    published: dt.date | None = Field(
        default=None, description="Document date that relative time expressions resolve against."
    )
    published_from: Literal["argument", "text"] | None = Field(
        default=None,
        description="Where the document date came from: the caller, or a date line in the text.",
    )
    url: str | None = Field(default=None, description="Where the article was published.")
    agency: str | None = Field(default=None, description="Wire credit: 'AFP', 'EIRNS'.")
    claims: list[Claim] = Field(default_factory=list, description="Claims, in text order.")
    entities: list[Entity] = Field(default_factory=list, description="Named entities.")
    times: list[TimeRef] = Field(default_factory=list, description="Every time expression.")
    warnings: list[str] = Field(
        default_factory=list, description="Things the user should know about this result."
    )
    error: str | None = Field(
        default=None,
        description="What went wrong with this input in batch work (other inputs go on).",
    )

    def spans(self) -> Iterator[TextSpan]:
        """Every TextSpan held anywhere in the document."""
        for claim in self.claims:
            yield from claim.spans()
        for entity in self.entities:
            yield from entity.mentions
        for t in self.times:
            if t.span is not None:
                yield t.span

    def _repr_html_(self) -> str:
        from claimkit.display import fragment

        return fragment(self)

    @model_validator(mode="after")
    def _offsets_point_into_text(self) -> Document:
        for span in self.spans():
            if self.text[span.start : span.end] != span.text:
                raise ValueError(
                    f"span {span.text!r} at {span.start}:{span.end} does not match "
                    f"the document text there ({self.text[span.start : span.end]!r})"
                )
        return self


class ClusterMember(_Frozen):
    """One outlet's report of a statement: a claim and the document it comes from."""

    doc_id: str = Field(description="Id of the Document.")
    claim_id: str = Field(description="Id of the Claim within that Document.")
    publisher: str | None = Field(default=None, description="The outlet.")
    published: dt.date | None = Field(default=None, description="The outlet's date.")
    kind: ClaimKind = Field(description="How the outlet reports it: direct, indirect, mixed.")
    speaker: str | None = Field(default=None, description="The speaker as this outlet names it.")
    content: str = Field(description="The claim's words in this outlet.")
    source: str | None = Field(default=None, description="The source this outlet cites.")
    when: dt.date | None = Field(default=None, description="The statement's date, if one day.")
    chain: list[str] = Field(
        default_factory=list,
        description="How the claim reached the outlet: speaker, source, sites, agency, outlet.",
    )


class ChainLink(_Frozen):
    """One edge of a cluster's citation graph: ``source`` reached ``target``."""

    source: str = Field(description="Where the words come from: a speaker, a statement, a site.")
    target: str = Field(
        description="Who passed them on: a statement, a site, an agency, an outlet."
    )
    relation: str = Field(description="'issued', 'posted on', 'cited by', 'reported by'.")


class ClaimCluster(_Frozen):
    """The same statement reported by several documents (see :func:`claimkit.corroborate`)."""

    id: str = Field(description="Stable id within one corroborate() call, e.g. 'k1'.")
    speaker: str | None = Field(default=None, description="The speaker, by the fullest name.")
    members: list[ClusterMember] = Field(description="Each outlet's report, oldest first.")
    first_seen: dt.date | None = Field(
        default=None,
        description="The earliest date: a member's statement date, else its outlet's date.",
    )
    chain: list[ChainLink] = Field(
        default_factory=list, description="Who cites whom, from speaker to outlets."
    )

    @property
    def publishers(self) -> list[str]:
        """The outlets reporting it, in member order, each once."""
        return list(dict.fromkeys(m.publisher or m.doc_id for m in self.members))

    def _repr_html_(self) -> str:
        from claimkit.display import render_cluster

        return render_cluster(self)
