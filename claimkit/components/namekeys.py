"""Which cluster a name belongs to: a person by surname, a thing by its name, a lone word
by the longer name it opens or ends, initials by the name they abbreviate."""

from __future__ import annotations

import unicodedata
from functools import cache

from claimkit.components.records import EntityCluster
from claimkit.lexicons import nouns

__all__ = [
    "capitals",
    "earlier_of",
    "first_name",
    "initials",
    "name_ending",
    "name_parts",
    "named_by_last_word",
    "other_person",
    "person_key",
    "plain_name",
    "spells",
    "strip_the",
    "surname",
    "surnames",
    "without_legal_form",
]


def named_by_last_word(name: str, word: str) -> bool:
    """Does an organisation's ``name`` end in ``word`` as a body's does ("the British
    Antarctic Survey" for "the survey"): three words or more, not an indefinite thing the
    model took for a body ("a Suffolk University Poll"), nor its "Joint Statement"?"""
    low = name.lower()
    return low.endswith(" " + word) and len(low.split()) >= 3 and not low.startswith(("a ", "an "))


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


def plain_name(name: str) -> bool:
    """Is ``name`` two or three capitalised words of letters with no organisation's ending
    ("Mark Bell", "Marine Le Pen"; not "Hull Rovers", "Unit 7")?"""
    words = name.split()
    plain = 2 <= len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words)
    return plain and not name_ending(words[-1].lower())


def earlier_of(
    word: str,
    clusters: dict[tuple[str, str], EntityCluster],
    person: bool = False,
    *,
    acronym: str = "",
) -> tuple[str, str] | None:
    """The cluster a lone word names: a person by surname, a thing by its name, by the
    first word of an organisation's name or by its initials (``acronym``, see
    :func:`capitals`: "the FAA" after "the Federal Aviation Administration"); a word
    tagged as a person, by the last word of a two- or three-word name the model took for
    something else ("Ewan Morris")."""
    for key in (("PERSON", word), ("NAMED", word), ("NAMED", "the " + word)):
        if key in clusters:
            return key
    for key, cluster in clusters.items():
        words = strip_the(cluster.name).split()
        if key[0] != "NAMED" or len(words) < 2:
            continue
        if spells(acronym, words, lower=True):
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


def capitals(word: str) -> str:
    """The initials an acronym spells, lower case: "faa" for "FAA", "de" for "DfE" (the
    Department for Education: a small letter for a small word); "" for a word that is no
    acronym."""
    caps = [c for c in word if c.isupper()]
    if len(caps) < 2 or not word.isalpha() or len(word) > 8 or len(caps) < len(word) - 2:
        return ""
    return "".join(caps).lower()


def spells(acronym: str, words: list[str], *, lower: bool = False) -> bool:
    """Does ``acronym`` ("RFS"; with ``lower``, its letters as :func:`capitals` gives
    them) spell the initials of ``words`` or, from three letters, of their last words:
    "NSW Rural Fire Service (RFS)", a place before a body's own initials?"""
    letters = acronym if lower else capitals(acronym)
    if len(letters) < 2:
        return False
    spelt = (initials(words), initials(words, spelled=True))
    return letters in spelt or (len(letters) > 2 and spelt[0].endswith(letters))


def initials(words: list[str], *, spelled: bool = False) -> str:
    """ "fcc" for "Federal Communications Commission" ("of", "and", "for" left out); with
    ``spelled``, a word in capitals gives all its letters: "ukhsa" for "UK Health Security
    Agency"."""
    whole = (
        w if spelled and w.isupper() and w.isalpha() else w[0] for w in words if w[:1].isupper()
    )
    return "".join(whole).lower()


def first_name(cluster: EntityCluster) -> str | None:
    """A person cluster's first given name, lower case ("sarah"), or None."""
    words = cluster.name.split()
    return words[0].lower() if cluster.label == "PERSON" and len(words) >= 2 else None


def _given_names_meet(x: str, y: str) -> bool:
    """ "Jeb" and "J", "Chris" and "Christopher", "Sandy" and "Sandra", "Bill" and
    "William" (a short form in the lexicon) may be one person's given name."""
    if x == y or (len(x) == 1 and y[:1] == x) or (len(y) == 1 and x[:1] == y):
        return True
    short, long = sorted((x, y), key=len)
    if 3 <= len(short) <= 5 and long.startswith(short[:3]):
        return True
    return any({x, y} <= {k, *c} for k, c in nouns().given_names.items())


