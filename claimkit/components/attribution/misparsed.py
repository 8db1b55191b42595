"""Reported clauses the parser hung elsewhere than on their cue: on its object or its
addressee ("told BBC Radio Leeds that midfielder Luke Palmer would miss …"), or behind a
name it took for a subordinator ("told public broadcaster SVT the ban would apply"); and
speakers it hung on a name of the reported clause or under the body they speak for."""

from __future__ import annotations

from spacy.tokens import Token

from claimkit.components.attribution.shared import frame_of, has_subject
from claimkit.components.attribution.spans import edges_of
from claimkit.components.mentions import PERSONAL_PRONOUNS
from claimkit.lexicons import nouns

__all__ = [
    "clause_on_object",
    "description_before_cue",
    "misread_that",
    "name_of_body",
    "named_mark",
    "relative_in_phrase",
]

WH_WORDS = {"who", "which", "that", "what", "whom", "whose"}
TIME_MARKS = {"after", "before", "when", "as", "once", "while"}  # clauses of time
OCCASION_DEPTH = 3  # phrases deep in which a clause hung on the cue's occasion is looked for


def relative_in_phrase(clause: Token) -> bool:
    """Is ``clause`` a relative clause with no "that" the parser gave the cue as its only
    reported clause, the object of a preposition it left with none: "reported revenue …,
    ahead of [the $66bn analysts had expected]"?"""
    start, cue = clause.left_edge.i, clause.head
    if clause.dep_ not in ("ccomp", "parataxis") or start == 0 or clause.i < cue.i:
        return False
    if sum(c.dep_ in ("ccomp", "parataxis") for c in cue.children) > 1:
        return False
    before = clause.doc[start - 1]
    # (not one the parser hung on the cue itself: "said [around] a third of pupils …")
    dangling = before.dep_ == "prep" and before.tag_ == "IN" and not any(before.children)
    return dangling and before.head.i != cue.i


def misread_that(tok: Token, clause: Token) -> Token | None:
    """The "that" of a reported clause whose subject the parser took for a relative clause
    on the addressee ("told BBC Radio Leeds that midfielder Luke Palmer would miss …", with
    "midfielder" a verb) or for a noun phrase of the cue's that "that" determines
    ("confirmed that defender Lisandro Martinez would miss …"): the clause's words start
    after it."""
    for obj in tok.children:
        if not tok.i < obj.i < clause.i:
            continue
        that = obj.left_edge
        if obj.dep_ == "npadvmod" and that.lower_ == "that" and that.i == tok.i + 1:
            return that
        if obj.dep_ not in ("dobj", "dative"):
            continue
        for rel in obj.children:
            that = rel.left_edge
            if rel.dep_ == "relcl" and that.lower_ == "that" and rel.right_edge.i < clause.i:
                return that if that.i > obj.i else None
    return None


def clause_on_object(tok: Token) -> tuple[int, int] | None:
    """A reported clause the parser hung on the object of a cue that takes none: on the
    addressee ("told BBC Scotland's Good Morning Scotland [programme] that an offer was on
    the table", the clause under "programme"), or inside an object that starts right
    after the cue and ends after a verb with a subject ("said 78% of members had backed
    [action]", "backed" read as a modifier of "action"; not "told the story of pickers -
    an issue that Sanders had found"), or a share read so (:func:`misread_share`)."""
    frame = frame_of(tok)
    for obj in tok.children:
        if misread_share(tok, obj):
            return edges_of([obj])
        if obj.dep_ != "dobj" or obj.i < tok.i:
            continue
        for clause in obj.children:
            that = clause.left_edge
            end = edges_of([clause])
            if clause.dep_ == "ccomp" and that.lower_ == "that" and that.i > obj.i and end:
                return tok.doc[that.i + 1].idx, end[1]
            # "told the jury he had acted …": a pronoun's clause right after whom a cue tells,
            # read as a relative clause (not the object's own: "repeated the attacks they…")
            bare = that.i == obj.i + 1 and that.dep_ == "nsubj" and that.head.i == clause.i
            told = frame is not None and "dobj" in frame.addressee
            pronoun = that.lower_ in PERSONAL_PRONOUNS or that.lower_ == "it"
            if clause.dep_ == "relcl" and bare and told and pronoun:
                return (that.idx, end[1]) if end else None
            # or a noun's ("told the meeting the company would pay …"), with an auxiliary
            # of tense or mood, as reported words have (not "the workers the firm hired")
            if clause.dep_ == "relcl" and told and end and _reported_after(obj, clause):
                return that.idx, end[1]
            # "told trustees the district had been unable …": a clause with its own
            # subject right after whom a cue tells, hung on that object
            right_after = that.i == obj.i + 1 and any(c.dep_ == "nsubj" for c in clause.children)
            if clause.dep_ == "ccomp" and right_after and told and end:
                return that.idx, end[1]
        if obj.left_edge.i != tok.i + 1:
            continue
        inner = tok.doc[obj.left_edge.i : obj.right_edge.i + 1]
        if any(
            t.dep_ in ("nsubj", "nsubjpass")
            and t.head.i < obj.i  # the object is the clause's last word, not its first
            and t.head.pos_ in ("VERB", "AUX")
            and t.head.dep_ not in ("relcl", "acl", "advcl", "ccomp", "xcomp", "pcomp")
            and t.lower_ not in WH_WORDS
            for t in inner
        ):
            return edges_of([obj])
    return _that_on_occasion(tok) or _that_on_time_clause(tok)


