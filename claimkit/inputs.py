"""What comes in to an extraction: each input read as plain fields, the Document that
stands for an input that failed, the error that names the stage that failed, and the
chunks of a text too long for the model."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from claimkit import errors
from claimkit.build import document_id
from claimkit.models import Document

__all__ = ["FIELDS", "StageError", "chunks", "error_document", "fields_of"]


class StageError(Exception):
    """An exception raised inside one stage of the work, named so that logs and the
    Document's ``error`` say which stage failed."""

    def __init__(self, stage: str, exc: Exception) -> None:
        super().__init__(f"{stage}: {type(exc).__name__}: {exc}")
        self.stage = stage


FIELDS = ("id", "published", "publisher", "url", "title")


def fields_of(item: Any) -> dict[str, Any]:
    """An input as plain fields: a str is the text; a mapping or an object gives ``text``
    and the optional ``id``, ``published``, ``publisher``, ``url``, ``title``. TypeError
    (E005) for anything else."""
    if isinstance(item, str):
        return {"text": item}
    if isinstance(item, Mapping):
        if "text" not in item:
            raise TypeError(errors.E005.format(type_name="mapping without 'text'"))
        return {"text": item["text"], **{k: item[k] for k in FIELDS if item.get(k) is not None}}
    if hasattr(item, "text"):
        fields = {k: getattr(item, k) for k in FIELDS if getattr(item, k, None) is not None}
        return {"text": item.text, **fields}
    raise TypeError(errors.E005.format(type_name=type(item).__name__))


def error_document(item: Any, exc: Exception) -> Document:
    """The Document that stands in a batch for an input that failed."""
    raw = item if isinstance(item, str) else getattr(item, "text", None)
    if isinstance(item, Mapping):
        raw = item.get("text")
    text = raw if isinstance(raw, str) else ""
    given = item.get("id") if isinstance(item, Mapping) else getattr(item, "id", None)
    doc_id = str(given) if given is not None else document_id(text or repr(item))
    error = str(exc) if isinstance(exc, StageError) else f"{type(exc).__name__}: {exc}"
    return Document(id=doc_id, text=text, error=error)


def chunks(text: str, limit: int) -> list[tuple[int, int]]:
    """Split ``text`` into pieces shorter than ``limit`` characters, at paragraph breaks
    where possible, else at line breaks or spaces; the pieces partition the text."""
    if len(text) < limit:
        return [(0, len(text))]
    out = []
    start = 0
    while len(text) - start >= limit:
        window = text[start : start + limit - 1]
        end = start + limit - 1  # no break anywhere: a hard cut
        for sep in ("\n\n", "\n", " "):
            cut = window.rfind(sep)
            if cut > limit // 2:
                end = start + cut + len(sep)
                break
        out.append((start, end))
        start = end
    out.append((start, len(text)))
    return out
