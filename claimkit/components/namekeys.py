"""Which cluster a name belongs to: a person by surname, a thing by its name, a lone word
by the longer name it opens or ends, initials by the name they abbreviate."""

from __future__ import annotations

from claimkit.components.records import EntityCluster
from claimkit.lexicons import nouns

__all__ = [
    "earlier_of",
    "first_name",
    "initials",
    "name_ending",
    "strip_the",
    "without_legal_form",
]


def strip_the(text: str) -> str:
    """``text`` without a leading article ("the Kremlin" -> "Kremlin")."""
    low = text.lower()
    for det in ("the ", "a ", "an "):
        if low.startswith(det):
            return text[len(det) :]
    return text


def name_ending(word: str) -> bool:
    """Is ``word`` a last word that makes a name an organisation's ("Rovers", "United")?"""
    return any(word in ends for ends in nouns().name_endings.values())


def earlier_of(
    word: str,
    clusters: dict[tuple[str, str], EntityCluster],
    person: bool = False,
    *,
    acronym: bool = False,
) -> tuple[str, str] | None:
    """The cluster a lone word names: a person by surname, a thing by its name, by the
    first word of an organisation's name or by its initials ("the FAA" after "the Federal
    Aviation Administration"); a word tagged as a person, by the last word of a two- or
    three-word name the model took for something else ("Ewan Morris")."""
    for key in (("PERSON", word), ("NAMED", word), ("NAMED", "the " + word)):
        if key in clusters:
            return key
    for key, cluster in clusters.items():
        words = strip_the(cluster.name).split()
        if key[0] != "NAMED" or len(words) < 2:
            continue
        if acronym and len(word) > 1 and word == initials(words):
            return key
        if words[0].lower() == word or (words[-1].lower() == word and name_ending(word)):
            return key  # "Harwick" for "Harwick Foods", "Rovers" for "Hartley Rovers"
        if person and len(words) <= 3 and words[-1].lower() == word:
            return key
    # "Commission" after "the European Commission", when it ends no other name
    heads = [
        k
        for k, c in clusters.items()
        if k[0] == "NAMED" and len(c.name.split()) > 1 and c.name.split()[-1].lower() == word
    ]
    if not person and len(heads) == 1 and word in nouns().kind_nouns():
        return heads[0]
    if person:  # "Sarah" after "Sarah Collins", when no other Sarah was named
        first = [k for k, c in clusters.items() if k[0] == "PERSON" and first_name(c) == word]
        return first[0] if len(first) == 1 else None
    return None


def without_legal_form(name: str) -> str:
    """A name's key without its legal form: "brightwater energy" for "Brightwater Energy
    Inc." and "Brightwater Energy, Inc." alike."""
    words = name.lower().replace(",", " ").split()
    while len(words) > 1 and words[-1] in nouns().legal_suffixes:
        words.pop()
    return " ".join(words)


def initials(words: list[str]) -> str:
    """ "fcc" for "Federal Communications Commission" ("of", "and", "for" left out)."""
    return "".join(w[0] for w in words if w[:1].isupper()).lower()


def first_name(cluster: EntityCluster) -> str | None:
    words = cluster.name.split()
    return words[0].lower() if cluster.label == "PERSON" and len(words) >= 2 else None