def _that_on_time_clause(tok: Token) -> tuple[int, int] | None:
    """A reported clause the parser hung on the verb of a clause of time between the cue
    and its "that" ("said in a statement after its committee met that inflation had
    eased", the clause under "met"); not one of a verb that reports ("after he announced
    that …": his)."""
    for clause in (c for c in tok.children if c.dep_ == "advcl" and c.i > tok.i):
        mark = next((c for c in clause.children if c.dep_ == "mark" and c.i < clause.i), None)
        if mark is None or mark.lower_ not in TIME_MARKS or frame_of(clause) is not None:
            continue
        for inner in (c for c in clause.children if c.dep_ == "ccomp" and c.i > clause.i):
            that = inner.left_edge
            end = edges_of([inner])
            if that.lower_ == "that" and that.dep_ == "mark" and that.i == clause.i + 1 and end:
                return tok.doc[that.i + 1].idx, end[1]
    return None


def _reported_after(obj: Token, clause: Token) -> bool:
    """Is ``clause`` a clause with its own noun subject right after the addressee ``obj``
    and an auxiliary ("would", "had", "was"), which the parser read as a relative clause
    on the addressee?"""
    subj = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
    noun = subj is not None and subj.pos_ in ("NOUN", "PROPN") and subj.left_edge.i == obj.i + 1
    aux = any(
        c.dep_ == "aux" and (c.tag_ == "MD" or c.lemma_ in ("have", "be")) for c in clause.children
    )
    return noun and aux


def _that_on_occasion(tok: Token) -> tuple[int, int] | None:
    """A reported clause the parser took for a relative clause on the occasion or medium
    the cue names: its subject read as a verb ("said during a press conference in Brussels
    that [platforms] "cannot look away"": "platforms" read as a verb whose subject is
    "that", and the clause's own verb, with its auxiliary, left without one), or the whole
    clause with its "that" of a complement ("said in a letter … that delegates had …")."""
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.i > tok.i):
        for noun in _occasion_nouns(prep):
            for rel in (c for c in noun.children if c.dep_ == "relcl"):
                that = rel.left_edge
                # (or a clause its "that" marks as a complement, no relative's: "said in a
                # letter to the chair that government delegates had "watered down" …", with
                # what the parser hung on the cue after it: "… struck the crowd [about 10:30
                # p.m. local time]")
                if that.lower_ == "that" and that.dep_ == "mark" and has_subject(rel):
                    tail = [
                        c for c in tok.children if c.i > rel.i and c.dep_ in ("npadvmod", "advmod")
                    ]
                    whole = edges_of([rel, *tail])
                    if whole:
                        return tok.doc[that.i + 1].idx, whole[1]
                if that.lower_ != "that" or that.dep_ != "nsubj":
                    continue
                subjectless = [
                    c
                    for c in rel.children
                    if c.dep_ in ("ccomp", "xcomp")
                    and c.i > rel.i
                    and not has_subject(c)
                    and any(a.dep_ == "aux" and a.tag_ != "TO" for a in c.children)
                ]
                end = edges_of([rel])
                if subjectless and end:
                    return tok.doc[that.i + 1].idx, end[1]
    return None


def _occasion_nouns(prep: Token) -> list[Token]:
    """The nouns of a cue's prepositional phrase and of the phrases hung on them, a few
    deep ("during [a press conference] in [Brussels]")."""
    found: list[Token] = []
    for _ in range(OCCASION_DEPTH):
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is None:
            break
        found.append(noun)
        nxt = next((c for c in noun.children if c.dep_ == "prep"), None)
        if nxt is None:
            break
        prep = nxt
    return found


def misread_share(tok: Token, obj: Token) -> bool:
    """Is ``obj`` a share or a count right after the cue, with the verb it is subject of
    read as a modifier inside it: "said [86% of members who voted backed strikes]"? (A cue
    that takes no object says no number.)"""
    if obj.dep_ not in ("dobj", "npadvmod") or obj.left_edge.i != tok.i + 1:
        return False
    inner = tok.doc[obj.i : obj.right_edge.i + 1]
    verb = any(t.dep_ == "amod" and t.tag_ in ("VBD", "VBN") for t in inner)
    return obj.ent_type_ in ("PERCENT", "CARDINAL") and verb


