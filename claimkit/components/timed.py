"""Phrases that name a time: the date a prepositional phrase names ("on Tuesday" in "a
statement on Tuesday"), the event one times a thing by ("after the meeting"), and
holidays the model took for an event or a name.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from claimkit.lexicons import cues, nouns, times

__all__ = ["dated_object", "event_mark", "holiday"]


def dated_object(prep: Token) -> Token | None:
    """The time a prepositional phrase names ("on Tuesday" in "a statement on Tuesday",
    "in May" in "a report in May"): the statement's time, not part of its name."""
    if prep.dep_ != "prep" or prep.lower_ not in ("on", "at", "in"):
        return None
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    dated = pobj is not None and (pobj.ent_type_ in ("DATE", "TIME") or holiday(pobj))
    dated = dated and (prep.lower_ != "in" or (pobj is not None and pobj.ent_type_ == "DATE"))
    return pobj if dated else None


def event_mark(prep: Token) -> bool:
    """Is ``prep`` a preposition that times what it hangs on by an event ("a post on
    Facebook [after the meeting]", "an interview [before the vote]"), not one that sets it
    before a body ("testimony before Congress", "before the committee")?"""
    if prep.dep_ != "prep" or prep.lower_ not in cues().word_sets["time_marks"]:
        return False
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ == "PROPN" or obj.ent_type_ in ("ORG", "GPE", "NORP", "PERSON"):
        return False
    return obj.lemma_.lower() not in nouns().kind_nouns()


def holiday(tok: Token) -> bool:
    """A holiday the model took for an event or a name, or left untagged: "on New Year's
    Day", "on Boxing Day", "on Easter" (the small model's "person")."""
    if tok.lower_ not in _holiday_words():
        return False  # (a word of no holiday's name: no phrase to build)
    words = " ".join(t.lower_ for t in tok.subtree).replace(" 's", "'s")
    return words in times().holidays


@cache
def _holiday_words() -> frozenset[str]:
    return frozenset(w for name in times().holidays for w in name.split())
