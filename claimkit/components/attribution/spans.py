"""Span repair: token ranges to character spans, trimmed, balanced around quotation marks,
cut at the sentence end, at a "but" clause or at a sibling cue.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable
from functools import cache

from spacy.tokens import Doc, Token

from claimkit.components.attribution.shared import FINITE, TIMES, frame_of, has_subject, quotes_near
from claimkit.components.records import Quote, sentence_of, text_of, tokens_before
from claimkit.components.sources import medium_of
from claimkit.lexicons import Cues, cues

__all__ = [
    "balance_marks",
    "but_clause",
    "cut_at_sibling",
    "edges_of",
    "more_content",
    "overlap_len",
    "sentence_end",
    "sentence_span",
    "to_sentence_end",
    "token_range",
    "trim_span",
]

TRIM = " \t\r\n,;:—–-"
TRAILING_CONJUNCTION = re.compile(r"[\s,]+(?:and|but|or)$")
ARTICLE_BEFORE = re.compile(r"\b(?:the|an?) $", re.I)
BUT = re.compile(r"[\"”’']?[ \t]+but\s")
PLACE_TIME = {"DATE", "TIME", "GPE", "LOC", "FAC"}


def token_range(tokens: Iterable[Token]) -> tuple[int, int] | None:
    toks = list(tokens)
    if not toks:
        return None
    first = min(t.idx for t in toks)
    last = max(t.idx + len(t.text) for t in toks)
    return first, last


def edges_of(heads: Iterable[Token], before: int | None = None) -> tuple[int, int] | None:
    """The characters the subtrees of ``heads`` cover, from the parser's left and right
    edges (constant time per head: walking ``subtree`` is quadratic on nested clauses such
    as "he said that she said that ..."); ``before`` cuts the range at that token."""
    heads = list(heads)
    if not heads:
        return None
    doc = heads[0].doc
    first = min(h.left_edge.i for h in heads)
    last = max(h.right_edge.i for h in heads)
    if before is not None:
        last = min(last, before - 1)
    if last < first:
        return None
    return doc[first].idx, doc[last].idx + len(doc[last])


NOT_VERBS = ("compound", "csubj")  # a "verb" in these relations is a noun misread


def trim_span(
    text: str, span: tuple[int, int], doc: Doc | None = None, *, words: bool = False
) -> tuple[int, int]:
    """``span`` without the punctuation and space at its ends, a conjunction it ends on
    and a leading complementizer "that" (and an adverb before it: "only that"); with
    ``doc``, a "that" the parser reads as the clause's subject stays ("say that is
    enough"); so does any "that" of the very ``words`` someone said ("MARKS: That
    decision is for the boards")."""
    a, b = span
    while a < b and text[a] in TRIM:
        a += 1
    while b > a and text[b - 1] in TRIM:
        b -= 1
    start = a  # never from inside a word: the parser's "the U" and "turn was" of "U-turn"
    inside = a < b and text[a].isalnum()
    while (
        inside
        and a > 0
        and (text[a - 1].isalnum() or (text[a - 2 : a - 1].isalnum() and text[a - 1] == "-"))
    ):
        a -= 1
    article = ARTICLE_BEFORE.search(text, max(0, a - 4), a) if a < start else None
    a = article.start() if article is not None else a
    end = TRAILING_CONJUNCTION.search(text, max(a, b - 8), b)
    if end is not None and end.start() > a:  # "… a 'total opportunist' and" [said …]
        b = end.start()
    # "said only that talks were continuing": the adverb is no part of what was said
    first, _, rest = text[a:b].lower().partition(" ")
    if first in cues().word_sets["focus_adverbs"] and rest.startswith("that "):
        a += len(first) + 1
    subject = words or (doc is not None and _subject_that(doc, a))
    if text[a:b].lower().startswith("that ") and not subject:
        a += 5
    return a, b


def _subject_that(doc: Doc, at: int) -> bool:
    tok = doc.char_span(at, at + 4)
    # a verb's ("say that is enough"), not a noun's the parser read as a verb ("told
    # reporters that midfielder Luke Palmer would miss …"), as its "verb" is then the
    # subject of the clause's own ("said that [work] on the design would continue")
    head = tok[0].head if tok is not None else None
    verb = head is not None and head.pos_ in ("VERB", "AUX") and head.dep_ not in NOT_VERBS
    # (a relative "that" as the subject of a reported clause before another of the cue's
    # is a misparse: "told reporters in Dublin that [delays] to Boeing deliveries had cost
    # …", "delays" read as its verb; not "Diplomats said that was expected")
    clause = head if head is not None and head.dep_ == "ccomp" else None
    later = clause is not None and any(
        c.dep_ == "ccomp" and c.i > clause.i for c in clause.head.children
    )
    relative = tok is not None and tok[0].tag_ == "WDT" and later
    return tok is not None and tok[0].dep_ in ("nsubj", "nsubjpass") and verb and not relative


def balance_marks(text: str, quotes: list[Quote], span: tuple[int, int]) -> tuple[int, int]:
    """Widen a content span so it never holds half a quotation: both marks or neither."""
    a, b = span
    for q in quotes_near(quotes, a, b):
        if q.depth or len(q.segments) > 1:
            continue
        if a <= q.end < b and a > q.start - 1 >= 0 and q.start - a < 400:
            a = q.start - len(q.mark)
        if a <= q.start < b < q.end and q.end - b < 400:
            b = min(len(text), q.end + 1)
        if q.end <= b <= q.end + 1 and q.start >= a:
            b = min(len(text), q.end + 1)
    return a, b


