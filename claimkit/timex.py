"""Normalise time expressions to TimeML-style values against a document date.

claimkit's own small grammar handles what dateparser gets wrong or cannot read (it
invents years for bare day numbers, reads weekdays forward only, and is slow on long
input): weekdays, day ranges ("Nov. 10-11"), month and year granularity, relative
expressions ("last week", "earlier this year", "two days ago"), durations ("six years",
"the last few months") and decades. Anything else goes to dateparser, with the language
fixed to English, one reused parser, bounded input and a cache keyed by (expression,
document date, tense). A date is never invented: without a document date a relative
expression resolves to ``value=None``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache
from typing import Any

from dateutil.easter import easter

from claimkit.dateparse import parse
from claimkit.lexicons import times
from claimkit.periods import resolve_period
from claimkit.timebase import (
    UNRESOLVED,
    WEEKDAYS,
    Resolution,
    Tense,
    iso_week,
    month_day,
    month_number,
    month_range,
    nth_weekday,
    number,
    shift_month,
)
from claimkit.units import duration, relative_unit

__all__ = ["Resolution", "Tense", "resolve"]

_VOCAB = times()
VAGUE, UNITS, SEASONS, REFS = _VOCAB.vague, _VOCAB.units, _VOCAB.seasons, _VOCAB.refs
HOLIDAYS = _VOCAB.holidays
MAX_LEN = 80
PAST_TENSE_AHEAD_DAYS = 31


_MONTH_WORDS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_MON = rf"(?P<mon>{_MONTH_WORDS})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_DAY2 = r"(?P<day2>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (name, re.compile(rf"^{rx}$"))
    for name, rx in [
        ("iso", r"(?P<year>\d{4})-(?P<m>\d{2})-(?P<day>\d{2})"),
        (
            "mdy",
            rf"(?:(?P<wdp>monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?{_MON}\s+{_DAY}(?:\s*(?:[-–]|to|through)\s*{_DAY2})?(?:,?\s+{_YEAR})?",
        ),
        ("dmy", rf"(?:the\s+)?{_DAY}(?:\s*[-–]\s*{_DAY2})?\s+(?:of\s+)?{_MON}(?:,?\s+{_YEAR})?"),
        ("my", rf"{_MON}(?:,?\s+(?:of\s+)?{_YEAR}|\s+(?P<rel>this|next|last)\s+year)?"),
        ("year", r"(?:the\s+year\s+)?(?P<year>1[5-9]\d\d|20\d\d)"),
        ("decade", r"(?:the\s+)?(?:(?P<year>1[5-9]\d|20\d)0|'?(?P<short>\d)0)'?s"),
        (
            "weekday",
            r"(?:(?P<rel>last|next|this|past)\s+)?"
            r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s)?"
            r"(?:\s+(?P<pod>morning|afternoon|evening|night))?",
        ),
        (
            "deictic",
            r"(?P<word>today|tonight|yesterday|tomorrow)"
            r"(?:\s+(?P<pod>morning|afternoon|evening|night))?",
        ),
        ("this_pod", r"this\s+(?P<pod>morning|afternoon|evening)|(?P<pod2>last|tomorrow)\s+night"),
        (
            "rel_unit",
            r"(?P<rel>this|last|next|past|previous|coming|the\s+past|the\s+last|the\s+coming|the\s+previous|the\s+next)\s+"
            r"(?P<unit>week|month|year|decade|weekend|quarter|century)",
        ),
        ("rel_month", rf"(?P<rel>last|next|this|past)\s+{_MON}"),
        ("weekend", r"(?:the\s+)?weekend"),
        (
            "rel_season",
            r"(?P<rel>this|last|next|the|past)?\s*(?P<season>spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(?P<year>\d{4}))?",
        ),
        (
            "ago",
            r"(?P<num>\w+|a\s+few|a\s+couple\s+of)\s+(?P<unit>days?|weeks?|months?|years?|decades?)\s+ago",
        ),
        (
            "duration",
            r"(?:(?:for|over|during|in|within)\s+)?(?:the\s+)?(?:(?:past|last|next|coming|previous|first|final)\s+)?"
            r"(?P<num>\d+|\w+|a\s+few|a\s+couple\s+of)?(?P<half>\s+(?:1/2|and\s+a\s+half))?"
            r"\s*(?:more\s+)?(?P<unit>days?|weeks?|months?|years?|decades?|centuries|century|hours?|minutes?|quarters?)(?:\s+(?:long|old))?",
        ),
    ]
]
_APPROX = re.compile(
    r"^(?:just\s+|only\s+)?(?:about|around|nearly|almost|some|roughly|approximately|"
    r"more\s+than|less\s+than|over|under|up\s+to|at\s+least|at\s+most|as\s+long\s+as|"
    r"as\s+many\s+as|as\s+much\s+as|just|only|another|the\s+first)\s+"
)
_REL_DATE = re.compile(rf"^(last|next)\s+(?=(?:{_MONTH_WORDS})\.?\s*\d)")
_MODIFIER = re.compile(
    r"^(?:(?:on|in|at|by|since|until|till|from|during|of|as\s+of|between)\s+)?"
    r"(?P<mod>(?:earlier|later|early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|end\s+of|beginning\s+of)[\s-]+)?",
    re.IGNORECASE,
)


def _nearest_year(anchor: dt.date, month: int, day: int | None, tense: Tense) -> int:
    """The year that puts (month, day) nearest the anchor on the side the tense says.

    A day up to a month after the anchor stays in its year in a past-tense clause too:
    "gave no reason for the Jan. 14 deadline" written on Jan. 5 is this January's deadline,
    not one almost a year old (news style gives the year of a date from another year).
    """
    probe = (month, day or 1)
    here = (anchor.month, anchor.day if day else 1)
    if tense == "future":
        return anchor.year if probe >= here else anchor.year + 1
    if tense == "past":
        soon = day is not None and (
            dt.date(anchor.year, month, min(day, 28)) - anchor
        ) <= dt.timedelta(days=PAST_TENSE_AHEAD_DAYS)
        return anchor.year if probe <= here or soon else anchor.year - 1
    # present: the year that puts it nearest the anchor
    years = (anchor.year - 1, anchor.year, anchor.year + 1)
    return min(years, key=lambda y: abs((dt.date(y, month, min(day or 1, 28)) - anchor).days))


def _resolve_match(
    name: str, m: re.Match[str], anchor: dt.date | None, tense: Tense, mod: str
) -> Resolution:
    g = m.groupdict()
    if name == "iso":
        d = month_day(int(g["year"]), int(g["m"]), int(g["day"]))
        return Resolution(d.isoformat(), d, d, "day", "absolute") if d else UNRESOLVED
    if name in ("mdy", "dmy"):
        month = month_number(g["mon"])
        day, day2 = int(g["day"]), int(g["day2"]) if g.get("day2") else None
        if g.get("year"):
            year, how = int(g["year"]), "absolute"
        elif anchor is not None:
            year, how = _nearest_year(anchor, month, day, tense), "document_date"
            if g.get("wdp"):  # "Monday, Oct. 26": the year in which that day is a Monday
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
    if name == "my":
        month = month_number(g["mon"])
        if g.get("year"):
            year, how = int(g["year"]), "absolute"
        elif anchor is not None and g.get("rel"):
            step = {"this": 0, "next": 1, "last": -1}[g["rel"].lower()]
            year, how = anchor.year + step, "document_date"
        elif anchor is not None:
            year, how = _nearest_year(anchor, month, None, tense), "document_date"
        else:
            return UNRESOLVED
        first, last = month_range(year, month)
        return Resolution(f"{year}-{month:02d}", first, last, "month", how)
    if name == "year":
        year = int(g["year"])
        return Resolution(str(year), dt.date(year, 1, 1), dt.date(year, 12, 31), "year", "absolute")
    if name == "decade":
        if g.get("year"):
            stem = g["year"]
            how = "absolute"
        elif anchor is not None:
            century = anchor.year // 100
            if int(g["short"]) * 10 > anchor.year % 100:
                century -= 1
            stem = f"{century}{g['short']}"
            how = "document_date"
        else:
            return UNRESOLVED
        y0 = int(stem) * 10
        return Resolution(f"{stem}X", dt.date(y0, 1, 1), dt.date(y0 + 9, 12, 31), "decade", how)
    if name == "duration" or (name == "rel_unit" and _is_duration_rel(g)):
        return duration(g)
    if anchor is None:
        return UNRESOLVED
    if name == "weekday":
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
    if name == "deictic":
        offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[g["word"].lower()]
        d = anchor + dt.timedelta(days=offset)
        part = g["word"].lower() == "tonight" or g.get("pod")
        return Resolution(d.isoformat(), d, d, "part_of_day" if part else "day", "document_date")
    if name == "this_pod":
        d = anchor + dt.timedelta(days={"last": -1, "tomorrow": 1}.get(g.get("pod2") or "", 0))
        return Resolution(d.isoformat(), d, d, "part_of_day", "document_date")
    if name == "rel_unit":
        return relative_unit(g["rel"], g["unit"], anchor)
    if name == "weekend":  # the one just past (or under way), or the next one when future
        saturday = anchor - dt.timedelta(days=(anchor.weekday() - 5) % 7)
        if tense == "future" and anchor.weekday() < 5:
            saturday += dt.timedelta(weeks=1)
        sunday = saturday + dt.timedelta(days=1)
        return Resolution(f"{iso_week(saturday)}-WE", saturday, sunday, "week", "document_date")
    if name == "rel_month":
        month = month_number(g["mon"])
        rel = g["rel"].lower()
        t: Tense = "future" if rel == "next" else "past" if rel in ("last", "past") else tense
        year = _nearest_year(anchor, month, None, t)
        if rel == "last" and month == anchor.month:
            year -= 1
        first, last = month_range(year, month)
        return Resolution(f"{year}-{month:02d}", first, last, "month", "document_date")
    if name == "rel_season":
        season = SEASONS[g["season"].lower()]
        rel = (g.get("rel") or "").lower()
        year = (
            int(g["year"])
            if g.get("year")
            else anchor.year + (1 if rel == "next" else -1 if rel == "last" else 0)
        )
        return Resolution(
            f"{year}-{season}",
            None,
            None,
            "season",
            "absolute" if g.get("year") else "document_date",
        )
    if name == "ago":
        n = number(g["num"])
        unit = UNITS[g["unit"].lower()]
        if n is None:
            return Resolution("PAST_REF", None, anchor, "unknown", "document_date")
        if unit == "D":
            d = anchor - dt.timedelta(days=n)
            return Resolution(d.isoformat(), d, d, "day", "document_date")
        if unit == "W":
            d = anchor - dt.timedelta(weeks=n)
            return Resolution(
                iso_week(d),
                d - dt.timedelta(days=d.weekday()),
                d - dt.timedelta(days=d.weekday()) + dt.timedelta(days=6),
                "week",
                "document_date",
            )
        if unit == "M":
            y, mth = shift_month(anchor.year, anchor.month, -n)
            first, last = month_range(y, mth)
            return Resolution(f"{y}-{mth:02d}", first, last, "month", "document_date")
        years = n * (10 if unit == "DE" else 1)
        y = anchor.year - years
        return Resolution(str(y), dt.date(y, 1, 1), dt.date(y, 12, 31), "year", "document_date")
    return UNRESOLVED


def _is_duration_rel(g: dict[str, Any]) -> bool:
    """ "the past decade", "the last year": a span of time ending now, not a calendar unit."""
    rel = " ".join(g["rel"].lower().split())
    return rel in ("the past", "the last", "past") and g["unit"].lower() != "weekend"


def _holiday(body: str, anchor: dt.date | None, tense: Tense) -> Resolution | None:
    """Fixed and movable (US) holidays: "Christmas", "Thanksgiving Day", "Election Day"."""
    rel = ""
    m = re.match(r"^(last|next|this)\s+(.*)$", body)
    if m:
        rel, body = m.group(1), m.group(2)
    rule = HOLIDAYS.get(body)
    if rule is None:
        return None
    if anchor is None:
        return UNRESOLVED

    def on(year: int) -> dt.date:
        if rule == "thanksgiving":
            return nth_weekday(year, 11, 3, 4)
        if rule == "election":
            return nth_weekday(year, 11, 0, 1) + dt.timedelta(days=1)
        if rule in ("easter", "good friday"):
            return easter(year) - dt.timedelta(days=2 if rule == "good friday" else 0)
        assert isinstance(rule, tuple)
        return dt.date(year, *rule)

    want: Tense = "past" if rel == "last" else "future" if rel == "next" else tense
    this_year = on(anchor.year)
    if want == "future":
        d = this_year if this_year >= anchor else on(anchor.year + 1)
    elif want == "past" or rel == "last":
        d = this_year if this_year <= anchor else on(anchor.year - 1)
    else:
        d = min(
            (on(y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)),
            key=lambda x: abs((x - anchor).days),
        )
    return Resolution(d.isoformat(), d, d, "day", "document_date")


def _clip(res: Resolution, anchor: dt.date | None, mod: str) -> Resolution:
    """Apply "earlier this year" style modifiers: same value, a narrower range."""
    if not mod or res.start is None or res.end is None:
        return res
    m = mod.lower()
    if m.startswith("earlier") and anchor is not None and res.start <= anchor <= res.end:
        return Resolution(res.value, res.start, anchor, res.granularity, res.anchor)
    if m.startswith("later") and anchor is not None and res.start <= anchor <= res.end:
        return Resolution(res.value, anchor, res.end, res.granularity, res.anchor)
    return res


def resolve(text: str, anchor: dt.date | None, tense: Tense = "past") -> Resolution:
    """Normalise one time expression against the document date ``anchor``.

    >>> resolve("Saturday", dt.date(2017, 11, 13)).value
    '2017-11-11'
    >>> resolve("Nov. 10-11", dt.date(2017, 11, 11)).value
    '2017-11-10/2017-11-11'
    >>> resolve("Saturday", None).value is None
    True
    """
    return _resolve_cached(" ".join(text.split())[:MAX_LEN], anchor, tense)


@lru_cache(maxsize=65536)
def _resolve_cached(text: str, anchor: dt.date | None, tense: Tense) -> Resolution:
    low = text.lower().strip(" ,.;:").removesuffix("'s")
    if low in REFS:
        return Resolution(REFS[low], None, None, "unknown", "absolute")
    period = resolve_period(low, anchor, tense)  # before "first" reads as a modifier
    if period is not None:
        return period
    low = _APPROX.sub("", low)
    rel = _REL_DATE.match(low)
    if rel:
        low, tense = low[rel.end() :], "past" if rel.group(1) == "last" else "future"
    if low.startswith("the ") and _MODIFIER.match(low[4:]).group("mod"):  # type: ignore[union-attr]
        low = low[4:]
    mm = _MODIFIER.match(low)
    mod = (mm.group("mod") or "").strip() if mm else ""
    body = low[mm.end() :] if mm else low
    body = re.sub(r"^(?:the\s+)?(?:same|very)\s+", "", body)
    body = _APPROX.sub("", body)
    body = _NOUN_AROUND.sub(lambda m: m.group("mon") or "", body)
    if body in REFS:
        return Resolution(REFS[body], None, None, "unknown", "absolute")
    body = re.sub(
        r"(\w)-(day|week|month|year|hour|minute|decade)s?(?:-long|-old)?$", r"\1 \2s", body
    )
    body = re.sub(  # "day-long", "a decade-old" (one unit); "years-old" (several)
        r"^(?:an?\s+)?(day|week|month|year|hour|minute|decade)(s?)-(?:long|old)$",
        lambda m: f"{m.group(1)}s" if m.group(2) else f"a {m.group(1)}",
        body,
    )
    side = re.match(r"^(pre|post)-(\d{4})$", body)
    if side:  # "post-1959": TimeML's value is the year (its mod AFTER); the range is open
        year = int(side.group(2))
        if side.group(1) == "pre":
            return Resolution(str(year), None, dt.date(year - 1, 12, 31), "year", "absolute")
        return Resolution(str(year), dt.date(year + 1, 1, 1), None, "year", "absolute")
    counted = _COUNTED_FROM.match(body)
    if counted:  # "two days later" counts from an event, not from the document date
        amount = _resolve_cached(counted.group("amount"), anchor, tense)
        return amount if amount.granularity == "duration" else UNRESOLVED
    holiday = _holiday(body, anchor, tense)
    if holiday is not None:
        return holiday
    for rule in (_at_time_of_day, _day_or_week_of):
        found = rule(body, anchor, tense)
        if found is not None:
            return found
    for name, rx in _PATTERNS:
        m = rx.match(body)
        if m:
            return _clip(_resolve_match(name, m, anchor, tense, mod), anchor, mod)
    if any(w in body.split() for w in ("coming", "next", "future")):
        return Resolution("FUTURE_REF", None, None, "unknown", "absolute")
    if any(w in body.split() for w in ("recent", "past", "ago")):
        return Resolution("PAST_REF", None, None, "unknown", "absolute")
    return parse(body, anchor, tense)


_COUNTED_FROM = re.compile(
    r"^(?P<amount>.+?)\s+(?:later|earlier|after|before|afterwards?|beforehand|on)$"
)
_NOUN_AROUND = re.compile(
    rf"^the\s+day\s+(?=(?:{'|'.join(WEEKDAYS)})\b)"
    rf"|^(?P<mon>{'|'.join(calendar.month_name[1:]).lower()})\s+month$"
)  # "the day Friday" is Friday, "April month" is April
_SHIFTED = re.compile(
    r"^(?:the\s+|a\s+|one\s+)?(?:(?P<unit>day|week)\s+(?P<dir>before|after)|week\s+of)\s+"
    r"(?P<rest>.+)$"
)


def _day_or_week_of(body: str, anchor: dt.date | None, tense: Tense) -> Resolution | None:
    """ "the day before last Tuesday" (the Monday), "the week after Christmas", "the week
    of March 6" (2000-W10), "Easter week": one day, shifted or widened to its ISO week."""
    m = _SHIFTED.match(body.removesuffix("'s"))
    holiday_week = None if m else re.match(r"^(?P<rest>.+?)\s+week$", body)
    if holiday_week and HOLIDAYS.get(holiday_week.group("rest")) is None:
        return None
    found = m or holiday_week
    if found is None:
        return None
    rest = found.group("rest").removesuffix("'s")
    day = _resolve_cached(rest, anchor, tense)
    if holiday_week and anchor is not None:  # "as Easter week began": the week under way
        near = _resolve_cached(rest, anchor, "present")
        if near.start is not None and 0 <= (anchor - near.start).days + near.start.weekday() < 7:
            day = near
    if day.granularity != "day" or day.start is None or day.start != day.end:
        return None
    d = day.start
    if m is not None and m.group("dir"):
        step = dt.timedelta(days=1 if m.group("unit") == "day" else 7)
        d = d - step if m.group("dir") == "before" else d + step
        if m.group("unit") == "day":
            return Resolution(d.isoformat(), d, d, "day", day.anchor)
    monday = d - dt.timedelta(days=d.weekday())
    return Resolution(iso_week(d), monday, monday + dt.timedelta(days=6), "week", day.anchor)


