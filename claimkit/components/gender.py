"""A person's grammatical gender, as the article itself shows it, for pronoun agreement.

No list of first names: the evidence is the document's own words. A title or a gendered
role noun at a mention ("Mr Reid", "spokeswoman Anna Berg"), and the first "he"/"she"/
"his"/"her" after a mention in the same sentence with no other person between ("Putin
said his country ..."; not 'Clinton "caused havoc," he said') give votes, a title two, a
pronoun one; the majority decides, and a person with no evidence or a tie has no gender
and agrees with either pronoun. The words are data (``gendered`` in
``lexicons/nouns.json``). The same pronouns tell a person from a body: a name the text
calls "it" (:func:`called_it`) or "he"/"she" (:func:`next_subject_pronoun`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Container, Iterable

from spacy.tokens import Doc, Span, Token

from claimkit.components.records import (
    EntityCluster,
    cluster_at,
    ents_of,
    sentence_of,
    set_beside,
)
from claimkit.lexicons import nouns

__all__ = [
    "NEUTER",
    "TITLE_VOTES",
    "called_it",
    "genders",
    "next_subject_pronoun",
    "pronoun_gender",
    "pronoun_votes",
]

# a title or role noun at the mention says who the person is; a pronoun after it may be
# another's ("her husband, Milton Berg, a money manager, she has given ...")
TITLE_VOTES = 2


NEUTER = {"it", "its", "itself"}  # an organisation's or a thing's pronouns
SUBJECTS = ("nsubj", "nsubjpass")  # a mention "its" after it may take up
OBJECTS = ("dobj", "dative", "pobj")  # a pronoun its clause's subject cannot be


def pronoun_gender(word: str) -> str | None:
    """``"male"`` or ``"female"`` for a gendered word ("she", "Mrs", "spokesman")."""
    for gender, words in nouns().gendered.items():
        if word.lower() in words:
            return gender
    return None


def pronoun_votes(
    ent: Span, *, titles: bool = True, persons: Container[int] = (), reported: bool = True
) -> list[str]:
    """The genders a mention's title or role noun (:data:`TITLE_VOTES` votes) and the
    first "he"/"she" after it (in its sentence, no other person between, not the subject
    of a verb the mention hangs on; one vote) show; ``titles`` off, only the pronoun.
    ``persons`` holds the first characters of the mentions known to be persons that the
    model did not tag so ("Adebayo told the court that Toller had moved money into his
    own": "his" is Toller's). ``reported`` off, an owner's pronoun in the clause the
    mention reports shows no gender of its own ("Sarah Quinn said his position …"), though
    it still shows that a person speaks ("Mikel Arteta said his side …")."""
    doc = ent.doc
    sent = sentence_of(doc, ent.start)
    found = []
    start = max(sent.start, ent.start - 3)
    # not across a quotation's end: '... in her father," Graham said' is no title
    start = max([start, *(t.i + 1 for t in doc[start : ent.start] if t.is_quote)])
    for tok in doc[start : ent.end] if titles else ():
        if (g := pronoun_gender(tok.lower_)) is not None and tok.pos_ != "PRON":
            found += [g] * TITLE_VOTES
    for tok in doc[ent.end : sent.end]:
        if tok.ent_type_ == "PERSON" or tok.idx in persons:
            break
        if tok.pos_ != "PRON" or (g := pronoun_gender(tok.lower_)) is None:
            continue
        if tok.dep_ in OBJECTS and _in_relative(ent, tok):
            continue  # someone else: "Dr Alan Briggs, who saw [her] four times, said he …"
        # not the subject of a verb that the mention hangs on: 'Clinton "caused havoc," he
        # said' and "after Keyworth's pitch, she pushed" are someone else's; nor the
        # pronoun of whose relation the mention is: "Her coach, Aston Moore, said she …"
        of_reported = not reported and _reported(ent, tok)
        if tok.head not in ent.root.ancestors and g not in _owners(ent) and not of_reported:
            found.append(g)
        break
    return found


def _in_relative(ent: Span, tok: Token) -> bool:
    """Is ``tok`` inside a relative clause on the mention ``ent``?"""
    return any(c.dep_ == "relcl" and tok in c.subtree for c in ent.root.children)


def _reported(ent: Span, pronoun: Token) -> bool:
    """Is ``pronoun`` an owner's in the clause that the speaker ``ent`` reports ("Sarah
    Quinn said [his] position had been untenable")? Whose it is, the words do not show."""
    verb = ent.root.head
    if pronoun.dep_ != "poss" or ent.root.dep_ not in SUBJECTS:
        return False
    return any(c.dep_ == "ccomp" and pronoun in c.subtree for c in verb.children)


def _owners(ent: Span) -> set[str]:
    """The genders of the pronouns that own a description set beside the name ``ent``
    ("Her coach, Aston Moore"; "Aston Moore, her coach")."""
    return {
        g
        for d in set_beside(ent.root)
        for c in d.children
        if c.dep_ == "poss" and (g := pronoun_gender(c.lower_)) is not None
    }


def genders(doc: Doc, clusters: list[EntityCluster]) -> dict[str, str]:
    """The gender the document shows for each person cluster that has one, by id."""
    by_char = {a: c for c in clusters if c.label == "PERSON" for a, _ in c.mentions}
    votes: dict[str, Counter[str]] = {}
    for ent in ents_of(doc):
        cluster = cluster_at(ent, by_char)
        if cluster is None:
            continue
        said = pronoun_votes(ent, persons=by_char, reported=False)
        votes.setdefault(cluster.id, Counter()).update(said)
    out = {}
    for cid, count in votes.items():
        ranked = count.most_common(2)
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            out[cid] = ranked[0][0]
    return out


def called_it(
    doc: Doc, mentions: Iterable[tuple[int, int]], forms: Container[str] = NEUTER
) -> bool:
    """Is the first personal pronoun after one of the ``mentions`` (character ranges) as a
    subject, in its sentence and with no person named between, "it" or "its" ("Harvest
    Ltd, a salmon farmer, said its …"), or one of ``forms``?"""
    for start, end in mentions:
        span = doc.char_span(start, end, alignment_mode="expand")
        root = span.root if span is not None else None
        subject = root is not None and (
            root.dep_ in SUBJECTS or (root.dep_ == "appos" and root.head.dep_ in SUBJECTS)
        )
        if span is None or not subject:
            continue  # (an object's is the subject's: "The museum will return the Benin
            # bronzes to Nigeria, its trustees said")
        for tok in doc[span.end : sentence_of(doc, span.start).end]:
            if tok.ent_type_ == "PERSON":
                break
            if tok.pos_ == "PRON" and tok.lower_ in forms:
                return True
            if tok.pos_ == "PRON" and pronoun_gender(tok.lower_) is not None:
                break
        if "its" in forms and _its_company_word_next(doc, span):
            return True
    return False


def _its_company_word_next(doc: Doc, span: Span) -> bool:
    """Does the sentence after the one of subject ``span`` open with "its" and what only a
    company has ("Ryanair said it had cancelled 120 flights. Its chief executive, …")?"""
    end = sentence_of(doc, span.start).end
    first = next((t for t in doc[end : end + 3] if not t.is_space), None)
    return (
        first is not None
        and first.lower_ == "its"
        and first.dep_ == "poss"
        and first.head.lemma_.lower() in nouns().company_words
    )


def next_subject_pronoun(span: Span) -> bool:
    """Is the first subject of the sentence after ``span``'s "he" or "she", with no person
    named between them?"""
    doc = span.doc
    end = sentence_of(doc, span.start).end
    if end >= len(doc):
        return False
    subject = next((t for t in sentence_of(doc, end) if t.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in ("he", "she"):
        return False
    return not any(t.ent_type_ == "PERSON" for t in doc[span.end : subject.i])
