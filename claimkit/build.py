"""Build the pydantic :class:`~claimkit.models.Document` from a processed spaCy Doc.

The only module that reads claimkit's ``Doc._`` extensions to make models: components
never import the models, and the models never import spaCy.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Literal

from spacy.tokens import Doc

from claimkit.components.records import (
    Attribution,
    EntityCluster,
    SourceInfo,
    SpeakerInfo,
    TimeMention,
)
from claimkit.models import Claim, Document, Entity, SourceRef, Speaker, TextSpan, TimeRef

__all__ = ["build_document", "document_id"]


def document_id(text: str) -> str:
    """A stable id for a text: the first 16 hex digits of its SHA-1."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _span(text: str, offsets: tuple[int, int] | None) -> TextSpan | None:
    if offsets is None:
        return None
    a, b = offsets
    return TextSpan(text=text[a:b], start=a, end=b)


def _time(text: str, t: TimeMention) -> TimeRef:
    return TimeRef(
        span=TextSpan(text=text[t.start : t.end], start=t.start, end=t.end),
        value=t.value,
        start=t.first,
        end=t.last,
        granularity=t.granularity,
        anchor=t.anchor,
    )


def _speaker(text: str, info: SpeakerInfo | None) -> Speaker | None:
    if info is None:
        return None
    return Speaker(
        name=info.name,
        type=info.type,
        mention=_span(text, info.mention),
        role=info.role,
        affiliation=info.affiliation,
        entity_id=info.entity_id,
    )


def _source(text: str, info: SourceInfo | None) -> SourceRef | None:
    if info is None:
        return None
    return SourceRef(name=info.name, kind=info.kind, span=_span(text, info.span))


def build_document(
    doc: Doc,
    *,
    doc_id: str | None = None,
    title: str | None = None,
    publisher: str | None = None,
    published: dt.date | None = None,
    url: str | None = None,
    published_from: Literal["argument", "text"] | None = None,
    agency: str | None = None,
    warnings: list[str] | None = None,
) -> Document:
    """Turn a Doc processed by claimkit's components into a :class:`Document`."""
    text = doc.text
    times = [_time(text, t) for t in (doc._.ck_times or [])]
    clusters: list[EntityCluster] = doc._.ck_entities or []
    atts: list[Attribution] = doc._.ck_attributions or []
    ids = {id(a): f"c{i + 1}" for i, a in enumerate(atts)}
    claims: list[Claim] = []
    for att in atts:
        a, b = att.content
        when = None
        if att.when_token is not None:
            pos = doc[att.when_token].idx
            when = next((t for t in times if t.span.start <= pos < t.span.end), None)
        claims.append(
            Claim(
                id=ids[id(att)],
                kind=att.kind,
                content=TextSpan(text=text[a:b], start=a, end=b),
                speaker=_speaker(text, att.speaker),
                cue=_span(text, att.cue),
                when=when,
                source=_source(text, att.source),
                addressee=_span(text, att.addressee),
                sentence=_span(text, att.sentence),
                times=[t for t in times if a <= t.span.start and t.span.end <= b],
                entities=sorted(
                    {c.id for c in clusters for s, e in c.mentions if a <= s and e <= b},
                    key=lambda x: int(x[1:]),
                ),
                reported_by=ids[id(atts[att.reported_by])] if att.reported_by is not None else None,
                confidence=att.confidence,
                evidence=att.evidence,
            )
        )
    entities = [
        Entity(
            id=c.id,
            name=c.name,
            label=c.label,
            mentions=[TextSpan(text=text[s:e], start=s, end=e) for s, e in c.mentions],
            role=c.role,
            affiliation=c.affiliation,
        )
        for c in clusters
    ]
    return Document(
        id=doc_id or document_id(text),
        text=text,
        title=title,
        publisher=publisher,
        published=published,
        published_from=published_from,
        url=url,
        agency=agency,
        claims=claims,
        entities=entities,
        times=times,
        warnings=warnings or [],
    )
