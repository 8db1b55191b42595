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
        # a time before the clause vowed is the vow's; one inside it, the plan's
        ("The president vowed on Tuesday to push the bill through.", {"Tuesday": "2000-01-04"}),
        ("The president vowed to push the bill through on Tuesday.", {"Tuesday": "2000-01-11"}),
        # a forecast in a past report looks forward
        ("Forecasters said March was likely to be wetter than usual.", {"March": "2000-03"}),
        # the month right after the document's keeps its year in a past clause
        ("Economists said a cut in February looked likely.", {"February": "2000-02"}),
        # a bare comparison's verb has the tense of the verb it stands beside
        (
            "She said output had grown faster than forecast in the third quarter.",
            {"the third quarter": "1999-Q3"},
        ),
        # a past form like its base that the tagger read as the sentence's noun
        (
            "The Office for Budget Responsibility forecast in March that prices would fall.",
            {"March": "1999-03"},
        ),
        # a verb of planning with a particle is another verb
        (
            "The bank set aside $2 billion for bad loans in the second quarter.",
            {"the second quarter": "1999-Q2"},
        ),
        # a timetable's present with a day looks ahead; a past clause under a present
        # report looks back
        ("The trial of the two men opens on Wednesday.", {"Wednesday": "2000-01-12"}),
        ("Police say the man was found on Wednesday.", {"Wednesday": "2000-01-05"}),
        # "would" in a past report is the report's future; not a counterfactual past, nor
        # a report dated before, nor a time of the clause's subject
        ("The force said the man would appear in court on Wednesday.", {"Wednesday": "2000-01-12"}),
        ("She said she would have resigned on Wednesday.", {"Wednesday": "2000-01-05"}),
        (
            "He said on Monday that the plant would close on Wednesday.",
            {"Monday": "2000-01-03", "Wednesday": "2000-01-05"},
        ),
        ("The airline said strikes on Wednesday would cut profit.", {"Wednesday": "2000-01-05"}),
    ],
)
def test_tense_decides_the_direction(
    extractor: Extractor, text: str, expected: dict[str, str]
) -> None:
    published = "1998-10-25" if "Oct. 26" in text else "2000-01-07"
    assert values(extractor, text, published) == expected


def test_the_minutes_of_a_meeting_are_a_text_not_a_time(extractor: Extractor) -> None:
    text = "Two members voted for a cut, minutes of the meeting published on Tuesday showed."
    assert values(extractor, text) == {"Tuesday": "2000-01-04"}
    assert values(extractor, "Within minutes of the attack, police arrived.") == {"minutes": "PTXM"}


def test_ages_after_aged_are_no_time(extractor: Extractor) -> None:
    text = "Two men, aged 24 and 31, were arrested last week."
    assert values(extractor, text) == {"last week": "1999-W52"}


def test_a_bound_of_ages_after_a_noun_is_no_time(extractor: Extractor) -> None:
    text = "Sanders led among voters under 30. Most were children under 10, it said last week."
    assert values(extractor, text) == {"last week": "1999-W52"}
    # a bound with a unit is a length
    assert values(extractor, "It was done in under 10 minutes.") == {"under 10 minutes": "PT10M"}


def test_a_year_a_transcript_spells_out_is_tagged(extractor: Extractor) -> None:
    text = "GLISAN: Conditions are comparable to twenty-twelve, a very bad year for growers."
    assert values(extractor, text).get("twenty-twelve") == "2012"


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
    doc = extractor.extract(text, published="2017-11-14")
    got = {c.content.text: (c.when and c.when.value, c.when_from) for c in doc.claims}
    assert got["there was no military solution"] == ("2017-11-11", "event")
    assert got["talks went well"] == ("2017-11-11", "cue")
    # another speech event's time is not this one's: "told" has no time of its own
    assert got["the plan failed"] == (None, None)
    # no time anywhere, and the text does not report from its own day: no date is invented
    assert got["the talks would go on"] == (None, None)


SAME_DAY = (
    "The Kremlin said {day} that the talks went well. Peskov said the presidents met "
    "briefly. Lavrov has said the war must end. The ministers had said that they would "
    "meet, the agency reported. Aides say the deal is close."
)


def test_plain_reports_get_no_when_by_default(extractor: Extractor) -> None:
    """`when` is a claim about the text: a plain "said" states no time of its own."""
    doc = extractor.extract(SAME_DAY.format(day="Saturday"), published="2017-11-11")
    got = {c.content.text: c for c in doc.claims}
    assert got["the talks went well"].when_from == "cue"
    assert all(
        c.when is None and c.when_from is None for k, c in got.items() if k != "the talks went well"
    )


def test_when_fallback_must_be_document_or_none() -> None:
    with pytest.raises(ValueError, match="when_fallback"):
        Extractor(when_fallback="article")  # type: ignore[arg-type]


