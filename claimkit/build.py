"""Build the pydantic :class:`~claimkit.models.Document` from a processed spaCy Doc.

The only module that reads claimkit's ``Doc._`` extensions to make models: components
never import the models, and the models never import spaCy.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from typing import Literal

from spacy.tokens import Doc

from claimkit.components.records import (
    Attribution,
    EntityCluster,
    SourceInfo,
    SpeakerInfo,
    TimeMention,
)
from claimkit.intervals import Intervals
from claimkit.models import Claim, Document, Entity, SourceRef, Speaker, TextSpan, TimeRef

__all__ = ["build_document", "document_id"]


def document_id(text: str) -> str:
    """A stable id for a text: the first 16 hex digits of its SHA-1."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _span(text: str, offsets: tuple[int, int] | None, off: int = 0) -> TextSpan | None:
    """The span at ``offsets`` (moved by ``off``), without whitespace at its ends (a
    mention never ends in a line break: 'Kremlin', not 'Kremlin\\n\\n')."""
    if offsets is None:
        return None
    a, b = offsets[0] + off, offsets[1] + off
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if a == b:
        a, b = offsets[0] + off, offsets[1] + off
    return TextSpan(text=text[a:b], start=a, end=b)


_ABBREVIATION = re.compile(
    r"(?:\b[A-Za-z]\.){2,}$|\b(?:Mr|Mrs|Ms|Dr|St|Inc|Ltd|Co|Corp|Jr|Sr|No)\.$"
)


def _content_end(text: str, a: int, b: int) -> int:
    """Where a claim's content ends without the comma, semicolon, colon or full stop that
    closes the sentence around it ("We will rebuild," → "We will rebuild"); an
    abbreviation's point stays ("sanctions on the U.S.")."""
    while b > a + 1:
        ch = text[b - 1]
        closing = ch.isspace() or ch in ",;:"
        stop = ch == "." and text[b - 2] != "." and not _ABBREVIATION.search(text[a:b])
        if not (closing or stop):
            break
        b -= 1
    return b


def _time(text: str, t: TimeMention, off: int) -> TimeRef:
    return TimeRef(
        span=TextSpan(text=text[t.start + off : t.end + off], start=t.start + off, end=t.end + off),
        value=t.value,
        start=t.first,
        end=t.last,
        granularity=t.granularity,
        anchor=t.anchor,
    )


def _after(when: TimeRef, published: dt.date | None) -> bool:
    """Does ``when`` begin after the article's date?"""
    return published is not None and when.start is not None and when.start > published


def _same_day(times: list[TimeRef], published: dt.date | None) -> bool:
    """Is the text written as same-day news? It is when a relative expression resolves to
    the document date itself ("the Kremlin said Saturday" on a Saturday, "met earlier
    today"): the writer reports from that day. An absolute date (a byline's "11 November
    2017") does not show it."""
    return published is not None and any(
        t.anchor == "document_date" and t.start == t.end == published for t in times
    )


def _dated_by_document(
    claims: list[Claim], plain: list[bool], times: list[TimeRef], published: dt.date | None
) -> list[Claim]:
    """In same-day news, a plain report with no time of its own ("said", "says", "told")
    was made on the document date: give it ``when`` from the document
    (``when_from="document"``, no span). Never for a nested claim, whose statement may be
    older, nor when the words around the content name another day ("On Friday, the Kremlin
    said ..." with "Friday" not parsed as the cue's time)."""
    if published is None or not _same_day(times, published):
        return claims
    day = TimeRef(
        span=None,
        value=published.isoformat(),
        start=published,
        end=published,
        granularity="day",
        anchor="document_date",
    )
    spans = Intervals((t.span.start, t.span.end, t) for t in times if t.span is not None)
    out = []
    for claim, ok in zip(claims, plain, strict=True):
        sent = claim.sentence or claim.content
        other_day = any(
            t.start is not None
            and (t.start, t.end) != (published, published)
            and not any(p.start <= a and b <= p.end for p in claim.pieces())
            for a, b, t in spans.overlapping(sent.start, sent.end)
        )
        if ok and claim.when is None and claim.reported_by is None and not other_day:
            claim = claim.model_copy(update={"when": day, "when_from": "document"})
        out.append(claim)
    return out


def _speaker(text: str, info: SpeakerInfo | None, off: int, ids: dict[str, str]) -> Speaker | None:
    if info is None:
        return None
    return Speaker(
        name=info.name,
        type=info.type,
        mention=_span(text, info.mention, off),
        role=info.role,
        affiliation=info.affiliation,
        entity_id=ids.get(info.entity_id) if info.entity_id else None,
    )


