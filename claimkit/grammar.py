"""claimkit's time grammar: one named rule per form, its pattern beside its handler.

:data:`GRAMMAR` is tried in order on a lower-cased expression; the first rule whose
pattern matches the whole expression resolves it against the document date (``anchor``)
and the tense of its clause. A rule marked ``needs_anchor`` gives no value without a
document date. The vocabulary (units, seasons, numbers, months, weekdays) is shared with
the tagger through ``lexicons/times.json`` and :mod:`claimkit.timebase`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from dateutil.relativedelta import relativedelta

from claimkit.lexicons import times
from claimkit.timebase import (
    UNRESOLVED,
    WEEKDAYS,
    Resolution,
    Tense,
    iso_week,
    month_day,
    month_number,
    month_range,
    number,
    shift_month,
)
from claimkit.units import duration, relative_unit

__all__ = ["GRAMMAR", "MONTH_WORDS", "TimeRule", "nearest_year"]

Groups = dict[str, Any]
Handler = Callable[[Groups, "dt.date | None", Tense], Resolution]

#: A day up to this many days after the document date stays in its year in a past clause.
PAST_TENSE_AHEAD_DAYS = 31
MONTH_WORDS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_MON = rf"(?P<mon>{MONTH_WORDS})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_DAY2 = r"(?P<day2>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
#: The month a season (TimeML's code) begins in; it lasts three months.
SEASON_STARTS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
YEAR_STEP = {"this": 0, "next": 1, "last": -1}  # "March last year": a year before the text's
_REL_YEAR = r"\s+(?P<rel>this|next|last)\s+year"  # "14 March last year"
_WEEKDAY = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_POD = r"morning|afternoon|evening|night"
# "forty eight", "twenty-one": a count of two number words
COMPOUND_NUMBER = (
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-]"
    r"(?:one|two|three|four|five|six|seven|eight|nine)"
)


@dataclass(frozen=True)
class TimeRule:
    """One form of the grammar: its name, its pattern (whole expression) and its handler."""

    name: str
    pattern: re.Pattern[str]
    handler: Handler
    needs_anchor: bool = False

    def resolve(self, body: str, anchor: dt.date | None, tense: Tense) -> Resolution | None:
        """The resolution of ``body`` by this rule, or None when the pattern does not match."""
        m = self.pattern.match(body)
        if m is None:
            return None
        if self.needs_anchor and anchor is None:
            return UNRESOLVED
        return self.handler(m.groupdict(), anchor, tense)


def nearest_year(anchor: dt.date, month: int, day: int | None, tense: Tense) -> int:
    """The year that puts (month, day) nearest the anchor on the side the tense says.

    A day up to a month after the anchor stays in its year in a past-tense clause too:
    "gave no reason for the Jan. 14 deadline" written on Jan. 5 is this January's deadline,
    not one almost a year old (news style gives the year of a date from another year), and
    so does a month that begins within that month.
    """
    probe = (month, day or 1)
    here = (anchor.month, anchor.day if day else 1)
    if tense == "future":
        return anchor.year if probe >= here else anchor.year + 1
    if tense == "past":  # (so does the month right after the anchor's: "said a cut in
        # December looked likely", written on Nov. 3)
        ahead = dt.date(anchor.year, month, min(day or 1, 28)) - anchor
        soon = ahead <= dt.timedelta(days=PAST_TENSE_AHEAD_DAYS)
        return anchor.year if probe <= here or soon else anchor.year - 1
    # present: the year that puts it nearest the anchor
    years = (anchor.year - 1, anchor.year, anchor.year + 1)
    return min(years, key=lambda y: abs((dt.date(y, month, min(day or 1, 28)) - anchor).days))


def _iso(g: Groups, anchor: dt.date | None, tense: Tense) -> Resolution:
    d = month_day(int(g["year"]), int(g["m"]), int(g["day"]))
    return Resolution(d.isoformat(), d, d, "day", "absolute") if d else UNRESOLVED


def _month_and_day(g: Groups, anchor: dt.date | None, tense: Tense) -> Resolution:
    """ "Nov. 10", "Monday, Oct. 26" (the year in which that day is a Monday), "Nov. 10-11",
    "the 3rd of May 2017"."""
    month = month_number(g["mon"])
    day, day2 = int(g["day"]), int(g["day2"]) if g.get("day2") else None
    if g.get("year"):
        year, how = int(g["year"]), "absolute"
    elif anchor is not None and g.get("rel"):
        year, how = anchor.year + YEAR_STEP[g["rel"].lower()], "document_date"
    elif anchor is not None:
        year, how = nearest_year(anchor, month, day, tense), "document_date"
        if g.get("wdp"):
            wd = WEEKDAYS[g["wdp"].lower()]
            fits = [
                y
                for y in (anchor.year, anchor.year + 1, anchor.year - 1)
                if (d := month_day(y, month, day)) is not None and d.weekday() == wd
            ]
            year = fits[0] if fits else year
    else:
        return UNRESOLVED
    first = month_day(year, month, day)
    last = month_day(year, month, day2) if day2 else first
    if first is None or last is None or last < first:
        return UNRESOLVED
    value = first.isoformat() if first == last else f"{first.isoformat()}/{last.isoformat()}"
    return Resolution(value, first, last, "day", how)


def _month(g: Groups, anchor: dt.date | None, tense: Tense) -> Resolution:
    """ "March 2011", "March", "March next year"."""
    month = month_number(g["mon"])
    if g.get("year"):
        year, how = int(g["year"]), "absolute"
    elif anchor is not None and g.get("rel"):
        step = YEAR_STEP[g["rel"].lower()]
        year, how = anchor.year + step, "document_date"
    elif anchor is not None:
        year, how = nearest_year(anchor, month, None, tense), "document_date"
    else:
        return UNRESOLVED
    first, last = month_range(year, month)
    return Resolution(f"{year}-{month:02d}", first, last, "month", how)


def _year(g: Groups, anchor: dt.date | None, tense: Tense) -> Resolution:
    year = int(g["year"])
    return Resolution(str(year), dt.date(year, 1, 1), dt.date(year, 12, 31), "year", "absolute")


def _decade(g: Groups, anchor: dt.date | None, tense: Tense) -> Resolution:
    """ "the 1990s" (199X); "the '80s" in the century that puts it before the anchor."""
    if g.get("year"):
        stem, how = g["year"], "absolute"
    elif anchor is not None:
        century = anchor.year // 100
        if int(g["short"]) * 10 > anchor.year % 100:
            century -= 1
        stem, how = f"{century}{g['short']}", "document_date"
    else:
        return UNRESOLVED
    y0 = int(stem) * 10
    return Resolution(f"{stem}X", dt.date(y0, 1, 1), dt.date(y0 + 9, 12, 31), "decade", how)


def _weekday(g: Groups, anchor: dt.date | None, tense: Tense) -> Resolution:
    """A weekday: the one before the anchor in a report of the past, the next in a plan."""
    assert anchor is not None
    wd = WEEKDAYS[g["wd"].lower()]
    ahead = (wd - anchor.weekday()) % 7
    back = (anchor.weekday() - wd) % 7
    rel = (g.get("rel") or "").lower()
    if rel in ("last", "past"):
        d = anchor - dt.timedelta(days=back or 7)
    elif rel == "next":
        d = anchor + dt.timedelta(days=ahead or 7)
    elif tense == "future" or (tense == "present" and ahead < back):
        d = anchor + dt.timedelta(days=ahead)
    else:
        d = anchor - dt.timedelta(days=back)
    return Resolution(d.isoformat(), d, d, "day", "document_date")


def _deictic(g: Groups, anchor: dt.date | None, tense: Tense) -> Resolution:
    """ "today", "yesterday morning", "tonight"."""
    assert anchor is not None
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[g["word"].lower()]
    d = anchor + dt.timedelta(days=offset)
    part = g["word"].lower() == "tonight" or g.get("pod")
    return Resolution(d.isoformat(), d, d, "part_of_day" if part else "day", "document_date")


def _this_part_of_day(g: Groups, anchor: dt.date | None, tense: Tense) -> Resolution:
    """ "this morning", "last night", "tomorrow night"."""
    assert anchor is not None
    d = anchor + dt.timedelta(days={"last": -1, "tomorrow": 1}.get(g.get("pod2") or "", 0))
    return Resolution(d.isoformat(), d, d, "part_of_day", "document_date")


def _relative_unit(g: Groups, anchor: dt.date | None, tense: Tense) -> Resolution:
    """ "last week", "this month"; "the past decade" is a span ending now (a duration)."""
    rel = " ".join(g["rel"].lower().split())
    if rel in ("the past", "the last", "past") and g["unit"].lower() != "weekend":
        return duration(g)
    if anchor is None:
        return UNRESOLVED
    return relative_unit(g["rel"], g["unit"], anchor)


def _weekend(g: Groups, anchor: dt.date | None, tense: Tense) -> Resolution:
    """The weekend just past (or under way), or the next one in a plan."""
    assert anchor is not None
    saturday = anchor - dt.timedelta(days=(anchor.weekday() - 5) % 7)
    if tense == "future" and anchor.weekday() < 5:
        saturday += dt.timedelta(weeks=1)
    sunday = saturday + dt.timedelta(days=1)
    return Resolution(f"{iso_week(saturday)}-WE", saturday, sunday, "week", "document_date")


def _relative_month(g: Groups, anchor: dt.date | None, tense: Tense) -> Resolution:
    """ "last February", "next March", "this September"."""
    assert anchor is not None
    month = month_number(g["mon"])
    rel = g["rel"].lower()
    if rel in ("last", "past"):  # never one to come, however soon: "last October" in
        year = anchor.year if month < anchor.month else anchor.year - 1  # September
    else:
        year = nearest_year(anchor, month, None, "future" if rel == "next" else tense)
    first, last = month_range(year, month)
    return Resolution(f"{year}-{month:02d}", first, last, "month", "document_date")


def _season(g: Groups, anchor: dt.date | None, tense: Tense) -> Resolution:
    """ "last spring" (2016-SP), "the fall of 1998"."""
    assert anchor is not None
    season = times().seasons[g["season"].lower()]
    rel = (g.get("rel") or "").lower()
    year = (
        int(g["year"])
        if g.get("year")
        else anchor.year + (1 if rel == "next" else -1 if rel == "last" else 0)
    )
    if not g.get("year") and rel in ("", "the"):  # "will begin in the spring", said in
        # December: the coming spring; "in the summer" in a past report in February: the last
        first = SEASON_STARTS[season]
        ended = dt.date(year, first, 1) + relativedelta(months=3) <= anchor
        year += 1 if tense == "future" and ended else 0
        # (not a bare season, often a noun's modifier: "its winter outlook")
        year -= 1 if tense == "past" and rel == "the" and anchor < dt.date(year, first, 1) else 0
    how = "absolute" if g.get("year") else "document_date"
    return Resolution(f"{year}-{season}", None, None, "season", how)


def _ago(g: Groups, anchor: dt.date | None, tense: Tense) -> Resolution:
    """ "two days ago" (a day), "three weeks ago" (a week), "a decade ago" (a year)."""
    assert anchor is not None
    n = number(g["num"])
    unit = times().units[g["unit"].lower()]
    if n is None:
        return Resolution("PAST_REF", None, anchor, "unknown", "document_date")
    if unit == "D":
        d = anchor - dt.timedelta(days=n)
        return Resolution(d.isoformat(), d, d, "day", "document_date")
    if unit == "W":
        d = anchor - dt.timedelta(weeks=n)
        monday = d - dt.timedelta(days=d.weekday())
        return Resolution(
            iso_week(d), monday, monday + dt.timedelta(days=6), "week", "document_date"
        )
    if unit == "M":
        y, mth = shift_month(anchor.year, anchor.month, -n)
        first, last = month_range(y, mth)
        return Resolution(f"{y}-{mth:02d}", first, last, "month", "document_date")
    y = anchor.year - n * (10 if unit == "DE" else 1)
    return Resolution(str(y), dt.date(y, 1, 1), dt.date(y, 12, 31), "year", "document_date")


def _duration(g: Groups, anchor: dt.date | None, tense: Tense) -> Resolution:
    """A length of time ("the following 18 months" P18M); but "the year" alone ("raised its
    forecast for the year") is the year the text is in, as TimeML dates it, not a year's
    length."""
    if (g.get("mod") or "").lower() in ("following", "ensuing") and not g.get("num"):
        return UNRESOLVED  # "the following week" is a date counted from another, no length
    the_year = g.get("the") and g["unit"].lower() == "year"
    if the_year and not (g.get("mod") or g.get("num") or g.get("half")):
        if anchor is None:
            return UNRESOLVED
        start, end = dt.date(anchor.year, 1, 1), dt.date(anchor.year, 12, 31)
        return Resolution(str(anchor.year), start, end, "year", "document_date")
    return duration(g)


def _rule(name: str, rx: str, handler: Handler, needs_anchor: bool = False) -> TimeRule:
    return TimeRule(name, re.compile(rf"^{rx}$"), handler, needs_anchor)


#: The grammar, tried in this order; the first rule that matches decides.
GRAMMAR: tuple[TimeRule, ...] = (
    _rule("iso", r"(?P<year>\d{4})-(?P<m>\d{2})-(?P<day>\d{2})", _iso),
    _rule(
        "mdy",
        rf"(?:(?P<wdp>{_WEEKDAY}),?\s+)?{_MON}\s+{_DAY}"
        rf"(?:\s*(?:[-–]|to|through)\s*{_DAY2})?(?:,?\s+{_YEAR}|{_REL_YEAR})?",
        _month_and_day,
    ),
    _rule(
        "dmy",
        rf"(?:the\s+)?{_DAY}(?:\s*[-–]\s*{_DAY2})?\s+(?:of\s+)?{_MON}(?:,?\s+{_YEAR}|{_REL_YEAR})?",
        _month_and_day,
    ),
    _rule("my", rf"{_MON}(?:,?\s+(?:of\s+)?{_YEAR}|\s+(?P<rel>this|next|last)\s+year)?", _month),
    _rule("year", r"(?:the\s+year\s+)?(?P<year>1[5-9]\d\d|20\d\d)", _year),
    _rule("decade", r"(?:the\s+)?(?:(?P<year>1[5-9]\d|20\d)0|'?(?P<short>\d)0)'?s", _decade),
    _rule(
        "weekday",
        rf"(?:(?P<rel>last|next|this|past)\s+)?(?P<wd>{_WEEKDAY})(?:'s)?(?:\s+(?P<pod>{_POD}))?",
        _weekday,
        needs_anchor=True,
    ),
    _rule(
        "deictic",
        rf"(?P<word>today|tonight|yesterday|tomorrow)(?:\s+(?P<pod>{_POD}))?",
        _deictic,
        needs_anchor=True,
    ),
    _rule(
        "this_pod",
        r"this\s+(?P<pod>morning|afternoon|evening)|(?P<pod2>last|tomorrow)\s+night",
        _this_part_of_day,
        needs_anchor=True,
    ),
    _rule(
        "rel_unit",
        r"(?P<rel>this|last|next|past|previous|prior|coming|the\s+past|the\s+last|the\s+coming"
        r"|the\s+previous|the\s+prior|the\s+next)\s+"
        r"(?P<unit>week|month|year|decade|weekend|quarter|century)",
        _relative_unit,
    ),
    _rule("rel_month", rf"(?P<rel>last|next|this|past)\s+{_MON}", _relative_month, True),
    _rule("weekend", r"(?:the\s+)?weekend", _weekend, needs_anchor=True),
    _rule(
        "rel_season",
        r"(?P<rel>this|last|next|the|past)?\s*(?P<season>spring|summer|fall|autumn|winter)"
        r"(?:\s+(?:of\s+)?(?P<year>\d{4}))?",
        _season,
        needs_anchor=True,
    ),
    _rule(
        "ago",
        r"(?P<num>\w+|a\s+few|a\s+couple\s+of)\s+(?P<unit>days?|weeks?|months?|years?|decades?)"
        r"\s+ago",
        _ago,
        needs_anchor=True,
    ),
    _rule(
        "duration",
        r"(?:(?:for|over|during|in|within)\s+)?(?:(?P<the>the)\s+)?"
        r"(?:(?P<mod>past|last|next|coming|previous|first|final|following|ensuing)\s+)?"
        rf"(?P<num>\d+\.\d+|\d+|{COMPOUND_NUMBER}|\w+|a\s+few|a\s+couple\s+of)?"
        r"(?P<half>\s+(?:1/2|and\s+a\s+half))?"
        r"\s*(?:more\s+)?(?P<unit>days?|weeks?|months?|years?|decades?|centuries|century"
        r"|hours?|minutes?|seconds|quarters?)(?:\s+(?:long|old))?",
        _duration,
    ),
)
