"""Check and normalise what callers hand to claimkit, before any model runs.

Bad input is a clear, typed error here, never a crash deep inside spaCy.
"""

from __future__ import annotations

import datetime as dt

from claimkit import errors

__all__ = ["check_text", "coerce_published"]


def check_text(text: object) -> str:
    """Return ``text`` if it is a str; raise TypeError (E002) otherwise."""
    if not isinstance(text, str):
        raise TypeError(errors.E002.format(type_name=type(text).__name__))
    return text


def coerce_published(value: object) -> dt.date | None:
    """A document date from a date, a datetime or an ISO 8601 string; None stays None.

    >>> coerce_published("2017-11-11")
    datetime.date(2017, 11, 11)
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        raw = value.strip()
        try:
            return dt.date.fromisoformat(raw)
        except ValueError:
            pass
        try:
            return dt.datetime.fromisoformat(raw.replace("Z", "+00:00")).date()
        except ValueError:
            raise ValueError(errors.E003.format(value=value)) from None
    raise TypeError(errors.E004.format(type_name=type(value).__name__))
