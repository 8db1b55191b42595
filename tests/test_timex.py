import datetime as dt

import pytest

from claimkit.timex import resolve

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
        ("Thursday night", "2017-11-09TNI", "part_of_day"),
        ("Friday morning", "2017-11-10TMO", "part_of_day"),
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


def test_range_has_start_and_end() -> None:
    res = resolve("Nov. 10-11", DOC)
    assert (res.start, res.end) == (dt.date(2017, 11, 10), dt.date(2017, 11, 11))
    assert res.anchor == "document_date"


def test_earlier_this_year_ends_at_the_document_date() -> None:
    res = resolve("earlier this year", DOC)
    assert (res.start, res.end) == (dt.date(2017, 1, 1), DOC)


@pytest.mark.parametrize("text", ["Saturday", "today", "Nov. 8", "last week", "two days ago"])
def test_relative_expressions_without_document_date_stay_unresolved(text: str) -> None:
    res = resolve(text, None)
    assert res.value is None and res.anchor == "none"


def test_absolute_expressions_resolve_without_document_date() -> None:
    res = resolve("July 7, 2017", None)
    assert (res.value, res.anchor) == ("2017-07-07", "absolute")


@pytest.mark.parametrize("text", ["32 January", "Nov. 40", "February 30, 2017", "Nov. 11-10"])
def test_malformed_dates_give_no_value(text: str) -> None:
    assert resolve(text, DOC).value is None


def test_garbage_does_not_raise() -> None:
    assert resolve("x" * 10_000, DOC).value is None


@pytest.mark.parametrize("text", ["13 p.m. Friday", "9 a.m. last year", "March night"])
def test_clock_or_part_of_day_needs_one_valid_day(text: str) -> None:
    assert resolve(text, DOC).granularity not in ("time", "part_of_day")
