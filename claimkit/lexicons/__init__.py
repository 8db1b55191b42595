"""Lexicons as data: cue verbs with their frames, and speaker nouns.

Loaded once, on first use, from the JSON files beside this module.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

__all__ = ["Cues", "Frame", "Nouns", "Sources", "Times", "cues", "nouns", "sources", "times"]


@dataclass(frozen=True)
class Frame:
    """Which dependency relations of a cue verb hold its content and its addressee."""

    content: frozenset[str]
    addressee: frozenset[str]


@dataclass(frozen=True)
class Cues:
    """The cue-verb lexicon."""

    verbs: dict[str, Frame]
    speech: frozenset[str]
    particles: dict[str, frozenset[str]]
    by_documents: dict[str, Frame]  # cues only with a document subject: "the survey found"
    documents: frozenset[str]


@dataclass(frozen=True)
class Nouns:
    """Noun lexicons used to type and split speakers."""

    roles: frozenset[str]
    group: frozenset[str]
    document: frozenset[str]
    anonymous: frozenset[str]
    kinds: dict[str, frozenset[str]]
    collective: frozenset[str]
    generic: frozenset[str]
    gendered: dict[str, frozenset[str]]
    spokespeople: frozenset[str]
    organisations: frozenset[str]

    def kind_nouns(self) -> frozenset[str]:
        """Every noun that describes an organisation, of any class (built once)."""
        return _union(tuple(self.kinds.values()))

    def same_kind(self, noun: str, kinds: set[str]) -> bool:
        """Does ``noun`` ("the company") describe a thing of ``kinds`` ({"maker"})?"""
        return noun in kinds or any(noun in c and kinds & c for c in self.kinds.values())


@dataclass(frozen=True)
class Sources:
    """What a cited source and a page's furniture are made of."""

    nouns: dict[str, str]  # "statement": its SourceRef kind
    platforms: frozenset[str]  # social media, lower case
    agencies: list[str]  # wire agencies as printed: "AP", "Reuters"
    boilerplate: list[str]  # words that mark a line as page furniture
    prepositions: frozenset[str]  # "said in a statement", "via Twitter"
    not_outlets: frozenset[str]  # "told reporters": an audience, not an outlet


@dataclass(frozen=True)
class Times:
    """The time vocabulary, read by the tagger and the normaliser alike."""

    phrases: list[str]  # matched as whole phrases: "now", "the future", holiday names
    holidays: dict[str, tuple[int, int] | str]  # (month, day) or the rule's name
    refs: dict[str, str]  # "now": PRESENT_REF, "daily": P1D
    vague: frozenset[str]  # "few", "several": PX durations
    units: dict[str, str]  # "weeks": W
    seasons: dict[str, str]  # "fall": FA
    future_heads: frozenset[str]  # "planned to leave on Thursday" looks forward
    token_patterns: dict[str, list[list[dict[str, object]]]]  # spaCy Matcher patterns


@cache
def _union(classes: tuple[frozenset[str], ...]) -> frozenset[str]:
    return frozenset().union(*classes)


def _load(name: str) -> dict[str, object]:
    data: dict[str, object] = json.loads(
        resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    )
    return data


@cache
def cues() -> Cues:
    """The cue verbs (lemma → frame), the speech verbs and the phrasal particles."""
    data = _load("cues.json")
    frames_raw = data["frames"]
    assert isinstance(frames_raw, dict)
    frames = {
        name: Frame(frozenset(f["content"]), frozenset(f["addressee"]))
        for name, f in frames_raw.items()
    }
    verbs_raw = data["verbs"]
    assert isinstance(verbs_raw, dict)
    particles_raw = data["phrasal_particles"]
    assert isinstance(particles_raw, dict)
    speech = data["speech_verbs"]
    by_documents, documents = data["document_verbs"], data["document_subjects"]
    assert isinstance(speech, list) and isinstance(by_documents, dict)
    assert isinstance(documents, list)
    return Cues(
        verbs={lemma: frames[frame] for lemma, frame in verbs_raw.items()},
        speech=frozenset(speech),
        particles={k: frozenset(v) for k, v in particles_raw.items()},
        by_documents={lemma: frames[frame] for lemma, frame in by_documents.items()},
        documents=frozenset(documents),
    )


@cache
def nouns() -> Nouns:
    """Role, group, document and anonymous-source nouns."""
    data = _load("nouns.json")

    def words(key: str) -> frozenset[str]:
        value = data[key]
        assert isinstance(value, list)
        return frozenset(str(v).lower() for v in value)

    kinds_raw, gendered = data["kinds"], data["gendered"]
    assert isinstance(kinds_raw, dict) and isinstance(gendered, dict)
    return Nouns(
        words("roles"),
        words("group"),
        words("document"),
        words("anonymous"),
        {k: frozenset(str(w).lower() for w in v) for k, v in kinds_raw.items()},
        words("collective"),
        words("generic"),
        {k: frozenset(str(w).lower() for w in v) for k, v in gendered.items()},
        words("spokespeople"),
        words("organisations"),
    )


@cache
def times() -> Times:
    """The time lexicon: phrases, holidays, reference words, units, seasons, patterns."""
    data: dict[str, Any] = _load("times.json")
    holidays = {k: tuple(v) if isinstance(v, list) else v for k, v in data["holidays"].items()}
    return Times(
        phrases=[*data["phrases"], *holidays],
        holidays=holidays,
        refs=dict(data["refs"]),
        vague=frozenset(data["vague"]),
        units=dict(data["units"]),
        seasons=dict(data["seasons"]),
        future_heads=frozenset(data["future_heads"]),
        token_patterns=data["token_patterns"],
    )


@cache
def sources() -> Sources:
    """Source nouns, platforms, agencies, furniture words and the source prepositions."""
    data: dict[str, Any] = _load("sources.json")
    return Sources(
        nouns=dict(data["nouns"]),
        platforms=frozenset(p.lower() for p in data["platforms"]),
        agencies=list(data["agencies"]),
        boilerplate=list(data["boilerplate"]),
        prepositions=frozenset(data["prepositions"]),
        not_outlets=frozenset(data["not_outlets"]),
    )
