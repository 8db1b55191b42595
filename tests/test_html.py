"""extract_html: a small page the test writes itself, through trafilatura."""

from __future__ import annotations

import datetime as dt

import pytest

import claimkit
from claimkit.extractor import Extractor

PAGE = """<html><head><title>Leaders agree on Syria | Example News</title>
<meta property="og:site_name" content="Example News"><meta name="date" content="2017-11-11">
</head><body><nav>Home | World | Share on Facebook | Next article</nav>
<article><h1>Leaders agree on Syria</h1>
<p>"There is no military solution to the war in Syria," the Kremlin said on Saturday.</p>
<p>Kremlin spokesman Dmitry Peskov told Sputnik that the statement was prepared in advance
of the meeting between the two leaders on the sidelines of the summit.</p>
<script>document.write("<p>The minister said the script ran.</p>")</script>
</article><footer>Cookie policy. All rights reserved.</footer></body></html>"""


def test_extract_html(extractor: Extractor) -> None:
    doc = claimkit.extract_html(PAGE, url="https://example.com/syria", extractor=extractor)
    assert (doc.title, doc.publisher, doc.published, doc.published_from) == (
        "Leaders agree on Syria",
        "Example News",
        dt.date(2017, 11, 11),
        "text",
    )
    assert "script" not in doc.text and "Cookie" not in doc.text and "Share" not in doc.text
    speakers = [c.speaker.name for c in doc.claims if c.speaker]
    assert speakers[-2:] == ["the Kremlin", "Dmitry Peskov"]
    kremlin = doc.claims[-2]
    assert kremlin.when is not None and kremlin.when.value == "2017-11-11"
    for span in doc.spans():
        assert doc.text[span.start : span.end] == span.text


def test_caller_metadata_wins(extractor: Extractor) -> None:
    doc = claimkit.extract_html(PAGE, published="2017-11-13", publisher="Wire", extractor=extractor)
    assert (doc.published, doc.published_from, doc.publisher) == (
        dt.date(2017, 11, 13),
        "argument",
        "Wire",
    )


def test_page_without_article(extractor: Extractor) -> None:
    doc = claimkit.extract_html("<html><body></body></html>", extractor=extractor)
    assert doc.claims == [] and any("W004" in w for w in doc.warnings)


def test_html_must_be_text_or_bytes() -> None:
    with pytest.raises(TypeError, match="E002"):
        claimkit.extract_html(None)  # type: ignore[arg-type]


def test_missing_trafilatura_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "trafilatura", None)  # makes the import fail
    with pytest.raises(ImportError, match=r"E006: .*claimkit\[html\]"):
        claimkit.extract_html("<html><body><p>x</p></body></html>")
