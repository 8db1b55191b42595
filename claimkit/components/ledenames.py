"""A body's head that a lede describes and the next sentence names: "Shell's chief
executive has warned that …", then "Wael Sawan told a parliamentary committee …" (news
names the person in the sentence after the one that says who they are)."""

from __future__ import annotations

from spacy.tokens import Token

from claimkit.components.records import EntityCluster, sentence_of
from claimkit.lexicons import nouns

__all__ = ["head_named_next"]

OWNERS = ("ORG", "GPE", "NORP")  # whose a head is: "Shell's", "Japan's"


def head_named_next(tok: Token, by_char: dict[int, EntityCluster]) -> EntityCluster | None:
    """The person the sentence after ``tok``'s names as its subject, for a description of a
    named body's head with no name of its own ("Shell's chief executive", "the chief
    executive of Shell"), where that person is named there first and given no role; else
    None."""
    lex = nouns()
    if tok.lemma_.lower() not in lex.heads or tok.pos_ != "NOUN" or tok.tag_ != "NN":
        return None
    of = (p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children)
    owners = [c for c in (*tok.children, *of) if c.dep_ in ("poss", "pobj")]
    if not any(c.ent_type_ in OWNERS for c in owners):
        return None
    if any(c.ent_type_ == "PERSON" or c.dep_ == "appos" for c in tok.children):
        return None  # (named already: "Shell's chief executive, Wael Sawan,")
    doc, sent = tok.doc, sentence_of(tok.doc, tok.i)
    if sent.end >= len(doc):
        return None
    nxt = sentence_of(doc, sent.end)
    subj = next((c for c in nxt.root.children if c.dep_ == "nsubj"), None)
    cluster = by_char.get(subj.idx) if subj is not None else None
    if cluster is None or cluster.label != "PERSON" or cluster.role:
        return None
    first = min(start for start, _ in cluster.mentions)
    return cluster if nxt.start_char <= first < nxt.end_char else None