def sentence_span(doc: Doc, start: int, end: int) -> tuple[int, int]:
    first = doc.char_span(start, max(start + 1, end), alignment_mode="expand")
    if first is None or len(first) == 0:
        return start, end
    a = sentence_of(doc, first[0].i).start_char
    b = sentence_of(doc, first[-1].i).end_char
    return a, b


def to_sentence_end(doc: Doc, cue: Token, content: tuple[int, int]) -> tuple[int, int]:
    """Take in the rest of the sentence when the parser cut the content short: "accused
    the United States of merely pretending to fight [IS in Iraq and of hindering …]" (the
    rest hangs off the cue as a clause). Only when :func:`more_content` accepts the rest."""
    if content[0] < cue.idx:
        return content
    rest = more_content(doc, cue, tokens_before(doc, content[1]))
    return (content[0], rest[1]) if rest is not None else content


def but_clause(doc: Doc, cue: Token, content: tuple[int, int]) -> tuple[int, int]:
    """Take in a contrast that runs on without a comma: "said there is a long road ahead
    but he feels confident ...", "the goal was not to X but to Y". Not the speaker's next
    act ("said X but argues that ..."), which is a claim of its own."""
    text = text_of(doc)
    if content[0] < cue.idx or not BUT.match(text, content[1]):
        return content
    k = tokens_before(doc, content[1])
    if k < len(doc) and doc[k].is_quote:
        k += 1  # 'said there is a "long road ahead" but ...'
    if k + 1 >= len(doc) or doc[k].lower_ != "but":
        return content
    nxt = next((t for t in doc[k + 1 : k + 4] if t.pos_ != "ADV"), doc[k + 1])
    if nxt.pos_ in ("VERB", "AUX") and nxt.tag_ in FINITE and not has_subject(nxt):
        return content  # "but usually turns into ..."
    sent = sentence_of(doc, cue.i)
    if not k < sent.end <= k + 60:
        return content
    return content[0], max(content[1], sentence_end(doc, sent.end - 1, k))


def more_content(doc: Doc, cue: Token, first: int) -> tuple[int, int] | None:
    """The characters from token ``first`` to the end of the cue's sentence (closing
    punctuation left out), when they are more of what was said: no new clause (a verb with
    a subject of its own, unless "but that …" or a "because" clause), no other cue, no
    time, place or source of the cue ("…, on Monday", "in a statement")."""
    if first >= len(doc):
        return None
    sent = sentence_of(doc, cue.i)
    last = sent.end - 1
    while last >= first and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    rest = doc[first : last + 1]
    if len(rest) < 3 or len(rest) > 60:
        return None
    lead = next((t for t in rest if not t.is_punct), None)
    if lead is None or (
        lead.head.i == cue.i
        and lead.dep_ in ("prep", "npadvmod", "advmod", "agent")
        and not (lead.dep_ == "prep" and lead.lower_ in cues().word_sets["continuing_prepositions"])
    ):
        return None
    if lead.dep_ == "prep" and lead.head.i == cue.i and medium_of(lead) is not None:
        return None  # the cue's medium: "confirmed the cuts [in an email to The Verge]"
    if lead.head.i == cue.i and lead.dep_ == "advcl" and lead.tag_ == "VBG":
        return None  # how the words came: "…, the institute said, [citing market sources]"
    # "said X, but that Y": a second complement of the same cue
    after = doc[lead.i + 1] if lead.i + 1 < len(doc) else None
    clause_ok = lead.lower_ in ("but", "and") and after is not None and after.lower_ == "that"
    stops = PLACE_TIME if lead.dep_ == "prep" else TIMES  # "… at a rally in Iowa"
    reasons = cues().word_sets["reasons"]
    stop_words = cues().word_sets["content_stops"] | _form_words(cues())
    for t in rest:
        if t.ent_type_ in stops or frame_of(t) is not None or t.is_quote:
            return None
        subordinate = clause_ok or any(c.dep_ == "mark" and c.lower_ in reasons for c in t.children)
        if t.pos_ in ("VERB", "AUX") and has_subject(t) and not subordinate:
            return None
        if t.lower_ in stop_words:
            return None
    return rest.start_char, rest.end_char


def cut_at_sibling(
    doc: Doc, siblings: list[Token], cue: Token, content: tuple[int, int]
) -> tuple[int, int]:
    """End the content before the first sibling cue (see :func:`_sibling_cues`) whose
    head lies inside it."""
    k = bisect.bisect_right(siblings, content[0], key=lambda t: t.idx)
    for tok in itertools.islice(siblings, k, None):
        if tok.idx >= content[1]:
            break
        if tok.i > cue.i and content[0] <= tok.head.idx < content[1]:
            return content[0], doc[tok.left_edge.i].idx
    return content


def sentence_end(doc: Doc, last: int, floor: int) -> int:
    """The end character of the last token from ``last`` back to ``floor`` that is a word
    (or a figure's sign, which spaCy counts as punctuation: "about 4%")."""
    while last > floor and ((doc[last].is_punct and doc[last].text != "%") or doc[last].is_space):
        last -= 1
    return doc[last].idx + len(doc[last])


def overlap_len(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


@cache
def _form_words(lexicon: Cues) -> frozenset[str]:
    """The first words of the prepositional forms: "according"."""
    return frozenset(f.words[0] for f in lexicon.forms.values())
