"""The tense of the clause around a time expression, which says which way a time word
looks: "Tuesday" in "will meet Tuesday" looks forward, in "met Tuesday" back."""

from __future__ import annotations

from spacy.tokens import Span, Token

from claimkit.components.records import opening_participle
from claimkit.lexicons import cues, sources, times
from claimkit.timebase import MONTHS, WEEKDAYS
from claimkit.timex import Tense

__all__ = ["tense_of"]

FUTURE_AUX = {"will", "shall", "'ll", "wo"}
PAST_AUX = {"have", "has", "had", "did", "was", "were"}


def tense_of(span: Span) -> Tense:
    """The tense of the clause around a time expression.

    Future only on explicit marks: will/shall/'ll, or a verb of planning above it ("planned
    to leave on Thursday"); past on a past verb or auxiliary; present otherwise. A day
    that names an event looks neither way in a future clause: the nearest is meant.
    """
    tense = _clause_tense(span)
    root = span.root  # (a day that owns what has happened looks back: "Sunday's defeat")
    if root.dep_ == "poss" and root.head.lemma_.lower() in times().outcomes:
        return "past"
    return "present" if tense == "future" and _names_an_event(span) else tense


def _clause_tense(span: Span) -> Tense:
    if _cited_medium(span):
        return "past"
    node = span.root
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX") or node.head is node:
            break
        node = node.head
    node = _compared(node)
    kids = _auxiliaries(node)
    if any(c.lower_ in FUTURE_AUX or c.lemma_ in ("will", "shall") for c in kids):
        return "future"
    if any(c.lower_ == "had" for c in kids) or _planned_in_the_past(node):
        return "past"  # "until Thursday they had not called him"; "a rally planned for
        # Saturday was canceled"
    # "vowed on Monday to push …": the time before the clause vowed is the vow's
    past = node.tag_ == "VBD" or _past_misread(node)
    vowed = past and any(c.dep_ in ("xcomp", "ccomp") and c.i > span.end for c in node.children)
    # (with a particle, another verb: "set aside $410m in the second quarter", "went up")
    planning = node.lemma_.lower() in times().future_heads and not _particle(node)
    if (
        (planning and not vowed)
        or any(p.lower_ == "until" for p in span.root.ancestors if p.dep_ == "prep")
        or (span.start > 0 and span.doc[span.start - 1].lower_ == "until")
    ):
        return "future"  # "planned a rally on Saturday", "postponed until Tuesday"
    if any(
        c.dep_ in ("acomp", "oprd")
        and c.lemma_.lower() in times().forecasts
        and any(k.dep_ == "xcomp" for k in c.children)
        for c in node.children
    ):
        return "future"  # "said August was likely to be drier"
    head = node
    for _ in range(2):
        if head.dep_ not in ("xcomp", "ccomp", "advcl") or head.head is head:
            break
        infinitive, head = head.dep_ == "xcomp", head.head
        # (an infinitive after a decision not told in the simple past: "has agreed to defend
        # his title in November"; "agreed to sell him in January" may be the sale's month)
        decided = infinitive and head.lemma_.lower() in times().decision_heads
        decided = (
            decided and head.tag_ != "VBD" and not any(c.lower_ == "had" for c in head.children)
        )
        if head.lemma_.lower() in times().future_heads or decided:
            return "future"
    would = any(c.lower_ in ("would", "'d") for c in kids) and all(c.lower_ != "have" for c in kids)
    if would and _reported(node) and not _in_subject(span, node):
        return "future"  # "the force said the man would appear in court on Monday"
    if any(c.tag_ == "MD" for c in kids):
        return "present"  # must, can, would: not a report of the past
    if past or any(c.lower_ in PAST_AUX for c in kids):
        return "past"
    if node.tag_ == "VBN" and not kids:
        return "past"
    speaking = node.lemma_.lower() in sources().speaking_participles
    occasion = opening_participle(node.head)
    speaking = speaking or (occasion is not None and occasion.i == node.i)
    if speaking and node.tag_ == "VBG" and not kids and node.dep_ in ("advcl", "acl"):
        # "Speaking on Thursday, the mayor said", "Sentencing him on Wednesday, the judge
        # said": the occasion's time is its report's (not "teeing up the November
        # showdown", which looks ahead)
        verb = node.head if node.dep_ == "advcl" else node.head.head
        if verb.tag_ == "VBD" or any(a.lower_ in PAST_AUX for a in _auxiliaries(verb)):
            return "past"  # (or "had said", "has said")
    # a timetable's present with a day looks ahead: "The draw takes place on Monday",
    # "reopens on Saturday" (not "Wednesday's poll has …", a caption's "march")
    timetable = node.tag_ in ("VBZ", "VBP") and node.lemma_.lower() in times().timetable_verbs
    day = span.root.dep_ in ("pobj", "npadvmod") and any(t.lower_ in WEEKDAYS for t in span)
    return "future" if timetable and day else "present"


