"""Colon lines: a headline or transcript line 'Name: words' whose lead names a speaker, and
an interview's answers ('A: words')."""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.attrs import ORTH
from spacy.tokens import Doc, Token

from claimkit.components.attribution.rules import confidence
from claimkit.components.attribution.shared import quote_at, quotes_near
from claimkit.components.attribution.spans import sentence_span, trim_span
from claimkit.components.records import (
    Attribution,
    Quote,
    ents_of,
    indices_of,
    on_headline,
    text_of,
)
from claimkit.components.transcripts import interview_turns, turn_names
from claimkit.lexicons import cues, nouns, sources

__all__ = ["colon_claims"]

COLON_LEAD_MAX = 8
NAME_MAX = 4  # words of a name before the comma of "Name, role: \"…\""
TOPIC_WORDS = 3  # words of a topic's lead at most: "Gaza ceasefire talks:"
QUOTE_OPENERS = "\"“‘'«"
BULLETS = {"-", "–", "—", "•", "*", "·"}
MARKUP = re.compile(r"[<=:]")
SCORE = re.compile(r"\b\d{1,3}[-–]\d{1,3}\b")  # a match's score: "2-1", "3–0"
PLACES = ("GPE", "LOC")


def colon_claims(doc: Doc, quotes: list[Quote]) -> Iterable[Attribution]:
    """'Trump: Cruz Has a Long Way to Go', 'Roger Stone: Don't Trust the Machines',
    'TRUMP: The deaths of ...': a short name-only lead, a colon, and what was said."""
    text = text_of(doc)
    nouns_ = nouns()
    turns = turn_names(doc)
    for colon, turn in turns.items():  # "WOLF BLITZER, CNN HOST: ...": a transcript's turn
        name = doc.char_span(*turn, alignment_mode="expand")
        cue = doc.char_span(colon, colon + 1, alignment_mode="expand")
        if name is not None and cue is not None:
            yield from _claim(doc, quotes, colon, cue[-1].i, name[-1])
    interview = interview_turns(doc)
    for colon, answer in interview.items():  # "A: We got it wrong.": the interviewee's
        name = doc.char_span(*answer, alignment_mode="expand") if answer else None
        cue = doc.char_span(colon, colon + 1, alignment_mode="expand")
        if name is not None and cue is not None:
            yield from _claim(doc, quotes, colon, cue[-1].i, name[-1])
    for tok in (doc[i] for i in indices_of(doc, ORTH, (":",))):
        if quote_at(quotes, tok.idx) or tok.idx in turns or tok.idx in interview:
            continue
        line_start = text.rfind("\n", 0, tok.idx) + 1
        line_start = max(line_start, text.rfind(">", line_start, tok.idx) + 1)  # '<tweet …>'
        lead = doc.char_span(line_start, tok.idx, alignment_mode="contract")
        if lead is None:
            continue
        tail = doc[max(lead.start, lead.end - COLON_LEAD_MAX - 1) : lead.end]
        dash = [  # a spaced dash, not the hyphen of "all-hands"
            t
            for t in tail
            if t.text in ("—", "–", "-", "--") and t.is_punct and doc[t.i - 1].whitespace_
        ]
        if dash:  # "RED STATES OUTNUMBER BLUE STATES - Jeffrey M. Jones: …"
            lead = doc[dash[-1].i + 1 : lead.end]
        while len(lead) > 1 and lead[0].text in BULLETS:
            lead = lead[1:]  # a list's bullet: "- Seema Shah, …:"
        comma = next((t for t in lead if t.text == ","), None)
        quoted = text[tok.idx + 1 :].lstrip()[:1] in QUOTE_OPENERS
        verbless = not any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN" for t in lead)
        if quoted and verbless and comma is not None and 0 < comma.i - lead.start <= NAME_MAX:
            named = doc[lead.start : comma.i]  # "Seema Shah, chief global strategist at …:"
            if all(t.pos_ == "PROPN" for t in named):
                lead = named
        if not 0 < len(lead) <= COLON_LEAD_MAX or MARKUP.search(lead.text):
            continue  # a tag's attributes, or "BREAKING: AP analysis", are no speaker
        words = [t for t in lead if not t.is_punct]
        if not words or any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN" for t in words):
            continue
        names = [t for t in words if t.pos_ == "PROPN" or t.lower_ in nouns_.document]
        if not names and len(words) == 1 and _turn_label(doc, words[0]):
            names = words  # a transcript's turn label, "LOMAN:", tagged as a common noun
        stops = cues().word_sets["colon_lead_stops"]
        if not names or words[0].lower_ in stops or " ".join(t.lower_ for t in words) in stops:
            continue  # (or a genre's words: "Hands on: the new Lumen X4 is fast")
        if len(words) == 1 and words[0].lower_ in sources().sections:
            continue  # a section's kicker: "Cricket: England collapse leaves …"
        if any(t.lower_ in cues().word_sets["colon_topics"] for t in words):
            continue  # "Storm Henk: Thousands without power": a topic, no speaker
        if SCORE.search("".join(t.text_with_ws for t in lead)):
            continue  # a match's score line: "Chelsea 2-1 Tottenham: Palmer double …"
        speaker = next((t for t in words if t.pos_ == "PROPN"), names[0])
        last = words[-1]  # "Sydney lockout: venue owners sue …": a name of a topic's noun
        spoken = last.lemma_ in nouns_.speaker_nouns() or last.lower_ in nouns_.document
        short = len(words) <= TOPIC_WORDS  # (not a headline's
        # clause the parser read as one phrase: "Sarah Silverman heckles Sanders supporters")
        if last.is_lower and not spoken and short and _modifies(speaker, last):
            continue
        if words[-1].pos_ == "PROPN" and not any(t.pos_ in ("ADP", "CCONJ") for t in words):
            speaker = words[-1]  # "Hartley boss Reid: ...": the name the lead ends on
        elif last.is_lower and last.lower_ in nouns_.roles and _modifies(speaker, last):
            speaker = last  # "Harlow boss: ...": the holder of the role, the name's
        while (
            speaker.dep_ in ("compound", "flat")
            and speaker.head.i < tok.i
            and speaker.head.pos_ == "PROPN"
        ):
            speaker = speaker.head
        if speaker.ent_type_ in ("DATE", "TIME"):
            continue  # a time is never who spoke
        if not on_headline(speaker) and all(t.ent_type_ in PLACES for t in words):
            continue  # a list's place label below the headline: "Oregon: Family leave …"
        yield from _claim(doc, quotes, tok.idx, tok.i, speaker)


