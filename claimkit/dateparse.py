"""The fallback for forms claimkit's grammar does not know ("12/25/2017", "the 3rd of
May"): dateparser, English only, one reused parser per (document date, preference), its
answer refused when it invents a year from a day number."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any

from claimkit.timebase import UNRESOLVED, Resolution, Tense, iso_week, month_range

__all__ = ["parse"]


def parse(text: str, anchor: dt.date | None, tense: Tense) -> Resolution:
    """Fallback for forms the grammar does not know ("12/25/2017", "the 3rd of May")."""
    if not re.search(r"\d", text) and anchor is None:
        return UNRESOLVED
    if re.fullmatch(r"(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?", text):
        return UNRESOLVED  # a bare day number names no month: dateparser would take this one
    if re.search(r"\b(?:between|and)\b", text, re.I):
        return UNRESOLVED  # two times ("between 6 and 9 months") are never one date
    base = dt.datetime.combine(anchor, dt.time(12)) if anchor else None
    try:
        data = _parser(base, "future" if tense == "future" else "past").get_date_data(text)
    except Exception:  # dateparser raises many kinds on odd input: never let it crash us
        return UNRESOLVED
    if data is None or data.date_obj is None:
        return UNRESOLVED
    d = data.date_obj.date()
    has_year = bool(re.search(r"\d{4}", text))
    if not has_year and anchor is not None and abs(d.year - anchor.year) > 1:
        return UNRESOLVED  # dateparser read a day number as a year ("April 24 and 25")
    if anchor is None and not has_year:
        return UNRESOLVED
    how = "absolute" if has_year else "document_date"
    period = data.period or "day"
    if period == "month":
        first, last = month_range(d.year, d.month)
        return Resolution(f"{d.year}-{d.month:02d}", first, last, "month", how)
    if period == "year":
        return Resolution(str(d.year), dt.date(d.year, 1, 1), dt.date(d.year, 12, 31), "year", how)
    if period == "week":
        monday = d - dt.timedelta(days=d.weekday())
        return Resolution(iso_week(d), monday, monday + dt.timedelta(days=6), "week", how)
    return Resolution(d.isoformat(), d, d, "day", how)


@lru_cache(maxsize=64)
def _parser(base: dt.datetime | None, prefer: str) -> Any:
    """One reused English-only parser per (document date, preference)."""
    from dateparser.date import DateDataParser

    settings: dict[str, Any] = {"PREFER_DATES_FROM": prefer, "STRICT_PARSING": False}
    if base is not None:
        settings["RELATIVE_BASE"] = base
    return DateDataParser(languages=["en"], settings=settings)