def _reported(verb: Token) -> bool:
    """Is ``verb`` the clause a past speech cue reports ("said the man would appear …"),
    whose "would" is the future of the report, made close to the article's date (not "said
    in June that it would close in July")?"""
    head = verb.head
    while verb.dep_ == "conj" and head is not verb:
        verb, head = head, head.head
    if verb.dep_ != "ccomp" or head.tag_ != "VBD" or head.lemma_.lower() not in cues().speech:
        return False
    own = (t for c in head.children if c.i != verb.i for t in c.subtree)
    return not any(t.ent_type_ in ("DATE", "TIME") for t in own)


def _in_subject(span: Span, verb: Token) -> bool:
    """Is ``span`` inside the subject of ``verb`` ("[strikes in July] would cut profit"),
    whose time is its noun's, not the verb's?"""
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i <= span.start <= c.right_edge.i
        for c in verb.children
    )


def _particle(verb: Token) -> bool:
    """Has ``verb`` a particle, as the parser marks one or as a bare adverb right after it
    ("set [aside]", tagged as an adverb), not a manner ("planned carefully")?"""
    bare = (c for c in verb.children if c.dep_ == "advmod" and c.i == verb.i + 1)
    return any(c.dep_ == "prt" for c in verb.children) or any(
        c.tag_ in ("RB", "RP") and not c.n_lefts + c.n_rights and not c.lower_.endswith("ly")
        for c in bare
    )


def _compared(verb: Token) -> Token:
    """The verb a bare comparison's verb stands beside ("had grown faster [than forecast]
    in the third quarter", "[as planned]"), whose tense is the clause's; else ``verb``."""
    marked = any(c.dep_ == "mark" and c.lower_ in ("than", "as") for c in verb.children)
    if not marked or any(c.dep_ in ("nsubj", "aux", "auxpass") for c in verb.children):
        return verb
    return next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), verb)


def _past_misread(node: Token) -> bool:
    """A past verb whose form is its base, that the tagger read as the sentence's noun
    ("The Office for Budget Responsibility [forecast] in March that …"): a root noun with
    a singular subject and a clause of its own."""
    subjects = [c for c in node.children if c.dep_ == "nsubj"]
    return (
        node.dep_ == "ROOT"
        and node.pos_ == "NOUN"
        and node.lower_ == node.lemma_.lower()
        and any(s.tag_ in ("NN", "NNP") for s in subjects)
        and any(c.dep_ == "ccomp" for c in node.children)
    )


def _cited_medium(span: Span) -> bool:
    """Is the time that of a medium a prepositional form cites ("according to a report on
    Friday", "per a filing on Friday")? What is cited exists already: its day is past,
    whatever the tense of the clause ("…, Microsoft owns a 49% stake")."""
    prep = span.root.head
    medium = prep.head if span.root.dep_ == "pobj" and prep.dep_ == "prep" else None
    if medium is None or medium.dep_ != "pobj" or medium.lemma_.lower() not in sources().nouns:
        return False
    last = medium.head  # "to" of "according to", or "per"
    return any(
        f.words[-1] == last.lower_ and (len(f.words) == 1 or last.head.lower_ == f.words[0])
        for f in cues().forms.values()
    )


def _names_an_event(span: Span) -> bool:
    """Is the time a month's day that names the event of the noun right after it ("the
    Sept. 11 hijackers", "the May 7 election")? A future clause tells what someone will
    do about the event, not when it was: "is wanted for the September 11 attacks" (in
    December) looks back, "hopes to win the May 7 election" ahead."""
    root, head = span.root, span.root.head
    month = any(t.lower_.rstrip(".") in MONTHS for t in span)
    return (
        month
        and any(t.like_num for t in span)
        and root.dep_ in ("nmod", "compound")
        and head.pos_ == "NOUN"
        and 0 <= head.i - span.end <= 1  # (a word between: "the September 11 terrorist attacks")
    )


def _auxiliaries(verb: Token) -> list[Token]:
    """The auxiliaries of a verb; a coordinated verb without its own shares its first
    verb's: "had met and set Friday as the deadline" is a past perfect; a verb in the
    present has its own tense ("has cast ... and holds a lead in Tuesday's primary")."""
    kids = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    # (nor does one with a subject of its own: "X will veto it, Keller told reporters")
    finite = verb.tag_ in ("VBZ", "VBP") or any(c.dep_ == "nsubj" for c in verb.children)
    if not kids and not finite and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return [c for c in verb.head.children if c.dep_ in ("aux", "auxpass")]
    return kids


def _planned_in_the_past(node: Token) -> bool:
    """A plan named by a participle inside a past-tense clause: "a service planned for
    Saturday was canceled"."""
    if node.dep_ != "acl" or node.tag_ != "VBN" or node.lemma_.lower() not in times().future_heads:
        return False
    verb = node.head.head
    aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return not FUTURE_AUX & set(aux) and (
        verb.tag_ == "VBD" or any(a in ("was", "were", "had") for a in aux)
    )
