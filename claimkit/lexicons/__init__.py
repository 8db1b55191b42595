"""Lexicons as data: cue verbs and forms, speaker nouns, sources, time words.

Loaded once, on first use, from the JSON files beside this module. The cue lexicon can be
extended with a user's own file of the same shape (:func:`cues_with`); the
``claimkit_attribution`` component takes one through its ``lexicon`` setting and makes it
the active lexicon (:func:`using`) while it runs.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

__all__ = [
    "Cues",
    "Form",
    "Frame",
    "Nouns",
    "Sources",
    "Times",
    "cues",
    "cues_with",
    "nouns",
    "sources",
    "times",
    "using",
]


@dataclass(frozen=True)
class Frame:
    """Which dependency relations of a cue verb hold its content and its addressee."""

    content: frozenset[str]
    addressee: frozenset[str]


@dataclass(frozen=True)
class Form:
    """A prepositional attribution form: its words in order and its rule's confidence."""

    words: tuple[str, ...]
    confidence: float
    set_off: bool = False  # only set off by a comma or opening its sentence ("per")


@dataclass(frozen=True, eq=False)
class Cues:
    """The cue-verb lexicon (hashed by identity: one object per loaded lexicon)."""

    verbs: dict[str, Frame]
    speech: frozenset[str]
    particles: dict[str, frozenset[str]]
    by_documents: dict[str, Frame]  # cues only with a document subject: "the survey found"
    documents: frozenset[str]
    by_hearings: dict[str, Frame]  # cues only with a hearing's subject: "the court heard"
    hearings: frozenset[str]
    forms: dict[str, Form]  # rule id -> "according to X"
    word_sets: dict[str, frozenset[str]]  # named word sets the rules read ("reasons")


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
    honorifics: frozenset[str]  # "Mrs Obi" is a person whatever the model's label
    plain_persons: frozenset[str]  # "the man": no one named just before
    person_groups: frozenset[str]  # "the couple", "her family": several persons
    name_endings: dict[str, frozenset[str]]  # kind -> last words of a name: "Hartley Rovers"
    occupations: frozenset[str]  # "Farmer Tom Hughes": a title in a person's name
    bench: frozenset[str]  # "the judges" of a court named before speak as it
    demonyms: frozenset[str]  # "the Scot added": the person named just before
    person_suffixes: tuple[str, ...]  # "the neuroscientist": a person by their work
    other_offices: frozenset[str]  # "shadow chancellor" is no "chancellor"
    legal_suffixes: frozenset[str]  # "Brightwater Energy Inc." is "Brightwater Energy"
    title_modifiers: frozenset[str]  # "prime", "state": words of titles that head none
    given_names: dict[str, frozenset[str]]  # "william": {"bill", "will"}: one given name
    generational_suffixes: frozenset[str]  # "Jr.": "Harry B. Harris Jr." is a Harris
    surname_particles: frozenset[str]  # "de": "De Blasio" is a surname, not a full name
    products: frozenset[str]  # "its first phone, the Nimbus Fold": a thing, no body
    peerages: frozenset[str]  # "Lord Ashdown": a peer's title is part of the name
    body_roles: frozenset[str]  # "the port's owner, Hutchison Ports": no person's role
    post_nominals: frozenset[str]  # "Alexandra Ward KC" is Alexandra Ward
    false_titles: frozenset[str]  # "Chipmaker Nvidia said": the name is "Nvidia"
    trades: frozenset[str]  # "investor Ray Washburne": a kind noun that is a person's too
    role_abbreviations: dict[str, str]  # "sen." -> "senator": one role
    heads: frozenset[str]  # "the boss of …": the person at a body's head, by any title
    company_words: frozenset[str]  # "Ryanair's chief executive": a company's, no person's
    umbrella_bodies: frozenset[str]  # "the UN agency": a body of the UN's, not the UN
    umbrella_endings: frozenset[str]  # "the Premier League club": a league's club
    role_places: frozenset[str]  # "the coordinator in Darfur, Amina Hassan": where it serves
    role_classes: dict[str, frozenset[str]]  # "lawyer": {"barrister", …}: one trade's names

    def kind_nouns(self) -> frozenset[str]:
        """Every noun that describes an organisation, of any class (built once)."""
        return _union(tuple(self.kinds.values()))

    def same_kind(self, noun: str, kinds: set[str]) -> bool:
        """Does ``noun`` ("the company") describe a thing of ``kinds`` ({"maker"})?"""
        return noun in kinds or any(noun in c and kinds & c for c in self.kinds.values())

    def speaker_nouns(self) -> frozenset[str]:
        """Every noun that can head a speaker: a role, an occupation, a group, an unnamed
        source, a spokesperson, a body's people or a body's kind (built once)."""
        return _union(
            (
                self.roles,
                self.occupations,
                self.group,
                self.anonymous,
                self.person_groups,
                self.spokespeople,
                self.collective,
                self.organisations,
                self.kind_nouns(),
            )
        )

    def business_words(self) -> frozenset[str]:
        """The generic kinds a business goes by ("company", "firm", "group")."""
        return self.generic & self.kinds.get("company", frozenset())


