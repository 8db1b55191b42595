"""Claims from an HTML page: trafilatura finds the article text and its metadata.

Requires the optional extra: ``pip install "claimkit[html]"``. Offsets then refer to the
extracted text, which becomes ``Document.text`` (paragraphs separated by blank lines).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from claimkit import errors
from claimkit.models import Document

__all__ = ["extract_html"]


def extract_html(
    html: str | bytes,
    *,
    url: str | None = None,
    published: dt.date | dt.datetime | str | None = None,
    publisher: str | None = None,
    id: str | None = None,
    extractor: Any = None,
) -> Document:
    """Extract the claims of a news page given as HTML.

    The page's main text, title, date and site name come from trafilatura; ``published``
    and ``publisher``, when given, win over the page's own. Navigation, scripts and
    footers never reach the text. A page with no article text gives a Document with no
    claims and warning W004.
    """
    if not isinstance(html, str | bytes):
        raise TypeError(errors.E002.format(type_name=type(html).__name__))
    try:
        import trafilatura
    except ImportError as exc:
        raise ImportError(errors.E006.format(cause=exc)) from exc
    from claimkit.extractor import default_extractor

    result = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    found: dict[str, Any] | None = None
    if result is not None:
        found = result if isinstance(result, dict) else result.as_dict()
    ex = extractor or default_extractor()
    raw = (found or {}).get("text") or ""
    text = "\n\n".join(line.strip() for line in raw.splitlines() if line.strip())
    if not text:
        return Document(id=id or "html", text="", url=url, warnings=[errors.W004])
    meta_date = None if published is not None else (found or {}).get("date")
    doc: Document = ex.extract(
        text,
        published=published if published is not None else meta_date,
        publisher=publisher or (found or {}).get("sitename"),
        url=url or (found or {}).get("url"),
        title=(found or {}).get("title"),
        id=id,
    )
    if meta_date is not None and doc.published is not None:
        doc = doc.model_copy(update={"published_from": "text"})
    return doc
