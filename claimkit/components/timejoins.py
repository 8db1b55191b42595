"""How the time expressions the model and the lexicon find are cut and joined: a comma
that parts two phrases ("[Wednesday night], [hours] after …"), and candidates that are
one expression ("[9 a.m. EST] [Tuesday]", "[Oct. 8, 2026] at [5:32 p.m.]", "[the day]
before [last Tuesday's]", "[1988]'s [fourth quarter]")."""

from __future__ import annotations

import re

from spacy.tokens import Span

from claimkit.timebase import MONTHS, WEEKDAYS

__all__ = ["CLOCK", "DATE_WORDS", "SHIFTS", "comma_parts", "join", "joins", "period_parts"]

#: The words of a date that a comma may set apart inside it ("Sunday, November 29").
DATE_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)
SHIFTS = {"before", "after"}
CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")
#: A day or week after a year or a year's part, which the model takes into it and which
#: dates neither ("the fourth quarter next week", "its forecast for the year on Wednesday"),
#: where a year does ("the second quarter last year").
DAY_AFTER_PART = re.compile(
    rf"(?:on )?(?:(?:next|last|this) (?:week|month)|today|yesterday|tomorrow|"
    rf"(?:(?:next|last|this) )?(?:{'|'.join(WEEKDAYS)}))"
)
PARTS = ("quarter", "half", "year")
DAY_PARTS = ("hours", "morning", "afternoon", "evening", "night")


def comma_parts(span: Span) -> list[Span]:
    """``span`` as the two expressions a comma parts, where the words after it start
    another phrase: "[Wednesday night], [hours] after …", "[in January], [months] after";
    not a date's year or day ("March 3, 2026", "Sunday, November 29")."""
    doc = span.doc
    comma = next((t.i for t in span[1:-1] if t.text == ","), None)
    if comma is None:
        return [span]
    before, after = doc[span.start : comma], doc[comma + 1 : span.end]
    if any(t.like_num or t.lower_ in DATE_WORDS for t in after):
        return [span]
    if before.root.head.i == after.root.head.i:
        return [span]
    return [before] if after.root.pos_ in ("VERB", "AUX") else [before, after]  # no "began"


def period_parts(span: Span) -> list[Span]:
    """``span`` as a year or a year's part and the day or week after it that the model took
    into it: "[the fourth quarter] [next week]", "[the third quarter] on [Tuesday]" (results
    released on a day), "raised its forecast for [the year] on [Wednesday]"; not "the second
    quarter last year", the part's year."""
    part = next((t.i for t in span[:-1] if t.lower_ in PARTS), None)
    if part is None or not DAY_AFTER_PART.fullmatch(span.doc[part + 1 : span.end].text.lower()):
        return [span]
    start = part + 1 + (span.doc[part + 1].lower_ == "on")
    return [span.doc[span.start : part + 1], span.doc[start : span.end]]


def joins(prev: Span, span: Span) -> bool:
    """Whether two candidates are one expression: a clock time and its day ("[9 a.m. EST]
    [Tuesday]", "[10am] on [Wednesday]"), a day counted from another ("[the day] before
    [last Tuesday's]"), a year's part ("[1988]'s [fourth quarter]") or a day's ("[the early
    hours] of [14 March]")."""
    clock_and_day = (
        prev.root.ent_type_ == "TIME"
        and (
            any(t.like_num or CLOCK.fullmatch(t.text) for t in prev)  # "9", "23:00"
            or prev[-1].lower_ in ("noon", "midday", "midnight")
        )
        and span.root.ent_type_ == "DATE"
    )
    # a year's part: "[1988]'s [fourth quarter]", "[fiscal 1989]'s [first half]"
    possessed = prev.end + 1 == span.start and span.doc[prev.end].tag_ == "POS"
    if possessed and prev[-1].like_num and span.root.lower_ in ("quarter", "half"):
        return True
    if prev.end == span.start:
        return clock_and_day
    # a date line's day and its clock after it: "[Oct. 8, 2026] at [5:32 p.m.]"
    day_and_clock = (
        prev.root.ent_type_ == "DATE"
        and any(t.like_num for t in prev)
        and span.root.ent_type_ == "TIME"
        and any(CLOCK.fullmatch(t.text) for t in span)
    )
    between = span.doc[prev.end].lower_ if prev.end + 1 == span.start else None
    if between in (",", "at") and day_and_clock:
        return True
    if between == "of" and prev.root.lower_ in DAY_PARTS and span.root.ent_type_ == "DATE":
        return True  # a part of its day: "[the early hours] of [14 March]"
    if between in ("on", ","):
        # "[10am] on [Wednesday]", a date line's "[6:12 PM ET], [Thu July 16, 2026]"
        return clock_and_day and not span[-1].lower_.endswith("days")  # not "on Saturdays"
    return (
        prev.end + 1 == span.start
        and prev.root.lower_ in ("day", "week")
        and span.doc[prev.end].lower_ in SHIFTS
    )


def join(found: list[tuple[Span, bool]]) -> list[tuple[Span, bool]]:
    """The candidates (with whether each must resolve) in text order, those that
    :func:`joins` makes one expression as one (which need not resolve)."""
    out: list[tuple[Span, bool]] = []
    for span, must in found:
        if out and joins(out[-1][0], span):
            out[-1] = (span.doc[out[-1][0].start : span.end], False)
            continue
        out.append((span, must))
    return out
