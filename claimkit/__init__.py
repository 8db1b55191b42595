"""claimkit: who said what, when, citing which source, from news text.

>>> import claimkit
>>> text = '"We will rebuild," Mayor Jane Smith said Monday.'
>>> doc = claimkit.extract(text, published="2017-11-15")
>>> [(c.kind, c.speaker.name, c.content.text, c.when.value) for c in doc.claims]
[('direct', 'Jane Smith', 'We will rebuild', '2017-11-13')]

Importing claimkit loads neither spaCy's model nor dateparser: both load on first use.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from claimkit.display import render
from claimkit.export import json_schema, read_jsonl, write_jsonl
from claimkit.models import (
    ChainLink,
    Claim,
    ClaimCluster,
    ClusterMember,
    Document,
    Entity,
    SourceRef,
    Speaker,
    TextSpan,
    TimeRef,
)

if TYPE_CHECKING:
    from claimkit.extractor import Extractor

__version__ = "0.1.0"

__all__ = [
    "ChainLink",
    "Claim",
    "ClaimCluster",
    "ClusterMember",
    "Document",
    "Entity",
    "Extractor",
    "SourceRef",
    "Speaker",
    "TextSpan",
    "TimeRef",
    "__version__",
    "corroborate",
    "extract",
    "extract_frame",
    "extract_html",
    "extract_many",
    "json_schema",
    "read_jsonl",
    "render",
    "to_dataframe",
    "write_jsonl",
]


def extract(
    text: str,
    *,
    published: dt.date | dt.datetime | str | None = None,
    publisher: str | None = None,
    url: str | None = None,
    title: str | None = None,
    id: str | None = None,
) -> Document:
    """Extract the claims of one news article with the default English pipeline.

    Args:
        text: the article, as plain text (scraped pages are fine: menus, bylines and
            captions are recognised and give no claims).
        published: the article's date (a ``date``, a ``datetime`` or an ISO string such
            as ``"2017-11-11"``). It anchors relative times ("Saturday"); without it the
            date line of the page is used when there is one, else relative times keep
            their words and get no value (warning W001).
        publisher, url, title, id: metadata copied to the Document (``title`` and
            ``publisher`` are read from the page when not given; ``id`` defaults to a
            hash of the text).

    Returns:
        A :class:`Document` with its ``claims``, ``entities``, ``times`` and
        ``warnings``. Every span satisfies ``doc.text[span.start:span.end] == span.text``.

    Raises:
        TypeError: ``text`` is not a ``str`` (E002), or ``published`` has a wrong type
            (E004).
        ValueError: ``published`` is a string that is not a date (E003).

    A failure inside the pipeline never raises: the Document's ``error`` names the
    stage that failed. The model is loaded once per process, on the first call.
    """
    from claimkit.extractor import default_extractor

    return default_extractor().extract(
        text, published=published, publisher=publisher, url=url, title=title, id=id
    )


def corroborate(docs: Iterable[Document], **kwargs: Any) -> list[ClaimCluster]:
    """Group the claims several documents report of one statement, with who cites whom
    (see :mod:`claimkit.clusters`)."""
    from claimkit.clusters import corroborate as _corroborate

    return _corroborate(docs, **kwargs)


def extract_many(
    items: Iterable[Any],
    *,
    n_process: int = 1,
    batch_size: int = 8,
    progress: bool = False,
) -> Iterator[Document]:
    """Extract many articles, streaming: one Document per input, in input order.

    Args:
        items: strings, or mappings (or objects) with ``text`` and optional ``id``,
            ``published``, ``publisher``, ``url`` and ``title``.
        n_process: worker processes; each loads its own model (about 1 GB each).
        batch_size: articles per spaCy batch; small batches keep memory low.
        progress: show a tqdm progress bar on stderr.

    Returns:
        An iterator of Documents. An item that fails (wrong type, bad date, an error
        inside a component) yields a Document whose ``error`` says why; the others go on.

    Raises:
        TypeError: ``items`` is a single ``str`` or ``bytes`` (E007): pass a list.
    """
    from claimkit.extractor import default_extractor

    return default_extractor().extract_many(
        items, n_process=n_process, batch_size=batch_size, progress=progress
    )


def extract_html(html: str | bytes, **kwargs: Any) -> Document:
    """Extract the claims of a news page given as HTML (needs ``claimkit[html]``)."""
    from claimkit.html import extract_html as _extract_html

    return _extract_html(html, **kwargs)


def extract_frame(df: Any, **kwargs: Any) -> Any:
    """Claims of a pandas DataFrame of articles, one row per claim (needs pandas)."""
    from claimkit.export import extract_frame as _extract_frame

    return _extract_frame(df, **kwargs)


def to_dataframe(docs: Any) -> Any:
    """A pandas DataFrame of the claims of one Document or many (needs pandas)."""
    from claimkit.export import to_dataframe as _to_dataframe

    return _to_dataframe(docs)


def __getattr__(name: str) -> Any:
    if name == "Extractor":
        from claimkit.extractor import Extractor

        return Extractor
    raise AttributeError(f"module 'claimkit' has no attribute {name!r}")