def test_same_day_news_dates_plain_reports_by_the_document(fallback_extractor: Extractor) -> None:
    doc = fallback_extractor.extract(SAME_DAY.format(day="Saturday"), published="2017-11-11")
    got = {c.content.text: c for c in doc.claims}
    said_saturday = got["the talks went well"]
    assert said_saturday.when is not None and said_saturday.when_from == "cue"
    assert said_saturday.when.value == "2017-11-11"
    for content in ("the presidents met briefly", "the deal is close"):
        claim = got[content]
        assert claim.when_from == "document", content
        assert claim.when is not None and claim.when.span is None
        assert (claim.when.value, claim.when.anchor) == ("2017-11-11", "document_date")
        assert claim.when.label == "2017-11-11 (document date)"
    # a perfect is no report of today; the nested claim's own statement may be older
    assert got["the war must end"].when is None
    nested = next(c for c in doc.claims if c.content.text.startswith("they would meet"))
    assert nested.reported_by is not None and nested.when is None


@pytest.mark.parametrize(
    ("day", "published"),
    [
        ("Friday", "2017-11-11"),  # the text reports from another day
        ("on Nov. 11, 2017,", "2017-11-11"),  # an absolute date is no sign of same-day news
    ],
)
def test_no_document_date_without_same_day_writing(
    fallback_extractor: Extractor, day: str, published: str
) -> None:
    doc = fallback_extractor.extract(SAME_DAY.format(day=day), published=published)
    assert [c.when_from for c in doc.claims if c.when is not None] == ["cue"]


@pytest.mark.parametrize(
    "sentence",
    [
        "After the dinner on Friday in Da Nang, Peskov said the presidents met briefly.",
        "Peskov, who flew in Friday, said the presidents met briefly.",
        "In a Friday interview, Peskov said the presidents met briefly.",
    ],
)
def test_another_day_around_the_cue_blocks_the_document_date(
    fallback_extractor: Extractor, sentence: str
) -> None:
    text = "The Kremlin said Saturday that the talks went well. " + sentence
    doc = fallback_extractor.extract(text, published="2017-11-11")
    claim = next(c for c in doc.claims if c.content.text == "the presidents met briefly")
    assert claim.when_from != "document"
    # the same sentence without the other day is dated by the opt-in
    plain = fallback_extractor.extract(
        "The Kremlin said Saturday that the talks went well. "
        "Peskov said the presidents met briefly.",
        published="2017-11-11",
    )
    assert [c.when_from for c in plain.claims] == ["cue", "document"]


def test_no_document_date_no_when(extractor: Extractor) -> None:
    doc = extractor.extract(SAME_DAY.format(day="Saturday"))
    # "said Saturday" keeps its words with no value; nothing is dated by a missing date
    assert [
        (c.when.span.text if c.when.span else None, c.when.value) for c in doc.claims if c.when
    ] == [("Saturday", None)]


def test_a_half_year_by_its_letter_is_tagged(extractor: Extractor) -> None:
    got = values(extractor, "Profits rose 12% in H1; the H2 outlook is weak.", "2026-12-04")
    assert got == {"H1": "2026-H1", "H2": "2026-H2"}


def test_a_years_part_with_the_year_before_it_is_one_expression(extractor: Extractor) -> None:
    text = "Sales in 1988's fourth quarter were flat; fiscal 1989's first half was better."
    got = values(extractor, text, "1989-11-02")
    assert got == {"1988's fourth quarter": "1988-Q4", "fiscal 1989's first half": "1989-H1"}


def test_a_year_and_the_day_after_it_are_two_expressions(extractor: Extractor) -> None:
    text = "Siemens raised its profit forecast for the year on Wednesday."
    assert values(extractor, text, "2026-02-04") == {"the year": "2026", "Wednesday": "2026-02-04"}


def test_a_clock_time_alone_is_on_the_day_in_focus(extractor: Extractor) -> None:
    text = (
        "A jewellery shop was raided on Saturday afternoon.\n\n"
        "Police said three men smashed display cases shortly after 3pm."
    )
    assert values(extractor, text, "2026-04-02")["3pm"] == "2026-03-28T15:00"
    # not a day of saying ("said early Friday"), nor a live blog's time stamp
    text = (
        "The minister said early Friday that 80 people were killed. A witness said the truck "
        "struck the crowd about 10:30 p.m. local time."
    )
    assert values(extractor, text, "2016-07-15")["about 10:30 p.m."] == "2016-07-14T22:30"


def test_a_clock_time_the_model_leaves_untagged_is_found(extractor: Extractor) -> None:
    text = "The fault began at about 6am on Wednesday. Another began at 10.30pm."
    assert values(extractor, text, "2026-05-28") == {
        "about 6am on Wednesday": "2026-05-27T06:00",
        "10.30pm": "2026-05-27T22:30",
    }


def test_a_noun_the_model_took_in_does_not_make_a_date_vague(extractor: Extractor) -> None:
    text = "The items will be handed over at a ceremony next month."
    assert values(extractor, text, "2026-12-01") == {"next month": "2027-01"}