@dataclass(frozen=True)
class Sources:
    """What a cited source and a page's furniture are made of."""

    nouns: dict[str, str]  # "statement": its SourceRef kind
    platforms: frozenset[str]  # social media, lower case
    agencies: list[str]  # wire agencies as printed: "AP", "Reuters"
    boilerplate: list[str]  # words that mark a line as page furniture
    list_headers: frozenset[str]  # "Most read": the short lines under it are furniture
    prepositions: frozenset[str]  # "said in a statement", "via Twitter"
    not_outlets: frozenset[str]  # "told reporters": an audience, not an outlet
    carrying_cues: frozenset[str]  # "he added": the next quote keeps source and time
    next_sentence_cues: frozenset[str]  # "She warned": so, in the sentence right after
    speaking_participles: frozenset[str]  # "Speaking to the BBC, X said"
    asked_participles: frozenset[str]  # "Asked about it on Tuesday, X said": its occasion
    remark_verbs: frozenset[str]  # "She made the remarks on Tuesday": the quote's occasion
    sections: frozenset[str]  # a page's section labels, lower case: "technology"
    issuing_participles: frozenset[str]  # "a report published by X": X wrote it
    issuing_bodies: frozenset[str]  # "police estimates": the police's
    outlet_words: frozenset[str]  # "the Evening Post": a name that is a news outlet's
    outlet_descriptions: dict[str, frozenset[str]]  # "the paper": a Times's, a Post's
    platform_verbs: dict[str, str]  # "tweeted": on Twitter
    text_modifiers: frozenset[str]  # "a written response": any noun so made is a statement
    event_verbs: dict[str, str]  # "ruling" -> "rule": "their ruling" is the dated "ruled"
    event_nouns: dict[str, str]  # "win" -> "match": "after the game" is Sunday's win's day
    enactments: frozenset[str]  # "signed a bill, calling it …": a law is no one's medium
    statistics: frozenset[str]  # "official figures show": the body that reports them next
    byline_labels: frozenset[str]  # "Analysis by Jane Doe": a byline still
    writers: frozenset[str]  # "Jane Doe, Health Reporter": the page's writer, not a headline


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
    decision_heads: frozenset[str]  # "has agreed to defend it in November" looks forward
    outcomes: frozenset[str]  # "after Sunday's defeat" looks back
    forecasts: frozenset[str]  # "said August was likely to be drier" looks forward
    timetable_verbs: frozenset[str]  # "The draw takes place on Monday" looks forward
    token_patterns: dict[str, list[list[dict[str, object]]]]  # spaCy Matcher patterns
    clock_zones: dict[str, frozenset[str]]  # "month_first": EST, ...; "day_first": GMT, ...
    measure_words: frozenset[str]  # "light" years: a distance, no time
    year_prefixes: frozenset[str]  # "FY 2025" a time; "HB 1523" a designation
    adjectives: frozenset[str]  # "the current government" a time; "the Atlantic current" not
    temperature_units: frozenset[str]  # "43C" a temperature, no time
    match_words: frozenset[str]  # "half-time": "the second half" is a match's


