"""The article's own date, read from the date line at the head of a scraped page.

Pages print their date in many forms: ``Posted on March 3, 2021 by Jane Doe | 4 min
read``, ``POLITICS | 3 March 2021 | 5-minute read``, ``03.03.2021 · Science``, ``The Daily
Courier | Wednesday 3 March 2021``, ``Published: 1 December 2022 10:42 GMT``. The first
full date (day, month and year) on a short line above the body is the date; a date inside
the body is never taken, nor one after two paragraphs of prose. A page with no date at its
head may print one at its foot (``Published: 3 March 2021``, "This report by The Canadian
Press was first published March 3, 2021.", or a date alone on its line): a line among the
last three that opens with the label or the date. A wire dateline (``OSLO, March 3
(Reuters) -``) gives a day and a month but no year: the page may state the year (a
copyright line, ``© 2021 Reuters``); else the lead may name the day's weekday ("… on
Wednesday"), and the year is the one in which that day fell on it, of those since the
latest year the text mentions when one is at most two years after it, else the latest such
year (since that year, when it mentions one). That date is an inference, and the Document
says so in a warning (W006). A numeric date is read day first when dotted
(``03.04.2021``); slashed, it is read when only one reading is a date (``25/03/2021``) or
the line's clock names a time zone whose region writes dates one way (``12/03/2026 04:12
PM EST`` is December 3, ``03/12/2026 10:15 GMT`` 3 December), and never else.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from claimkit.lexicons import times
from claimkit.timebase import MONTHS, WEEKDAYS

__all__ = [
    "PLACE_COLON_DATELINE",
    "PLACE_DATELINE",
    "SENTENCE_ENDS",
    "TRANSCRIPT_LABEL",
    "WIRE_DATELINE",
    "Dated",
    "find_date",
]

_MONTH = (
    r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
#: The forms of a full date on a date line, each with a name.
DATE_FORMS = {
    "day month year": re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b", re.I),
    "month day year": re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I),
    # (with its time after a "T": "2021-03-03T10:00:00Z")
    "iso": re.compile(rf"\b{_YEAR}-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?:\b|(?=T\d))"),
    "dotted, day first": re.compile(rf"\b{_DAY}\.(?P<month>[01]?\d)\.{_YEAR}\b"),
    "slashed": re.compile(rf"\b(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/{_YEAR}\b"),
    # a press release's "3-MAR-2026"; a page's "Last Updated: 03/03/26 10:47pm"
    "hyphened": re.compile(rf"\b{_DAY}-{_MONTH}-{_YEAR}\b", re.I),
    "slashed, short year": re.compile(r"\b(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<yy>\d\d)\b(?!/)"),
}
#: A wire dateline: "OSLO, March 3 (Reuters) -", "WELLINGTON, Nov. 4 (AN) —", a press
#: release's "LAS VEGAS, May 6, 2026 /PRNewswire/ --" or, day first, "LONDON, 3 December
#: 2026 /PRNewswire/ --" or, with a year, "Carlisle, 1 December 2026 –", and an agency's
#: that sets the place in prose case and runs on into the lead: "New Delhi, Feb 12 (PTI)
#: The government …".
_DAY_FIRST = _DAY.replace("<day>", "<day_first>") + r"\s+" + _MONTH.replace("<month>", "<month_>")
WIRE_DATELINE = re.compile(
    rf"^[A-Z][\w .'’-]+(?:,\s*[A-Z][\w .'’-]*)?,\s+(?:{_MONTH}\s+{_DAY}|{_DAY_FIRST})"
    rf"(?:,?\s+{_YEAR})?"
    rf"(?:\s*(?:\([^()]{{1,40}}\)|/[^/]{{1,40}}/)\s*(?:[-–—_]|(?=[A-Z\"“‘]))"
    # or, with its year, a dash alone: a press release's "Carlisle, 1 December 2026 –"
    rf"|(?(year)\s*[-–—]\s*(?=[A-Z\"“‘])|(?!)))"
)
#: A dateline of place alone, opening the body: "RANGOON, Burma - ", "WASHINGTON — ",
#: "ST. LOUIS, Mo. — " (the place in capitals, a region in prose case, a dash).
PLACE_DATELINE = re.compile(
    # one word of four letters or more, or several ("SAN JOSE"; not "US - China")
    r"^(?:[A-Z][A-Z.'’-]{3,}|[A-Z][A-Z.'’-]+(?= [A-Z]))(?: [A-Z][A-Z.'’-]+){0,3}"
    r"(?:,\s*[A-Z][\w.'’]*(?: [A-Z][\w.'’]*){0,2})?"
    r"\s*(?:\([^()]{1,20}\))?\s*(?:--|[-–—])\s*(?=[A-Z\"“‘'])"
)
#: A dateline of place alone set off by a colon, as Indian and Gulf papers print it:
#: "MUMBAI: Tata Steel on Monday …", "NEW DELHI: " (the place in capitals). A transcript's
#: speaker label looks the same ("MORRISON: Good afternoon."), so a page that labels more
#: than one line so (`TRANSCRIPT_LABEL`) has no such dateline.
PLACE_COLON_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.'’-]{3,}|[A-Z][A-Z.'’-]+(?= [A-Z]))(?: [A-Z][A-Z.'’-]+){0,3}"
    r":\s+(?=[A-Z\"“‘'])"
)
TRANSCRIPT_LABEL = re.compile(r"^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}:[ \t]+\S", re.M)
#: The page's statement of the year where a wire dateline gives none.
COPYRIGHT_YEAR = re.compile(rf"(?:©|\(c\)|\bcopyright)\s*{_YEAR}\b", re.I)
#: A date line is short: the date and a few words of byline, section or reading time
#: (counted in words with a letter: "PUBLISHED: December 3, 2026 at 10:47 PM EST | UPDATED:
#: December 4, 2026 at 6:02 AM EST" is ten).
DATE_LINE_WORDS = 14
#: Paragraphs of prose after which a date line is the body's, not the page head's.
BODY_PARAGRAPHS = 2
SENTENCE_ENDS = (".", "!", "?", '."', ".”", "?”", "!”")
#: The last lines of a page where a date line is looked for when its head has none, and
#: the words that label it the article's own date (a date just after them).
FOOT_LINES = 3
FOOT_LABEL = re.compile(
    r"^\s*(?:(?:this (?:report|story|article) by [^.]{1,60} was )?first )?(?:published|posted)"
    r"(?:\s+on)?\s*:?\s*",
    re.I,
)
#: What may follow a date alone on a foot line: nothing, or a clock and its zone.
FOOT_CLOCK = re.compile(
    r"(?:(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[aApP]\.?[mM]\.?)?(?:\s+[A-Z]{2,4})?)?"
)
#: The weekday a wire story's lead names for its day ("… on Wednesday declined …").
LEAD_WEEKDAY = re.compile(r"\b(?:on\s+)?(" + "|".join(WEEKDAYS) + r")\b", re.I)
ANY_YEAR = re.compile(rf"\b{_YEAR}\b")
#: A time zone's abbreviation beside a date line's clock ("04:12 PM EST").
ZONE = re.compile(r"\b[A-Z]{2,4}\b")
#: The calendar repeats every 28 years: the years a weekday's year is looked for in.
CALENDAR_CYCLE = 28
#: A news story's year is at most this many years after the latest year it mentions, or
#: that year is history and bounds the story's only from below.
RECENT_YEARS = 2


class Dated(NamedTuple):
    """The article's date, where the page prints it, whether that is a wire dateline in
    the body's first line, and whether its year was inferred from the weekday a yearless
    wire dateline's lead names."""

    date: dt.date
    span: tuple[int, int]
    wire: bool = False
    year_inferred: bool = False


