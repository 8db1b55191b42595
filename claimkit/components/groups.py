"""Speakers made of several names: "Putin and Trump", "The US and Russia", and a
headline's "Trump, Putin agree" (a comma for "and"); and a noun of several members ("a
group of newspaper publishers")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimkit.components.namekeys import strip_the
from claimkit.components.records import EntityCluster, SpeakerInfo, cluster_at, ents_between

__all__ = ["NAMES", "PERSONS", "coordinated_names", "of_several"]

PERSONS = frozenset({"PERSON"})
NAMES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def coordinated_names(
    doc: Doc,
    by_char: dict[int, EntityCluster],
    mention: tuple[int, int],
    labels: frozenset[str] = PERSONS,
    *,
    joined: bool = True,
) -> SpeakerInfo | None:
    """Two or more names coordinated in one phrase: "Putin and Trump", "The US and
    Russia" (with ``labels`` of places and organisations too); with ``joined`` off, a
    headline's "Trump, Putin agree", which has no "and"."""
    span = doc.char_span(*mention, alignment_mode="expand")
    if span is None or (joined and not any(t.dep_ == "cc" for t in span)):
        return None
    at = ((e, cluster_at(e, by_char)) for e in ents_between(doc, span.start, span.end))
    found = [(e, c) for e, c in at if c is not None and c.label in labels]
    persons = [(e, c) for e, c in found if c.label == "PERSON"]
    if len({c.id for _, c in persons}) >= 2:
        found = persons  # not "Russian" or "U.S." in their titles
    elif labels != PERSONS and joined:
        # conjuncts of the phrase's head, not inside a modifier ("[Maritime and Coastguard
        # Agency] inspector Paul Grant")
        heads = {span.root.i}
        for t in span:
            if t.dep_ == "conj" and t.head.i in heads:
                heads.add(t.i)
        found = [(e, c) for e, c in found if any(t.i in heads for t in e)]
    clusters = {c.id: c for _, c in found}
    if len(clusters) < 2:
        return None
    members = sorted(clusters.values(), key=lambda c: strip_the(c.name))
    roles = " and ".join(dict.fromkeys(c.role.lower() for c in members if c.role))
    return SpeakerInfo(" and ".join(c.name for c in members), "group", mention, role=roles or None)


def of_several(tok: Token) -> bool:
    """Is the noun one of several members, named after "of" ("a group of newspaper
    publishers", "a coalition of charities")?"""
    of = (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of")
    return any(m.dep_ == "pobj" and m.tag_ in ("NNS", "NNPS") for p in of for m in p.children)
