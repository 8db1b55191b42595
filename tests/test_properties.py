"""Properties over generated news-like text: extract never raises, offsets always hold.

A bounded number of examples runs in CI; ``pytest -m fuzz`` runs many more by hand.
"""

from __future__ import annotations

import socket

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claimkit
from claimkit.extractor import Extractor

NAMES = ["John Smith", "the minister", "Putin", "Angela Merkel", "a senior official", "they", "She"]
CUES = ["said", "told reporters", "added", "warned", "wrote on Twitter", "insisted"]
MARKS = [('"', '"'), ("“", "”"), ("'", "'"), ("‘", "’"), ("``", "''"), ('"', ""), ("", "”")]
WORDS = [
    "the",
    "plan",
    "will",
    "work",
    "on",
    "Monday",
    "Nov. 10-11",
    "330,000",
    "people",
    "in",
    "Syria",
    "2017",
    "last week",
    "—",
    "(AFP)",
    "<b>",
    "\x00",
    "\u200b",
    "\r\n",
    "\u2028",
]

clause = st.lists(st.sampled_from(WORDS), min_size=1, max_size=12).map(" ".join)


@st.composite
def sentence(draw: st.DrawFn) -> str:
    who, cue, body = draw(st.sampled_from(NAMES)), draw(st.sampled_from(CUES)), draw(clause)
    opening, closing = draw(st.sampled_from(MARKS))
    form = draw(st.integers(0, 4))
    return [
        f"{opening}{body},{closing} {who} {cue}.",
        f"{who} {cue}: {opening}{body}.{closing}",
        f"{who} {cue} that {body}.",
        f"{body}, according to {who}.",
        f"{body}.",
    ][form]


article = st.lists(
    st.tuples(sentence(), st.sampled_from([" ", "\n", "\n\n", "\r\n\r\n"])), min_size=1, max_size=8
).map(lambda parts: "".join(s + sep for s, sep in parts))


def check(doc: claimkit.Document, text: str) -> None:
    assert doc.text == text.replace("\ud800", "\ufffd")
    for span in doc.spans():
        assert 0 <= span.start <= span.end <= len(doc.text)
        assert doc.text[span.start : span.end] == span.text
    ids = [c.id for c in doc.claims]
    assert len(ids) == len(set(ids))
    assert {c.reported_by for c in doc.claims} - {None} <= set(ids)
    assert claimkit.Document.model_validate_json(doc.model_dump_json()) == doc


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=article, dated=st.booleans())
def test_extract_never_raises_and_offsets_hold(
    extractor: Extractor, text: str, dated: bool
) -> None:
    doc = extractor.extract(text, published="2017-11-13" if dated else None)
    check(doc, text)
    assert doc == extractor.extract(text, published="2017-11-13" if dated else None)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(max_size=300))
def test_any_unicode_text(extractor: Extractor, text: str) -> None:
    check(extractor.extract(text), text.replace("\ud800", "\ufffd"))


@pytest.mark.fuzz
@settings(max_examples=5000, deadline=None, suppress_health_check=list(HealthCheck))
@given(text=st.one_of(article, st.text(max_size=2000)), dated=st.booleans())
def test_fuzz(extractor: Extractor, text: str, dated: bool) -> None:
    doc = extractor.extract(text, published="2017-11-13" if dated else None)
    assert all(doc.text[s.start : s.end] == s.text for s in doc.spans())


def test_no_network_needed(extractor: Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("claimkit tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    doc = extractor.extract('"We agree," the minister said on Saturday.', published="2017-11-13")
    assert doc.claims[0].when is not None and doc.claims[0].when.value == "2017-11-11"


def test_control_characters_and_mixed_newlines(extractor: Extractor) -> None:
    text = 'Intro\r\n\r\n"We will win,"\u200b the minister said.\x00\rNext\u2028line \ud800 here.'
    doc = extractor.extract(text)
    check(doc, text)
    assert [c.content.text for c in doc.claims] == ["We will win,"]
    assert any("W003" in w for w in doc.warnings)