def test_a_bare_number_in_a_list_or_range_takes_the_unit_after_it(extractor: Extractor) -> None:
    text = "It took six or seven months; it will take two to three months from now."
    assert values(extractor, text, "2016-02-07") == {
        "six": "P6M",
        "seven months": "P7M",
        "two": "2016-04",
        "three months from now": "2016-05",
    }


def test_a_possessive_before_a_date_is_not_part_of_it(extractor: Extractor) -> None:
    text = "We discuss it in our April 22, 2015, op-ed."
    assert values(extractor, text, "2016-04-27") == {"April 22, 2015": "2015-04-22"}


def test_distances_and_designations_are_no_time(extractor: Extractor) -> None:
    text = "The planet, known as LHS 1140 b, is 70 light years away; HB 1523 failed in FY 2025."
    assert values(extractor, text, "2026-06-03") == {"2025": "2025"}


def test_clock_time_and_its_day_are_one_expression(extractor: Extractor) -> None:
    got = values(extractor, "The polls opened at 9 a.m. EST Tuesday in the capital.", "2000-04-05")
    assert got == {"9 a.m. EST Tuesday": "2000-04-04T09:00"}


def test_clock_time_on_its_day_is_one_expression_and_dates_the_statement(
    extractor: Extractor,
) -> None:
    text = "The ministry said at 10am on Wednesday that the talks had failed."
    doc = extractor.extract(text, published="2026-12-04")
    assert {t.span.text: t.value for t in doc.times} == {"10am on Wednesday": "2026-12-02T10:00"}
    (claim,) = doc.claims  # not the document's day, which the clock time alone gave
    assert claim.when is not None and claim.when.value == "2026-12-02T10:00"
    got = values(
        extractor, "The ministry said at noon on Friday that talks had failed.", "2026-12-04"
    )
    assert got == {"noon on Friday": "2026-12-04T12:00"}
    # midnight, after a modifier the model tags with it, joins its day too
    got = values(extractor, "The quake struck shortly before midnight on Sunday.", "2026-12-04")
    assert got == {"shortly before midnight on Sunday": "2026-11-29T24:00"}
    # a weekday in the plural is a set, no day of its own: not joined
    got = values(extractor, "The shop opens at 9am on Saturdays.", "2026-12-04")
    assert "9am on Saturdays" not in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Until Thursday, they had not called him a suspect.", {"Thursday": "2000-01-06"}),
        (
            "A memorial service planned for Saturday was canceled.",
            {"Saturday": "2000-01-01"},
        ),
        # the plan is still ahead when the clause is not past
        ("A memorial service planned for Saturday will draw crowds.", {"Saturday": "2000-01-08"}),
        # a coordinated verb shares the first verb's auxiliaries
        (
            "The board had met on Monday and set Thursday as the deadline for bids.",
            {"Monday": "2000-01-03", "Thursday": "2000-01-06"},
        ),
        ("The board will meet and set Thursday as the deadline.", {"Thursday": "2000-01-13"}),
    ],
)
def test_past_perfect_and_past_plans_look_back(
    extractor: Extractor, text: str, expected: dict[str, str]
) -> None:
    assert values(extractor, text) == expected


def test_a_list_of_dates_is_its_items(extractor: Extractor) -> None:
    got = values(extractor, "The summit will be held on April 24 and 25 in Washington.")
    assert got == {"April 24": "2000-04-24", "25": "2000-04-25"}
    got = values(extractor, "Kopp crossed the border in 1994, 1995 and 1997, police said.")
    assert got == {"1994": "1994", "1995": "1995", "1997": "1997"}


def test_that_year_takes_the_latest_date_before_it(extractor: Extractor) -> None:
    text = (
        "Munero fled to Florida in June 1998 and returned to Cuba later that year. "
        "Slepian was killed on Oct. 23, 1999. Earlier that day, the family sent a fax."
    )
    doc = extractor.extract(text, published="2000-01-28")
    got = {t.span.text: (t.value, t.anchor) for t in doc.times}
    assert got["later that year"] == ("1998", "absolute")
    assert got["Earlier that day"] == ("1999-10-23", "absolute")


def test_later_that_day_after_a_paragraph_break_dates_the_claim(extractor: Extractor) -> None:
    text = (
        "The commission said on Thursday that it suspected the app of breaking the law.\n\n"
        "Later that day, a spokeswoman for the app said it had removed 40,000 accounts."
    )
    doc = extractor.extract(text, published="2000-01-08")
    assert {t.span.text: t.value for t in doc.times if t.span}["Later that day"] == "2000-01-06"
    later = next(c for c in doc.claims if c.content.text.startswith("it had removed"))
    assert later.when is not None and later.when.value == "2000-01-06"


