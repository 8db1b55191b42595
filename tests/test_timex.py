import datetime as dt

import pytest

from claimkit.timex import Tense, resolve

DOC = dt.date(2017, 11, 11)  # a Saturday


@pytest.mark.parametrize(
    ("text", "value", "granularity"),
    [
        ("11 November 2017", "2017-11-11", "day"),
        ("Nov. 10-11", "2017-11-10/2017-11-11", "day"),
        ("July 7, 2017", "2017-07-07", "day"),
        ("July 7-8, 2017", "2017-07-07/2017-07-08", "day"),
        ("Nov. 8", "2017-11-08", "day"),
        ("today", "2017-11-11", "day"),
        ("yesterday", "2017-11-10", "day"),
        ("Saturday", "2017-11-11", "day"),
        ("March 2011", "2011-03", "month"),
        ("in March", "2017-03", "month"),
        ("2015", "2015", "year"),
        ("earlier this year", "2017", "year"),
        ("last week", "2017-W44", "week"),
        ("two days ago", "2017-11-09", "day"),
        ("the 1990s", "199X", "decade"),
        ("six years", "P6Y", "duration"),
        ("the last few months", "PXM", "duration"),
        ("the past two months", "P2M", "duration"),
        ("12/25/2016", "2016-12-25", "day"),
        ("Thursday night", "2017-11-09", "part_of_day"),
        ("Friday morning", "2017-11-10", "part_of_day"),
        ("the early hours of Saturday", "2017-11-11", "part_of_day"),  # the story's own day
        ("the small hours of Friday", "2017-11-10", "part_of_day"),
        ("the night of Thursday", "2017-11-09", "part_of_day"),
        ("late on Saturday", "2017-11-11", "day"),
        ("early on Saturday", "2017-11-11", "day"),
        ("tonight", "2017-11-11", "part_of_day"),
        ("last night", "2017-11-10", "part_of_day"),
        ("the weekend", "2017-W45-WE", "week"),
        ("the week of March 6", "2017-W10", "week"),
        ("the day before last Tuesday's", "2017-11-06", "day"),
        ("the week after Christmas", "2016-W52", "week"),
        ("a week after Christmas", "2016-W52", "week"),
        ("Easter", "2017-04-16", "day"),
        ("Easter week", "2017-W15", "week"),
        ("Good Friday", "2017-04-14", "day"),
        ("Easter Monday", "2017-04-17", "day"),
        ("Black Friday", "2016-11-25", "day"),  # (past tense: the last one)
        ("Cyber Monday", "2016-11-28", "day"),
        ("Memorial Day", "2017-05-29", "day"),
        ("Labor Day", "2017-09-04", "day"),
        ("the day Friday", "2017-11-10", "day"),
        ("April month", "2017-04", "month"),
        ("next week's", "2017-W46", "week"),
        ("about 5 1/2 hours", "PT5H30M", "duration"),
        ("two and a half years", "P2Y6M", "duration"),
        ("two more weeks", "P2W", "duration"),
        ("day-long", "P1D", "duration"),
        ("years-old", "PXY", "duration"),
        ("a decade-old", "P10Y", "duration"),
        ("months-long", "PXM", "duration"),
        ("post-1959", "1959", "year"),
        ("9 a.m. EST Friday", "2017-11-10T09:00", "time"),
        ("11:30 p.m. Nov. 8", "2017-11-08T23:30", "time"),
    ],
)
def test_values_against_the_document_date(text: str, value: str, granularity: str) -> None:
    res = resolve(text, DOC)
    assert (res.value, res.granularity) == (value, granularity)


def test_weekday_is_the_most_recent_one_unless_future() -> None:
    assert resolve("Saturday", dt.date(2017, 11, 13)).value == "2017-11-11"
    assert resolve("Tuesday", dt.date(2000, 4, 3), "future").value == "2000-04-04"
    assert resolve("Monday", dt.date(2000, 2, 16), "past").value == "2000-02-14"


def test_month_without_year_follows_tense() -> None:
    assert resolve("in March", DOC, "future").value == "2018-03"
    assert resolve("Jan. 14", dt.date(2000, 1, 6), "future").value == "2000-01-14"


