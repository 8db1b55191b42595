"""claimkit's ``Doc._`` records in spaCy's own serialisation.

spaCy writes ``Doc.user_data`` with srsly's msgpack, which knows plain values only. This
module registers an encoder and a decoder in srsly's ``msgpack_encoders`` /
``msgpack_decoders`` registries (the hook thinc uses for numpy arrays), so that a Doc that
went through claimkit's components survives ``doc.to_bytes()``, ``DocBin`` and
``nlp.pipe(n_process=...)``: each record becomes a map tagged with its class name, a date
its ISO string, a set its sorted items; the per-Doc cache is not written at all.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

import srsly

from claimkit.components.records import (
    Attribution,
    DocCache,
    EntityCluster,
    Quote,
    SourceInfo,
    SpeakerInfo,
    TimeMention,
)
from claimkit.prepare import Layout

__all__ = ["decode", "encode"]

RECORDS: dict[str, type[Any]] = {
    cls.__name__: cls
    for cls in (Attribution, EntityCluster, Layout, Quote, SourceInfo, SpeakerInfo, TimeMention)
}
_TAG, _DATE, _SET = "__claimkit__", "__claimkit_date__", "__claimkit_set__"

Chain = Callable[[Any], Any] | None


def encode(obj: Any, chain: Chain = None) -> Any:
    """msgpack ``default`` hook: a claimkit record, date or set as plain values."""
    if isinstance(obj, DocCache):
        return None
    cls = type(obj)
    if RECORDS.get(cls.__name__) is cls:
        return {_TAG: cls.__name__, **{f.name: getattr(obj, f.name) for f in _fields(cls)}}
    if isinstance(obj, dt.date) and not isinstance(obj, dt.datetime):
        return {_DATE: obj.isoformat()}
    if isinstance(obj, (set, frozenset)) and all(isinstance(x, str) for x in obj):
        return {_SET: sorted(obj)}
    return obj if chain is None else chain(obj)


def decode(obj: Any, chain: Chain = None) -> Any:
    """msgpack ``object_hook``: the inverse of :func:`encode`."""
    if isinstance(obj, dict):
        if _TAG in obj and obj[_TAG] in RECORDS:
            cls = RECORDS[obj[_TAG]]
            return cls(**{f.name: _restore(obj[f.name], f.type) for f in _fields(cls)})
        if _DATE in obj:
            return dt.date.fromisoformat(obj[_DATE])
        if _SET in obj:
            return set(obj[_SET])
    return obj if chain is None else chain(obj)


def _fields(cls: type[Any]) -> tuple[dataclasses.Field[Any], ...]:
    return dataclasses.fields(cls)


def _restore(value: Any, hint: Any) -> Any:
    """msgpack gives sequences back as lists (as tuples where the reader asks, as
    ``DocBin`` does): make each the type its field's annotation names (``tuple[int,
    int]``, ``list[tuple[int, int]]``, ``tuple[tuple[int, int], ...]``)."""
    if not isinstance(value, (list, tuple)):
        return value
    hint = str(hint)
    if hint.startswith("tuple[tuple"):
        return tuple(tuple(v) for v in value)
    if hint.startswith("tuple"):
        return tuple(value)
    if hint.startswith("list[tuple"):
        return [tuple(v) for v in value]
    if hint.startswith("list"):
        return list(value)
    return value


srsly.msgpack_encoders.register("claimkit", func=encode)
srsly.msgpack_decoders.register("claimkit", func=decode)
