"""``claimkit_times``: every time expression, normalised against the document date.

Candidates are spaCy's DATE and TIME entities, widened where the model cuts a date short
("11 November 2017" tagged as "November 2017"). Each is resolved by :mod:`claimkit.timex`
with the tense of the verb that governs it, so "Tuesday" in "will meet Tuesday" looks
forward and in "met Tuesday" looks back.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from dateutil.relativedelta import relativedelta
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

from claimkit.components.clocks import DAYS, clock_in_focus, entry_stamp, focus_start, mention_of
from claimkit.components.notimes import no_time
from claimkit.components.records import (
    TimeMention,
    ents_of,
    guarded,
    register_extensions,
    sentence_of,
    tokens_before,
)
from claimkit.components.tenses import tense_of
from claimkit.components.timejoins import SHIFTS, comma_parts, join, period_parts
from claimkit.lexicons import sources, times
from claimkit.timebase import MONTHS
from claimkit.timex import Tense, resolve

__all__ = ["TimeTagger", "make_times", "tense_of"]

RANGE_SPLIT = re.compile(
    r"^(?:between|from)?\s*(.+?)\s+(?:and|to|through|until|ended|ending|-|–)\s+(.+)$", re.I
)
LIST_WORDS = {",", "and", "or"}
THAT_UNIT = re.compile(
    r"\b(?:that(?:\s+same|\s+very)?|the\s+same|the\s+very)\s+(day|week|month|year)\b", re.I
)
QUARTER = re.compile(r"\d{4}-Q[1-4]")  # a quarter's value: "2025-Q3"
IN_THE_UNIT = re.compile(r"(?:(?:earlier|later)\s+in\s+)?the\s+(day|week|month|year)$", re.I)
YEAR_BEFORE = re.compile(r"(?:a|one)\s+year\s+(?:earlier|ago|before)|the\s+year\s+before", re.I)
PERIOD_VALUE = re.compile(r"(\d{4})-([QH]\d|[01]\d)")  # a quarter, a half or a month
YEAR_VALUE = re.compile(r"\d{4}")
THIS_UNIT = {"day": "today", "week": "this week", "month": "this month", "year": "this year"}
NEXT_DAY = re.compile(
    r"^(?:the\s+)?(?P<dir>next|following|previous|preceding)\s+(?:day|morning|afternoon|evening|night)$"
    r"|^the\s+day\s+(?P<dir2>before|after)$",
    re.I,
)
YEAR_TO = ("to", "ended", "ending", "through", "until", "till")
YEAR_AROUND = (*YEAR_TO, "before", "after", "following", "leading")  # "the year before the fire"
DAY_STEP = {"next": 1, "following": 1, "after": 1, "previous": -1, "preceding": -1, "before": -1}


def _widen(doc: Doc, span: Span) -> Span:
    """Take in a day number the model left out: "11 [November 2017]", and an adverb that
    ends the phrase: "[the day] before,"; leave out a plural's possessive mark ("[two
    years]' experience"), a medium before it ("[an interview] last week"), a list word it
    took in ("between now [and]", "1994, 1995 [and]"), a possessive ("[our] April 22 op-ed")
    and a clause's mark ("[last week] that 2024")."""
    start, end = span.start, span.end
    if start > 0:
        prev = doc[start - 1]
        if prev.like_num and prev.text.isdecimal() and 1 <= int(prev.text) <= 31:
            start -= 1
        # and a unit's determiner: "[this year]'s prize", the model's "year" alone
        unit = end - start == 1 and span[0].lower_ in times().units
        if unit and prev.lower_ in ("this", "last", "next") and prev.head.i == span[0].i:
            start -= 1
    dated = end - start > 1 and doc[start + 1].text.rstrip(".").lower() in MONTHS
    if dated and doc[start].tag_ == "PRP$":
        start += 1  # nor a possessive before a date: "in [our] April 22, 2015, op-ed"
    if end - start > 1 and doc[start].lower_ == "between" and "and" not in span.text.split():
        start += 1  # nor a range's word without its other end: "[between Saturday night]"
    medium = [t.i for t in doc[start : end - 1] if t.lemma_.lower() in sources().nouns]
    start = medium[-1] + 1 if medium else start  # nor a medium: "[an interview] last week"
    while end - start > 1 and (doc[end - 1].lower_ in LIST_WORDS or doc[end - 1].is_space):
        end -= 1  # (and the line break the model ran into: "[June 3, 2026\n\n]")
    if end - start > 1 and doc[end - 1].lower_ in YEAR_TO:
        end -= 1  # a period's "to" without its date: "[the 52 weeks to] 28 February"
    if end - start > 1 and doc[end - 1].text in ("'", "\u2019"):
        end -= 1  # a plural's possessive mark: "[30 minutes]' notice"
    # nor a clause's subordinator and what follows it: "[last week] that 2024 was …"
    mark = next((t.i for t in doc[start + 1 : end] if t.dep_ == "mark"), None)
    end = mark if mark is not None else end
    if end < len(doc) and doc[end - 1].lower_ == "day" and doc[end].lower_ in SHIFTS:
        shift = doc[end]
        if shift.head.i == end - 1 and not any(True for _ in shift.children):
            end += 1  # "the day before," not "the day before noon", "before they vote"
    return doc[start:end]


