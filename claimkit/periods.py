"""The periods of business, broadcast and modern news, as TimeML values.

- quarters and halves: "the third quarter", "third-quarter profit", "Q3 2020", "the
  latest quarter", "the year-ago quarter", "the second half of the year" (``1989-Q3``,
  ``1989-H2``). With no year, a quarter that has begun by the document date is this
  year's in a report of the past, the one in progress or the next in a plan;
- fiscal years: "fiscal 1990" (``1990``), "the current fiscal year", "the fiscal year"
  (the document's year), "year-end" (``1989-12-31``);
- spoken years, as transcripts write them: "nineteen eighty-four" (``1984``), "March
  nineteen eighty-eight" (``1988-03``);
- centuries: "the 18th century", "the mid-20th century" (``17``, ``19``: TimeML's values
  for 1700-1799 and 1900-1999);
- year ranges written as one token: "2011-2012", "1962-63", "2008-9" (the first year;
  the range is ``start``/``end``);
- clock durations: "2:11:04" (a race time, ``PT2H11M4S``);
- vague references: "the past few weeks", "at the time" (``PAST_REF``), "the next few
  weeks", "some day" (``FUTURE_REF``); "recent days" and "the coming years" stay vague
  durations (``PXD``, ``PXY``), as the TimeBank-AQUAINT gold annotates them.

Each returns None for what it does not recognise, so the general grammar can try.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from claimkit.timebase import MONTH_NAMES, MONTHS, NUMBERS, Resolution, Tense, month_range

__all__ = ["resolve_period"]

REPORTING_DAYS = 91  # a quarter or half's results come out within a quarter of its end
ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}
ORDINALS |= {"fourth": 4, "4th": 4, "final": 4, "last": 4}
_OF_YEAR = r"(?:\s+(?:of\s+)?(?:(?P<year>\d{4})|(?P<which>the|this|last|next)\s+year))?"
# or whose, before it: "last year's third quarter", "1988's fourth quarter", "fiscal
# 1989's first half"
_YEARS = (
    r"(?:the\s+|(?:fiscal\s+)?(?P<pyear>\d{4})['’]s\s+"
    r"|(?P<pwhich>this|last|next)\s+(?:fiscal\s+)?year['’]s\s+)?"
)
_MONTHS = "|".join(MONTH_NAMES)
QUARTER = re.compile(
    rf"^{_YEARS}(?:(?P<q>first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]+quarter"
    rf"|(?P<m1>{_MONTHS})[-–](?P<m2>{_MONTHS})\s+quarter"  # "the April-June quarter"
    rf"|(?P<m3>{_MONTHS})\s+quarter"  # by the month it ends: "the September quarter"
    r"|q(?P<qn>[1-4]))" + _OF_YEAR + r"$"
)
HALF = re.compile(
    rf"^{_YEARS}(?:(?P<h>first|second|1st|2nd)[\s-]+half|h(?P<hn>[12]))" + _OF_YEAR + r"$"
)
LATEST_QUARTER = re.compile(
    r"^(?:the\s+)?(?P<which>latest|most\s+recent|year-ago|year-earlier|year\s+earlier)\s+quarter$"
    r"|^the\s+(?:(?P<plain>quarter)|(?P<current>current)\s+quarter)$"  # the one reported on
)
FISCAL = re.compile(
    r"^(?:the\s+)?(?:(?P<current>current|this|last|next|coming)\s+)?fiscal(?:\s+year)?"
    r"(?:\s+(?P<year>\d{4}))?$"
)
YEAR_END = re.compile(r"^(?:the\s+)?(?:year[\s-]end|end\s+of\s+the\s+year)$")
# "17th-century", "the mid-20th century" (TimeML's value is the century's; its mod MID)
CENTURY = re.compile(
    r"^(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?P<n>\d{1,2})(?:st|nd|rd|th)[\s-]+century$"
)
RANGE = re.compile(r"^(?P<a>(?:1[5-9]|20)\d\d)[-–/](?P<b>\d{1,2}|\d{4})$")
CLOCK = re.compile(r"^(?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d)$")
# "recent days" and "the coming years" stay durations (PXD, PXY), as the TimeBank-AQUAINT
# gold annotates them; "the past few weeks" is a reference to the past
PAST_REFS = re.compile(
    r"^(?:in\s+)?(?:the\s+)?past\s+(?:few|several)\s+(?:days|weeks|months|years)$"
    r"|^at\s+the\s+time$"
)
FUTURE_REFS = re.compile(
    r"^(?:in\s+)?(?:the\s+)?next\s+(?:few|several)\s+(?:days|weeks|months|years)$|^some\s*day$"
)
# "the first six months of 2025" is its first half, "the last three months" its fourth
# quarter; other runs of months at a year's start or end name no TimeML part
MONTHS_OF_YEAR = re.compile(
    r"^(?:the\s+)?(?P<end>first|last|final)\s+(?P<n>\S+)\s+months\s+(?P<of>of\s+.+)$"
)
PART_MONTHS = {"three": "quarter", "3": "quarter", "six": "half", "6": "half"}
SPOKEN = re.compile(rf"^(?:the\s+year\s+)?(?:(?P<mon>{_MONTHS})\s+)?(?P<words>[a-z -]+)$")


def _year_for(n: int, months: int, anchor: dt.date, tense: Tense, figures: bool) -> int:
    """The year of part ``n`` (of ``months`` months each) with no year written. Looking
    ahead, the ``figures`` of a part ("third-quarter results", the adjective) that ended
    less than a quarter ago are that part's: "when it releases third-quarter results
    next week", said in October, is the quarter just ended, not next year's (while "will
    open in the third quarter" is the next one)."""
    first = dt.date(anchor.year, months * (n - 1) + 1, 1)
    last = month_range(anchor.year, months * n)[1]
    if tense == "past":
        return anchor.year if first <= anchor else anchor.year - 1
    if figures:  # the latest such part to have ended, if it ended in the last quarter
        ended = next(
            y for y in (anchor.year, anchor.year - 1) if month_range(y, months * n)[1] < anchor
        )
        if month_range(ended, months * n)[1] + dt.timedelta(days=REPORTING_DAYS) >= anchor:
            return ended
    return anchor.year + 1 if last < anchor else anchor.year


