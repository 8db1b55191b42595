"""When a statement was made, as the parse around its cue says: the cue's own time, the
time of the event or medium that carries it, and whether a plain report in the past or
present tense stands for the day it was published.
"""

from __future__ import annotations

import itertools

from spacy.tokens import Token

from claimkit.components.attribution.shared import FINITE, frame_of, misread_noun
from claimkit.components.dating import (
    ago_on,
    day_of_act,
    event_date,
    looks_back,
    on_day,
    past_perfect,
    time_on,
    time_on_audience,
)
from claimkit.components.mediums import is_medium
from claimkit.components.records import opening_participle
from claimkit.components.sources import medium_on, opening_passives, speaking_clauses
from claimkit.lexicons import cues, sources, times

__all__ = ["reported_now", "statement_time"]

EVENT_PREPOSITIONS = {"in", "at", "during", "after", "outside"}  # "said after the vote": its day
PRESENT = {"VBZ", "VBP"}
# and any phrase whose day is an occasion's, not the cue's: "said during a debate last week"
OCCASIONS = EVENT_PREPOSITIONS | {"before", "on", "following"}


def _event_when(tok: Token) -> int | None:
    """The day of the event a cue's statement was made at: "said during Tuesday's
    hearing", "said at the hearing" (after a dated mention), "Speaking during Tuesday's
    hearing, X said", "told the meeting"."""
    frame = frame_of(tok)
    audience = frame.addressee if frame is not None else frozenset()
    # a past perfect ("had told the court") reports a time before the event the text
    # named: "was sentenced on Tuesday … the prosecutor had told the court"
    earlier = past_perfect(tok)
    for child in tok.children:
        if child.dep_ in audience and child.pos_ == "NOUN":
            event = event_date(child)  # "told the meeting", after "Thursday's meeting"
            taken_up = event is not None and event not in {t.i for t in child.subtree}
            if event is not None and not (earlier and taken_up):
                return event
        pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
        # (the parser's object with its preposition as a modifier: "Speaking outside court")
        misread = next((c for c in child.children if c.tag_ == "IN" and c.i < child.i), None)
        if child.dep_ == "dobj" and child.pos_ == "NOUN" and misread is not None:
            child, pobj = misread, child
        elif child.dep_ != "prep" or pobj is None or pobj.pos_ != "NOUN":
            continue
        # "said during Tuesday's hearing"; any medium, whatever its preposition
        if child.lower_ in EVENT_PREPOSITIONS or is_medium(pobj):
            event = event_date(pobj)
            # "after" dates a speech, not what a document shows ("The poll showed Trump
            # losing supporters after the debate"), and never by a year ("said after the
            # 2016 election" may be years after it)
            later = child.lower_ == "after"  # (a speaking clause's "Speaking after the
            # debate" is speech too)
            lemma = tok.lemma_.lower()
            speech = lemma in cues().speech or lemma in sources().speaking_participles
            if event is not None and not (later and (tok.doc[event].like_num or not speech)):
                return event
    for clause in speaking_clauses(tok):
        event = time_on(clause)
        event = _event_when(clause) if event is None else event
        event = time_on_audience(clause) if event is None else event
        if event is not None:
            return event
    return None


def statement_time(tok: Token) -> tuple[int | None, str | None]:
    """The token of the statement's time and where it came from: the cue's own time
    ("said Saturday": ``cue``), else the time of the event that carries the cue ("issued a
    statement on Saturday saying …": ``event``), climbing at most three heads and never
    past another cue, whose time is another statement's."""
    when = time_on(tok)
    when = ago_on(tok) if when is None else when
    if when is not None:
        return when, "cue"
    # "Sentencing him on Wednesday, the judge said"; "Asked about it on Tuesday, X said"
    occasion = opening_participle(tok) or next(iter(opening_passives(tok)), None)
    when = time_on(occasion) if occasion is not None else None
    when = _closing_day(occasion) if when is None and occasion is not None else when
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    # a report with a subject of its own, not one sharing a verb's ("caucused Saturday and
    # says") nor a relative word ("released data that suggest")
    own = any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in tok.children)
    if when is None and obj is not None and medium_on(obj) is not None:
        when = time_on(obj)  # "announced the decision in a statement on Friday"
    if when is None and _joined_act(tok) and not own:
        when = day_of_act(tok.head)  # "reported a rise in profit on Thursday and said …"
        when = None if when is not None and _after_its_head(tok, when) else when
    if when is not None:
        return when, "event"
    when = _closing_day_of_phrase(tok)
    if when is not None:
        return when, "cue"
    below: Token | None = None
    present = tok.tag_ in PRESENT and own  # (a present report with a subject of its own)
    for steps, head in enumerate(itertools.chain([tok], tok.ancestors)):  # lazily; past no
        # other cue, save a participle's: "repeated the claim …, saying …" is one statement
        joined = steps == 1 and tok.dep_ == "advcl" and tok.tag_ == "VBG"
        if steps > 3 or (steps and frame_of(head) is not None and not joined):
            break
        if steps and present and head.tag_ == "VBD":
            break  # "below the 95% the WHO says is needed" is no statement of last year
        if below is not None and _of_another_time(below):
            break  # "marched on Friday, a day after a report blamed …": not Friday's
        below = head
        if steps == 1 and (_as_said(tok) or tok.dep_ == "parataxis"):
            break  # "The numbers changed in June, as Sanders acknowledged", "Uptake fell
            # last year, the agency said, …": the verb above is what was said, its time no
            # statement's
        if steps and misread_noun(head):
            continue  # the time of "spills … last year" is no statement's
        when = time_on(head) if steps else None
        when = _event_when(head) if when is None else when
        if when is not None and steps == 1 and _after_its_head(tok, when):
            break
        if when is not None:
            return when, "event"
    return None, None


