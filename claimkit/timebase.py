"""What every part of the time normaliser shares: the result type, tense, number words."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from typing import Literal

__all__ = ["NUMBERS", "UNRESOLVED", "Resolution", "Tense", "month_range"]

Tense = Literal["past", "present", "future"]

#: Number words as news writes them ("six years", "nineteen eighty-four").
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}  # fmt: skip


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