def _candidates(doc: Doc) -> list[tuple[Span, bool]]:
    """DATE/TIME entities and lexicon phrases (PhraseMatcher), longest first, no overlaps.

    The flag says whether a candidate must resolve to be kept (TIME entities and
    phrases, which are often not dates at all).
    """
    found: list[tuple[Span, bool]] = [
        (part, e.label_ == "TIME")
        for e in ents_of(doc)
        if e.label_ in ("DATE", "TIME")
        for cut in comma_parts(_widen(doc, e))
        for part in period_parts(cut)
    ]
    taken = {i for span, _ in found for i in range(span.start, span.end)}
    phrases, patterns = _matchers(doc.vocab)
    # the longest phrase first: "New Year's Day", not "New Year"
    said = filter_spans([doc[s:e] for _, s, e in phrases(doc)])
    matched = said + filter_spans(patterns(doc, as_spans=True))
    for span in matched:
        if not taken & set(range(span.start, span.end)):
            found.append((span, True))
            taken |= set(range(span.start, span.end))
    found = [f for f in found if not no_time(f[0])]
    return join(sorted(found, key=lambda f: f[0].start))


_MATCHERS: dict[int, tuple[PhraseMatcher, Matcher]] = {}


def _matchers(vocab: Vocab) -> tuple[PhraseMatcher, Matcher]:
    """The lexicon's phrases ("now", "Christmas") and token patterns ("Aug. 7", "two more
    weeks") for time expressions the model does not tag as DATE or TIME."""
    key = id(vocab)
    if key not in _MATCHERS:
        words, token_patterns = times().phrases, times().token_patterns
        phrases = PhraseMatcher(vocab, attr="LOWER")
        phrases.add("TIME", [Doc(vocab, words=p.replace("'s", " 's").split()) for p in words])
        patterns = Matcher(vocab)
        for name, rules in token_patterns.items():
            patterns.add(name, rules)
        _MATCHERS[key] = (phrases, patterns)
    return _MATCHERS[key]