def _month(value: str) -> int:
    return int(value) if value.isdecimal() else MONTHS[value.lower()[:3]]


def _zone_order(line: str) -> str | None:
    """The order ("month_first" or "day_first") in which the region of the time zone the
    line names writes a date: "EST" month first, "GMT" day first; None for no zone or both."""
    named = set(ZONE.findall(line))
    orders = {order for order, zones in times().clock_zones.items() if named & zones}
    return orders.pop() if len(orders) == 1 else None


def _date(m: re.Match[str], order: str | None = None) -> dt.date | None:
    """The date a match names, or None when it names none (31 February) or is ambiguous
    (a slashed 03/04/2021 on a line whose time zone, ``order``, does not say which)."""
    groups = m.groupdict()
    try:
        if "a" in groups and groups["a"] is not None:
            a, b = int(groups["a"]), int(groups["b"])
            if a > 12 or b > 12 or a == b:  # one reading only (03/03 is one)
                order = "day_first" if a > 12 else "month_first"
            if order is None or (a > 12 and b > 12):
                return None  # 03/04/2021: March 4 or 3 April; never guess
            day, month = (a, b) if order == "day_first" else (b, a)
            year = groups.get("year") or f"20{groups['yy']}"  # a page's "26" is this century's
            return dt.date(int(year), month, day)
        return dt.date(int(groups["year"]), _month(groups["month"]), int(groups["day"]))
    except (ValueError, KeyError):
        return None


def _on_line(line: str) -> tuple[dt.date, int, int] | None:
    """The first full date on one line: (date, start, end) in the line."""
    found = []
    order = _zone_order(line)
    for pattern in DATE_FORMS.values():
        for m in pattern.finditer(line):
            date = _date(m, order)
            if date is not None:
                found.append((m.start(), m.end(), date))
                break
    if not found:
        return None
    start, end, date = min(found)
    return date, start, end


