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

from dateutil.easter import easter

from claimkit.dateparse import parse
from claimkit.grammar import GRAMMAR, MONTH_WORDS
from claimkit.lexicons import times
from claimkit.periods import resolve_period
from claimkit.timebase import (
    NUMBERS,
    UNRESOLVED,
    WEEKDAYS,
    Resolution,
    Tense,
    iso_week,
    nth_weekday,
)

__all__ = ["Resolution", "Tense", "clock_alone", "resolve"]

_VOCAB = times()
REFS = _VOCAB.refs
HOLIDAYS = _VOCAB.holidays
MAX_LEN = 80


_APPROX = re.compile(
    r"^(?:just\s+|only\s+)?(?:about|around|nearly|almost|some|roughly|approximately|"
    r"a\s+mere|mere|a\s+full|no\s+more\s+than|no\s+less\s+than|fewer\s+than|"
    r"more\s+than|less\s+than|over|under|up\s+to|at\s+least|at\s+most|as\s+long\s+as|"
    r"as\s+many\s+as|as\s+much\s+as|just|only|another|the\s+first)\s+"
)
# "shortly before midnight", "just past noon": the time of day itself
_NEAR_HOUR = re.compile(
    r"^(?:(?:shortly|just|soon|well|right)\s+)?(?:before|after|past)\s+(?=(?:midnight|noon|midday)\b)"
)
_BARE_UNIT = re.compile(r"^(?:the\s+)?(week|month|quarter|year|decade|century)$")
_REL_DATE = re.compile(rf"^(last|next)\s+(?=(?:{MONTH_WORDS})\.?\s*\d)")
_MODIFIER = re.compile(
    r"^(?:(?:on|in|at|by|since|until|till|from|during|of|as\s+of|between)\s+)?"
    r"(?P<mod>(?:earlier|later|early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|end\s+of|beginning\s+of)[\s-]+)?",
    re.IGNORECASE,
)


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
        if rule in ("thanksgiving", "black friday", "cyber monday"):  # and the days after
            after = {"thanksgiving": 0, "black friday": 1, "cyber monday": 4}[rule]
            return nth_weekday(year, 11, 3, 4) + dt.timedelta(days=after)
        if rule == "election":
            return nth_weekday(year, 11, 0, 1) + dt.timedelta(days=1)
        if rule == "labor day":  # the first Monday of September
            return nth_weekday(year, 9, 0, 1)
        if rule == "memorial day":  # the last Monday of May
            return nth_weekday(year, 6, 0, 1) - dt.timedelta(days=7)
        if rule in ("easter", "good friday", "easter monday"):
            return easter(year) + dt.timedelta(
                days={"good friday": -2, "easter monday": 1}.get(rule, 0)
            )
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
    low = text.lower().translate(_QUOTES).strip(" ,.;:").removesuffix("'s")
    if low in REFS:
        return Resolution(REFS[low], None, None, "unknown", "absolute")
    period = resolve_period(low, anchor, tense)  # before "first" reads as a modifier
    if period is not None:
        return period
    low = _NEAR_HOUR.sub("", _APPROX.sub("", low))
    rel = _REL_DATE.match(low)
    if rel:
        low, tense = low[rel.end() :], "past" if rel.group(1) == "last" else "future"
    if low.startswith("the ") and _MODIFIER.match(low[4:]).group("mod"):  # type: ignore[union-attr]
        low = low[4:]
    mm = _MODIFIER.match(low)
    mod = (mm.group("mod") or "").strip() if mm else ""
    body = low[mm.end() :] if mm else low
    if mod:  # "late on Saturday", "early in March": the preposition after the modifier
        body = re.sub(r"^(?:on|in)\s+", "", body)
        # "mid-month", "the end of the week", "later in the decade": a part of the period
        # in progress, no length of it
        body = _BARE_UNIT.sub(r"this \1", body)
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
    for rule in (_at_time_of_day, _day_or_week_of, _day_of_week):
        found = rule(body, anchor, tense)
        if found is not None:
            return found
    for form in GRAMMAR:
        matched = form.resolve(body, anchor, tense)
        if matched is not None:
            return _clip(matched, anchor, mod)
    if any(w in body.split() for w in ("coming", "next", "future")):
        return Resolution("FUTURE_REF", None, None, "unknown", "absolute")
    if any(w in body.split() for w in ("recent", "past", "ago")):
        return Resolution("PAST_REF", None, None, "unknown", "absolute")
    if _NO_MONTH.fullmatch(body) or body.endswith(" second"):  # "one second": no day
        return UNRESOLVED  # a number is no month: "two", "'2nd", "Year 10", "6, 2016", "5'2"
    return parse(body, anchor, tense)


_NO_MONTH = re.compile(
    r"\d'\d{1,2}|"  # a height: "5'2"
    r"(?:the\s+|another\s+|year\s+)?['’]?(?:\d{1,2}(?:st|nd|rd|th)?(?:,\s*\d{4})?|"
    + "|".join(w for w in NUMBERS if len(w) > 2)
    + ")"
)
_QUOTES = str.maketrans("\u2018\u2019", "''")  # "the ‘90s" as "the '90s"
_COUNTED_FROM = re.compile(
    r"^(?P<amount>.+?)\s+(?:later|earlier|after|before|afterwards?|beforehand|on)$"
)
_NOUN_AROUND = re.compile(
    rf"^the\s+day\s+(?=(?:{'|'.join(WEEKDAYS)})\b)"
    rf"|^(?P<mon>{'|'.join(calendar.month_name[1:]).lower()})\s+month$"
)  # "the day Friday" is Friday, "April month" is April
_DAY_OF_WEEK = re.compile(
    rf"^(?P<day>{'|'.join(WEEKDAYS)})\s+(?:of\s+)?(?P<week>(?:last|next|this)\s+week)$"
)  # "Monday last week", "Tuesday of next week"
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