def test_earlier_in_the_day_is_the_latest_day_before_it_and_dates_the_claim(
    extractor: Extractor,
) -> None:
    text = (
        "The Nikkei closed at a record high on Friday.\n\nFinance Minister Katsunobu Kato "
        "told reporters earlier in the day that the government was watching currency moves."
    )
    doc = extractor.extract(text, published="2000-01-08")
    got = {t.span.text: t.value for t in doc.times}
    assert got["earlier in the day"] == "2000-01-07"
    (claim,) = doc.claims
    assert claim.when is not None and claim.when.value == "2000-01-07"
    # without a day named before it, no date and never the length P1D
    assert values(extractor, "He left later in the day.") == {"later in the day": None}
    # further back, only the one day the text has named: not the shooting's June 12 for
    # a visit four sentences after it
    far = (
        "The gunman opened fire on June 12. Police said he acted alone. The club stayed shut. "
        "Mourners gathered on Friday. Flowers covered the street. Many wept. Some sang. "
        "Earlier in the day, Clinton met community leaders."
    )
    assert values(extractor, far)["Earlier in the day"] is None
    near = (
        "The Nikkei closed at a record high on Friday. The index rose 1.8%. Tanaka said "
        "investors were back. He said the yen was weak. Kato told reporters earlier in the "
        "day that the government was watching."
    )
    assert values(extractor, near)["earlier in the day"] == "2000-01-07"


def test_later_in_the_day_untagged_by_the_model_dates_the_cue(extractor: Extractor) -> None:
    text = (
        # (the day of the sentence in focus, though it names a year first)
        "Sen. Margaret Ellison will not run again in 2028, she announced on Tuesday.\n\n"
        '"It has been the honor of my life," Ellison said in a video posted online.\n\n'
        "Ellison, 74, told reporters at the Capitol later in the day that her health was "
        "excellent."
    )
    doc = extractor.extract(text, published="2023-05-10")
    assert {t.span.text: t.value for t in doc.times if t.span}["later in the day"] == "2023-05-09"
    told = doc.claims[-1]
    assert told.when is not None and (told.when.value, told.when_from) == ("2023-05-09", "cue")


def test_that_same_year_and_relative_ranges(extractor: Extractor) -> None:
    got = values(extractor, "In 2015 the law passed. That same year, he said, prices rose.")
    assert got == {"2015": "2015", "That same year": "2015"}
    got = values(extractor, "The event ran from Monday to Wednesday.", "2017-11-11")
    assert got == {"Monday": "2017-11-06", "Wednesday": "2017-11-08"}


def test_that_day_without_an_earlier_date_is_not_guessed(extractor: Extractor) -> None:
    got = values(extractor, "Earlier that day, the family sent a fax to the police.")
    assert got.get("Earlier that day") is None


def test_a_clock_with_a_us_zone_and_its_day(extractor: Extractor) -> None:
    got = values(extractor, "The Senate voted at 6:12 PM ET on Thursday.")
    assert got == {"6:12 PM ET on Thursday": "2000-01-06T18:12"}
    # a date line's clock, a comma and its day are one expression
    text = "Senate passes bill\n\nWASHINGTON — Updated 6:12 PM ET, Thu July 16, 2026\n\nIt passed."
    assert values(extractor, text, "2026-07-16") == {
        "6:12 PM ET, Thu July 16, 2026": "2026-07-16T18:12"
    }


def test_a_frequency_word_ending_a_mastheads_title_is_no_time(extractor: Extractor) -> None:
    text = "Tech Policy Weekly\nDec 1, 2026\n\nRegulator fines app\n\nIt was fined on Monday."
    assert values(extractor, text, "2026-12-01") == {
        "Dec 1, 2026": "2026-12-01",
        "Monday": "2026-11-30",
    }


