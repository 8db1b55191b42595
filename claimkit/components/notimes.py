"""What the model tags a time and is none: a record's noun ("minutes of the meeting"), a
person's age ("Elwyn Jones, 81,"), a one-word time phrase in a name or a title ("USA
Today", "the Sunday Times"), a distance ("70 light years"), a temperature ("43C"), a
designation's number ("HB 1523"), a noun of another sense ("the Atlantic current"), a
month's word in lower case ("the march past"), a code ("the planet K2-18b") and a half of
a match ("the second half" where the text names "half-time")."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from spacy.tokens import Span

from claimkit.components.personnames import title_case_line
from claimkit.components.timejoins import DATE_WORDS
from claimkit.lexicons import sources, times
from claimkit.timebase import MONTHS, WEEKDAYS
from claimkit.timex import resolve

__all__ = ["no_time"]

MAX_AGE = 120
ANY_DAY = dt.date(2000, 1, 3)  # a day to resolve a word against: a time resolves
CODE = re.compile(r"\d[-\w]*[a-zA-Z]")  # a letter after a number: "K2-18b"
MATCH_HALF = re.compile(r"(?:the\s+)?(?:first|second)[\s-]half", re.I)
ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)", re.I)  # no code: "the 12th"
MODIFIERS = {"amod", "compound", "nmod"}


def no_time(span: Span) -> bool:
    """Is the candidate ``span`` no time at all (see the module's list)?"""
    return (
        _a_name(span)
        or _an_age(span)
        or _in_a_title(span)
        or _a_record(span)
        or _a_measure(span)
        or _a_designation(span)
        or _a_temperature(span)
        or _a_noun_sense(span)
        or _a_lower_month(span)
        or _a_code(span)
        or _a_match_half(span)
    )


def _a_match_half(span: Span) -> bool:
    """Is the candidate a half of a match, in a text with words only a match report uses
    ("lost control in the second half" after "levelled before half-time")?"""
    if not MATCH_HALF.fullmatch(span.text):
        return False
    text = span.doc.text.lower()
    return any(word in text for word in times().match_words)


def _a_code(span: Span) -> bool:
    """Is the candidate one code of letters and numbers with a letter after a number
    ("the planet K2-18b"), that names no time the normaliser knows (unlike "1990s")?"""
    word = span.text
    if " " in word or not CODE.search(word) or ORDINAL.fullmatch(word):
        return False
    return resolve(word, ANY_DAY, "present").value is None


def _a_lower_month(span: Span) -> bool:
    """Is the candidate a phrase with no number whose month word is written in lower case,
    another word ("the march past", a parade)?"""
    months = [t for t in span if t.lower_ in MONTHS]
    lower = bool(months) and all(t.text.islower() for t in months)
    return lower and not any(t.like_num for t in span)


def _a_temperature(span: Span) -> bool:
    """Is the candidate one number with a temperature's letter ("43C", "98.6F")?"""
    if len(span) > 1:
        return False
    number = span[0].text.rstrip("CFcf°")
    unit = span[0].text[len(number) :].lower().strip("°")
    return unit in times().temperature_units and number.replace(".", "", 1).isdecimal()


def _a_noun_sense(span: Span) -> bool:
    """Is the candidate a word that is a time only as an adjective before a noun ("the
    current government", "current and former officials"), used otherwise ("the Atlantic
    current", "a strong current")?"""
    tok = span[0]
    joined = tok.dep_ == "conj" or any(c.dep_ == "conj" for c in tok.children)
    modifier = tok.dep_ in MODIFIERS or joined
    return len(span) == 1 and tok.lower_ in times().adjectives and not modifier


def _a_measure(span: Span) -> bool:
    """Is the candidate a unit of another measure ("70 light years", "a light-year")?"""
    doc = span.doc
    for tok in span:
        if tok.lower_ in times().units and tok.i > 0:
            before = doc[tok.i - 2] if doc[tok.i - 1].text == "-" and tok.i > 1 else doc[tok.i - 1]
            if before.lower_ in times().measure_words:
                return True
    return False


def _a_designation(span: Span) -> bool:
    """Is the candidate a number that a capitalised code before it designates ("HB 1523",
    a bill; "LHS 1140 b", a star), no year? Not a month's or a period's abbreviation
    before it ("SEPT 2024", "FY 2025")."""
    tok = span[0]
    if len(span) > 1 or not tok.text.isdecimal() or tok.i == 0:
        return False
    code = span.doc[tok.i - 1]
    if not (code.is_upper and code.is_alpha and len(code) <= 5 and code.pos_ == "PROPN"):
        return False
    low = code.lower_
    dated = any(w.startswith(low) for w in (*MONTHS, *WEEKDAYS))  # "SEPT", "AUG", "MON"
    return not dated and low not in times().year_prefixes


def _a_record(span: Span) -> bool:
    """Is a candidate only a noun of a text, of something, that no preposition governs
    ("minutes of the meeting showed", which the model tags a time; not "within minutes of
    the attack")?"""
    tok, alone = span.root, all(t.dep_ == "det" for t in span if t.i != span.root.i)
    of = any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
    text = sources().nouns.get(tok.lower_) == "document" and tok.dep_ != "pobj"
    return alone and text and of


def _an_age(span: Span) -> bool:
    """Is the candidate a person's age set off after them ("Elwyn Jones, 81, said"), after
    "aged", told of "he" or "she" ("She was 91."), or a bound of ages after a noun
    ("children under 10"), which the model tags a date?"""
    doc, tok = span.doc, span[0]
    k = tok.i - 1  # (each of a list: "aged 39, 41 and 66")
    while k > 0 and (doc[k].text in (",", "and") or doc[k].like_num):
        k -= 1
    if k >= 0 and doc[k].lower_ == "aged" and tok.like_num:
        return True  # "Two men, aged 24 and 31, were arrested"
    subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    if len(span) == 1 and tok.dep_ == "attr" and tok.head.lemma_ == "be" and subject is not None:
        return subject.lower_ in ("he", "she") and tok.text.isdecimal()  # "She was 91."
    bound = len(span) == 2 and tok.lower_ in ("under", "over") and span[1].text.isdecimal()
    if bound and tok.i > 0 and doc[tok.i - 1].pos_ == "NOUN" and int(span[1].text) <= MAX_AGE:
        return True  # "children under 10", "people over 65"
    if len(span) > 1 or not tok.text.isdecimal() or int(tok.text) > MAX_AGE or tok.i < 2:
        return False
    after = doc[tok.i + 1].text if tok.i + 1 < len(doc) else "."
    named = doc[tok.i - 2].ent_type_ == "PERSON" or doc[tok.i - 2].pos_ in ("NOUN", "PROPN")
    return doc[tok.i - 1].text == "," and named and after in (",", ".", ")")


def _a_name(span: Span) -> bool:
    """Is a one-word time phrase written with a capital inside a sentence, not a headline's,
    a name ("BBC Radio 4's Today programme", "USA Today"), no time?"""
    tok = span[0]
    if len(span) > 1 or not tok.is_title or not tok.is_alpha or tok.lower_ not in _deictic():
        return False
    if tok.is_sent_start or tok.i == 0 or title_case_line(span):
        return False
    # (a capital after a word: not a quotation's first, "''Today, you …")
    return tok.doc[tok.i - 1].is_alpha or tok.doc[tok.i - 1].tag_ == "POS"


def _in_a_title(span: Span) -> bool:
    """Is a one-word time phrase part of a title: inside a longer name the model tagged
    ("the Sunday Times" as an organisation), capitalised between "the" and the name's next
    word ("The Daily Courier", "the Sunday Telegraph"; not "on Sunday Smith said"), or a
    frequency word that ends a title ("Tech Policy Weekly")?"""
    tok, doc = span[0], span.doc
    if len(span) > 1 or not tok.is_title:
        return False
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    longer = tok.ent_iob_ == "I" or (nxt is not None and nxt.ent_iob_ == "I")
    if tok.ent_type_ in _TITLED and longer:
        return True
    after_the = tok.i > 0 and doc[tok.i - 1].lower_ == "the"
    prev = doc[tok.i - 1] if tok.i else None
    if prev is not None and prev.is_title and prev.dep_ == "compound" and prev.head.i == tok.i:
        return tok.lower_ in times().refs  # a title's last word: "Tech Policy Weekly"
    if nxt is None or not after_the or nxt.lower_ in DATE_WORDS:
        return False
    return nxt.is_title and nxt.pos_ == "PROPN" and tok.head.i == nxt.i


_TITLED = ("ORG", "WORK_OF_ART", "PERSON", "PRODUCT", "FAC")


@cache
def _deictic() -> frozenset[str]:
    """The one-word time phrases of the lexicon that are no holiday's name ("today", "now";
    not "Christmas")."""
    return frozenset(p for p in times().phrases if " " not in p) - frozenset(times().holidays)
