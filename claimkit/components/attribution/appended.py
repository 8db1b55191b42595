"""A report appended to the sentence it reports, which the parser took for part of it:
"Teachers have voted to strike after rejecting a pay offer, the country's largest teaching
union announced on Friday." (the cue hung on "offer"'s apposition), "… for jeweller Corvel,
a source close to the matter said on Tuesday." (the cue a clause of the sentence's verb).
"""

from __future__ import annotations

from spacy.tokens import Token

from claimkit.components.attribution.shared import SUBJECTS
from claimkit.lexicons import nouns, sources

__all__ = ["appended_report", "appended_subject", "described_root"]


def appended_report(tok: Token) -> bool:
    """Is ``tok`` a cue the parser hung on a noun it took for an apposition of the
    sentence's last noun, though it reports the sentence (see :func:`appended_subject`)?"""
    return appended_subject(tok) is not None


def appended_subject(tok: Token) -> Token | None:
    """The speaker of a cue the parser hung, as a participle, on a noun it took for an
    apposition of the sentence's last noun, though it reports the sentence: "Teachers
    have voted to strike after rejecting a pay offer, [the country's largest teaching
    union] announced on Friday."; or as a clause of the sentence's verb, the noun right
    before it: "… takeover bid for jeweller Corvel, [a source] close to the matter said on
    Tuesday." The noun is set off by a comma, definite (or a person, a body, people), and
    no medium; None for any other cue."""
    noun = tok.head
    # (or a conjunct of the sentence's verb: "…, astronomers reported on Wednesday")
    joined = noun.dep_ == "conj" and noun.head.dep_ == "ROOT" and noun.head.pos_ == "VERB"
    if tok.dep_ == "advcl" and tok.tag_ == "VBD" and tok.i > 0:
        last = tok.doc[tok.i - 1]
        noun = next((h for h in [last, *last.ancestors] if h.dep_ == "appos"), tok.head)
        noun = noun if noun.right_edge.i == last.i else tok.head
    elif tok.dep_ != "acl" or tok.tag_ not in ("VBN", "VBD"):
        return None
    # or the object it took it for, of people or a body and ending the sentence: "X has
    # agreed to defend his title in November, the sport's governing body announced on
    # Thursday."
    lex, lemma = nouns(), noun.lemma_.lower()
    people = lemma in lex.group or lemma in lex.roles or lemma in lex.kind_nouns()
    people = people or lemma in lex.occupations or lemma in lex.anonymous
    ends = tok.right_edge.i + 1 >= tok.sent.end or tok.doc[tok.right_edge.i + 1].is_punct
    taken = noun.dep_ in ("dobj", "npadvmod") and noun.head.dep_ == "ROOT" and people and ends
    if not (noun.dep_ == "appos" or joined or taken) or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(c.dep_ in SUBJECTS for c in tok.children) or noun.i > tok.i:
        return None
    start = noun.left_edge.i
    article = noun.doc[start].lower_ == "the" or noun.doc[start].tag_ == "PRP$"
    # or an indefinite noun of people or a body: "…, an international team reported on
    # Wednesday" (not "…, a plan announced earlier this year.")
    # (and bare plural: "…, astronomers said")
    bare = noun.tag_ == "NNS" and all(c.dep_ == "amod" for c in noun.children if c.i < noun.i)
    article = article or ((noun.doc[start].lower_ in ("a", "an") or bare) and people)
    medium = lemma in sources().nouns  # a body or a person, not a medium
    set_off = start > 0 and noun.doc[start - 1].text == ","
    return noun if article and not medium and set_off else None


def described_root(tok: Token) -> Token | None:
    """The speaker of a cue the parser read as a participle on the noun it made the whole
    sentence's root, a speaker's description that opens it ("A spokesman, Kush Desai,
    [added] in remarks to reporters that prices had fallen"); None for any other cue."""
    noun = tok.head
    if tok.dep_ != "acl" or tok.tag_ not in ("VBN", "VBD") or noun.dep_ != "ROOT":
        return None
    if noun.i > tok.i or noun.pos_ != "NOUN" or noun.left_edge.i != noun.sent.start:
        return None
    lex = nouns()
    lemma = noun.lemma_.lower()
    speaks = lemma in lex.roles or lemma in lex.group or lemma in lex.anonymous
    said = any(t.dep_ == "mark" and t.lower_ == "that" for t in tok.subtree)
    return noun if speaks and said else None
