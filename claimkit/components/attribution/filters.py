"""Claims that are no statements, dropped after the forms have found them: a source's
request to stay unnamed ("who asked not to be named"), a name given ("a coin he called
'NorthCoin'"), and an act reported inside what someone else says ("announced the steps").
"""

from __future__ import annotations

from spacy.tokens import Doc

from claimkit.components.records import Attribution, text_of
from claimkit.lexicons import cues

__all__ = ["act_not_speech", "asks_anonymity", "gives_a_name"]

#: The most words of a name given in quotation marks ("Project North Star").
NAME_WORDS = 4


def asks_anonymity(doc: Doc, claim: Attribution) -> bool:
    """A request to stay unnamed ("who asked not to be named", "requested anonymity") is
    a condition of the source's words, not a statement (``word_sets.anonymity_requests``),
    with its reason too ("asking not to be identified because the talks are private")."""
    if claim.kind != "indirect":
        return False
    text = text_of(doc)[claim.content[0] : claim.content[1]]
    content = text.lower().strip(" .,;")
    words = cues().word_sets
    start = claim.content[0] + len(text) - len(text.lstrip(" .,;"))
    for request in words["anonymity_requests"]:
        rest = content[len(request) :].strip(" ,").split() if content.startswith(request) else None
        if rest is not None and (not rest or rest[0] in words["reasons"]):
            return True
        if not rest:
            continue
        # or with its reason as a phrase: "not to be named for fear of losing her job"
        after = doc.char_span(start + len(request), claim.content[1], alignment_mode="expand")
        if after is not None and len(after) and after[0].dep_ == "prep":
            return True
    return False


def act_not_speech(doc: Doc, claim: Attribution) -> bool:
    """An indirect claim whose content is only a noun phrase ('defend gun rights',
    'announced the steps') or an infinitive ('will refuse to answer any questions'): inside
    what someone else says it is part of their claim, an act they report, not a second
    statement."""
    if claim.kind != "indirect":
        return False
    cue = doc[claim.cue_token] if claim.cue_token is not None else None
    statement = cue is not None and (cue.tag_ == "VBG" or cue.dep_ == "acl")
    if text_of(doc).startswith(("to ", "for "), claim.content[0]) and not statement:
        # "he will refuse [to answer any questions]": a plan or a refusal; but a statement
        # "committing [to adhere to the Geneva process]" reports what the statement says
        return True
    span = doc.char_span(*claim.content, alignment_mode="expand")
    if span is None or len(span) > 40:  # a long content holds a verb; do not walk it
        return False
    # a clause has a verb, or a subject where the tagger missed the verb ("parts of the
    # meadows flood every winter", with "flood" tagged a noun)
    return not any(t.pos_ in ("VERB", "AUX") or t.dep_ in ("nsubj", "nsubjpass") for t in span)


def gives_a_name(doc: Doc, claim: Attribution) -> bool:
    """A direct claim that is only the name a relative clause gives the noun it hangs on
    ("a coin [he called "NorthCoin"]", "the plan, which officials dubbed "Project North
    Star""): a word or a few, each capitalised, is what a thing is called, not a
    statement. ('called the bill "an attack on the poor"' says something of it.)"""
    cue = doc[claim.cue_token] if claim.cue_token is not None else None
    if claim.kind != "direct" or cue is None or cue.dep_ != "relcl":
        return False
    if any(c.dep_ == "dobj" and not c.tag_.startswith("W") for c in cue.children):
        return False  # (its object said again: no gap the name fills)
    words = text_of(doc)[claim.content[0] : claim.content[1]].strip(" .,;!?").split()
    return 0 < len(words) <= NAME_WORDS and all(w[:1].isupper() for w in words)
