"""Durations ("six years", "a few weeks") and calendar units counted from the document date
("last week", "this month", "next quarter"), with TimeML values."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from claimkit.lexicons import times
from claimkit.timebase import UNRESOLVED, Resolution, iso_week, month_range, number, shift_month

__all__ = ["duration", "relative_unit"]

VAGUE, UNITS = times().vague, times().units
_DECIMAL = re.compile(r"\d+\.\d+")


def duration(g: dict[str, Any]) -> Resolution:
    """A duration from a grammar match with groups ``num``, ``unit`` and ``half``: "six
    years" P6Y, "a few weeks" PXW, "5 1/2 hours" PT5H30M, "decades" PXDE."""
    unit = UNITS.get(g["unit"].lower())
    if unit is None:
        return UNRESOLVED
    raw = g.get("num")
    n: int | None
    if raw is None or raw.lower() in ("the", "past", "last", "next", "coming"):
        plural = g["unit"].lower().endswith("s")
        n = None if plural else 1
    elif _DECIMAL.fullmatch(raw):
        return _decimal(raw, unit, g)
    else:
        n = 2 if " ".join(raw.lower().split()) == "a couple of" else number(raw)
        if n is None and raw.lower() not in VAGUE and " ".join(raw.lower().split()) not in VAGUE:
            return UNRESOLVED
    amount = "X" if n is None else str(n)
    if g.get("half") and n is not None:  # "5 1/2 hours": PT5H30M
        if unit in ("H", "MIN", "SEC"):
            half = {"H": "H30M", "MIN": "M30S", "SEC": ".5S"}[unit]
            return Resolution(f"PT{n}{half}", None, None, "duration", "absolute")
        # "2 1/2 years": P2Y6M, "1 1/2 days": P1DT12H (TimeML writes the half out)
        halves = {"Y": f"P{n}Y6M", "M": f"P{n}M15D", "W": f"P{n}W3DT12H", "D": f"P{n}DT12H"}
        if unit in halves:
            return Resolution(halves[unit], None, None, "duration", "absolute")
        return UNRESOLVED
    if unit in ("H", "MIN", "SEC"):  # a clock's units: "six hours" PT6H, "60 seconds" PT60S
        value = f"PT{amount}{ {'H': 'H', 'MIN': 'M', 'SEC': 'S'}[unit] }"
    elif unit == "DE":
        value = f"P{amount}0Y" if n is not None else "PXDE"
    elif unit == "CE":
        value = f"P{amount}00Y" if n is not None else "PXCE"
    elif unit == "Q":
        value = f"P{amount}Q"
    elif unit == "WE":
        value = "P2D"
    else:
        value = f"P{amount}{unit}"
    return Resolution(value, None, None, "duration", "absolute")


def _decimal(raw: str, unit: str, g: dict[str, Any]) -> Resolution:
    """A count with decimals: "2.5 hours" as "2 1/2 hours" (PT2H30M); else ISO 8601's
    fraction of the unit, "4.1 days" P4.1D, "1.25 hours" PT1.25H."""
    whole, fraction = raw.split(".")
    if fraction.rstrip("0") == "5":
        return duration({**g, "num": whole, "half": " 1/2"})
    amount = raw.rstrip("0").rstrip(".")
    written = {"Y": f"P{amount}Y", "M": f"P{amount}M", "W": f"P{amount}W", "D": f"P{amount}D"}
    written |= {"H": f"PT{amount}H", "MIN": f"PT{amount}M", "SEC": f"PT{amount}S"}
    if unit not in written:
        return UNRESOLVED
    return Resolution(written[unit], None, None, "duration", "absolute")


def relative_unit(rel: str, unit: str, anchor: dt.date) -> Resolution:
    """A calendar unit counted from the document date: "last week" (the ISO week before
    the anchor's), "this month", "next quarter", "the past decade"."""
    rel = " ".join(rel.lower().split()).replace("the ", "")
    unit = unit.lower()
    steps = {"this": 0, "coming": 1, "next": 1, "last": -1, "past": -1, "previous": -1}
    step = (steps | {"prior": -1})[rel]
    if unit == "year":
        y = anchor.year + step
        return Resolution(str(y), dt.date(y, 1, 1), dt.date(y, 12, 31), "year", "document_date")
    if unit == "month":
        y, mth = shift_month(anchor.year, anchor.month, step)
        first, last = month_range(y, mth)
        return Resolution(f"{y}-{mth:02d}", first, last, "month", "document_date")
    if unit in ("week", "weekend"):
        d = anchor + dt.timedelta(weeks=step)
        monday = d - dt.timedelta(days=d.weekday())
        if unit == "weekend":
            return Resolution(
                f"{iso_week(d)}-WE",
                monday + dt.timedelta(days=5),
                monday + dt.timedelta(days=6),
                "week",
                "document_date",
            )
        return Resolution(
            iso_week(d), monday, monday + dt.timedelta(days=6), "week", "document_date"
        )
    if unit == "quarter":
        q0 = (anchor.month - 1) // 3 + step
        y, q = anchor.year + q0 // 4, q0 % 4 + 1
        return Resolution(
            f"{y}-Q{q}",
            dt.date(y, 3 * q - 2, 1),
            month_range(y, 3 * q)[1],
            "quarter",
            "document_date",
        )
    if unit == "decade":
        y0 = (anchor.year // 10 + step) * 10
        return Resolution(
            f"{y0 // 10}X", dt.date(y0, 1, 1), dt.date(y0 + 9, 12, 31), "decade", "document_date"
        )
    c0 = anchor.year // 100 + step
    return Resolution(
        f"{c0:02d}XX",
        dt.date(max(c0 * 100, 1), 1, 1),
        dt.date(c0 * 100 + 99, 12, 31),
        "century",
        "document_date",
    )
