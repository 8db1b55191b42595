"""A headline's speaker resolved against the article below it: a headline's bare role
("Minister defends …", "Maine senator says …") or a body's bare noun ("…, says operator")
is whom the body names by that role, title or cue (:func:`as_described_below`,
:func:`titled_below`, :func:`headline_role`). :mod:`claimkit.components.roles` applies them.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from claimkit.components.mentions import owned_by_a_body
from claimkit.components.records import (
    Attribution,
    EntityCluster,
    SpeakerInfo,
    on_headline,
    with_the,
)
from claimkit.lexicons import nouns

__all__ = ["PLACED", "as_described_below", "headline_role", "owned_titled_below", "titled_below"]

# whose a role is: a place's or a body's ("Kenya's president", "Bristol's mayor" with the
# city the model's organisation, "Tesco's chief executive")
PLACED = ("GPE", "ORG")
# a place in a title is no other owner's ("U.S. Sen. Susan Collins")
TITLE_PLACES = ("GPE", "NORP", "LOC")


def as_described_below(
    doc: Doc, headline: Attribution, lemma: str, attributions: list[Attribution]
) -> None:
    """A headline's bare role ("Actor says …", "Minister defends …") that no one is named
    with is the person the article's first description by that very role noun stands for
    ("The actor, 52, told Vanity Fair", "The immigration minister has defended …", each
    resolved to the person named); a bare body's noun, the body ("…, says operator", then
    "its operator said", resolved to CalMac)."""
    info = headline.speaker
    if info is None or info.mention is None:
        return
    wanted = "organization" if info.type == "organization" else "person"
    for att in attributions:
        said = att.speaker
        if said is None or said.type != wanted or said.entity_id is None:
            continue
        span = doc.char_span(*said.mention, alignment_mode="expand") if said.mention else None
        if span is None or span.start_char <= info.mention[0] or on_headline(span.root):
            continue
        if span.root.lemma_.lower() != lemma and not _same_head(doc, info, lemma, span):
            continue
        # (or a place's or body's: "…, says EU monitor", then "the European Union's
        # climate monitor said", resolved to the service named next)
        placed = any(
            c.dep_ == "poss" and c.ent_type_ in (*PLACED, "NORP") for c in span.root.children
        )
        its = owned_by_a_body(span.root) or placed
        # ("Mayor defends …", then "Bristol's mayor has defended …": a place's person)
        # (or, for a body, a name that ends in the noun: "…, council says", then "Dorset
        # Council has said")
        named = wanted == "organization" and span.root.pos_ == "PROPN"
        # (or brought in with "a": "…, school says", then "A secondary school in Essex
        # says", resolved to the college named after it)
        new = span[0].lower_ in ("a", "an")
        if with_the(span.root) or placed or (its and wanted == "organization") or named or new:
            headline.speaker = SpeakerInfo(
                said.name, wanted, info.mention, said.role, said.affiliation, said.entity_id
            )
        return
    # or whoever the lede's first claim gives the headline's very cue ("Minister denies
    # U-turn on farm tax", then "The Environment Secretary has denied that …", resolved)
    after = [a for a in attributions if a is not headline and a.content[0] >= headline.content[1]]
    lede = min(after, key=lambda a: a.content[0], default=None)
    said = lede.speaker if lede is not None else None
    cues = [headline.cue_token, lede.cue_token if lede is not None else None]
    if said is None or said.entity_id is None or said.type != wanted or None in cues:
        return
    if len({doc[i].lemma_.lower() for i in cues if i is not None}) == 1:
        headline.speaker = replace(said, mention=info.mention)


def _same_head(doc: Doc, headline: SpeakerInfo, lemma: str, description: Span) -> bool:
    """Is a headline's head of a body ("Water boss tells MPs …") the head the article's
    description names by another title, of a body with the headline's words in its name
    ("The chief executive of Southern Water")?"""
    heads = nouns().heads
    if lemma not in heads or description.root.lemma_.lower() not in heads or not headline.mention:
        return False
    said = doc.char_span(*headline.mention, alignment_mode="expand")
    owner = {t.lower_ for t in said or () if t.lemma_.lower() != lemma and not t.is_punct}
    whole = {t.lower_ for t in description.root.subtree}
    return owner <= whole


def titled_below(said: Span, clusters: list[EntityCluster]) -> EntityCluster | None:
    """The person the body names right after a headline speaker's very words, as their
    title ("Former world number one announces retirement", then "Former world number one
    Simona Halep has announced …"), or None; of two or more words."""
    words = [t.lower_ for t in said]
    doc = said.doc
    if len(words) < 2:
        return None
    named = (
        (start, c)
        for c in clusters
        if c.label == "PERSON"
        for start, _ in c.mentions
        if start >= said.end_char
    )
    for start, c in sorted(named, key=lambda n: n[0]):
        at = doc.char_span(start, start + 1, alignment_mode="expand")
        i = at.start if at is not None else 0
        if i >= len(words) and [t.lower_ for t in doc[i - len(words) : i]] == words:
            return c
    return None


def owned_titled_below(
    said: Span, clusters: list[EntityCluster]
) -> tuple[EntityCluster | None, bool]:
    """A headline's role owned by a name ("Harlow boss: 'We were second best'") is the
    first person the body names with a title of that owner's ("Harlow Town manager Lee
    Ashworth"), whatever the title's noun; with it, whether the body names the role's
    holder only as another owner's ("Hemel boss Nina Patel"): then the headline's is no
    one named."""
    owners = {t.lower_ for t in said[:-1] if t.pos_ == "PROPN"}
    doc = said.doc
    if not owners:
        return None, False
    named = sorted(
        (start, c)
        for c in clusters
        if c.label == "PERSON"
        for start, _ in c.mentions
        if start >= said.end_char
    )
    another = False
    for start, c in named:
        name = doc.char_span(start, start + 1, alignment_mode="expand")
        if name is None:
            continue
        title = doc[name.root.head.left_edge.i : name.start]
        words = {t.lower_ for t in title}
        if owners <= words and words & nouns().roles:
            return c, False
        role = said[-1].lower_ in words
        another = another or (
            role and any(t.pos_ == "PROPN" and t.ent_type_ not in TITLE_PLACES for t in title)
        )
    return None, another


def headline_role(span: Span) -> bool:
    """A headline's role with no article before it: "Maine senator says …"."""
    root = span.root
    return (
        root.i == span.end - 1
        and root.lower_ in nouns().roles
        and not any(c.dep_ in ("det", "poss") for c in root.children)
        and on_headline(root)
    )
