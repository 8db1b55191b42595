"""claimkit: who said what, when, citing which source, from news text.

>>> import claimkit
>>> text = '"We will rebuild," Mayor Jane Smith said Monday.'
>>> doc = claimkit.extract(text, published="2017-11-15")
>>> [(c.kind, c.speaker.name, c.content.text, c.when.value) for c in doc.claims]
[('direct', 'Jane Smith', 'We will rebuild,', '2017-11-13')]

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

    The model is loaded once per process, on the first call. See
    :meth:`claimkit.Extractor.extract` for the arguments and errors.
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


def extract_many(items: Iterable[Any], **kwargs: Any) -> Iterator[Document]:
    """Extract many articles: one Document per input, in input order, never dropped."""
    from claimkit.extractor import default_extractor

    return default_extractor().extract_many(items, **kwargs)


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
