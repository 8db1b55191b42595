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


def test_when_comes_from_the_cue_or_the_event_that_carries_it(extractor: Extractor) -> None:
    text = (
        "Putin and Trump issued a joint statement on Saturday saying there was no military "
        "solution. The Kremlin said Saturday that talks went well. Officials said on Monday "
        "that the minister had told them the plan failed. Aides said the talks would go on."
    )
    doc = extractor.extract(text, published="2017-11-13")
    got = {c.content.text: (c.when and c.when.value, c.when_from) for c in doc.claims}
    assert got["there was no military solution"] == ("2017-11-11", "event")
    assert got["talks went well"] == ("2017-11-11", "cue")
    # another speech event's time is not this one's: "told" has no time of its own
    assert got["the plan failed"] == (None, None)
    # no time anywhere: no date is invented
    assert got["the talks would go on"] == (None, None)


def test_clock_time_and_its_day_are_one_expression(extractor: Extractor) -> None:
    got = values(extractor, "The polls opened at 9 a.m. EST Tuesday in the capital.", "2000-04-05")
    assert got == {"9 a.m. EST Tuesday": "2000-04-04T09:00"}