def test_a_date_is_no_line_break_the_model_ran_into(extractor: Extractor) -> None:
    text = (
        "ENTERTAINMENT\n\nStreaming giant Vistaflix raises prices for second time in a year"
        "\n\nBy Nora Beck | June 3, 2026\n\nStreaming giant Vistaflix will raise the price "
        "of its standard plan by $2 a month."
    )
    got = [t.span.text for t in extractor.extract(text).times if t.span is not None]
    assert got[0] == "June 3, 2026"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # dates and durations the model tags as something else or not at all
        (
            "There were no cancellations after the Aug. 7 Embassy bombings.",
            {"Aug. 7": "1999-08-07"},
        ),
        ("Elian will stay for at least two more weeks, the court said.", {"two more weeks": "P2W"}),
        ("She spent about 5 1/2 hours in Nairobi.", {"about 5 1/2 hours": "PT5H30M"}),
        ("Lawyers left their third day-long meeting.", {"day-long": "P1D"}),
        ("The post-1959 politics split families.", {"post-1959": "1959"}),
        (
            "He will not be sent back between now and Feb. 10.",
            {"between now": "PRESENT_REF", "Feb. 10": "2000-02-10"},
        ),
        # and what the model takes for a time that is none: names and ages
        # a deictic word written as a name is no time; a holiday keeps its capital
        (
            "Speaking on BBC Radio 4's Today programme on Monday, the minister said no.",
            {"Monday": "2000-01-03"},
        ),
        ("Sales rose before Christmas, the retailer said.", {"Christmas": "1999-12-25"}),
        # a person's age set off by commas is no date
        (
            "Elwyn Jones, 81, from Llanbrynmair, said the bus left on Tuesday.",
            {"Tuesday": "2000-01-04"},
        ),
        # the determiner the model left out of a possessive unit
        (
            "The winner of this year's Booker Prize was named on Tuesday.",
            {"this year": "2000", "Tuesday": "2000-01-04"},
        ),
        # a plural's possessive mark is no part of the duration
        ("Staff were given 30 minutes' notice of the call.", {"30 minutes": "PT30M"}),
        # counts with decimals: a half written out, any other fraction kept
        (
            "The drug cut migraine by 4.1 days, against 2.3 days on placebo.",
            {"4.1 days": "P4.1D", "2.3 days": "P2.3D"},
        ),
        ("The final took 2.5 hours.", {"2.5 hours": "PT2H30M"}),
        # "the year" alone is the year the text is in; "the first year" a length
        (
            "The company raised its forecast for the year, and the first year was hard.",
            {"the year": "2000", "the first year": "P1Y"},
        ),
        ("Profit fell in the year to December.", {"the year": "P1Y", "December": "1999-12"}),
        (
            "Profit rose in the 52 weeks to 28 February.",
            {"the 52 weeks": "P52W", "28 February": "1999-02-28"},
        ),
        # beside a year, "the year before" is the year before it
        (
            "Some 4,000 people died in 1998, up from 3,100 the year before.",
            {"1998": "1998", "the year before": "1997"},
        ),
        # a weekday or "daily" inside a newspaper's name is no time
        ("She told the Sunday Times on Friday that she would stay.", {"Friday": "2000-01-07"}),
        ("The Sunday Telegraph reported the deal on Monday.", {"Monday": "2000-01-03"}),
    ],
)
def test_expressions_the_model_misses(
    extractor: Extractor, text: str, expected: dict[str, str]
) -> None:
    assert values(extractor, text) == expected


def test_his_first_day_is_not_a_duration(extractor: Extractor) -> None:
    assert "first day" not in values(extractor, "He vowed to act on his first day in office.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police arrested him on Jan. 2. He appeared in court the next morning.",
            {"Jan. 2": "2000-01-02", "the next morning": "2000-01-03"},
        ),
        (
            "They met on Tuesday, Jan. 4. The day before, a bomb had exploded.",
            {"Tuesday, Jan. 4": "2000-01-04", "The day before": "2000-01-03"},
        ),
        (
            "The talks began on Jan. 4 and ended the following day.",
            {"Jan. 4": "2000-01-04", "the following day": "2000-01-05"},
        ),
    ],
)
def test_the_next_day_counts_from_the_latest_day(
    extractor: Extractor, text: str, expected: dict[str, str]
) -> None:
    assert values(extractor, text) == expected


def test_the_next_day_without_a_day_before_it_is_no_date_and_no_duration(
    extractor: Extractor,
) -> None:
    got = values(extractor, "In July 2008 they met. The day before, a bomb had exploded.")
    assert got["The day before"] is None
    assert values(extractor, "He returned the next day.") == {"the next day": None}


def test_the_day_before_a_clause_keeps_its_clause(extractor: Extractor) -> None:
    got = values(extractor, "He campaigned on Monday, the day before voters head to the polls.")
    assert "the day before" not in got


def test_a_too_wide_entity_gives_its_time_expression(extractor: Extractor) -> None:
    got = values(extractor, "Kenya hoped for an end to a years-old slump in tourism.")
    assert got == {"a years-old": "PXY"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The pope spoke on Easter.", {"Easter": "2017-04-16"}),
        ("He spoke on Good Friday.", {"Good Friday": "2017-04-14"}),
        ("She said on Valentine's Day that it was over.", {"Valentine's Day": "2017-02-14"}),
    ],
)
def test_every_holiday_the_normaliser_knows_is_tagged(
    extractor: Extractor, text: str, expected: dict[str, str]
) -> None:
    assert values(extractor, text, "2017-11-11") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a range of two amounts of one unit: each end is a duration (TimeML)
        ("The work will take between 6 and 9 months.", {"6": "P6M", "9 months": "P9M"}),
        # a period that ends on a date: the duration and the date
        (
            "Sales rose 5% in the nine months ended Sept. 30.",
            {"the nine months": "P9M", "Sept. 30": "1999-09-30"},
        ),
        # a race time
        ("She ran the marathon in 2:11:04.", {"2:11:04": "PT2H11M4S"}),
    ],
)
def test_ranges_of_amounts_periods_ended_and_clock_durations(
    extractor: Extractor, text: str, expected: dict[str, str]
) -> None:
    assert values(extractor, text) == expected