_POD_AFTER = re.compile(r"^(?P<day>.+?)\s+(?P<pod>morning|afternoon|evening|night)$")
_CLOCK_BEFORE = re.compile(
    r"^(?P<h>\d{1,2})(?::(?P<m>\d{2}))?\s*(?P<ap>a\.?\s?m\.?|p\.?\s?m\.?)"
    r"(?:\s+[a-z]{2,4}t)?,?\s+(?P<day>.+)$"
)


def _at_time_of_day(body: str, anchor: dt.date | None, tense: Tense) -> Resolution | None:
    """A day with a part of the day or a clock time: "Wednesday night" (the day,
    2000-01-05, with granularity ``part_of_day``: TempEval-3's AQUAINT annotators give the
    bare day more often than TimeML's TNI/TEV suffixes), "9 a.m. EST Tuesday"
    (2000-04-04T09:00). None when the form does not apply or the day does not resolve to
    one day."""
    m = _POD_AFTER.match(body)
    clock = None if m else _CLOCK_BEFORE.match(body)
    if m is None and clock is None:
        return None
    day_text = (m or clock).group("day")  # type: ignore[union-attr]
    day = _resolve_cached(day_text, anchor, tense)
    if day.granularity != "day" or day.start is None or day.value is None:
        return None
    if m is not None:
        return Resolution(day.value, day.start, day.end, "part_of_day", day.anchor)
    assert clock is not None
    hour, minute = int(clock.group("h")), int(clock.group("m") or 0)
    if not (1 <= hour <= 12 and minute < 60):
        return None
    hour = hour % 12 + (12 if clock.group("ap").startswith("p") else 0)
    value = f"{day.value}T{hour:02d}:{minute:02d}"
    return Resolution(value, day.start, day.end, "time", day.anchor)