def test_a_day_soon_after_the_document_date_stays_in_its_year_in_past_tense() -> None:
    # "gave no reason for the Jan. 14 deadline", written on Jan. 5
    assert resolve("Jan. 14", dt.date(2000, 1, 5), "past").value == "2000-01-14"
    assert resolve("Dec. 28", dt.date(2000, 1, 5), "past").value == "1999-12-28"
    assert resolve("March 14", dt.date(2000, 1, 5), "past").value == "1999-03-14"


@pytest.mark.parametrize(
    ("text", "value"),
    [("two days later", "P2D"), ("Just over an hour later", "PT1H"), ("10 days before", "P10D")],
)
def test_time_counted_from_an_event_is_a_duration_not_a_date(text: str, value: str) -> None:
    # the event is not the document date: a date here would be silently wrong
    res = resolve(text, DOC)
    assert (res.value, res.start, res.granularity) == (value, None, "duration")


def test_the_weekend_looks_back_unless_future() -> None:
    monday = dt.date(2000, 4, 3)
    assert resolve("the weekend", monday).start == dt.date(2000, 4, 1)
    assert resolve("the weekend", monday, "future").start == dt.date(2000, 4, 8)
    assert resolve("the weekend", dt.date(2000, 4, 2), "future").start == dt.date(2000, 4, 1)


def test_a_holiday_week_under_way_is_this_one_whatever_the_tense() -> None:
    # Easter 2000 is April 23; "as Easter week began" on Monday April 17
    assert resolve("Easter week", dt.date(2000, 4, 17), "past").value == "2000-W16"
    assert resolve("Easter week", dt.date(2000, 5, 17), "past").value == "2000-W16"
    assert resolve("Easter week", dt.date(2000, 4, 10), "past").value == "1999-W13"


def test_open_ranges_keep_the_year_as_value() -> None:
    res = resolve("pre-1990", DOC)
    assert (res.value, res.start, res.end) == ("1990", None, dt.date(1989, 12, 31))


def test_range_has_start_and_end() -> None:
    res = resolve("Nov. 10-11", DOC)
    assert (res.start, res.end) == (dt.date(2017, 11, 10), dt.date(2017, 11, 11))
    assert res.anchor == "document_date"


def test_earlier_this_year_ends_at_the_document_date() -> None:
    res = resolve("earlier this year", DOC)
    assert (res.start, res.end) == (dt.date(2017, 1, 1), DOC)


@pytest.mark.parametrize(
    "text",
    ["Saturday", "today", "Nov. 8", "last week", "two days ago", "the weekend", "Easter week"],
)
def test_relative_expressions_without_document_date_stay_unresolved(text: str) -> None:
    res = resolve(text, None)
    assert res.value is None and res.anchor == "none"


def test_absolute_expressions_resolve_without_document_date() -> None:
    res = resolve("July 7, 2017", None)
    assert (res.value, res.anchor) == ("2017-07-07", "absolute")


@pytest.mark.parametrize(
    "text", ["32 January", "Nov. 40", "February 30, 2017", "Nov. 11-10", "25", "3rd"]
)
def test_malformed_dates_give_no_value(text: str) -> None:
    assert resolve(text, DOC).value is None


def test_garbage_does_not_raise() -> None:
    assert resolve("x" * 10_000, DOC).value is None


@pytest.mark.parametrize("text", ["13 p.m. Friday", "9 a.m. last year", "March night"])
def test_clock_or_part_of_day_needs_one_valid_day(text: str) -> None:
    assert resolve(text, DOC).granularity not in ("time", "part_of_day")