def _in_the_unit(
    span: Span, before: list[TimeMention], tense: Tense, published: dt.date | None
) -> TimeMention | None:
    """ "earlier in the day", "later in the week": as "that day", the unit of the day in
    focus: the first date of the latest sentence that names one, in its own sentence or
    the two before, or further back the one day the text has named ("closed at a record
    on Friday ... told reporters earlier in the day"; "Early Tuesday, the department said
    it had asked in a letter Friday … Later in the day": Tuesday); without one, no value
    (never the length ``P1D``); None for any other phrase. A plan's, after a period named
    in a sentence before that is over by the document date, is of the one in progress
    ("led the talks last week … would join them later in the week")."""
    doc = span.doc
    lead = (
        doc[max(0, span.start - 2) : span.start].text + " "
        if span.text[:4].lower() == "the "
        else ""
    )
    said = lead + span.text  # (or the model's "the day" alone)
    if not said.lower().startswith(("earlier", "later")) or not IN_THE_UNIT.fullmatch(said):
        return None
    unresolved = TimeMention(span.start_char, span.end_char, None, None, None, "unknown", "none")
    dated = [m for m in before if m.first is not None and m.granularity != "duration"]
    sent = sentence_of(doc, tokens_before(doc, dated[-1].start)) if dated else None
    back = focus_start(span)  # the day in focus is named close by, or not known
    one_day = len({m.value for m in dated if m.granularity == "day"}) == 1
    if sent is None or (sent.start < back.start and not one_day):
        return unresolved  # (further back only the one day the text has named)
    # (its day, where the sentence names a year first: "will not run in 2028, she
    # announced on Friday")
    named = [m for m in dated if m.start >= sent.start_char]
    focus = next((m for m in named if m.granularity in DAYS), named[0])
    own = sentence_of(doc, span.start).start_char <= focus.start
    over = published is not None and focus.last is not None and focus.last < published
    plan = tense == "future" and said.lower().startswith("later")
    if plan and over and not own and published is not None:
        day = published.isoformat()
        focus = TimeMention(0, 0, day, published, published, "day", "document_date")
    return _that_unit(span, focus, tense, IN_THE_UNIT) or unresolved


def _quarter_in_focus(span: Span, before: list[TimeMention]) -> TimeMention | None:
    """ "the quarter" after a quarter named in its sentence or the two before is that
    quarter ("cut its forecast for the third quarter … would cut profit in the quarter");
    else None (the latest quarter ended, resolved as any period)."""
    if span.text.lower() != "the quarter":
        return None
    back, text = focus_start(span), span.doc.text
    # (a comparison's quarter is none in focus: "up 11% from a year earlier. Hollis earned
    # $640 million in the quarter" is the fourth quarter named first)
    named = [
        m
        for m in before
        if m.start >= back.start_char
        and QUARTER.fullmatch(m.value or "")
        and not YEAR_BEFORE.fullmatch(text[m.start : m.end])
    ]
    if not named:
        return None
    return dataclasses.replace(named[-1], start=span.start_char, end=span.end_char)


def _year_to(span: Span) -> bool:
    """Is "the year" twelve months up to a date or an event ("in the year to December",
    "the year ended March 31", "in the year before the fire"), a length, not the year the
    text is in?"""
    doc = span.doc
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    return span.text.lower() == "the year" and after in YEAR_AROUND


def _that_unit(
    span: Span, last: TimeMention | None, tense: Tense, pattern: re.Pattern[str] = THAT_UNIT
) -> TimeMention | None:
    """ "later that year", "earlier that day", "that same month": the unit of the latest
    date before it ("in June 1998 ... later that year" is 1998), never the document date."""
    m = pattern.search(span.text)
    if m is None or last is None or last.first is None:
        return None
    unit = m.group(1).lower()
    if unit == "day" and last.granularity not in DAYS:
        return None
    if unit in ("week", "month") and last.granularity not in (*DAYS, unit):
        return None
    text = span.text[: m.start()] + THIS_UNIT[unit] + span.text[m.end() :]
    found = mention_of(span, last.first, tense, text)
    if found.value is None:
        return None
    return dataclasses.replace(found, anchor=last.anchor)


def _after_preposition(span: Span, published: dt.date | None, tense: Tense) -> TimeMention | None:
    """The time expression at the end of an entity the model drew too wide: "an end to [a
    years-old]" (slump), "[under] fiscal year 2014", "an interview [last week]" (after the
    noun the time modifies), "wrote on [X last night]" (a first word the parser hangs outside
    the phrase). Only when the whole does not resolve, the words before the preposition or
    noun are no time, and the tail resolves."""
    for tok in span[:-1]:
        stray = tok.i == span.start and not span.start <= tok.head.i < span.end
        noun = (tok.i == span.root.i or stray) and tok.pos_ in ("NOUN", "PROPN")
        if noun or (tok.pos_ == "ADP" and tok.lower_ != "of"):  # "March 23 of this year"
            head = span.doc[span.start : tok.i + int(noun)]
            if head and mention_of(head, published, tense).value is not None:
                return None  # "days before Tuesday" is counted from Tuesday, not Tuesday
            # (and the preposition after the noun: "a fallow year [in] 2027")
            prep = noun and tok.i + 2 < span.end and span.doc[tok.i + 1].pos_ == "ADP"
            tail = span.doc[tok.i + (2 if prep else 1) : span.end]
            found = mention_of(tail, published, tense)
            if found.value is not None:
                return found
    return None


