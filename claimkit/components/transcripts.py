"""Transcript turns: a line that opens with a speaker's name in capitals and a colon.

Broadcast transcripts print each turn as ``DAN HALE: ...``, ``WOLF BLITZER, CNN HOST:
...`` or ``SEN. LINDSEY GRAHAM (R), SOUTH CAROLINA: ...``, and later turns by surname
alone (``HALE: ...``). The small model reads names in capitals poorly (an organisation,
or nothing), so the turn labels are found in the text itself: a page counts as a
transcript when at least two lines open so. The name is the label before its comma or
parenthesis, without leading titles (``SEN.``); what follows, in capitals too or title-cased
(``JOHN ROBERTS, Chief Justice of the United States:``), is a role or a place.
A name in prose case in the parenthesis is the name and the label a role (``PRESENTER (Anna
Cole):``), and so is one in capitals after a label that is a role (``HOST (RACHEL MOYO):``).

An interview printed as questions and answers (``Q: …`` and ``A: …`` lines) has its
answers spoken by the person the page's introduction names most ("Council leader Rob
Marsh sat down with the Courier …"); its questions are no one's claims.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc

from claimkit.components.descriptions import title_words
from claimkit.components.records import cache_of, ents_of, text_of
from claimkit.lexicons import cues

__all__ = ["interview_turns", "turn_names"]

TURN = re.compile(
    r"^[ \t]*(?P<label>[A-Z][A-Z.'’\- ]{0,40}[A-Z.])(?:[ \t]*\((?P<aside>[^)\n]{0,30})\))?"
    # a role after a comma, in capitals or in title-cased words: "JOHN ROBERTS, Chief Justice
    # of the United States:" (not a headline's "… FAVOR CRUZ, BUT … - David Wasserman:")
    r"(?:,(?:[^:\na-z]{0,60}|[ \t]*[A-Z][\w.'’]*(?:[ \t]+(?:[A-Z][\w.'’]*|of|the|for|and)){0,8}))?"
    r":[ \t]",
    re.M,
)
MIN_TURNS = 2
#: An interview's turn: "Q: …", "A: …", "Question: …"
INTERVIEW = re.compile(r"^[ \t]*(?P<label>Q|A|Question|Answer)[ \t]*:[ \t]", re.M)
#: A person's name in prose case in the label's parenthesis: "PRESENTER (Anna Cole):"
NAME_ASIDE = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z'’]+){1,2}")
#: A name in capitals in the parenthesis of a label that is a role: "HOST (RACHEL MOYO):"
CAPITALS_ASIDE = re.compile(r"[A-Z]{2,}(?:[ -][A-Z'’]{2,}){1,2}")


def turn_names(doc: Doc) -> dict[int, tuple[int, int]]:
    """The name in each transcript turn label, by the character offset of the label's
    colon: ``{colon: (start, end)}`` of the name without its titles. Empty when the page
    is no transcript."""
    cache = cache_of(doc)
    if cache.turns is not None:
        return cache.turns
    text = text_of(doc)
    stops = cues().word_sets["colon_lead_stops"]
    found: dict[int, tuple[int, int]] = {}
    for m in TURN.finditer(text):
        if m["aside"] and NAME_ASIDE.fullmatch(m["aside"]):
            found[m.end() - 2] = m.span("aside")  # the label is a role, the name aside
            continue
        role = m["label"].lower().rstrip(".") in title_words()
        if role and m["aside"] and CAPITALS_ASIDE.fullmatch(m["aside"]):
            found[m.end() - 2] = m.span("aside")  # "HOST (RACHEL MOYO):", in capitals
            continue
        start = m.start("label")
        words = [(w.start() + start, w.end() + start) for w in re.finditer(r"\S+", m["label"])]
        while len(words) > 1 and text[slice(*words[0])].lower().rstrip(".") in title_words():
            words = words[1:]
        if not 0 < len(words) <= 4 or text[slice(*words[0])].lower() in stops:
            continue
        found[m.end() - 2] = (words[0][0], words[-1][1])
    cache.turns = found if len(found) >= MIN_TURNS else {}
    return cache.turns


def interview_turns(doc: Doc) -> dict[int, tuple[int, int] | None]:
    """The turns of an interview printed as questions and answers, by the character offset
    of each label's colon: an answer's the span of the interviewee's name, a question's
    None. Empty unless the page has two questions or more and an answer, and names a
    person before the first question. Read once per Doc (the colon and figure rules ask)."""
    cache = cache_of(doc)
    if cache.interviews is None:
        cache.interviews = _interview_turns(doc)
    return cache.interviews


def _interview_turns(doc: Doc) -> dict[int, tuple[int, int] | None]:
    text = text_of(doc)
    turns = [(m.start() + m.group().index(":"), m["label"][0]) for m in INTERVIEW.finditer(text)]
    questions = [colon for colon, label in turns if label == "Q"]
    if len(questions) < MIN_TURNS or len(questions) == len(turns):
        return {}
    page = doc._.ck_layout
    named = [
        e
        for e in ents_of(doc)
        if e.label_ == "PERSON"
        and e.end_char < questions[0]
        and not (page is not None and page.is_furniture(e.start_char, e.end_char))
    ]
    if not named:
        return {}
    # the person the introduction names most ("Q&A with Vice President Joe Biden … Biden
    # complained …", not the Justice Scalia it mentions), at their fullest mention
    times = Counter(e[-1].lower_ for e in named)
    most = max(times.values())
    # of several named as often, the last: the introduction's subject after a byline
    surname = next(e[-1].lower_ for e in reversed(named) if times[e[-1].lower_] == most)
    mention = max((e for e in named if e[-1].lower_ == surname), key=len)
    who = (mention.start_char, mention.end_char)
    return {colon: who if label == "A" else None for colon, label in turns}