@cache
def _union(classes: tuple[frozenset[str], ...]) -> frozenset[str]:
    return frozenset().union(*classes)


def _load(name: str) -> dict[str, object]:
    data: dict[str, object] = json.loads(
        resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    )
    return data


_ACTIVE: ContextVar[Cues | None] = ContextVar("claimkit_cues", default=None)


def cues() -> Cues:
    """The active cue lexicon: the packaged one, or a user's extension while a component
    that was given one runs (see :func:`using`)."""
    return _ACTIVE.get() or _packaged_cues()


@contextmanager
def using(lexicon: Cues) -> Iterator[None]:
    """Make ``lexicon`` the one :func:`cues` returns, in this thread, until the block ends."""
    token = _ACTIVE.set(lexicon)
    try:
        yield
    finally:
        _ACTIVE.reset(token)


@cache
def _packaged_cues() -> Cues:
    return _cues_from(_load("cues.json"))


def cues_with(extra: dict[str, Any] | str | Path) -> Cues:
    """The packaged cue lexicon extended by ``extra`` (a mapping or a JSON file of the same
    shape as ``cues.json``): its verbs (``{"opine": {"frame": "clause", "speech": true}}``),
    particles, document cues, prepositional forms and word sets are added; an entry
    given again replaces the packaged one.

    Raises ValueError for a key the cue lexicon does not have or a verb with an unknown
    frame."""
    if not isinstance(extra, dict):
        extra = json.loads(Path(extra).read_text(encoding="utf-8"))
        assert isinstance(extra, dict)
    data = _load("cues.json")
    unknown = set(extra) - set(data)
    if unknown:
        raise ValueError(
            f"unknown key(s) {sorted(unknown)} in a cue lexicon: use {sorted(set(data) - {'_doc'})}"
        )
    frames = data["frames"]
    assert isinstance(frames, dict)
    given = extra.get("verbs", {})
    verbs = {k: v.get("frame") if isinstance(v, dict) else None for k, v in given.items()}
    documented = {**extra.get("document_verbs", {}), **extra.get("hearing_verbs", {})}
    for lemma, frame in {**verbs, **documented}.items():
        if frame not in frames and frame not in extra.get("frames", {}):
            raise ValueError(
                f'cue {lemma!r}: unknown frame {frame!r}; give {{"frame": one of '
                f'{sorted(frames)}, "speech": true or false}}'
            )
    merged: dict[str, Any] = dict(data)
    for key, value in extra.items():
        base = merged.get(key)
        if isinstance(base, dict) and isinstance(value, dict):
            merged[key] = {**base, **value}
        elif isinstance(base, list) and isinstance(value, list):
            merged[key] = [*base, *(v for v in value if v not in base)]
        else:
            merged[key] = value
    return _cues_from(merged)


def _cues_from(data: dict[str, Any]) -> Cues:
    """The cue verbs (lemma → frame; speech or not), the phrasal particles, the document
    cues and the prepositional forms."""
    frames = {
        name: Frame(frozenset(f["content"]), frozenset(f["addressee"]))
        for name, f in data["frames"].items()
    }
    forms = data["prepositional_forms"]
    return Cues(
        verbs={lemma: frames[record["frame"]] for lemma, record in data["verbs"].items()},
        speech=frozenset(
            [lemma for lemma, record in data["verbs"].items() if record.get("speech")]
            + [" ".join(f["words"]) for f in forms.values() if f.get("speech")]
        ),
        particles={k: frozenset(v) for k, v in data["phrasal_particles"].items()},
        by_documents={lemma: frames[f] for lemma, f in data["document_verbs"].items()},
        documents=frozenset(data["document_subjects"]),
        by_hearings={lemma: frames[f] for lemma, f in data["hearing_verbs"].items()},
        hearings=frozenset(data["hearing_subjects"]),
        forms={
            rule: Form(
                tuple(w.lower() for w in f["words"]),
                float(f["confidence"]),
                bool(f.get("set_off", False)),
            )
            for rule, f in forms.items()
        },
        word_sets={k: frozenset(w.lower() for w in v) for k, v in data["word_sets"].items()},
    )