@pytest.mark.parametrize(
    ("text", "tense", "value"),
    [
        # a report names the last one begun by the document date; a plan the one in progress or next
        ("the fourth quarter", "past", "2020-Q4"),
        ("first-quarter", "past", "2021-Q1"),  # begun by the document date
        ("the fourth quarter", "future", "2021-Q4"),
        ("Q3 2020", "past", "2020-Q3"),
        ("the first quarter of last year", "future", "2020-Q1"),
        ("the second half of the year", "past", "2021-H2"),
        ("the second half", "future", "2021-H2"),
        ("the first half of 2020", "future", "2020-H1"),
        ("H1", "past", "2021-H1"),  # as "the first half": the half begun by the date
        ("H2 2019", "past", "2019-H2"),
        # a year's first or last three or six months are its quarter or half; another run
        # of months is no date
        ("the last three months of 2020", "past", "2020-Q4"),
        ("the first six months of the year", "past", "2021-H1"),
        ("the first nine months of 2020", "past", None),
    ],
)
def test_quarters_and_halves(text: str, tense: Tense, value: str | None) -> None:
    assert resolve(text, dt.date(2021, 3, 3), tense).value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("mid-month", "1989-11"),
        ("the end of the month", "1989-11"),
        ("the middle of the week", "1989-W44"),
        ("mid-year", "1989"),
        ("the end of the decade", "198X"),
        ("the end of the quarter", "1989-Q4"),
    ],
)
def test_a_part_of_a_bare_unit_is_of_the_one_in_progress(text: str, value: str) -> None:
    # "by the end of the month" is a time of this month, no month-long duration
    assert resolve(text, THURSDAY, "future").value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Monday last week", "1989-10-23"),
        ("Tuesday of next week", "1989-11-07"),
        ("Friday this week", "1989-11-03"),
    ],
)
def test_a_weekday_of_a_week_named_is_that_day(text: str, value: str) -> None:
    assert resolve(text, THURSDAY).value == value


def test_last_month_named_is_never_one_to_come() -> None:
    # in September, "last October" is a year back, however soon October comes
    assert resolve("last October", dt.date(2026, 9, 9), "past").value == "2025-10"
    assert resolve("last August", dt.date(2026, 9, 9), "past").value == "2026-08"


def test_the_following_count_of_units_is_a_length() -> None:
    assert resolve("the following 18 months", THURSDAY).value == "P18M"
    assert resolve("the following week", THURSDAY).value is None  # a date, counted


def test_a_quarter_after_it_ended_is_this_years() -> None:
    assert resolve("first-quarter", dt.date(2022, 5, 12), "past").value == "2022-Q1"
    assert resolve("the fourth quarter", None).value is None  # no date, no year


#: The TimeML value of each class of business and broadcast time, with the document date
#: Thursday 1989-11-02 (the examples of the TimeML guidelines' style).
THURSDAY = dt.date(1989, 11, 2)


