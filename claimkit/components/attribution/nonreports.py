"""Cue verbs that report nothing: a headline's passive ("Thousands told to leave homes"),
an act a particle or object makes of the cue ("called off the strike"), an infinitive a
noun takes ("the right to protest"), what someone is helped to do, a participle on its
subject that the parser made the verb, a fall ("Sales declined 31 per cent"), what a
speaker declined or failed to do, a thing a speaker will put out ("will announce its decision"), a
thing claimed ("claimed £14,000 in expenses he could not justify"), and an outlet's own
reporting ("the Echo can reveal").
"""

from __future__ import annotations

from spacy.tokens import Token

from claimkit.components.attribution.shared import frame_of
from claimkit.components.documents import NUMBERS
from claimkit.components.mediums import is_medium
from claimkit.components.outlets import outlet_name
from claimkit.lexicons import Frame, cues

__all__ = ["reports_nothing"]

NAMED = ("dobj", "oprd")  # what a naming participle names ("called [a loya jirga]")


def reports_nothing(tok: Token, frame: Frame) -> bool:
    """Does the cue verb ``tok`` of ``frame`` report nothing (see the module docstring)?"""
    return (
        _refused(tok)
        or _failed(tok)
        or _told_to(tok, frame)
        or _an_act(tok)
        or _what_a_noun_allows(tok)
        or _modifies(tok)
        or _enabled(tok)
        or _a_change(tok)
        or _yet_to_come(tok)
        or _a_thing_claimed(tok, frame)
        or _own_scoop(tok)
        or _a_name_given(tok)
    )


def _a_name_given(tok: Token) -> bool:
    """Is the cue a participle that gives the noun before it a name, with no subject or
    agent of its own: right after the noun ("a super PAC called Future45") or set off
    after it by commas ("an assembly, called a loya jirga, would be convened", where the
    parser may make it a verb of the sentence; not "Beruff, a Scott ally, called
    Florida's standards 'strong'", "met the mayor, called him a hero, and left")?"""
    if tok.lemma_.lower() not in cues().word_sets["namings"] or tok.tag_ not in ("VBN", "VBD"):
        return False
    own = ("nsubj", "nsubjpass", "aux", "auxpass", "agent")
    particles = cues().particles.get(tok.lemma_.lower(), frozenset())  # "called on X to"
    if tok.i < 2 or any(c.dep_ in own or c.lower_ in particles for c in tok.children):
        return False
    doc = tok.doc
    comma = doc[tok.i - 1].text == ","
    noun = doc[tok.i - 1 - comma]
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if tok.dep_ == "acl" and tok.head.i == noun.i and (comma or tok.tag_ == "VBN"):
        return True  # (not the model's past tense: "a senior official called X 'irrational'")
    ends = [c.right_edge.i + 1 for c in tok.children if c.dep_ in NAMED and c.pos_ != "PRON"]
    closed = bool(ends) and ends[0] < len(doc) and doc[ends[0]].text == ","
    return comma and closed and tok.dep_ in ("ROOT", "conj")


def _yet_to_come(tok: Token) -> bool:
    """Is the cue's object a thing the speaker will put out, said of the future ("The Bank
    will announce its next decision on December 17"), not words said ("will say that …",
    the preview of a speech)?"""
    future = any(
        c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") and (c.is_lower or c.is_sent_start)
        for c in tok.children
    )  # (not a name: "While Will acknowledges …")
    clause = any(c.dep_ in ("ccomp", "xcomp") for c in tok.children)
    return (
        future and not clause and any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in tok.children)
    )


def _own_scoop(tok: Token) -> bool:
    """Is the cue a news outlet reporting its own reporting with "can" ("…, the Echo can
    reveal")? Those are the article's words, no one's claim."""
    if tok.lemma_.lower() not in cues().word_sets["scoops"]:
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    can = any(c.dep_ == "aux" and c.lower_ == "can" for c in tok.children)
    return can and subj is not None and subj.pos_ == "PROPN" and outlet_name(subj)


def _a_thing_claimed(tok: Token, frame: Frame) -> bool:
    """Is the cue a verb of saying with an amount for its object and, after it, a relative
    clause that has lost its object, which the parser took for the report ("claimed
    £14,000 in expenses [he could not justify]")? It reports nothing."""
    if frame.addressee:
        return False  # "told reporters they …": the object is whom it told
    # an amount: "claimed £14,000", "claimed 14,000 pounds in expenses"
    things = [
        c
        for c in tok.children
        if c.dep_ == "dobj"
        and (c.ent_type_ in NUMBERS or any(k.dep_ == "nummod" for k in c.children))
    ]
    return any(
        c.dep_ == "ccomp"
        and c.i > min(t.i for t in things)
        and any(k.dep_ == "nsubj" for k in c.children)
        and not any(
            k.dep_ in ("dobj", "mark", "ccomp", "xcomp", "attr", "acomp", "auxpass")
            for k in c.children
        )
        for c in tok.children
        if things
    )


