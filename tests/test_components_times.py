"""claimkit_times in the pipeline: candidates, widening, tense, ranges."""

from __future__ import annotations

import pytest

from claimkit.extractor import Extractor


def values(ex: Extractor, text: str, published: str = "2000-01-07") -> dict[str, str | None]:
    return {t.span.text: t.value for t in ex.extract(text, published=published).times}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Protesters planned a large rally on Saturday.", {"Saturday": "2000-01-08"}),
        ("Officials postponed the vote until Tuesday.", {"Tuesday": "2000-01-11"}),
        ("The minister will travel to Paris on Tuesday.", {"Tuesday": "2000-01-11"}),
        ("The minister travelled to Paris on Tuesday.", {"Tuesday": "2000-01-04"}),
        ("The court ruled on Monday, Oct. 26.", {"Monday, Oct. 26": "1998-10-26"}),
    ],
)
def test_tense_decides_the_direction(
    extractor: Extractor, text: str, expected: dict[str, str]
) -> None:
    published = "1998-10-25" if "Oct. 26" in text else "2000-01-07"
    assert values(extractor, text, published) == expected


def test_day_number_left_out_by_the_model_is_taken_in(extractor: Extractor) -> None:
    assert values(
        extractor, "Putin and Trump Call for Peace\n\n11 November 2017\n\nBody text."
    ) == {"11 November 2017": "2017-11-11"}


def test_two_date_range_becomes_its_ends(extractor: Extractor) -> None:
    got = values(extractor, "Prices rose between 1994 and 1997, the report said.")
    assert got == {"1994": "1994", "1997": "1997"}


def test_phrases_the_model_does_not_tag(extractor: Extractor) -> None:
    got = values(extractor, "The talks are now in their final stage and will shape the future.")
    assert got == {"now": "PRESENT_REF", "the future": "FUTURE_REF"}