def _clock_end(line: str) -> bool:
    """Does the line end on a clock time ("…, 3:45 p.m."), not a sentence's full stop?"""
    return line.rstrip().lower().endswith(("a.m.", "p.m."))


def _year_by_weekday(text: str, lead: int, month: int, day: int, today: dt.date) -> int | None:
    """The year of a yearless wire dateline's day: the one in which it fell on the one
    weekday the lead paragraph (from ``lead``) names, up to ``today``: the first since the
    latest year the text mentions when it is at most ``RECENT_YEARS`` after it, else the
    latest since that year (the latest of all when the text mentions none)."""
    end = text.find("\n", lead)
    named = {w.lower() for w in LEAD_WEEKDAY.findall(text[lead : end if end != -1 else None])}
    if len(named) != 1:
        return None  # no weekday, or two: no one day
    weekday = WEEKDAYS[named.pop()]
    years = []
    for year in range(today.year - CALENDAR_CYCLE, today.year + 1):
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue  # 29 February
        if date <= today and date.weekday() == weekday:
            years.append(year)
    mentioned = [int(y) for y in ANY_YEAR.findall(text) if int(y) <= today.year]
    after = [y for y in years if mentioned and y >= max(mentioned)]
    if after and after[0] - max(mentioned) <= RECENT_YEARS:
        return after[0]
    # a year long before ("the 1977 law") is history: it bounds nothing
    return after[-1] if after else years[-1] if years and not mentioned else None


def _foot_date(lines: list[tuple[int, int, str]], body_start: int) -> Dated | None:
    """The date a page with none at its head prints at its foot, on one of its last lines
    after the body's start, labelled as the article's ("Published: 3 March 2026", "This
    report by The Canadian Press was first published March 3, 2026.") or alone on its line
    but for a clock ("December 1, 2026", "Dec 2, 2026 4:15 PM"); else None."""
    for a, _, line in lines[-FOOT_LINES:]:
        label = FOOT_LABEL.match(line)
        at = label.end() if label is not None else 0
        hit = _on_line(line[at:]) if a > body_start else None
        if hit is None or hit[1] != 0:  # the date right after the label, or opening the line
            continue
        date, start, end = hit
        if label is not None or FOOT_CLOCK.fullmatch(line[at + end :].strip()):
            return Dated(date, (a + at + start, a + at + end))
    return None


def find_date(
    text: str, lines: list[tuple[int, int, str]], body_start: int, today: dt.date | None = None
) -> Dated | None:
    """The article's date and where the page prints it: the first full date on a short
    line above the body, else a wire dateline at the top of the body with its own year
    ("SAN JOSE, May 4, 2022 (Reuters) -"), the page's copyright year, or the year its lead's
    weekday gives (see the module docstring; ``today`` bounds it, by default the date
    today). ``lines`` are (start, end, line) of the non-blank lines of ``text``;
    ``body_start`` is where the first body paragraph starts."""
    paragraphs = 0  # long sentences seen: a standfirst may come before the date line, but
    # after two paragraphs of prose the body has begun, however short its lines
    for a, _, line in lines:
        if a >= body_start or paragraphs == BODY_PARAGRAPHS:
            break
        sentence = line.rstrip().endswith((".", "?", "!")) and not _clock_end(line)
        long = sum(any(c.isalpha() for c in w) for w in line.split()) > DATE_LINE_WORDS
        paragraphs += long and line.rstrip().endswith(SENTENCE_ENDS)
        if long or sentence:
            continue
        hit = _on_line(line)
        if hit is not None:
            date, start, end = hit
            return Dated(date, (a + start, a + end))
    wire = next(
        (
            (a, m)
            for a, _, line in lines
            if a <= body_start and (m := WIRE_DATELINE.match(line)) is not None
        ),
        None,
    )
    if wire is None:
        return _foot_date(lines, body_start)
    a, m = wire
    first = "day_first" if m.group("day_first") else "month"
    month = _month(m.group("month") or m.group("month_"))
    day = int(m.group("day") or m.group("day_first"))
    year = m.group("year") or (y.group("year") if (y := COPYRIGHT_YEAR.search(text)) else None)
    last = "year" if m.group("year") else ("day" if first == "month" else "month_")
    span = (a + m.start(first), a + m.end(last))
    if year is None:  # "OSLO, March 3 (Reuters)" on a page that states no year
        inferred = _year_by_weekday(text, a + m.end(), month, day, today or dt.date.today())
        return Dated(dt.date(inferred, month, day), span, True, True) if inferred else None
    try:
        return Dated(dt.date(int(year), month, day), span, True)
    except ValueError:
        return None