def _source(text: str, info: SourceInfo | None, off: int) -> SourceRef | None:
    if info is None:
        return None
    span = _span(text, info.span, off)
    return SourceRef(name=span.text if span else info.name, kind=info.kind, span=span)


def build_document(
    parts: list[tuple[int, Doc]],
    *,
    text: str,
    doc_id: str | None = None,
    title: str | None = None,
    publisher: str | None = None,
    published: dt.date | None = None,
    url: str | None = None,
    published_from: Literal["argument", "text"] | None = None,
    agency: str | None = None,
    warnings: list[str] | None = None,
    when_fallback: Literal["document"] | None = None,
) -> Document:
    """Turn Docs processed by claimkit's components into one :class:`Document`.

    ``parts`` are (offset, Doc) pairs: one pair for an ordinary text, several for a long
    text processed in chunks, each Doc holding ``text[offset:offset + len(doc.text)]``.
    """
    claims: list[Claim] = []
    plain: list[bool] = []
    entities: list[Entity] = []
    times: list[TimeRef] = []
    for off, doc in parts:
        part_times = [_time(text, t, off) for t in (doc._.ck_times or [])]
        clusters: list[EntityCluster] = doc._.ck_entities or []
        ent_ids = {c.id: f"e{len(entities) + i + 1}" for i, c in enumerate(clusters)}
        atts: list[Attribution] = doc._.ck_attributions or []
        ids = [f"c{len(claims) + i + 1}" for i in range(len(atts))]
        time_index = Intervals(
            (t.start + off, t.end + off, ref)
            for t, ref in zip(doc._.ck_times or [], part_times, strict=True)
        )
        mention_index = Intervals(
            (s + off, e + off, ent_ids[c.id]) for c in clusters for s, e in c.mentions
        )
        for i, att in enumerate(atts):
            a, b = att.content[0] + off, att.content[1] + off
            b = _content_end(text, a, b)
            pieces = [(x + off, y + off) for x, y in att.pieces()]
            # inner pieces keep their commas ("We will rebuild," … "It will take years")
            segments = [(x + off, min(y + off, b)) for x, y in att.segments]
            when = None
            if att.when_token is not None:
                # the time at the token, else one among its modifiers ("[Tuesday] evening")
                tok = doc[att.when_token]
                pos, first = tok.idx + off, doc[tok.left_edge.i].idx + off
                when = next((t for _, _, t in time_index.overlapping(pos, pos + 1)), None)
                when = when or next((t for _, _, t in time_index.overlapping(first, pos)), None)
                if when is not None and (when.value or "").startswith("P"):
                    when = None  # a length ("in the week": P1W) is no statement's time
                if when is not None and _after(when, published):
                    when = None  # a report tells what was said before it: a misread time
            claims.append(
                Claim(
                    id=ids[i],
                    kind=att.kind,
                    content=TextSpan(text=text[a:b], start=a, end=b),
                    segments=[TextSpan(text=text[x:y], start=x, end=y) for x, y in segments],
                    speaker=_speaker(text, att.speaker, off, ent_ids),
                    cue=_span(text, att.cue, off),
                    when=when,
                    when_from=att.when_from if when is not None else None,
                    source=_source(text, att.source, off),
                    addressee=_span(text, att.addressee, off),
                    sentence=_span(text, att.sentence, off),
                    times=[
                        t
                        for p, q in pieces
                        for x, y, t in time_index.overlapping(p, q)
                        if p <= x and y <= q
                    ],
                    entities=sorted(
                        {
                            cid
                            for p, q in pieces
                            for x, y, cid in mention_index.overlapping(p, q)
                            if p <= x and y <= q
                        },
                        key=lambda x: int(x[1:]),
                    ),
                    reported_by=ids[att.reported_by] if att.reported_by is not None else None,
                    confidence=att.confidence,
                    evidence=att.evidence,
                )
            )
        entities += [
            Entity(
                id=ent_ids[c.id],
                name=c.name,
                label=c.label,
                mentions=[_span(text, m, off) for m in c.mentions],
                role=c.role,
                affiliation=c.affiliation,
            )
            for c in clusters
        ]
        times += part_times
        plain += [att.reported_now for att in atts]
    return Document(
        id=doc_id or document_id(text),
        text=text,
        title=title,
        publisher=publisher,
        published=published,
        published_from=published_from,
        url=url,
        agency=agency,
        claims=(
            _dated_by_document(claims, plain, times, published)
            if when_fallback == "document"
            else claims
        ),
        entities=entities,
        times=times,
        warnings=warnings or [],
    )