def _next_day(span: Span, last: TimeMention | None, tense: Tense) -> TimeMention | None:
    """ "the next day", "the following morning", "the day before": one day from the latest
    day named before it ("arrested on Feb. 22 ... in court the next morning" is Feb. 23).
    Without such a day, or in the present tense of a habit, the phrase names no date the
    text gives: value None, never the duration ``P1D``."""
    m = NEXT_DAY.match(span.text)
    if m is None:
        return None
    unresolved = TimeMention(span.start_char, span.end_char, None, None, None, "unknown", "none")
    if tense == "present" or last is None or last.first is None or last.first != last.last:
        return unresolved  # "you feel terrible the next day" is any day
    if last.granularity not in ("day", "part_of_day", "time"):
        return unresolved
    d = last.first + dt.timedelta(days=DAY_STEP[(m.group("dir") or m.group("dir2")).lower()])
    granularity = "day" if span.root.lower_ == "day" else "part_of_day"
    return TimeMention(
        span.start_char, span.end_char, d.isoformat(), d, d, granularity, last.anchor
    )


def _year_before_period(span: Span, last: TimeMention | None) -> TimeMention | None:
    """ "profit fell in the third quarter from a year earlier": beside a quarter, half or
    month of the same sentence, "a year earlier/ago" is that period a year before (TimeML's
    1988-Q3; "at the end of June, up 8% on a year earlier": 2025-06), not a year's
    length; beside a year, "the year before" or "a year earlier" is the year before it
    ("in 2025, up from 3,100 the year before": 2024)."""
    if last is None or not YEAR_BEFORE.fullmatch(span.text) or last.first is None:
        return None
    if last.start < sentence_of(span.doc, span.start).start_char:
        return None
    year_named = YEAR_VALUE.fullmatch(last.value or "") and not span.text.endswith("ago")
    if year_named:  # "4,000 died in 2025, up from 3,100 the year before": 2024
        year = int(last.value or 0) - 1
        first, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
        at = (span.start_char, span.end_char)
        return TimeMention(*at, str(year), first, end, "year", last.anchor)
    period = PERIOD_VALUE.fullmatch(last.value or "")
    if period is None:
        return None
    year = int(period.group(1)) - 1
    first, end = last.first - relativedelta(years=1), (last.last or last.first)
    return TimeMention(
        span.start_char,
        span.end_char,
        f"{year}-{period.group(2)}",
        first,
        end - relativedelta(years=1),
        last.granularity,
        last.anchor,
    )


