"""Names of things, not of bodies that speak: what someone owns ("its Ferris Lane plant")
and what is made or sold ("its first foldable phone, the Nimbus Fold")."""

from __future__ import annotations

from spacy.tokens import Span

from claimkit.components.records import set_beside
from claimkit.lexicons import nouns

__all__ = ["names_a_possession", "names_a_product"]


def names_a_possession(ent: Span) -> bool:
    """Does the name ``ent`` name a thing someone owns, not a body: "its Ferris Lane
    plant", "Trump's Doral resort" (a name between a possessive and the noun it modifies)?"""
    head = ent.root.head
    if ent.root.dep_ != "compound" or head.pos_ != "NOUN" or head.i < ent.end:
        return False
    return any(c.dep_ == "poss" and c.i < ent.start for c in head.children)


def names_a_product(ent: Span) -> bool:
    """Is ``ent`` in apposition to a noun of a thing made or sold ("its first foldable
    phone, the Nimbus Fold", "Zelbora, a drug for …")? It names no body that speaks."""
    products = nouns().products
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in products for t in set_beside(ent.root))
