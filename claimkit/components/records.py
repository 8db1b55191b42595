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
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from spacy.tokens import Doc


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
    confidence: float = 0.5
    reported_by: int | None = None
    speaker: SpeakerInfo | None = None
    source_token: int | None = None
    source: SourceInfo | None = None


@dataclass
class EntityCluster:
    """Mentions of one named thing."""

    id: str
    name: str
    label: str
    mentions: list[tuple[int, int]] = field(default_factory=list)
    role: str | None = None
    affiliation: str | None = None


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
}


def register_extensions() -> None:
    """Register claimkit's ``Doc._`` extensions once (idempotent)."""
    for name, default in _EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register_extensions()