def _claim(
    doc: Doc, quotes: list[Quote], colon: int, cue_token: int, speaker: Token
) -> Iterable[Attribution]:
    """The claim of the rest of the line after the colon at character ``colon``, if it
    has three words or more."""
    text = text_of(doc)
    line_end = text.find("\n", colon)
    line_end = len(text) if line_end < 0 else line_end
    tag = text.find("<", colon, line_end)  # '…</tweet>'
    content = trim_span(text, (colon + 1, line_end if tag < 0 else tag), words=True)
    said = text[content[0] : content[1]]
    if len(said.split()) < 3 or _courtesy(said) or _a_time(doc, content):
        return
    inside = [
        q
        for q in quotes_near(quotes, *content)
        if content[0] <= q.start - 1 and q.end <= content[1] + 1
    ]
    whole = any(q.start - 1 <= content[0] and content[1] <= q.end + 1 for q in inside)
    kind = "direct" if whole else "mixed" if inside else "indirect"
    yield Attribution(
        kind=kind,
        content=content,
        cue=(colon, colon + 1),
        cue_token=cue_token,
        speaker_token=speaker.i,
        evidence="colon",
        sentence=sentence_span(doc, *content),
        confidence=confidence("colon"),
    )


def _a_time(doc: Doc, content: tuple[int, int]) -> bool:
    """Is the text after the colon a time and nothing else, a page's "Last Modified:
    Friday, 4 December 2026 3:20 PM"?"""
    span = doc.char_span(*content, alignment_mode="expand")
    words = [t for t in span or () if not t.is_punct]
    return bool(words) and all(t.ent_type_ in ("DATE", "TIME") or t.like_num for t in words)


def _modifies(name: Token, noun: Token) -> bool:
    """Is ``name`` a modifier in the phrase ``noun`` heads ("Sydney" in "Sydney lockout")?"""
    while name.dep_ in ("compound", "amod", "poss", "nmod") and name.head.i != name.i:
        name = name.head
        if name.i == noun.i:
            return True
    return False


def _turn_label(doc: Doc, tok: Token) -> bool:
    """A transcript's turn label: the surname of a person the text names ("LOMAN" or
    "Pennycook" after "Kate Loman", "Matthew Pennycook", whatever the tagger made of it) or
    a role in capitals ("HOST"), not a headline tag ("BOOM:")."""
    if not (tok.is_alpha and len(tok.text) > 1 and (tok.is_upper or tok.is_title)):
        return False
    low = tok.lower_
    role = tok.is_upper and low in nouns().roles
    return role or any(
        e.label_ == "PERSON" and e.text.split()[-1].lower() == low for e in ents_of(doc)
    )


def _courtesy(said: str) -> bool:
    """Does a turn only thank or greet, after a name it addresses ("Lucy Grant, thank you",
    "Thanks for joining us"; ``word_sets.courtesies``)?"""
    low = said.lower()
    head, comma, rest = low.partition(", ")
    addressed = comma and len(head.split()) <= 4  # "Lucy Grant, …", "Minister, …"
    words = (rest if addressed else low).strip()
    one_sentence = not any(mark in words for mark in (". ", "? ", "! "))  # nothing more said
    return one_sentence and words.startswith(tuple(cues().word_sets["courtesies"]))