def test_a_year_earlier_beside_a_quarter_is_that_quarter_a_year_before(
    extractor: Extractor,
) -> None:
    text = "Profit fell 20% in the third quarter from a year earlier."
    got = values(extractor, text, published="1989-11-02")
    assert got == {"the third quarter": "1989-Q3", "a year earlier": "1988-Q3"}
    # without a quarter in its sentence it stays a year ago
    assert values(extractor, "He left the firm a year ago.", "1989-11-02") == {"a year ago": "1988"}
    # beside a month, the month a year before
    text = "More than 172,000 people were waiting at the end of June, up 8% on a year earlier."
    got = values(extractor, text, published="2026-09-21")
    assert got == {"the end of June": "2026-06", "a year earlier": "2025-06"}


def test_a_date_with_last_year_and_the_year_before_an_event(extractor: Extractor) -> None:
    text = (
        "The fire broke out on 14 March last year. The landlord had been warned twice in "
        "the year before the fire."
    )
    got = values(extractor, text, published="2026-10-16")
    assert got == {"14 March last year": "2025-03-14", "the year": "P1Y"}


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        # the model takes the platform into the time ("X last night")
        ("Rachel Reeves wrote on X last night that the plan was a con.", "2024-03-06", "cue"),
        # a participle goes with the cue it hangs on: one statement, one time
        (
            "He repeated the claim in a BBC interview on Wednesday, saying the cost would "
            "be modest.",
            "2024-03-06",
            "event",
        ),
    ],
)
def test_the_statements_time_where_the_parse_hides_it(
    extractor: Extractor, text: str, value: str, source: str
) -> None:
    (claim,) = extractor.extract(text, published="2024-03-07").claims
    assert claim.when is not None and (claim.when.value, claim.when_from) == (value, source)


def test_a_statement_is_never_dated_after_the_article(extractor: Extractor) -> None:
    # the parser hung the plan's day on the cue: "next week" is no statement's time
    doc = extractor.extract(
        "The mayor said next week the plan would be dead.", published="2000-01-07"
    )
    (claim,) = doc.claims
    assert [t.value for t in doc.times] == ["2000-W02"] and claim.when is None


@pytest.mark.parametrize(
    "text",
    [
        "Per a filing on Friday, Microsoft owns a 49% stake in the start-up.",
        "According to a filing with the SEC on Friday, Microsoft owns a 49% stake.",
    ],
)
def test_the_day_of_a_cited_medium_is_past(extractor: Extractor, text: str) -> None:
    # the clause is in the present tense, but what is cited exists already
    doc = extractor.extract(text, published="2026-12-02")  # a Wednesday
    assert [t.value for t in doc.times] == ["2026-11-27"]
    (claim,) = doc.claims
    assert claim.when is not None and claim.when.value == "2026-11-27"


def test_a_date_stops_at_the_mark_of_the_clause_after_it(extractor: Extractor) -> None:
    # the small model tags "last week that 2024" as one date
    text = "The agency said last week that 2024 was on track to be the hottest year."
    assert values(extractor, text, "2024-09-06")["last week"] == "2024-W35"


def test_a_day_after_a_years_part_is_its_own_expression(extractor: Extractor) -> None:
    # the small model tags "the fourth quarter next week" and "the third quarter on
    # Tuesday" as one date each, which resolved to nothing or to FUTURE_REF
    text = (
        "The bank will report results for the fourth quarter next week. Shares fell 3 "
        "percent in the third quarter on Tuesday. Sales in the second quarter last year fell."
    )
    got = values(extractor, text, "2001-12-05")
    assert got == {
        "the fourth quarter": "2001-Q4",
        "next week": "2001-W50",
        "the third quarter": "2001-Q3",
        "Tuesday": "2001-12-04",
        "the second quarter last year": "2000-Q2",  # its year stays with it
    }


def test_a_day_that_names_an_event_is_the_nearest_in_a_future_clause(
    extractor: Extractor,
) -> None:
    text = (
        "The FBI is seeking a man for links to the Sept. 11 terrorist attacks. The party "
        "hopes to win the May 7 election. The vote will be held on April 2."
    )
    got = values(extractor, text, "2001-12-31")
    # the nearest: three months back, four ahead; a plain date in a plan stays ahead
    assert got == {"Sept. 11": "2001-09-11", "May 7": "2002-05-07", "April 2": "2002-04-02"}


def test_a_comma_parts_a_date_from_the_phrase_after_it(extractor: Extractor) -> None:
    # the small model tags "Wednesday night, hours" as one time
    text = (
        "The club confirmed the decision in a statement on Wednesday night, hours after a "
        "home defeat."
    )
    got = values(extractor, text, "2026-12-02")  # a Wednesday: that night, not last week's
    assert got == {"Wednesday night": "2026-12-02", "hours": "PTXH"}
    # a date's own comma stays: its weekday and its year
    assert values(extractor, "She spoke on Sunday, November 29, 2026.", "2026-12-02") == {
        "Sunday, November 29, 2026": "2026-11-29"
    }


def test_a_24_hour_clock_time_on_its_day_is_one_expression(extractor: Extractor) -> None:
    text = "Police said officers were called to the house at about 23:00 GMT on Tuesday."
    found = values(extractor, text, published="2026-12-04")
    assert found == {"about 23:00 GMT on Tuesday": "2026-12-01T23:00"}