SPEAKING_SOURCES = ("document", "statement", "website", "social_media")


@cache
def nouns() -> Nouns:
    """Role, group, document and anonymous-source nouns."""
    data = _load("nouns.json")

    def words(key: str) -> frozenset[str]:
        value = data[key]
        assert isinstance(value, list)
        return frozenset(str(v).lower() for v in value)

    def classes(key: str) -> dict[str, frozenset[str]]:
        value = data[key]
        assert isinstance(value, dict)
        return {k: frozenset(str(w).lower() for w in v) for k, v in value.items()}

    def mapping(key: str) -> dict[str, str]:
        value = data[key]
        assert isinstance(value, dict)
        return {str(k).lower(): str(v).lower() for k, v in value.items()}

    return Nouns(
        words("roles"),
        words("group"),
        # one noun list: the sources that are texts are the documents that can speak
        frozenset(n for n, kind in sources().nouns.items() if kind in SPEAKING_SOURCES),
        words("anonymous"),
        classes("kinds"),
        words("collective"),
        words("generic"),
        classes("gendered"),
        words("spokespeople"),
        words("organisations"),
        words("honorifics"),
        words("plain_persons"),
        words("person_groups"),
        classes("name_endings"),
        words("occupations"),
        words("bench"),
        words("demonyms"),
        tuple(sorted(words("person_suffixes"))),
        words("other_offices"),
        words("legal_suffixes"),
        words("title_modifiers"),
        classes("given_names"),
        words("generational_suffixes"),
        words("surname_particles"),
        words("products"),
        words("peerages"),
        words("body_roles"),
        words("post_nominals"),
        words("false_titles"),
        words("trades"),
        mapping("role_abbreviations"),
        words("heads"),
        words("company_words"),
        words("umbrella_bodies"),
        words("umbrella_endings"),
        words("role_places"),
        classes("role_classes"),
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
        decision_heads=frozenset(data["decision_heads"]),
        outcomes=frozenset(data["outcomes"]),
        forecasts=frozenset(data["forecasts"]),
        timetable_verbs=frozenset(data["timetable_verbs"]),
        token_patterns=data["token_patterns"],
        clock_zones={k: frozenset(v) for k, v in data["clock_zones"].items()},
        measure_words=frozenset(data["measure_words"]),
        adjectives=frozenset(data["adjectives"]),
        temperature_units=frozenset(data["temperature_units"]),
        match_words=frozenset(data["match_words"]),
        year_prefixes=frozenset(data["year_prefixes"]),
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
        list_headers=frozenset(data["list_headers"]),
        prepositions=frozenset(data["prepositions"]),
        not_outlets=frozenset(data["not_outlets"]),
        carrying_cues=frozenset(data["carrying_cues"]),
        next_sentence_cues=frozenset(data["next_sentence_cues"]),
        speaking_participles=frozenset(data["speaking_participles"]),
        asked_participles=frozenset(data["asked_participles"]),
        remark_verbs=frozenset(data["remark_verbs"]),
        sections=frozenset(w.lower() for w in data["sections"]),
        issuing_participles=frozenset(data["issuing_participles"]),
        issuing_bodies=frozenset(data["issuing_bodies"]),
        outlet_words=frozenset(data["outlet_words"]),
        outlet_descriptions={k: frozenset(v) for k, v in data["outlet_descriptions"].items()},
        platform_verbs=dict(data["platform_verbs"]),
        text_modifiers=frozenset(data["text_modifiers"]),
        event_verbs=dict(data["event_verbs"]),
        event_nouns={w: k for k, words in data["event_nouns"].items() for w in words},
        enactments=frozenset(data["enactments"]),
        statistics=frozenset(data["statistics"]),
        byline_labels=frozenset(data["byline_labels"]),
        writers=frozenset(data["writers"]),
    )