@pytest.mark.parametrize(
    ("text", "tense", "value"),
    [
        # quarters: one begun by the document date is this year's
        ("third-quarter", "past", "1989-Q3"),
        ("the third quarter", "past", "1989-Q3"),
        ("fourth-quarter", "past", "1989-Q4"),
        ("the latest quarter", "past", "1989-Q3"),
        ("the year-ago quarter", "past", "1988-Q3"),
        # a year's own part, its year before it
        ("last year's third quarter", "past", "1988-Q3"),
        ("1988's fourth quarter", "past", "1988-Q4"),
        ("fiscal 1989's first half", "past", "1989-H1"),
        ("the prior quarter", "past", "1989-Q3"),
        ("the prior year", "past", "1988"),
        # "the quarter" of a results report is the latest; in a plan, the one under way
        ("the quarter", "past", "1989-Q3"),
        ("the quarter", "future", "1989-Q4"),
        ("the current quarter", "present", "1989-Q4"),
        # looking ahead, the figures of a quarter just ended are that quarter's ("when it
        # releases third-quarter results next week"); a plan's quarter is the next one
        ("third-quarter", "future", "1989-Q3"),
        ("the third quarter", "future", "1990-Q3"),
        # fiscal years and periods
        ("fiscal 1990", "future", "1990"),
        ("the current fiscal year", "present", "1989"),
        ("the fiscal year", "past", "1989"),
        ("year-end", "future", "1989-12-31"),
        # spoken numbers
        ("nineteen eighty-four", "past", "1984"),
        ("March nineteen eighty-eight", "past", "1988-03"),
        ("the year nineteen ninety", "past", "1990"),
        ("twenty-twelve", "past", "2012"),
        # centuries
        ("the 18th century", "past", "17"),
        ("the 14th century", "past", "13"),
        ("the mid-20th century", "past", "19"),
        ("the late 19th century", "past", "18"),
        ("17th-century", "past", "16"),
        # a quarter by its months
        ("the April-June quarter", "past", "1989-Q2"),
        ("the May-July quarter", "past", None),
        # or by the month it ends (Australian and New Zealand business news)
        ("the September quarter", "past", "1989-Q3"),
        ("the December quarter", "future", "1989-Q4"),
        ("the May quarter", "past", None),
        # a frequency
        ("every day", "present", "P1D"),
        ("annual", "present", "P1Y"),  # the model's date in "the annual report"
        ("quarterly", "present", "P3M"),
        ("each year", "present", "P1Y"),
        # approximate and fractional durations
        ("a couple of months", "past", "P2M"),
        ("3 1/2 years", "past", "P3Y6M"),
        # vague references
        ("the past few weeks", "past", "PAST_REF"),
        ("at the time", "past", "PAST_REF"),
        ("the next few weeks", "future", "FUTURE_REF"),
        ("some day", "future", "FUTURE_REF"),
        # a range written as one token: its first year
        ("2011-2012", "past", "2011"),
        ("1962-63", "past", "1962"),
        ("1991-2020", "past", "1991"),  # a climate baseline: years written out in full
        # clock durations
        ("2:11:04", "past", "PT2H11M4S"),
        # clock times: alone, the document's day; an evening hour told in the past, the
        # evening before (a story of the 2nd tells of "the attack at 10:30 p.m." on the 1st)
        ("7.30pm", "past", "1989-11-01T19:30"),
        ("7.30pm", "future", "1989-11-02T19:30"),
        ("10am", "past", "1989-11-02T10:00"),
        ("noon", "past", "1989-11-02T12:00"),
        ("7.30pm on Monday", "past", "1989-10-30T19:30"),
        ("noon on Friday", "past", "1989-10-27T12:00"),
        # midnight is the end of its day (TimeML's T24:00), near it the same
        ("midnight Sunday", "future", "1989-11-05T24:00"),
        ("midnight Sunday", "past", "1989-10-29T24:00"),
        ("shortly before midnight on Sunday", "past", "1989-10-29T24:00"),
        ("past midnight on Friday", "past", "1989-10-27T24:00"),
    ],
)
def test_business_and_broadcast_periods(text: str, tense: Tense, value: str) -> None:
    assert resolve(text, THURSDAY, tense).value == value


def test_a_day_of_the_month_alone_names_no_month() -> None:
    assert resolve("the 3rd", THURSDAY).value is None  # not March
    assert resolve("10am", None).value is None  # no document date, no day


def test_a_year_range_is_not_a_score() -> None:
    assert resolve("2011-1999", THURSDAY).value != "2011"
    found = resolve("1962-63", THURSDAY)
    assert (found.start, found.end) == (dt.date(1962, 1, 1), dt.date(1963, 12, 31))
    found = resolve("2008-9", THURSDAY)  # one digit after the dash
    assert (found.value, found.end) == ("2008", dt.date(2009, 12, 31))


def test_seconds_are_a_clock_duration_and_curly_quotes_are_quotes() -> None:
    assert resolve("about six seconds", THURSDAY).value == "PT6S"
    assert resolve("24.21 seconds", THURSDAY).value == "PT24.21S"
    assert resolve("the \u201890s", THURSDAY).value == resolve("the '90s", THURSDAY).value
    assert resolve("the \u201890s", THURSDAY).value is not None


@pytest.mark.parametrize(
    "text",
    ["two", "the three", "another four", "Year 10", "'2nd", "6, 2016", "5\u20192", "one second"],
)
def test_a_number_alone_is_no_month(text: str) -> None:
    assert resolve(text, THURSDAY).value is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the last forty eight hours", "PT48H"),  # a count of two number words
        ("twenty-one days", "P21D"),
        ("a mere 48 hours", "PT48H"),  # approximations keep the amount
        ("no more than ninety days", "P90D"),
        ("two more weeks", "P2W"),  # "two more" is no number
    ],
)
def test_spoken_counts_and_approximate_durations(text: str, value: str) -> None:
    assert resolve(text, DOC).value == value


def test_two_numbers_with_and_are_never_one_date() -> None:
    assert resolve("between 6 and 9 months", DOC).value is None
