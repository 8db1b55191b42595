"""Transcript turns: a line that opens with a speaker's name in capitals and a colon.

Broadcast transcripts print each turn as ``DAN HALE: ...``, ``WOLF BLITZER, CNN HOST:
...`` or ``SEN. LINDSEY GRAHAM (R), SOUTH CAROLINA: ...``, and later turns by surname
alone (``HALE: ...``). The small model reads names in capitals poorly (an organisation,
or nothing), so the turn labels are found in the text itself: a page counts as a
transcript when at least two lines open so. The name is the label before its comma or
parenthesis, without leading titles (``SEN.``); what follows, in capitals too, is a role or a place.
A name in prose case in the parenthesis is the name and the label a role (``PRESENTER (Anna
Cole):``).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from claimkit.components.descriptions import title_words
from claimkit.components.records import cache_of, text_of
from claimkit.lexicons import cues

__all__ = ["turn_names"]

TURN = re.compile(
    r"^[ \t]*(?P<label>[A-Z][A-Z.'’\- ]{0,40}[A-Z.])(?:[ \t]*\((?P<aside>[^)\n]{0,30})\))?"
    r"(?:,[^:\na-z]{0,60})?:[ \t]",
    re.M,
)
MIN_TURNS = 2
#: A person's name in prose case in the label's parenthesis: "PRESENTER (Anna Cole):"
NAME_ASIDE = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z'’]+){1,2}")


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
        start = m.start("label")
        words = [(w.start() + start, w.end() + start) for w in re.finditer(r"\S+", m["label"])]
        while len(words) > 1 and text[slice(*words[0])].lower().rstrip(".") in title_words():
            words = words[1:]
        if not 0 < len(words) <= 4 or text[slice(*words[0])].lower() in stops:
            continue
        found[m.end() - 2] = (words[0][0], words[-1][1])
    cache.turns = found if len(found) >= MIN_TURNS else {}
    return cache.turns