def time_mentions(doc: Doc, published: dt.date | None) -> list[TimeMention]:
    """Resolve every time expression of ``doc`` (after the attribution component, whose
    claims say which times are a cue's). A range of two dates that does not resolve
    as one ("between 1994 and 1997") becomes its two ends, a list ("April 24 and 25",
    "1994, 1995") its items; "that year" takes the year of the latest date before it, "the
    next day" the day after the latest day."""
    out: list[TimeMention] = []
    last: TimeMention | None = None
    # a time a claim took as its cue's ("said on Thursday she would try …", which the
    # parser hung on the reported verb) has the tense of the cue, not of what was said
    cues = {
        att.when_token: att.cue_token
        for att in doc._.ck_attributions or []
        if att.when_from == "cue" and att.when_token is not None and att.cue_token is not None
    }
    said_at: set[int] = set()  # where a time of saying starts: no event's day
    for span, must_resolve in _candidates(doc):
        cue = next((cues[i] for i in range(span.start, span.end) if i in cues), None)
        said_at |= {span.start_char} if cue is not None else set()
        tense = tense_of(span if cue is None else doc[cue : cue + 1])
        tense = "present" if entry_stamp(span) else tense
        in_the = _in_the_unit(span, out, tense, published)  # (kept, resolved or not)
        mention = (
            _quarter_in_focus(span, out)
            or clock_in_focus(span, out, said_at, published, tense)
            or _year_before_period(span, last)
            or _next_day(span, last, tense)
            or in_the
            or mention_of(span, published, tense, "one year" if _year_to(span) else None)
        )
        if mention.value in ("FUTURE_REF", "PAST_REF"):  # a noun the model took in with a
            # date, that made it vague: "[a ceremony next month]"
            mention = _after_preposition(span, published, tense) or mention
        if mention.value is None:
            mention = _that_unit(span, last, tense) or mention
        if mention.value is None and in_the is None:
            parts = _split_range(span, published, tense) or _split_list(span, published, tense)
            if parts:
                out.extend(parts)
                last = parts[-1]
                continue
            mention = _after_preposition(span, published, tense) or mention
            if must_resolve and mention.value is None:
                continue
        out.append(mention)
        if mention.first is not None and mention.granularity != "duration":
            last = mention
    return out


def _split_range(span: Span, published: dt.date | None, tense: Tense) -> list[TimeMention] | None:
    m = RANGE_SPLIT.match(span.text)
    if not m:
        return None
    first, second = (
        span.doc.char_span(span.start_char + m.start(g), span.start_char + m.end(g)) for g in (1, 2)
    )
    if first is None or second is None:
        return None
    # "between 6 and 9 months": the bare first number takes the second's unit
    texts = [_with_unit_of(first, second), second.text]
    texts[0] = "one year" if _year_to(first) else texts[0]  # "[the year] to [December]"
    if any(resolve(t, published).value is None for t in texts):
        return None
    return [mention_of(p, published, tense, t) for p, t in zip((first, second), texts, strict=True)]


def _split_list(span: Span, published: dt.date | None, tense: Tense) -> list[TimeMention] | None:
    """The items of "April 24 and 25" or "1994, 1995, 1997", each resolved on its own; a
    bare day number takes the month before it ("25" is April 25). None unless every item
    resolves."""
    items: list[Span] = []
    start = span.start
    for tok in span:
        if tok.lower_ in LIST_WORDS:
            if tok.i > start:
                items.append(span.doc[start : tok.i])
            start = tok.i + 1
    if start < span.end:
        items.append(span.doc[start : span.end])
    if len(items) < 2:
        return None
    out: list[TimeMention] = []
    month = ""
    for item in items:
        text = _with_unit_of(item, items[-1])  # "six or seven months": six months
        if text.isdecimal() and len(text) <= 2 and month:
            text = f"{month} {text}"
        elif item[0].text.rstrip(".").lower() in MONTHS:
            month = item[0].text
        mention = mention_of(item, published, tense, text)
        if mention.value is None:
            return None
        out.append(mention)
    return out


def _with_unit_of(number: Span, counted: Span) -> str:
    """``number``'s words, with what follows the number of ``counted`` where ``number``
    ends in a bare number ("[six] or [seven months]", "[another four] to [ten years]",
    "[two] to [three months from now]"); else its own."""
    units = times().units
    bare = number[-1].like_num and all(t.like_num or t.pos_ in ("DET", "ADV") for t in number)
    if not bare or not counted[0].like_num or len(counted) < 2 or counted[1].lower_ not in units:
        return number.text
    return f"{number.text} {counted[1:].text}"


class TimeTagger:
    """spaCy component: writes ``doc._.ck_times`` from ``doc._.ck_published``."""

    def __call__(self, doc: Doc) -> Doc:
        return guarded("claimkit_times", self._run, doc)

    @staticmethod
    def _run(doc: Doc) -> None:
        doc._.ck_times = time_mentions(doc, doc._.ck_published)


@Language.factory("claimkit_times", assigns=["doc._.ck_times"], requires=["doc.ents"])
def make_times(nlp: Language, name: str) -> TimeTagger:
    """Create the ``claimkit_times`` component."""
    register_extensions()
    return TimeTagger()