def _joined_act(tok: Token) -> bool:
    """Is the cue ``tok`` joined by "and" to a verb before it outside any quotation ("cut
    its forecast on Monday and said"; not a verb inside the words it reports)?"""
    head = tok.head
    if tok.dep_ != "conj" or head.pos_ != "VERB" or head.i > tok.i:
        return False
    return not any(t.is_quote for t in tok.doc[head.i : tok.i])


def _after_its_head(tok: Token, when: int) -> bool:
    """Is the cue ``tok``, joined to the verb whose time is ``when``, said later than that
    verb's act: "has since said", or a present report after a year or a month ("was
    founded in 2019 and says")?"""
    since = any(c.dep_ == "advmod" and c.lower_ == "since" for c in tok.children)
    later = tok.tag_ in PRESENT and looks_back(tok.doc, when)
    return tok.dep_ == "conj" and (since or later)


def _of_another_time(clause: Token) -> bool:
    """Is ``clause`` set a stated length of time from what it hangs on ("a day after",
    "hours before", "two weeks since": a unit of ``times.units`` before a subordinator of
    ``time_marks``)? Without a length ("resigned in November after he suggested …") the
    two mostly fall in the same day, week or month, and the clause keeps its time."""
    marks = cues().word_sets["time_marks"]
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in marks), None)
    units = times().units
    return mark is not None and any(
        c.dep_ == "npadvmod" and c.i < mark.i and c.lower_ in units for c in clause.children
    )


def _closing_day(clause: Token) -> int | None:
    """The day that closes an opening participle clause, which the parser hung on a noun
    inside it ("Opening the case for the prosecution [on Monday], Ms Whitlock told
    jurors"): the clause's, as its own "on Monday" would be; else None."""
    return next((t.i for t in clause.subtree if on_day(t, clause.right_edge.i)), None)


def _as_said(cue: Token) -> bool:
    """Is ``cue`` in an "as" clause with no content of its own, so that the clause it hangs
    on is what was said ("…, as Sanders acknowledged"; not "failed Tuesday, as lawmakers
    accused each other", a time shared)?"""
    children = list(cue.children)
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in children) and not any(
        c.dep_ in ("dobj", "ccomp", "xcomp") for c in children
    )


def reported_now(tok: Token) -> bool:
    """Is the cue a plain report in the simple past or present ("said", "says", "told",
    "issued a statement calling on ...")? Same-day news dates such a statement to its own
    day; a perfect ("has said", "had said"), a future, a modal or a negation it does not."""

    def aux_of(verb: Token) -> list[Token]:
        return [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")]

    verb = tok
    for _ in range(3):
        if aux_of(verb) or verb.tag_ in FINITE or verb.head is verb:
            break
        verb = verb.head
    aux = aux_of(verb)
    not_now = cues().word_sets["not_now"]
    if any(c.lemma_.lower() in not_now or c.lower_ in not_now for c in aux):
        return False
    finite = aux[0] if aux else verb
    return verb.pos_ == "VERB" and finite.tag_ in FINITE


def _closing_day_of_phrase(cue: Token) -> int | None:
    """A day that closes the cue's sentence, hung by the parser on the object of a phrase
    of the cue that holds no content ("declared a state of emergency for 14 counties on
    Saturday": the declaring's day, not the counties')."""
    content = cues().word_sets["content_prepositions"]
    has_object = any(c.dep_ == "dobj" for c in cue.children)
    for prep in (c for c in cue.children if c.dep_ == "prep" and c.i > cue.i):
        if prep.lower_ in content and (prep.lower_ != "for" or not has_object):
            continue  # (what was said: "called for talks …", "accused X of …")
        if prep.lower_ in OCCASIONS:
            continue  # (an occasion's day is the event's: "said during a debate last week")
        for pobj in (c for c in prep.children if c.dep_ == "pobj" and not is_medium(c)):
            day = time_on(pobj)  # (a medium's day is its event's: "at a conference on …")
            last = cue.doc[day].right_edge.i + 1 if day is not None else 0
            if day is not None and last < len(cue.doc) and cue.doc[last].text in (".", "!"):
                return day
    return None