def named_mark(tok: Token) -> Token | None:
    """The name the parser took for the subordinator of a reported clause after the cue
    ("told public broadcaster SVT the ban would apply", with "SVT" as the mark of
    "apply"): the clause is the content, the name its addressee."""
    for c in tok.children:
        if c.dep_ not in ("advcl", "ccomp") or c.i < tok.i or not has_subject(c):
            continue
        mark = next((m for m in c.children if m.dep_ == "mark"), None)
        if mark is not None and mark.pos_ == "PROPN" and mark.i + 1 < c.i:
            return mark
    return None


def description_before_cue(subj: Token, cue: Token) -> Token | None:
    """The description right before a closing cue that the parser joined, with no "and"
    or as an apposition after a list of places, to a name ending the reported clause
    ("… with her first novel, The Salt Orchard, the prize's organisers announced": the
    organisers announced), or None. So is the subject of a participle before the cue whose
    medium's name the parser made the cue's subject ("Researchers writing in the journal
    [Nature] said": the researchers said)."""
    doc = subj.doc
    writer = _writer_before(subj, cue)
    if writer is not None:
        return writer
    if subj.i > cue.i or subj.left_edge.i == 0 or doc[subj.left_edge.i - 1].text != ",":
        return None
    # a body set off after a list of places that ends the clause, the parser's apposition:
    # "… in Guinea, Sierra Leone and Liberia, the World Health Organization says"
    apposed = next((c for c in subj.children if c.dep_ == "appos" and c.i > subj.i), None)
    listed = subj.ent_type_ in ("GPE", "LOC") and any(c.dep_ == "conj" for c in subj.children)
    if listed and apposed is not None and apposed.right_edge.i + 1 == cue.i:
        return apposed if doc[apposed.left_edge.i - 1].text == "," else None
    if any(c.dep_ == "cc" for c in subj.children):
        return None  # a list of speakers: "…, Smith, Jones and Brown said"
    last = next((c for c in subj.children if c.dep_ == "conj"), None)
    if last is None or last.right_edge.i + 1 != cue.i or last.pos_ != "NOUN":
        return None
    definite = any(c.dep_ in ("det", "poss") for c in last.children)
    return last if definite and doc[last.left_edge.i - 1].text == "," else None


def _writer_before(subj: Token, cue: Token) -> Token | None:
    """The subject of a participle clause the parser hung on ``cue`` before it, when the
    cue's subject ``subj`` is a name right after the noun that closes that clause's
    phrase ("Researchers [writing in the journal] Nature said")."""
    if subj.pos_ != "PROPN" or subj.i == 0 or subj.i > cue.i:
        return None
    noun = subj.doc[subj.i - 1]
    clause = next((c for c in cue.children if c.dep_ == "ccomp" and c.i < subj.i), None)
    if clause is None or clause.tag_ != "VBG" or noun.dep_ != "pobj" or noun.pos_ != "NOUN":
        return None
    if noun.head.head.i != clause.i:
        return None  # (only a noun of the participle's own phrase: "writing in [the journal]")
    return next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)


def name_of_body(subj: Token) -> Token | None:
    """The person's name the parser hung under the body that follows it ("…," said Hannah
    Green of the Restitution Now campaign: the subject is "campaign", Green its modifier):
    a person's name before the subject noun that carries the "of" phrase holding it; or
    after a title with an "and" whose first word the parser made the subject ("[Work] and
    Pensions Secretary Pat McFadden said": the name is a conjunct of "Work")."""
    # (or a body's name: "…," said Prof Oskar Hansson of Lund University, the subject
    # "University")
    if (subj.pos_ != "NOUN" or subj.ent_type_) and subj.ent_type_ != "ORG":
        return _titled_conjunct(subj)
    for child in subj.children:
        owner = next((c for c in child.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if child.ent_type_ == "PERSON" and owner is not None and child.i < owner.i < subj.i:
            return child
    return _titled_conjunct(subj)


def _titled_conjunct(subj: Token) -> Token | None:
    """The name at the end of the parser's conjuncts of a title's first word ("[Culture],
    Media and Sport Secretary Lisa Nandy"): a person's, after a role word."""
    lex = nouns()
    if not subj.is_title or subj.ent_type_ == "PERSON" or subj.lower_ in lex.roles:
        return None
    if any(c.dep_ == "det" for c in subj.children):
        return None  # (not "The prime minister and Foreign Secretary David Lammy")
    tok = subj
    while (nxt := next((c for c in tok.children if c.dep_ == "conj"), None)) is not None:
        tok = nxt
    titled = any(c.dep_ == "compound" and c.lower_ in lex.roles for c in tok.children)
    if tok is subj or tok.ent_type_ != "PERSON" or not titled:
        return None
    # a title's words between the "and" and the role word: not a role right after it, the
    # second of two ("Chaffetz and Rep. Bob Goodlatte", "Trump and Vice President Pence")
    and_ = next((t for t in subj.doc[subj.i : tok.i] if t.dep_ == "cc"), None)
    after = subj.doc[and_.i + 1] if and_ is not None else None
    return tok if after is not None and after.lower_ not in lex.roles else None
