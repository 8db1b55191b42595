"""Short forms joined to the full name they stand for: a person's surname alone
(:func:`take_surname`: "Hendry" after "Leah Hendry") and an organisation's first word alone
(:func:`take_first_word`: "Castellan" after "Castellan Group"), whatever the model tagged
them.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from claimkit.components.namekeys import name_parts, strip_the, surname
from claimkit.components.records import EntityCluster
from claimkit.components.untagged import PLACES
from claimkit.lexicons import cues, nouns, sources

__all__ = ["take_first_word", "take_given_name", "take_inner_name", "take_surname"]


def take_surname(
    person: EntityCluster, clusters: list[EntityCluster], doc: Doc | None = None
) -> set[str]:
    """Join to ``person`` the kindless clusters of its surname alone ("Hendry", which the
    model also took for an organisation; "Von der Leyen" with its particles; the last two
    words of a name of three, "Wali Masood" after "Ahmad Wali Masood"), and, given
    the ``doc``, a place of that one word the text has speak as a person ("Peaty said he
    had …", the model's place); the ids of those joined."""
    last = {surname(person.name), name_parts(person.name)[1].lower()}
    words = person.name.lower().split()
    tail = " ".join(words[-2:]) if len(words) > 2 else None  # "Wali Masood", the model's org

    def same(c: EntityCluster) -> bool:
        # (the tail as written: not "the White House" after the model's "Obama White House")
        if c.kinds or (strip_the(c.name).lower() not in last and c.name.lower() != tail):
            return False
        if c.label in ("GPE", "LOC") and doc is not None:
            return _speaks_as_person(doc, c)
        return c.label not in ("PERSON", *PLACES)

    return _join(person, clusters, same)


def take_inner_name(person: EntityCluster, clusters: list[EntityCluster]) -> set[str]:
    """Join to ``person``, a name of four words or more, the one-word persons named by a
    word inside it, neither its first nor its last ("Lula" after "Luiz Inacio Lula da
    Silva"), when no other person's name holds that word; the ids of those joined."""
    words = [w.lower() for w in person.name.split()]
    inner = set(words[1:-1]) if len(words) >= 4 else set()
    others = [c for c in clusters if c is not person and len(c.name.split()) > 1]
    inner -= {w.lower() for c in others if c.label == "PERSON" for w in c.name.split()}

    def same(c: EntityCluster) -> bool:
        word = c.name.lower()
        return c.label == "PERSON" and word in inner and word[:1].isalpha() and not c.role

    return _join(person, clusters, same)


def take_given_name(person: EntityCluster, clusters: list[EntityCluster]) -> set[str]:
    """Join to ``person`` the one-word persons of no role but kin named by its first name
    ("Her daughter, Karen, said …" … "Karen Doyle said"), when no other person's full name opens
    with that word and none ends with it; the ids of those joined."""
    words = person.name.lower().split()
    given = words[0] if len(words) > 1 else ""
    full = [c.name.lower().split() for c in clusters if c is not person and c.label == "PERSON"]
    if not given[:1].isalpha() or any(given in (n[0], n[-1]) for n in full if len(n) > 1):
        return set()

    lex = nouns()
    kin = frozenset().union(*lex.gendered.values()) - lex.roles  # "daughter", no office

    def same(c: EntityCluster) -> bool:
        role = (c.role or "").lower()
        return c.label == "PERSON" and c.name.lower() == given and (not role or role in kin)

    return _join(person, clusters, same)


def _speaks_as_person(doc: Doc, cluster: EntityCluster) -> bool:
    """Is a mention of ``cluster`` the subject of a verb of speech whose own sentence goes
    on with "he" or "she" as a subject, no person named between ("Peaty said he had …";
    not "Bloomberg says it started marking down her wealth")?"""
    speech = cues().speech
    for a, b in cluster.mentions:
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is None or span.root.dep_ != "nsubj":
            continue
        if span.root.head.lemma_.lower() not in speech:
            continue
        for tok in doc[span.end : span.sent.end]:
            if tok.ent_type_ == "PERSON" or tok.lower_ == "it":
                break
            if tok.lower_ in ("he", "she") and tok.dep_ in ("nsubj", "nsubjpass"):
                return True
    return False


def take_first_word(org: EntityCluster, clusters: list[EntityCluster]) -> set[str]:
    """Join to ``org`` the clusters of its first word alone that the model took for a
    person and the text gave no role ("Castellan said", after "Castellan Group"), or for
    an organisation when no other name opens with it (the headline's "Brewer Halvorsen",
    "Halvorsen Breweries"), unless it is initials or the name is an outlet's named after
    it; the ids of those joined."""
    words = strip_the(org.name).lower().split()
    first, outlets = words[0], sources().outlet_words
    if len(words) > 1 and words[-1] in outlets and first not in outlets:
        return set()  # "Rovers TV", the club's channel, is no "Rovers"
    # another body's own name in it: "Google DeepMind" is no "Google"
    inner = any(w[1:] != w[1:].lower() for w in strip_the(org.name).split()[1:])
    opening = [c for c in clusters if strip_the(c.name).lower().split()[:1] == [first]]
    alone = sum(len(strip_the(c.name).split()) > 1 for c in opening) == 1  # ("the Bank")

    def same(c: EntityCluster) -> bool:
        # not initials: "UN" is no "UN Security Council"
        label = c.label == "PERSON" or (
            c.label == "ORG" and alone and not c.name.isupper() and not inner
        )
        return label and strip_the(c.name).lower() == first and not c.role

    joined = _join(org, clusters, same)
    for c in clusters:
        if c.id in joined:
            org.kinds |= c.kinds
    return joined


def _join(
    target: EntityCluster, clusters: list[EntityCluster], same: Callable[[EntityCluster], bool]
) -> set[str]:
    """Move into ``target`` the mentions of the other clusters that ``same`` accepts; the
    ids of those joined."""
    joined = {c.id for c in clusters if c is not target and same(c)}
    for other in clusters:
        if other.id in joined:
            target.mentions = sorted([*target.mentions, *other.mentions])
    return joined