def _told_to(tok: Token, frame: Frame) -> bool:
    """Is ``tok`` a verb that needs an addressee ("told", "informed", "urged") with none,
    before an infinitive: the passive of a headline that leaves out its "were" ("Thousands
    told to leave homes"), in which the subject is the one told; or one whose object comes before
    its preposition ("accuse … of"), with no object and the preposition right after it
    ("Banks accused of ripping off savers")?"""
    if tok.tag_ not in ("VBD", "VBN"):
        return False
    # "Banks accused of ripping off savers": a verb that takes its object before its
    # preposition, with none and the preposition right after it
    object_first = tok.lemma_.lower() in cues().word_sets["object_first"]
    if object_first and not any(c.dep_ == "dobj" for c in tok.children):
        after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if after is not None and after.head.i == tok.i and after.dep_ == "prep":
            return not any(c.dep_ == "aux" for c in tok.children)  # "accused of", "blamed on"
    # "Ministers urged to act": a verb whose infinitive needs its object first, with none
    addressed = tok.lemma_.lower() in cues().word_sets["infinitive_objects"]
    addressed = addressed and not any(c.dep_ == "agent" for c in tok.children)  # "by X"
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    addressed = addressed and nxt is not None and nxt.lower_ == "to"  # (not "urged for …")
    if not addressed and (not frame.addressee or "dobj" not in frame.addressee):
        return False
    if any(c.dep_ in (frame.addressee or {"dobj"}) for c in tok.children):
        return False
    return any(
        c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        for c in tok.children
    )


def _an_act(tok: Token) -> bool:
    """Does a particle or an object make the cue an act ("called off the strike", "wrote off
    the debt", "Minister, thank you for coming in", "said goodbye"), or a preposition right
    after a cue that holds no clause ("it added to evidence that …"; not "'…,' she added
    to cheers")?"""
    acts = cues().word_sets["acts"]
    clause = any(c.dep_ in ("ccomp", "parataxis") for c in tok.children)
    # (a particle after the object: "call them [in]", the parser's predicate)
    particle = ("prt", "dobj", "oprd")
    return any(
        (c.dep_ in particle or (c.dep_ == "prep" and c.i == tok.i + 1 and not clause))
        and f"{tok.lemma_.lower()} {c.lower_}" in acts
        for c in tok.children
    )


def _what_a_noun_allows(tok: Token) -> bool:
    """Is the cue an infinitive a noun takes ("respected the right to protest", "a plan to
    announce"), not one a medium does ("a statement to say")? It reports nothing."""
    head = tok.head
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    return tok.dep_ == "acl" and to and head.pos_ == "NOUN" and not is_medium(head)


def _modifies(tok: Token) -> bool:
    """Is the cue a participle on its "subject" that the parser made the verb, its clause
    the subject's own predicate, with no subject and its auxiliary first ("The limit
    [agreed] in Paris was slipping")?"""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "NOUN" or subj.i != tok.i - 1:
        return False  # not "Biden, Rubio said on Monday, had been", "opponents said would"
    clauses = [c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i]
    return any(
        (aux := c.left_edge).dep_ == "aux"
        and aux.head.i == c.i
        and aux.lemma_ in ("be", "have")
        and not any(t.is_punct for t in tok.doc[tok.i : aux.i])
        and not any(k.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "mark") for k in c.children)
        for c in clauses
    )


def _enabled(tok: Token) -> bool:
    """Is the cue a bare infinitive under a verb that is no cue, with no auxiliary of its
    own: what someone is helped, let or made to do ("could help doctors [predict] which
    patients will respond"), not said?"""
    own = any(c.dep_ == "aux" for c in tok.children)
    under = tok.dep_ in ("ccomp", "xcomp") and tok.head.pos_ == "VERB" and tok.head.i < tok.i
    return tok.tag_ == "VB" and not own and under and frame_of(tok.head) is None


def _a_change(tok: Token) -> bool:
    """Is the cue a verb of refusal whose object is an amount, so a fall ("Sales declined
    31 per cent", "The FTSE 100 declined 1.2% to close at 8,100"), not a refusal?"""
    if tok.lemma_.lower() not in cues().word_sets["refusals"]:
        return False
    return any(
        c.dep_ in ("dobj", "npadvmod") and (c.like_num or c.ent_type_ in NUMBERS)
        for c in tok.children
    )


def _failed(tok: Token) -> bool:
    """Is the cue what someone failed to do ("fined … for failing to tell users how their
    data was shared")? Nothing was told."""
    return tok.dep_ == "xcomp" and tok.head.lemma_.lower() in cues().word_sets["failures"]


def _refused(tok: Token) -> bool:
    """Is ``tok`` what a speaker declined to do ("declined to say whether ...")? Then the
    refusal is the claim, and the saying none."""
    return tok.dep_ == "xcomp" and tok.head.lemma_.lower() in cues().word_sets["refusals"]