def test_a_medium_and_a_dates_parts_are_no_part_of_the_time(extractor: Extractor) -> None:
    text = '"The pipeline is drying up," he said in an interview last week.'
    assert values(extractor, text, "2026-10-24") == {"last week": "2026-W42"}
    # a date line's number and month are one date, not two sentences
    text = "Rail fares frozen\n\nBy Transport Correspondent\nSunday 23 November 2026\n\nFares rose."
    assert values(extractor, text, "2026-11-23") == {"Sunday 23 November 2026": "2026-11-23"}


def test_a_date_lines_day_and_the_clock_after_it_are_one_time(extractor: Extractor) -> None:
    text = (
        "Mayor defends budget\n\nBy City Hall Reporter | The Evening Ledger\nPublished Oct. 8, "
        "2026 at 5:32 p.m.\n\nMayor Karen Bass defended her proposal on Tuesday."
    )
    got = values(extractor, text, "2026-10-08")
    assert got["Oct. 8, 2026 at 5:32 p.m."] == "2026-10-08T17:32"


def test_a_season_alone_is_the_coming_one_in_a_plan_and_the_last_one_in_a_report(
    extractor: Extractor,
) -> None:
    got = values(extractor, "Work on the plant will begin in the spring.", "2026-12-01")
    assert got == {"the spring": "2027-SP"}
    got = values(extractor, "Sales fell sharply in the summer, the company said.", "2026-02-10")
    assert got == {"the summer": "2025-SU"}


def test_the_quarter_after_a_quarter_named_close_by_is_that_quarter(extractor: Extractor) -> None:
    # TimeML: "the quarter" takes up the quarter in focus; alone, the latest ended
    text = (
        "Shares fell after the carrier cut its forecast for the third quarter. The airline "
        "said fuel costs would cut profit in the quarter."
    )
    assert values(extractor, text, "2025-08-14") == {
        "the third quarter": "2025-Q3",
        "the quarter": "2025-Q3",
    }
    assert values(extractor, "Profit rose 4% in the quarter.", "2025-08-14") == {
        "the quarter": "2025-Q2"
    }


def test_a_word_that_is_a_time_as_an_adjective_is_none_as_a_noun(extractor: Extractor) -> None:
    text = "The Atlantic current has weakened, but the current government denies it."
    assert values(extractor, text, "2026-10-07") == {"current": "PRESENT_REF"}
    assert values(extractor, "A strong current swept them away.", "2026-10-07") == {}
    text = "Current and former officials said no."
    assert values(extractor, text, "2026-10-07") == {"Current": "PRESENT_REF"}


def test_a_plans_later_in_the_week_after_a_week_that_is_over_is_this_week(
    extractor: Extractor,
) -> None:
    text = (
        "Rubio led the talks last week. An official said he would join the talks later in the week."
    )
    got = values(extractor, text, "2026-12-01")
    assert got == {"last week": "2026-W48", "the week": "2026-W49"}


def test_a_part_of_a_day_named_with_of_is_one_time_of_that_day(extractor: Extractor) -> None:
    text = "He was found unconscious in the street in the early hours of 14 March."
    assert values(extractor, text, "2026-04-28") == {"the early hours of 14 March": "2026-03-14"}


def test_the_following_morning_the_model_leaves_untagged_is_the_day_after(
    extractor: Extractor,
) -> None:
    text = (
        "Jermaine Baker, 34, was arrested on suspicion of burglary on 2 January and collapsed "
        "in a cell at Elland Road police station the following morning."
    )
    got = values(extractor, text, "2026-01-14")
    assert got == {"2 January": "2026-01-02", "the following morning": "2026-01-03"}


def test_a_temperature_is_no_time(extractor: Extractor) -> None:
    text = "The Acropolis closed as temperatures climbed above 43C for the third day in a row."
    assert "43C" not in values(extractor, text, "2026-07-21")


def test_a_24_hour_clock_with_its_zone_the_model_tags_otherwise_takes_the_day_in_focus(
    extractor: Extractor,
) -> None:
    text = (
        "A jet made an emergency landing at Manchester Airport on Sunday evening. The "
        "flight returned about 20 minutes after departing at 18:40 BST."
    )
    got = values(extractor, text, "2026-06-30")
    assert got["18:40 BST"] == "2026-06-28T18:40"


def test_a_day_closing_the_sentence_on_a_phrase_of_the_cue_is_the_cues(
    extractor: Extractor,
) -> None:
    text = "Gov. Ron DeSantis declared a state of emergency for 14 counties on Saturday."
    (claim,) = extractor.extract(text, published="2026-08-31").claims
    assert claim.when is not None and (claim.when.value, claim.when_from) == ("2026-08-29", "cue")