def _day_of_week(body: str, anchor: dt.date | None, tense: Tense) -> Resolution | None:
    """ "Monday last week", "Tuesday of next week": that day of the week named."""
    m = _DAY_OF_WEEK.match(body)
    if m is None:
        return None
    week = _resolve_cached(m.group("week"), anchor, tense)
    if week.granularity != "week" or week.start is None:
        return UNRESOLVED if anchor is None else None
    monday = week.start - dt.timedelta(days=week.start.weekday())
    d = monday + dt.timedelta(days=WEEKDAYS[m.group("day")])
    return Resolution(d.isoformat(), d, d, "day", week.anchor)


_POD_AFTER = re.compile(
    r"^(?:the\s+)?(?:(?:(?:early|small|wee)\s+)?hours|morning|afternoon|evening|night)\s+of\s+(?P<of>.+)$"
    r"|^(?P<day>.+?)\s+(?P<pod>morning|afternoon|evening|night)$"
)  # "Friday night"; "the early hours of Saturday", "the night of March 3"
_CLOCK_BEFORE = re.compile(
    r"^(?:(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?\s*(?P<ap>a\.?\s?m\.?|p\.?\s?m\.?)|(?P<noon>noon|midday)|(?P<midnight>midnight)"
    r"|(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d))"  # and the 24-hour clock: "23:00 GMT"
    r"(?:\s+(?:[a-z]{1,4}t|utc))?(?:,?\s+(?P<day>.+))?$"  # a zone: "ET", "BST", "UTC"
)


_CLOCK_AFTER = re.compile(
    r"^(?P<day>.*\d.*?)(?:,|\s+at)\s+(?P<clock>\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?"
    r"(?:\s+(?:[a-z]{1,4}t|utc))?)$"
)  # a day with a number, then its clock: "oct. 8, 2026 at 5:32 p.m.", "21 oct 2026, 14.02"


def _clock(clock: re.Match[str]) -> tuple[int, int] | None:
    """The hour (0-23; 24 for midnight, TimeML's end of the day) and minute of a matched
    clock time, or None when it names none."""
    if clock.group("noon"):  # "noon on Friday", "midday Tuesday"
        return 12, 0
    if clock.group("midnight"):  # "midnight Sunday": TimeML's T24:00, the day's end
        return 24, 0
    if clock.group("h24"):
        return int(clock.group("h24")), int(clock.group("m24"))
    hour, minute = int(clock.group("h")), int(clock.group("m") or 0)
    if not (1 <= hour <= 12 and minute < 60):
        return None
    return hour % 12 + (12 if clock.group("ap").startswith("p") else 0), minute


_AT_CLOCK = re.compile(r"^(?:(?:shortly|just|soon|well|right)\s+)?(?:at|by|before|after|until)\s+")


def clock_alone(text: str) -> bool:
    """Is ``text`` a clock time that names no day ("3pm", "shortly after 10.30pm", "at
    noon"), whose day the text around it gives?"""
    low = _NEAR_HOUR.sub("", _APPROX.sub("", " ".join(text.lower().split())))
    low = _AT_CLOCK.sub("", low)
    clock = _CLOCK_BEFORE.match(_APPROX.sub("", low))
    return clock is not None and clock.group("day") is None and _clock(clock) is not None


def _clock_day(hour: int, anchor: dt.date, tense: Tense) -> dt.date:
    """The day of a clock time given alone: the document's, but the day before for an
    afternoon or evening hour told in the past tense (a story dated the 15th tells of
    "the attack at 10:30 p.m." on the 14th; "at 10am" is the morning of its own day)."""
    return anchor - dt.timedelta(days=1) if tense == "past" and hour > 12 else anchor


def _at_time_of_day(body: str, anchor: dt.date | None, tense: Tense) -> Resolution | None:
    """A day with a part of the day or a clock time: "Wednesday night" (the day,
    2000-01-05, with granularity ``part_of_day``: TempEval-3's AQUAINT annotators give the
    bare day more often than TimeML's TNI/TEV suffixes), "9 a.m. EST Tuesday"
    (2000-04-04T09:00), "noon on Friday", a clock time alone ("7.30pm", see
    :func:`_clock_day`). None when the form does not apply or the day does not resolve to
    one day."""
    after = _CLOCK_AFTER.match(body)
    if after is not None:  # a date line's "Oct. 8, 2026 at 5:32 p.m.": its clock first
        body = f"{after.group('clock')} {after.group('day')}"
    m = _POD_AFTER.match(body)
    clock = None if m else _CLOCK_BEFORE.match(body)
    if m is None and clock is None:
        return None
    time = _clock(clock) if clock is not None else None
    if clock is not None and time is None:
        return None
    day_text = (m.group("day") or m.group("of")) if m else clock.group("day")  # type: ignore[union-attr]
    if day_text is not None:
        day = _resolve_cached(day_text, anchor, tense)
    elif anchor is not None and time is not None:  # a clock time alone ("at 7.30pm")
        on = _clock_day(time[0], anchor, tense)
        day = Resolution(on.isoformat(), on, on, "day", "document_date")
    else:
        return None
    if day.granularity not in ("day", "part_of_day") or day.start is None or day.value is None:
        return None
    if time is None:
        return Resolution(day.value, day.start, day.end, "part_of_day", day.anchor)
    value = f"{day.value}T{time[0]:02d}:{time[1]:02d}"
    return Resolution(value, day.start, day.end, "time", day.anchor)
