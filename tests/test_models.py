import datetime as dt

import pytest
from pydantic import ValidationError

from claimkit.models import Claim, Document, Speaker, TextSpan, TimeRef


def _doc() -> Document:
    text = 'The minister said "we will win" on Monday.'
    content = TextSpan(text="we will win", start=19, end=30)
    return Document(
        id="d1",
        text=text,
        published=dt.date(2017, 11, 13),
        claims=[
            Claim(
                id="c1",
                kind="direct",
                content=content,
                speaker=Speaker(
                    name="the minister",
                    type="person",
                    mention=TextSpan(text="The minister", start=0, end=12),
                ),
                cue=TextSpan(text="said", start=13, end=17),
                when=TimeRef(
                    span=TextSpan(text="Monday", start=35, end=41),
                    value="2017-11-13",
                    start=dt.date(2017, 11, 13),
                    end=dt.date(2017, 11, 13),
                    granularity="day",
                    anchor="document_date",
                ),
                confidence=0.9,
            )
        ],
    )


def test_json_round_trip_is_exact() -> None:
    doc = _doc()
    again = Document.model_validate_json(doc.model_dump_json())
    assert again == doc
    assert again.model_dump_json() == doc.model_dump_json()


def test_models_are_frozen() -> None:
    doc = _doc()
    with pytest.raises(ValidationError):
        doc.claims[0].kind = "indirect"  # type: ignore[misc]


def test_span_length_must_match_offsets() -> None:
    with pytest.raises(ValidationError, match="characters"):
        TextSpan(text="abc", start=0, end=5)


def test_document_rejects_span_that_does_not_point_at_its_text() -> None:
    data = _doc().model_dump()
    data["claims"][0]["content"] = {"text": "we will lose", "start": 19, "end": 31}
    with pytest.raises(ValidationError, match="does not match"):
        Document.model_validate(data)


def test_unknown_fields_are_rejected() -> None:
    with pytest.raises(ValidationError):
        Speaker(name="x", nickname="y")  # type: ignore[call-arg]


def test_confidence_is_bounded() -> None:
    with pytest.raises(ValidationError):
        Claim(id="c", kind="direct", content=TextSpan(text="a", start=0, end=1), confidence=1.5)


def test_schema_has_field_descriptions() -> None:
    schema = Document.model_json_schema()
    assert schema["properties"]["published"]["description"]
    assert schema["$defs"]["Claim"]["properties"]["speaker"]["description"]


SPLIT = '"A b," he said. "C d."'


def _split_claim(second_start: int) -> Claim:
    return Claim(
        id="c1",
        kind="direct",
        content=TextSpan(text=SPLIT[1:21], start=1, end=21),
        segments=[
            TextSpan(text=SPLIT[1:5], start=1, end=5),
            TextSpan(text=SPLIT[second_start:21], start=second_start, end=21),
        ],
    )


def test_split_quote_pieces_and_said() -> None:
    c = _split_claim(17)
    assert [p.text for p in c.pieces()] == ["A b,", "C d."]
    assert c.said == "A b, C d."
    whole = Claim(id="c2", kind="direct", content=TextSpan(text="A b", start=0, end=3))
    assert whole.pieces() == [whole.content] and whole.said == "A b"


def test_segments_must_tile_the_content_ends() -> None:
    with pytest.raises(ValidationError, match="segments"):
        Claim(
            id="c1",
            kind="direct",
            content=TextSpan(text='A b," he said. "C d.', start=1, end=21),
            segments=[
                TextSpan(text="A b,", start=1, end=5),
                TextSpan(text="C d", start=17, end=20),
            ],
        )
    with pytest.raises(ValidationError, match="segments"):
        _split_claim(4)  # overlaps the first piece


def test_time_without_words_must_be_the_document_date() -> None:
    day = dt.date(2017, 11, 11)
    ref = TimeRef(span=None, value="2017-11-11", start=day, end=day, anchor="document_date")
    assert ref.label == "2017-11-11 (document date)"
    with pytest.raises(ValidationError, match="without a span must be the document date"):
        TimeRef(span=None, value="2017-11-11", start=day, end=day, anchor="absolute")
    with pytest.raises(ValidationError, match="without a span"):
        TimeRef(span=None, anchor="document_date")