def _part(letter: str, months: int, n: int, year: int, how: str) -> Resolution:
    first = dt.date(year, months * (n - 1) + 1, 1)
    last = month_range(year, months * n)[1]
    name = "quarter" if letter == "Q" else "half"
    return Resolution(f"{year}-{letter}{n}", first, last, name, how)


def _months_quarter(first: str | None, last: str | None) -> str | None:
    """The calendar quarter (as a digit) that runs from month ``first`` to ``last``, or
    None: "april", "june" is "2"."""
    if first is None or last is None:
        return None
    a, b = MONTHS[first], MONTHS[last]
    return str((a + 2) // 3) if a % 3 == 1 and b == a + 2 else None


def _months_of_year(low: str, anchor: dt.date | None, tense: Tense) -> Resolution | None:
    """ "the first six months of 2025" (``2025-H1``), "the last three months of the year"
    (its ``Q4``); another run of months at a year's start or end is no date (never the
    month dateparser would make of it)."""
    m = MONTHS_OF_YEAR.match(low)
    if m is None:
        return None
    part = PART_MONTHS.get(m.group("n"))
    if part is None:
        return Resolution(None, granularity="unknown")
    first = m.group("end") == "first"
    which = (
        ("first" if first else "fourth") if part == "quarter" else ("first" if first else "second")
    )
    return _quarter_or_half(f"the {which} {part} {m.group('of')}", anchor, tense)


def _quarter_or_half(low: str, anchor: dt.date | None, tense: Tense) -> Resolution | None:
    for letter, months, rx in (("Q", 3, QUARTER), ("H", 6, HALF)):
        m = rx.match(low)
        if m is None:
            continue
        g = m.groupdict()
        number = g.get("qn") or g.get("hn") or _months_quarter(g.get("m1"), g.get("m2"))
        ending = g.get("m3")  # (a quarter ends in March, June, September or December)
        if ending is not None:
            number = str(MONTHS[ending] // 3) if MONTHS[ending] % 3 == 0 else None
        if number is None and (g.get("m1") or ending):
            return None  # months that make no calendar quarter: "the May-July quarter"
        n = int(number) if number else ORDINALS[(g.get("q") or g["h"]).lower()]
        which = (g.get("which") or g.get("pwhich") or "").lower()
        if g.get("year") or g.get("pyear"):
            return _part(letter, months, n, int(g.get("year") or g["pyear"]), "absolute")
        if anchor is None:
            return Resolution(None, granularity="quarter" if letter == "Q" else "half")
        if which:
            shift = {"last": -1, "next": 1}.get(which, 0)
            return _part(letter, months, n, anchor.year + shift, "document_date")
        figures = "-" in low and not low.startswith("the ")  # "third-quarter [results]"
        year = _year_for(n, months, anchor, tense, figures)
        return _part(letter, months, n, year, "document_date")
    m = LATEST_QUARTER.match(low)
    if m is None:
        return None
    if anchor is None:
        return Resolution(None, granularity="quarter")
    ended = (anchor.month - 1) // 3  # quarters of this year that have ended
    if m.group("current") or (m.group("plain") and tense == "future"):
        return _part("Q", 3, ended + 1, anchor.year, "document_date")  # the one under way
    year, n = (anchor.year, ended) if ended else (anchor.year - 1, 4)
    which = m.group("which") or "latest"  # "the quarter" of a past report: the latest
    if which != "latest" and "recent" not in which:
        year -= 1  # "the year-ago quarter": the latest one, a year before
    return _part("Q", 3, n, year, "document_date")


def _fiscal(low: str, anchor: dt.date | None, tense: Tense) -> Resolution | None:
    if (m := YEAR_END.match(low)) is not None:
        if anchor is None:
            return Resolution(None, granularity="day")
        end = dt.date(anchor.year, 12, 31)
        return Resolution(end.isoformat(), end, end, "day", "document_date")
    m = FISCAL.match(low)
    if m is None:
        return None
    if m.group("year"):
        year, how = int(m.group("year")), "absolute"
    elif anchor is None:
        return Resolution(None, granularity="year")
    else:
        shift = {"last": -1, "next": 1, "coming": 1}.get(m.group("current") or "", 0)
        year, how = anchor.year + shift, "document_date"
    return Resolution(str(year), dt.date(year, 1, 1), dt.date(year, 12, 31), "year", how)


def _spoken_number(words: str) -> int | None:
    """ "eighty-four" → 84, "nineteen" → 19."""
    total = 0
    for w in words.replace("-", " ").split():
        if w not in NUMBERS or w in ("a", "an", "hundred"):
            return None
        total += NUMBERS[w]
    return total or None


def _spoken_year(low: str, anchor: dt.date | None, tense: Tense) -> Resolution | None:
    m = SPOKEN.match(low)
    if m is None:
        return None
    words = re.split(r"[\s-]", m.group("words"), maxsplit=1)  # "twenty-twelve"
    if len(words) != 2 or words[0] not in ("nineteen", "eighteen", "twenty"):
        return None
    century, rest = NUMBERS[words[0]], _spoken_number(words[1])
    if rest is None or rest >= 100 or (words[0] == "twenty" and rest < 10):
        return None
    year = century * 100 + rest
    if m.group("mon"):
        month = MONTHS[m.group("mon")]
        first, last = month_range(year, month)
        return Resolution(f"{year}-{month:02d}", first, last, "month", "absolute")
    return Resolution(str(year), dt.date(year, 1, 1), dt.date(year, 12, 31), "year", "absolute")


def _century(low: str, anchor: dt.date | None, tense: Tense) -> Resolution | None:
    m = CENTURY.match(low)
    if m is None or not 1 <= int(m.group("n")) <= 21:
        return None
    n = int(m.group("n"))
    first, last = dt.date((n - 1) * 100 or 1, 1, 1), dt.date(n * 100 - 1, 12, 31)
    return Resolution(f"{n - 1:02d}", first, last, "century", "absolute")


def _year_range(low: str, anchor: dt.date | None, tense: Tense) -> Resolution | None:
    m = RANGE.match(low)
    if m is None:
        return None
    a = int(m.group("a"))
    short = m.group("b")  # its last digits: "1962-63", "2008-9"
    b = int(m.group("a")[: 4 - len(short)] + short)
    longest = 100 if len(m.group("b")) == 4 else 10  # "1991-2020", a baseline of 30 years
    if not a < b <= a + longest:
        return None  # "1962-63" and "2011-2012", not a score or a page range
    return Resolution(str(a), dt.date(a, 1, 1), dt.date(b, 12, 31), "year", "absolute")


def _clock(low: str, anchor: dt.date | None, tense: Tense) -> Resolution | None:
    m = CLOCK.match(low)
    if m is None:
        return None
    h, mi, s = (int(m.group(k)) for k in ("h", "m", "s"))
    value = "PT" + "".join(f"{v}{u}" for v, u in ((h, "H"), (mi, "M"), (s, "S")) if v)
    return Resolution(value, None, None, "duration", "absolute")


def _vague(low: str, anchor: dt.date | None, tense: Tense) -> Resolution | None:
    if PAST_REFS.match(low):
        return Resolution("PAST_REF", None, None, "unknown", "absolute")
    if FUTURE_REFS.match(low):
        return Resolution("FUTURE_REF", None, None, "unknown", "absolute")
    return None


RULES: tuple[Callable[[str, dt.date | None, Tense], Resolution | None], ...] = (
    _months_of_year,
    _quarter_or_half,
    _fiscal,
    _spoken_year,
    _century,
    _year_range,
    _clock,
    _vague,
)


def resolve_period(low: str, anchor: dt.date | None, tense: Tense) -> Resolution | None:
    """The TimeML value of a lower-cased period expression, or None when no rule here
    knows it. Without a document date a relative period keeps ``value=None``."""
    for rule in RULES:
        found = rule(low, anchor, tense)
        if found is not None:
            return found
    return None
