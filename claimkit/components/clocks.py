"""Times placed by what is in focus around them: a clock time on the day named in its
sentence or the two before ("raided on Saturday afternoon … shortly after 3pm"), on the
day right after it ("at about 3.30pm on Monday"), or, as a live page's entry time, on the
page's day; and the sentences from which a time's focus is read.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from spacy.tokens import Span

from claimkit.components.records import TimeMention, ents_of, sentence_of
from claimkit.timex import Tense, clock_alone, resolve

__all__ = ["DAYS", "FOCUS_SENTENCES", "clock_in_focus", "entry_stamp", "focus_start", "mention_of"]

FOCUS_SENTENCES = 2  # sentences back in which "earlier in the day" finds its day
DAYS = ("day", "part_of_day", "time")  # granularities of a time on one day


def mention_of(
    span: Span, published: dt.date | None, tense: Tense, text: str | None = None
) -> TimeMention:
    """``span`` (or ``text`` in its place) resolved against ``published`` in ``tense``."""
    res = resolve(text or span.text, published, tense)
    return TimeMention(
        span.start_char, span.end_char, res.value, res.start, res.end, res.granularity, res.anchor
    )


def focus_start(span: Span) -> Span:
    """The sentence ``FOCUS_SENTENCES`` before the one ``span`` is in (or the first): what
    is in focus at ``span`` was named from there on."""
    back = sentence_of(span.doc, span.start)
    steps = 0
    while steps < FOCUS_SENTENCES and back.start > 0:
        back = sentence_of(span.doc, back.start - 1)
        # (a quotation's closing mark the parser split off is no sentence: '… takes."')
        steps += any(t.is_alpha for t in back)
    return back


def clock_in_focus(
    span: Span, before: list[TimeMention], said: set[int], published: dt.date | None, tense: Tense
) -> TimeMention | None:
    """A clock time given alone ("escaped shortly after 3pm") is on the day in focus: the
    latest day ``before`` it (the days of events, not of sayings, which start at ``said``:
    "said early Friday" is no day of the attack "about 10:30 p.m.") named in its sentence
    or the two before ("raided on Saturday afternoon … shortly after 3pm" is Saturday's);
    None without one (the document's day, see :func:`claimkit.timex.resolve`), or where
    the tense looks the other way."""
    # (not midnight, a day's end and the next one's start; nor a live blog's or a
    # timeline's time stamp: "___. 3:19 p.m. Rubio's campaign says")
    if not clock_alone(span.text) or "midnight" in span.text.lower():
        return None
    if span.start == sentence_of(span.doc, span.start).start:
        return None
    after = _day_after(span)  # "at about 3.30pm on Monday": Monday's, whatever came before
    if after is not None:
        day_of = mention_of(after, published, tense)
        whole = day_of.granularity in DAYS and day_of.first is not None
        if whole and day_of.first == day_of.last:
            found = mention_of(span, day_of.first, "present")
            return dataclasses.replace(found, anchor=day_of.anchor) if found.value else None
    back = focus_start(span).start_char
    days = [
        m
        for m in before
        if m.start >= back
        and m.start not in said
        and m.granularity in DAYS
        and m.first is not None
        and m.first == m.last
    ]
    day = days[-1].first if days else None
    if day is None:
        return None
    if published is not None and (
        (tense == "future" and day < published) or (tense == "past" and day > published)
    ):
        return None
    found = mention_of(span, day, "present")
    return dataclasses.replace(found, anchor=days[-1].anchor) if found.value else None


def _day_after(span: Span) -> Span | None:
    """The date the model tagged right after a clock time, with or without "on" ("3.30pm
    on Monday", "10pm Friday"), or None."""
    doc, i = span.doc, span.end
    i += 1 if i < len(doc) and doc[i].lower_ == "on" else 0
    if i >= len(doc) or doc[i].ent_iob_ != "B" or doc[i].ent_type_ != "DATE":
        return None
    return next((e for e in ents_of(doc) if e.start == i), None)


def entry_stamp(span: Span) -> bool:
    """Is ``span`` a live page's entry time, a clock time opening its line before a colon
    or a dash ("14:32 GMT: The chancellor has finished …")? Its day is the page's, whatever
    the tense of the entry."""
    text = span.doc.text
    line = text.rfind("\n", 0, span.start_char) + 1
    after = text[span.end_char : span.end_char + 3].lstrip(" ")
    opens = not text[line : span.start_char].strip()
    return opens and after[:1] in (":", "-", "–", "—") and clock_alone(span.text)
