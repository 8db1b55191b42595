"""The HTML view: every claim's spans highlighted, every piece of article text escaped."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

import claimkit
from claimkit.display import highlight
from claimkit.extractor import Extractor
from claimkit.models import Claim, Document, Speaker, TextSpan


class _Marks(HTMLParser):
    """Collects the text inside every <mark>, by (role, claim id), and the tags seen."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[tuple[str, str]] = []
        self.text: dict[tuple[str, str], str] = {}
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "mark":
            a = dict(attrs)
            key = ((a.get("class") or "").removeprefix("ck-"), a.get("data-claim") or "")
            self.open.append(key)
            self.text.setdefault(key, "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            self.open.pop()

    def handle_data(self, data: str) -> None:
        for key in set(self.open):
            self.text[key] += data


def _parse(html: str) -> _Marks:
    parser = _Marks()
    parser.feed(html)
    parser.close()
    assert parser.open == [], "every <mark> is closed"
    return parser


def test_each_seed_page_highlights_every_claim_and_escapes_the_article(
    seed_docs: dict[str, Document],
) -> None:
    for doc in seed_docs.values():
        page = claimkit.render(doc)
        marks = _parse(page)
        for claim in doc.claims:
            assert marks.text[("content", claim.id)] == claim.content.text
            if claim.speaker and claim.speaker.mention:
                assert marks.text[("speaker", claim.id)] == claim.speaker.mention.text
            if claim.cue:
                assert marks.text[("cue", claim.id)] == claim.cue.text
            if claim.when and claim.when.span:
                assert marks.text[("when", claim.id)] == claim.when.span.text
            elif claim.when:  # dated by the document: no words to mark, the title says so
                assert ("when", claim.id) not in marks.text
                assert "(document date)" in page
            if claim.source and claim.source.span:
                assert marks.text[("source", claim.id)] == claim.source.span.text
        # outside markup, no "<" from the article: the view's text is the article's text
        body = highlight(doc)
        assert "<" not in _strip_marks(body)
        assert _text_of(body) == doc.text
        # self-contained: nothing fetched from elsewhere
        assert "<script" not in page and "src=" not in page and "@import" not in page


def _strip_marks(html: str) -> str:
    import re

    return re.sub(r"</?mark[^>]*>", "", html)


def _text_of(html: str) -> str:
    from html import unescape

    return unescape(_strip_marks(html))


def test_a_script_in_an_article_is_shown_as_text(extractor: Extractor) -> None:
    text = (
        '<script>alert("x")</script> "We will win <b>today</b>," the <i>minister</i> '
        "said on Monday, citing a statement."
    )
    doc = extractor.extract(text, published="2017-11-11", title="<img src=x onerror=alert(1)>")
    page = claimkit.render(doc)
    assert "<script>" not in page and "<b>" not in page and "<img" not in page
    assert "&lt;script&gt;" in page and "&lt;b&gt;today&lt;/b&gt;" in page
    marks = _parse(page)
    assert any(role == "content" for role, _ in marks.text)
    assert _text_of(highlight(doc)) == text
    assert set(marks.tags) <= {
        "html",
        "head",
        "meta",
        "title",
        "body",
        "div",
        "style",
        "h3",
        "p",
        "mark",
        "table",
        "tr",
        "th",
        "td",
        "hr",
    }


def test_crossing_spans_nest_properly() -> None:
    text = "Aaa bbb ccc ddd."
    doc = Document(
        id="d",
        text=text,
        claims=[
            Claim(
                id="c1",
                kind="indirect",
                content=TextSpan(text="bbb ccc", start=4, end=11),
                speaker=Speaker(name="A", mention=TextSpan(text="Aaa bbb", start=0, end=7)),
            ),
            Claim(id="c2", kind="indirect", content=TextSpan(text="ccc ddd", start=8, end=15)),
        ],
    )
    marks = _parse(highlight(doc))
    assert marks.text[("content", "c1")] == "bbb ccc"
    assert marks.text[("speaker", "c1")] == "Aaa bbb"
    assert marks.text[("content", "c2")] == "ccc ddd"
    assert _text_of(highlight(doc)) == text


def test_repr_html_and_render_to_a_file(seed_docs: dict[str, Document], tmp_path: Path) -> None:
    doc = next(iter(seed_docs.values()))
    assert 'class="ck-content"' in doc._repr_html_()
    claim = doc.claims[0]
    html = claim._repr_html_()
    assert "<table" in html and claim.id in html
    path = tmp_path / "view.html"
    page = claimkit.render(doc, path=path)
    assert path.read_text(encoding="utf-8") == page
    assert page.startswith("<!DOCTYPE html>")


def test_render_rejects_what_is_not_a_document() -> None:
    with pytest.raises(TypeError, match="Document"):
        claimkit.render("text")  # type: ignore[arg-type]