def test_a_quotations_stray_closing_mark_is_no_sentence_of_the_focus(
    extractor: Extractor,
) -> None:
    text = (
        "The Senate failed again Monday night to advance the bill.\n\nJohn Thune said "
        'after the vote that they would keep trying "as many times as it takes."\n\n'
        "Chuck Schumer told reporters earlier in the day that Republicans owned it."
    )
    got = values(extractor, text, "2026-10-21")
    assert got["earlier in the day"] == "2026-10-19"


def test_the_quarter_after_a_comparison_is_the_quarter_in_focus_not_the_year_before(
    extractor: Extractor,
) -> None:
    text = (
        "Meridian reported fourth-quarter earnings of $1.9 billion, up 11% from a year "
        "earlier. Hollis earned $640 million in the quarter."
    )
    got = values(extractor, text, "2026-01-28")
    assert (got["a year earlier"], got["the quarter"]) == ("2024-Q4", "2025-Q4")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The champion has agreed to defend his title in November.", "2026-11"),
        ("Teachers have voted to strike in November.", "2026-11"),
        # a decision told in the simple past may be of the act's past month
        ("The club agreed to sell the striker in January.", "2026-01"),
    ],
)
def test_an_infinitive_after_a_decision_looks_ahead(
    extractor: Extractor, text: str, expected: str
) -> None:
    assert list(values(extractor, text, "2026-03-26").values()) == [expected]


def test_a_passive_decision_after_a_report_is_no_decision_to_act(extractor: Extractor) -> None:
    text = (
        "The Washington Post reported on Monday, based on the current delegates count, if "
        "Rubio wins Florida, the GOP nominee will almost certainly be decided at the convention."
    )
    assert values(extractor, text, "2016-03-08")["Monday"] == "2016-03-07"


def test_a_live_pages_entry_time_is_on_the_pages_day(extractor: Extractor) -> None:
    text = (
        "14:32 GMT: The chancellor has finished her statement.\n\n"
        "13:58 GMT: Shadow chancellor Mel Stride has said the budget is a tax raid."
    )
    got = values(extractor, text, "2026-12-01")
    assert got == {"14:32 GMT": "2026-12-01T14:32", "13:58 GMT": "2026-12-01T13:58"}


def test_a_clock_time_takes_the_day_named_right_after_it(extractor: Extractor) -> None:
    text = "The boy was found near the school at about 3.30pm on Monday, police said."
    assert values(extractor, text, "2026-10-14")["3.30pm"] == "2026-10-12T15:30"


def test_a_month_word_in_lower_case_is_no_month(extractor: Extractor) -> None:
    text = "The Legion said 10,000 people had taken part in the march past on Sunday."
    assert values(extractor, text, "2026-11-11") == {"Sunday": "2026-11-08"}


def test_a_ranges_opening_word_is_no_part_of_its_first_end(extractor: Extractor) -> None:
    text = "The painting was taken during a break-in between Saturday night and Sunday morning."
    assert values(extractor, text, "2026-03-30")["Saturday night"] == "2026-03-28"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Amorim said his side must stop feeling sorry after Sunday's 3-0 defeat.", "Sunday"),
        ("Police will investigate Saturday's attack.", "Saturday"),
    ],
)
def test_a_day_that_owns_what_has_happened_looks_back(
    extractor: Extractor, text: str, day: str
) -> None:
    assert values(extractor, text, "2026-12-03")[day] < "2026-12-03"


def test_a_code_with_a_letter_after_a_number_is_no_time(extractor: Extractor) -> None:
    text = "The planet K2-18b orbits its star every 33 days, a study published on Wednesday found."
    assert "K2-18b" not in values(extractor, text, "2026-06-25")
    assert "the 12th" in values(extractor, "The talks opened on the 12th.", "2026-06-25")


def test_ages_in_a_list_after_aged_and_told_of_he_or_she_are_no_times(
    extractor: Extractor,
) -> None:
    text = (
        "Three men, aged 39, 41 and 66, were detained on Monday. Hale died on Thursday. She was 91."
    )
    assert values(extractor, text, "2026-02-17") == {
        "Monday": "2026-02-16",
        "Thursday": "2026-02-12",
    }


def test_a_preposition_after_the_noun_of_a_too_wide_entity_is_no_part_of_the_time(
    extractor: Extractor,
) -> None:
    text = "Organisers said the festival will take a fallow year in 2027, as it did in 2018."
    assert "2027" in values(extractor, text, "2026-06-24")


def test_a_half_of_a_match_is_no_half_year(extractor: Extractor) -> None:
    text = (
        "Saka levelled before half-time and struck the winner.\n\n"
        'Madrid coach Xabi Alonso said his side had "lost control" in the second half.'
    )
    assert "the second half" not in values(extractor, text, "2026-05-06")
    text = "We were brilliant in the first half, Guardiola said. Foden scored in stoppage time."
    assert "the first half" not in values(extractor, text, "2026-10-13")
    text = "Samsung said it expected demand to recover in the second half."
    assert values(extractor, text, "2026-07-30") == {"the second half": "2026-H2"}
