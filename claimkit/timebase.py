"""What every part of the time normaliser shares: the result type, tense, number, month and
weekday words, and calendar arithmetic (on dateutil's ``relativedelta``)."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from typing import Literal

from dateutil.relativedelta import relativedelta, weekday

__all__ = [
    "MONTHS",
    "NUMBERS",
    "UNRESOLVED",
    "WEEKDAYS",
    "Resolution",
    "Tense",
    "iso_week",
    "month_day",
    "month_number",
    "month_range",
    "nth_weekday",
    "number",
    "shift_month",
]

Tense = Literal["past", "present", "future"]

#: Number words as news writes them ("six years", "nineteen eighty-four").
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}  # fmt: skip


#: Month names in full, January first.
MONTH_NAMES = [calendar.month_name[i].lower() for i in range(1, 13)]
#: Month names and abbreviations ("september", "sep", "sept") to their numbers.
MONTHS = {
    name: i for i in range(1, 13) for name in (MONTH_NAMES[i - 1], calendar.month_abbr[i].lower())
}
MONTHS["sept"] = 9
#: Weekday names to their numbers (Monday 0).
WEEKDAYS = {calendar.day_name[i].lower(): i for i in range(7)}


@dataclass(frozen=True)
class Resolution:
    """A normalised time expression."""

    value: str | None
    start: dt.date | None = None
    end: dt.date | None = None
    granularity: str = "unknown"
    anchor: str = "none"


UNRESOLVED = Resolution(None)


def month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    """The first and last day of a month."""
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def month_day(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when there is no such day (Feb. 30)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def month_number(mon: str) -> int:
    """The number of a month name or abbreviation ("Sept." is 9)."""
    key = mon.lower().rstrip(".")
    return MONTHS.get(key) or MONTHS[key[:3]]


def number(word: str | None) -> int | None:
    """A count written in digits or as a number word ("six" is 6)."""
    if word is None:
        return None
    word = " ".join(word.lower().split())
    if word.isdecimal():  # not "²", a digit int() cannot read
        return int(word)
    tens, _, unit = word.replace("-", " ").partition(" ")  # "forty eight", "forty-eight"
    if unit and NUMBERS.get(tens, 0) >= 20 and 1 <= NUMBERS.get(unit, 0) <= 9:
        return NUMBERS[tens] + NUMBERS[unit]
    return NUMBERS.get(word)


def iso_week(d: dt.date) -> str:
    """The ISO week holding ``d``, TimeML style: "2017-W45"."""
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    """The (year, month) ``delta`` months away."""
    d = dt.date(year, month, 1) + relativedelta(months=delta)
    return d.year, d.month


def nth_weekday(year: int, month: int, day: int, n: int) -> dt.date:
    """The ``n``-th weekday ``day`` (Monday 0) of a month: Thanksgiving is the 4th Thursday."""
    d: dt.date = dt.date(year, month, 1) + relativedelta(weekday=weekday(day)(n))
    return d