def name_parts(name: str) -> tuple[list[str], str]:
    """A person's given names and surname: "Harry B. Harris Jr." -> (["Harry", "B."],
    "Harris"); "Bill de Blasio" -> (["Bill"], "de Blasio"); "De Blasio" -> ([], "De
    Blasio")."""
    lex = nouns()
    words = name.replace(",", " ").split()
    while len(words) > 1 and words[-1].lower() in lex.generational_suffixes:
        words.pop()
    if not words:
        return [], name
    last = len(words) - 1
    while last > 0 and words[last - 1].lower() in lex.surname_particles:
        last -= 1
    return words[:last], " ".join(words[last:])


def _suffix(name: str) -> str:
    """A name's generational suffix, lower case, full stop off: "jr" for "Donald Trump
    Jr.", "" for none."""
    last = name.replace(",", " ").split()[-1:]
    low = last[0].lower() if last else ""
    return low.rstrip(".") if low in nouns().generational_suffixes else ""


def surname(name: str) -> str:
    """A person's surname, lower case, as clusters are keyed: "harris" for "Harry B.
    Harris Jr.", "blasio" for "Bill de Blasio" (the last word of the surname)."""
    return name_parts(name)[1].split()[-1].lower()


def surnames(clusters: list[EntityCluster]) -> set[str]:
    """The surnames of the persons among ``clusters``, lower case ("told Price", a surname
    the model left untagged, names a person)."""
    return {surname(c.name) for c in clusters if c.label == "PERSON"}


def _given(name: str) -> set[str]:
    """The given names of a full name, lower case, accents and full stops off; titles
    ("Dean Amar") are none."""
    folded = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in folded if not unicodedata.combining(ch))
    titles = _titles()
    given = (w.lower().rstrip(".") for w in name_parts(plain)[0] if w[:1].isupper())
    return {w for w in given if w not in titles and w + "." not in titles}


@cache
def _titles() -> frozenset[str]:
    """Words that stand before a name as its title, not a given name ("Dean Amar")."""
    lex = nouns()
    return lex.roles | lex.honorifics | lex.occupations


def other_person(known: str, name: str) -> bool:
    """Do two full names of one surname name two people? They do when no given name of one
    can be a given name of the other, each has a given name the other lacks, or their
    generational suffixes differ: "Jeb Bush" is not "George W. Bush", nor "Ahmad Shah
    Masood" "Ahmad Wali Masood", nor "Donald Trump Jr." "Donald J. Trump"; "J. Bush" may be
    "Jeb Bush", "Chuck Grassley" is "Charles Grassley", "François" is "Francois"."""
    mine, theirs = _given(known), _given(name)
    if not mine or not theirs:
        return False
    if _suffix(known) != _suffix(name):
        return True  # "Donald Trump Jr." is not "Donald J. Trump"
    if not any(_given_names_meet(x, y) for x in mine for y in theirs):
        return True
    # two given names each, one of each side that meets none of the other's: "Ahmad Shah
    # Masood" is not his brother "Ahmad Wali Masood" ("George W. Bush" may be "George
    # Walker Bush": an initial meets its word)
    return len(mine) > 1 and len(theirs) > 1 and _unmet(mine, theirs) and _unmet(theirs, mine)


def _unmet(mine: set[str], theirs: set[str]) -> bool:
    """Is a given name of ``mine`` no form of any of ``theirs``?"""
    return any(not any(_given_names_meet(x, y) for y in theirs) for x in mine)


def person_key(
    clusters: dict[tuple[str, str], EntityCluster], key: tuple[str, str], name: str
) -> tuple[str, str]:
    """The key of the cluster a person's full ``name`` joins; ``key`` is its surname's.

    The first person of a surname the article names in full keeps ``key``, and a lone
    surname names them ("Clinton" in an article that opens on Hillary Clinton and names
    Bill Clinton later); another person of the surname is kept under the surname and a
    number ("Jeb Bush" is not "George W. Bush").
    """
    current = clusters.get(key)
    if current is None or not other_person(current.name, name):
        return key
    aside = [
        k
        for k, c in clusters.items()
        if k[0] == key[0] and k[1].startswith(key[1] + "#") and not other_person(c.name, name)
    ]
    return aside[0] if aside else (key[0], f"{key[1]}#{len(clusters)}")
