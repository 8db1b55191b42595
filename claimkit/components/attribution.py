"""``claimkit_attribution``: who said what, from quotes, cue verbs and the parse.

Three passes over a parsed Doc, each a small function:

1. :func:`direct_claims` attributes each quotation segment to the cue clause right after
   it ('"…," X said', '"…" said X', '"…" — X') or right before it ('X said: "…"'), else to
   the speaker of the previous quote in the same paragraph (continuation).
2. :func:`reported_claims` turns every other cue verb with a subject and a content
   argument (its frame in ``lexicons/cues.json`` says which) into an indirect claim, or
   a mixed one when the content holds a quotation; "according to X" likewise.
3. :func:`link_nested` marks a claim whose cue lies inside another claim's content as
   reported by it.

Speakers are recorded as tokens here; ``claimkit_speakers`` resolves them.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Token

from claimkit.components.records import (
    Attribution,
    Quote,
    guarded,
    register_extensions,
    sentence_of,
    subtree_bounds,
    text_of,
    tokens_before,
)
from claimkit.intervals import Intervals
from claimkit.lexicons import Frame, cues, nouns

__all__ = ["AttributionFinder", "direct_claims", "make_attribution", "reported_claims"]

SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
CLIMB = {"xcomp", "advcl", "conj", "pcomp", "prep", "acl"}
ZW = "\u200b\u200c\u200d\u2060\ufeff\x00"  # zero-width and NUL characters count as space
BETWEEN_AFTER = re.compile(rf"^[\s{ZW},;:\"'”’»—–-]*$")
INTRODUCES = re.compile(r"\s*(?::|,?\s*[\"“‘«`])")
BETWEEN_BEFORE = re.compile(rf"^[\s{ZW},:;—–-]*$")
TRIM = " \t\r\n,;:—–-"
CLOSING = " \t\r\n.,;:!?\"'”’»…\u00a0"
TRAILING_CONJUNCTION = re.compile(r"[\s,]+(?:and|but|or)$")
FINITE = {"VBD", "VBZ", "VBP"}
AND_BUT = re.compile(r",\s+(?:and|but)\s")
BUT = re.compile(r"[\"”’']?[ \t]+but\s")
COLON_LEAD_MAX = 8
MARKUP = re.compile(r"[<=:]")
COLON_STOP = {
    "note",
    "update",
    "editor",
    "related",
    "photo",
    "source",
    "watch",
    "video",
    "read",
    "subscribe",
    "follow",
    "contact",
    "email",
    "tags",
    "topics",
    "share",
    "advertisement",
}
PARAGRAPH = re.compile(r"\n[ \t\r\f\v\u00a0]*\n")
DASH_AFTER = re.compile(r"[\s,]*[\"”’'»]?\s*(?P<dash>—|–|―|--|-)\s*")
PREP_CONTENT = {"of", "for", "as"}
PAUSES = {",", "—", "–", "-", "--", "("}
NOUN_PHRASE = {"DET", "ADJ", "NOUN", "PROPN", "NUM"}
NOUN_PHRASE_MAX = 8
THAT_GAP = 8  # words between a cue and a "that" the parser hung elsewhere ("said in a …")
QUOTE_CHARS = set("\"'“”‘’«»`")
NAMED = {"PERSON", "ORG", "GPE", "NORP", "DATE", "TIME", "CARDINAL", "LOC", "FAC"}
TIMES = {"DATE", "TIME"}
PLACE_TIME = {"DATE", "TIME", "GPE", "LOC", "FAC"}
# a prepositional phrase that goes on the content after it ("… in support of X")
CONTENT_PREPS = PREP_CONTENT | {"in", "to", "with", "about", "against", "over", "from", "by"}
REASONS = {"because", "since", "although", "though", "unless", "if"}


def _frame(tok: Token) -> Frame | None:
    if tok.pos_ not in ("VERB", "AUX") and tok.tag_ not in ("VBD", "VBZ", "VBP", "VBN", "VBG"):
        return None
    lex = cues()
    lemma = tok.lemma_.lower()
    frame = lex.verbs.get(lemma)
    if frame is None and lemma in lex.by_documents:
        # "the survey found …", "figures published on Monday show …"; not "police found …"
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lemma_.lower() in lex.documents:
            return lex.by_documents[lemma]
    return frame


class QuoteIndex(list[Quote]):
    """The quotes of a Doc, with a sorted index of their segments for fast look-ups."""

    def __init__(self, quotes: Iterable[Quote]) -> None:
        super().__init__(quotes)
        self._segments = Intervals((a, b, q) for q in self for a, b in q.segments)
        self._spans = Intervals((q.start, q.end, q) for q in self)

    def at(self, pos: int) -> Quote | None:
        """The quote whose words hold character ``pos``, if any."""
        return next((q for _, _, q in self._segments.overlapping(pos, pos + 1)), None)

    def near(self, a: int, b: int, margin: int = 2) -> list[Quote]:
        """Quotes whose span comes within ``margin`` characters of [a, b)."""
        return [q for _, _, q in self._spans.overlapping(a - margin, b + margin)]


def _near(quotes: list[Quote], a: int, b: int, margin: int = 2) -> list[Quote]:
    if isinstance(quotes, QuoteIndex):
        return quotes.near(a, b, margin)
    return [q for q in quotes if q.end > a - margin and q.start < b + margin]


def _inside(quotes: list[Quote], pos: int) -> Quote | None:
    if isinstance(quotes, QuoteIndex):
        return quotes.at(pos)
    return next((q for q in quotes if any(a <= pos < b for a, b in q.segments)), None)


def _subject(tok: Token) -> tuple[Token | None, Token | None]:
    """(speaker token, source noun) for a cue: its subject, passive agent, or inherited one."""
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if len(subjects) > 1:  # "Biden, Rubio said on Monday, had ...": the nearest one speaks
        leading = [c for c in subjects if c.i < tok.i]
        return (leading[-1] if leading else subjects[0]), None
    for child in tok.children:
        if child.dep_ == "nsubj":
            return child, None
        if child.dep_ == "agent":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj, None
    # poll shares: 'About 4 in 10 say …' (the parser reads "10" as a modifier of the verb)
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    if (
        before is not None
        and before.head.i == tok.i
        and before.dep_ in ("nummod", "npadvmod", "dep")
        and before.like_num
    ):
        return before, None
    # headline inversion: '…, says Kremlin' (the parser leaves the name as "dep")
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if (
        after is not None
        and after.head.i == tok.i
        and after.pos_ in ("PROPN", "NOUN")
        and after.dep_ in ("dep", "dobj", "attr", "npadvmod", "appos")
        and any(c.dep_ == "ccomp" and c.i < tok.i for c in tok.children)
    ):
        return after, None
    # a long subject the parser broke at a participle: "Majorities of Democrats in five
    # states going to the polls Tuesday say ..." (the subject hangs off "going", and the
    # cue off it as "dep", or "going" is the cue's clausal subject)
    gerund = next((c for c in tok.children if c.dep_ == "csubj" and c.tag_ == "VBG"), None)
    if gerund is None and tok.dep_ == "dep" and tok.head.i < tok.i and tok.tag_ in FINITE:
        gerund = tok.head
    if gerund is not None:
        subj = next((c for c in gerund.children if c.dep_ == "nsubj" and c.i < gerund.i), None)
        if subj is not None:
            return subj, None
    # 'Trump told Newsmax that Romney "had …," adding, "…"': the parser hangs the
    # participle on the reported verb; the one who adds is the one who told
    reported = tok.head
    if (
        tok.tag_ == "VBG"
        and tok.dep_ == "advcl"
        and reported.dep_ in ("ccomp", "parataxis")
        and not _has_subject(tok)
        and _frame(reported.head) is not None
    ):
        return _subject(reported.head)
    passive = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if passive is None and tok.tag_ in FINITE and tok.dep_ not in ("conj", "xcomp", "acl", "relcl"):
        named = _subject_by_position(tok)
        if named is not None:
            return named, None
    node = tok
    for _ in range(
        4
    ):  # climb: "was quoted as saying", "approved X and called on", "statement saying"
        if node.dep_ == "acl" and node.head.pos_ in ("NOUN", "PROPN"):
            noun = node.head
            gov = noun.head
            subj = next((c for c in gov.children if c.dep_ in SUBJECTS), None)
            return (subj, noun) if subj is not None else (noun, None)
        if node.dep_ not in CLIMB or node.head is node:
            break
        node = node.head
        subj = next((c for c in node.children if c.dep_ in SUBJECTS), None)
        if subj is not None:
            return subj, None
    return passive, None


def _in_noun_phrase(tok: Token) -> bool:
    """A word of a plain noun phrase: determiner, adjective, noun, number, possessive 's."""
    return tok.pos_ in NOUN_PHRASE or tok.tag_ == "POS"


def _noun_phrase_end(doc: Doc, start: int, stop: int) -> Token | None:
    """The head noun of a plain noun phrase that starts at token ``start`` and ends at a
    comma before ``stop``."""
    j = start
    while j < stop and j - start < NOUN_PHRASE_MAX and _in_noun_phrase(doc[j]):
        j += 1
    if j == start or j >= stop or doc[j].text != "," or doc[j - 1].pos_ not in ("NOUN", "PROPN"):
        return None
    return doc[j - 1]


def _subject_by_position(tok: Token) -> Token | None:
    """The speaker of a finite cue the parser gave no subject, from word order alone: a
    noun phrase right after a comma and before the cue ('Tuesday in New York, while on the
    trail for his wife, former president Bill Clinton said …', which the parser took for an
    apposition), or a noun phrase that opens the sentence, then a phrase set off by commas,
    then the cue ('Jeffrey Salkin, a Hollywood, Fla., rabbi helping to organize the
    boycott, said …', with "rabbi" taken for a verb)."""
    doc = tok.doc
    sent = sentence_of(doc, tok.i)
    k = tok.i - 1
    while k > sent.start and (doc[k].pos_ == "ADV" or doc[k].ent_type_ in TIMES):
        k -= 1  # "…, last week said", "…, also said"
    if k > sent.start and doc[k].pos_ in ("NOUN", "PROPN"):
        j = k
        while j > sent.start and k - j < NOUN_PHRASE_MAX and _in_noun_phrase(doc[j - 1]):
            j -= 1
        return doc[k] if j > sent.start and doc[j - 1].text == "," else None
    if k <= sent.start or doc[k].text != ",":
        return None
    first = sent.start
    while first < k and (doc[first].is_punct or doc[first].dep_ == "cc"):
        first += 1
    return _noun_phrase_end(doc, first, k)


def _token_range(tokens: Iterable[Token]) -> tuple[int, int] | None:
    toks = list(tokens)
    if not toks:
        return None
    first = min(t.idx for t in toks)
    last = max(t.idx + len(t.text) for t in toks)
    return first, last


def _edges(heads: Iterable[Token], before: int | None = None) -> tuple[int, int] | None:
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


def _trim(text: str, span: tuple[int, int]) -> tuple[int, int]:
    a, b = span
    while a < b and text[a] in TRIM:
        a += 1
    while b > a and text[b - 1] in TRIM:
        b -= 1
    end = TRAILING_CONJUNCTION.search(text, max(a, b - 8), b)
    if end is not None and end.start() > a:  # "… a 'total opportunist' and" [said …]
        b = end.start()
    if text[a:b].lower().startswith("that "):
        a += 5
    return a, b


def _content(tok: Token, frame: Frame) -> tuple[int, int] | None:
    """The characters of the cue's content arguments, on one side of the cue.

    A clausal complement wins; otherwise the object and the frame's prepositions, of which
    a particle of the cue ("call on", "agree to") contributes only its object.
    """
    kids = [c for c in tok.children if c.dep_ in frame.content]
    clauses = [c for c in kids if c.dep_ in ("ccomp", "parataxis")]
    if clauses:
        after = [c for c in clauses if c.i > tok.i]
        side = after or clauses  # "X said Y" over a fronted phrase the parser took for a clause
    else:
        particles = cues().particles.get(tok.lemma_.lower(), frozenset())
        side = []
        for c in tok.children:
            if c.i < tok.i:
                continue
            if c.dep_ in ("prep", "prt") and c.lower_ in particles and c.i == tok.i + 1:
                side.extend(k for k in c.children if k.dep_ in ("pobj", "pcomp"))
            elif c.dep_ == "dobj" and "quoted_dobj" in frame.content and _opens_quoted(c):
                side.append(c)  # 'said "no deal"', not 'said goodbye' or 'said a "plan"'
            elif c.dep_ not in frame.content or c.dep_ == "conj":
                continue  # a conjoined verb only on the terms below
            elif c.dep_ == "prep":
                if c.lower_ in PREP_CONTENT:
                    side.append(c)
            elif c.dep_ != "dobj" or "dobj" in frame.content or _quoted(c):
                side.append(c)
        if side and "conj" in frame.content:
            # "affirmed their determination ... and continue collaborating": a second
            # verb with no subject of its own and no cue of its own is more of the content
            side += [
                c
                for c in tok.children
                if c.dep_ == "conj" and c.i > tok.i and _frame(c) is None and not _has_subject(c)
            ]
        # "calling for the United States to step up": a for-to clause
        side += [
            c
            for c in tok.children
            if c.dep_ in ("advcl", "ccomp")
            and c.i > tok.i
            and any(m.dep_ == "mark" and m.lower_ == "for" and m.i == tok.i + 1 for m in c.children)
        ]
    if not side:
        return None
    if side[0].i < tok.i:
        subj, _ = _subject(tok)
        return _edges(side, before=tok.i if subj is None else min(tok.i, subj.left_edge.i))
    return _edges(side)


def _that_clause(doc: Doc, tok: Token) -> tuple[int, int] | None:
    """'Schneiderman alleged in the suit that Trump earned ...': a "that" clause the
    parser hung on a noun of the cue's phrase. The words after "that" to the end of the
    sentence, less what hangs on the cue itself ("…, and added ..."), when only a short
    phrase with no verb stands between the cue and "that"."""
    sent = sentence_of(doc, tok.i)
    mark = next(
        (
            t
            for t in doc[tok.i + 1 : min(sent.end, tok.i + THAT_GAP + 2)]
            if t.lower_ == "that" or (t.pos_ in ("VERB", "AUX") and t.dep_ != "prep") or t.is_quote
        ),
        None,
    )
    if mark is None or mark.lower_ != "that" or mark.i + 2 >= sent.end:
        return None
    after = next((t for t in doc[mark.i + 1 : sent.end] if t.pos_ != "ADV"), doc[mark.i + 1])
    if (
        mark.dep_ == "det"
        or after.pos_ in ("VERB", "AUX")
        or (after.is_punct and not after.is_quote)
    ):
        return None  # "said that question ...", "said in the suit that was filed"
    last = sent.end - 1
    for c in tok.children:
        if c.i > mark.i and c.dep_ in ("conj", "cc", "advcl", "punct") and c.left_edge.i > mark.i:
            last = min(last, c.left_edge.i - 1)
    if not any(t.tag_ in FINITE or t.tag_ == "MD" for t in doc[mark.i + 1 : last + 1]):
        return None
    return doc[mark.i + 1].idx, _sentence_end(doc, last, mark.i + 1)


def _as_clause(doc: Doc, tok: Token) -> tuple[int, int] | None:
    """'As The Daily Caller reported, the star gave ...', '…, as the Times reported': a cue
    in an "as" clause reports the clause it hangs on, less the "as" clause itself."""
    head = tok.head
    if tok.dep_ != "advcl" or head.pos_ not in ("VERB", "AUX") or head.i == tok.i:
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children):
        return None
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "dative") for c in tok.children):
        return None  # "As he said goodbye, ...": the cue has an object of its own
    if any(c.dep_ == "nsubjpass" for c in tok.children):
        return None  # "Rule 40, as it's currently written": nobody speaks
    if tok.i < head.i:
        first, last = tok.right_edge.i + 1, head.right_edge.i
        word = tok.right_edge.i
        while word > tok.i and doc[word].is_punct:
            word -= 1
        pause = doc[word + 1 : first + 1]
    else:
        first, last = head.left_edge.i, tok.left_edge.i - 1
        pause = doc[last : last + 1]
    if not any(t.text in PAUSES for t in pause):
        return None  # not "talked over them as they answered"
    while first <= last and (doc[first].is_punct or doc[first].dep_ == "cc"):
        first += 1  # "But as a reporter noted, he ..."
    if last - first < 2:
        return None
    return doc[first].idx, _sentence_end(doc, last, first)


def _balance(text: str, quotes: list[Quote], span: tuple[int, int]) -> tuple[int, int]:
    """Widen a content span so it never holds half a quotation: both marks or neither."""
    a, b = span
    for q in _near(quotes, a, b):
        if q.depth or len(q.segments) > 1:
            continue
        if a <= q.end < b and a > q.start - 1 >= 0 and q.start - a < 400:
            a = q.start - len(q.mark)
        if a <= q.start < b < q.end and q.end - b < 400:
            b = min(len(text), q.end + 1)
        if q.end <= b <= q.end + 1 and q.start >= a:
            b = min(len(text), q.end + 1)
    return a, b


def _quoted(tok: Token) -> bool:
    """Does the subtree hold a quotation mark ('said "no"', 'affirmed their "resolve"')?"""
    return any(t.is_quote or t.text in QUOTE_CHARS for t in tok.subtree)


def _opens_quoted(tok: Token) -> bool:
    """Does the phrase open with a quotation mark ('said "no deal"'; the parser hangs the
    mark on the phrase or on the verb before it)?"""
    i = tok.left_edge.i
    return any(t.is_quote or t.text in QUOTE_CHARS for t in tok.doc[max(0, i - 1) : i + 1])


def _content_before(tok: Token) -> bool:
    frame = _frame(tok)
    kids = [c for c in tok.children if frame is not None and c.dep_ in frame.content]
    return all(c.i < tok.i for c in kids)


def _when(tok: Token) -> int | None:
    for child in tok.children:
        if child.dep_ in ("npadvmod", "tmod") and child.ent_type_ in ("DATE", "TIME"):
            return child.i
        if child.dep_ == "prep" and child.lower_ in ("on", "in", "at", "during"):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.ent_type_ in ("DATE", "TIME"):
                return pobj.i
    return None


def _statement_time(tok: Token) -> tuple[int | None, str | None]:
    """The token of the statement's time and where it came from: the cue's own time
    ("said Saturday": ``cue``), else the time of the event that carries the cue ("issued a
    statement on Saturday saying …": ``event``), climbing at most three heads and never
    past another cue, whose time is another statement's."""
    when = _when(tok)
    if when is not None:
        return when, "cue"
    for steps, head in enumerate(tok.ancestors):
        if steps >= 3 or _frame(head) is not None:
            break
        when = _when(head)
        if when is not None:
            return when, "event"
    return None, None


_NOT_NOW = frozenset({"have", "will", "shall", "would", "may", "might", "can", "could", "should"})
_NOT_NOW |= frozenset({"must", "not", "never"})


def _reported_now(tok: Token) -> bool:
    """Is the cue a plain report in the simple past or present ("said", "says", "told",
    "issued a statement calling on ...")? Same-day news dates such a statement to its own
    day; a perfect ("has said", "had said"), a future, a modal or a negation it does not."""

    def aux_of(verb: Token) -> list[Token]:
        return [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")]

    verb = tok
    for _ in range(3):
        if aux_of(verb) or verb.tag_ in FINITE or verb.head is verb:
            break
        verb = verb.head
    aux = aux_of(verb)
    if any(c.lemma_.lower() in _NOT_NOW or c.lower_ in _NOT_NOW for c in aux):
        return False
    finite = aux[0] if aux else verb
    return verb.pos_ == "VERB" and finite.tag_ in FINITE


def _addressee(tok: Token, frame: Frame) -> tuple[int, int] | None:
    for child in tok.children:
        if child.dep_ in frame.addressee and child.i > tok.i:
            lo, hi = subtree_bounds(child, lambda c: c.dep_ in ("relcl", "acl"))
            return tok.doc[lo].idx, tok.doc[hi].idx + len(tok.doc[hi])
    return None


def _cue_span(tok: Token) -> tuple[int, int]:
    toks = [tok]
    particles = cues().particles.get(tok.lemma_.lower(), frozenset())
    toks += [c for c in tok.children if c.dep_ in ("prt", "prep") and c.lower_ in particles]
    toks = [t for t in toks if t.i <= tok.i + 1]
    span = _token_range(toks)
    assert span is not None
    return span


def _sentence(doc: Doc, start: int, end: int) -> tuple[int, int]:
    first = doc.char_span(start, max(start + 1, end), alignment_mode="expand")
    if first is None or len(first) == 0:
        return start, end
    a = sentence_of(doc, first[0].i).start_char
    b = sentence_of(doc, first[-1].i).end_char
    return a, b


def _clause_edges(tok: Token, subj: Token | None, limit: int) -> tuple[int, int]:
    """Start and end of the attribution clause; objects count only when they start before
    ``limit`` (the quote's opening), so 'praised "the efforts…"' ends at "praised"."""
    doc = tok.doc
    ranges = [(tok.i, tok.i)]
    if subj is not None:
        ranges.append((subj.left_edge.i, subj.right_edge.i))
    for c in tok.children:
        if c.dep_ in ("npadvmod", "tmod", "advmod", "aux", "neg", "prt"):
            ranges.append((c.i, c.i))
        elif c.dep_ in ("dative", "dobj", "agent", "prep") and c.left_edge.idx < limit - 1:
            ranges.append((c.left_edge.i, c.right_edge.i))
    stop = tokens_before(doc, limit - 1) - 1  # the last token that starts before the quote
    kept = [(a, min(b, stop)) for a, b in ranges if a <= stop] or [(tok.i, tok.i)]
    first = min(a for a, _ in kept)
    last = doc[max(b for _, b in kept)]
    return doc[first].idx, last.idx + len(last.text)


def _cue_after(doc: Doc, quotes: list[Quote], seg: tuple[int, int]) -> Token | None:
    """A cue clause right after the quote: '"…," X said', '"…" said X', '"…" — X said'."""
    text = text_of(doc)
    span = doc.char_span(seg[1], len(text), alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    first = span[0]
    word = next((t for t in doc[first.i :] if not (t.is_punct or t.is_space)), None)
    if word is None:
        return None
    for tok in doc[first.i : sentence_of(doc, word.i).end]:
        if _inside(quotes, tok.idx) or _frame(tok) is None:
            continue
        subj, _ = _subject(tok)
        a, b = _clause_edges(tok, subj, len(text))
        ok = BETWEEN_AFTER.match(text[seg[1] : a]) and subj is not None
        # 'X praised: "…"' introduces the next quote; it does not close this one, unless
        # the sentence runs on through both: '"A," he said, "but B."'
        split = text[seg[1] - 1 : seg[1]] == "," and text[b : b + 1] == ","
        introduces = INTRODUCES.match(text, b) is not None and not split
        return tok if ok and not introduces and (split or _content_before(tok)) else None
    return None


def _cue_before(doc: Doc, quotes: list[Quote], seg: tuple[int, int]) -> Token | None:
    """A cue clause right before the quote: 'X said: "…"', 'X said, "…"', 'X praised "…"'."""
    text = text_of(doc)
    span = doc.char_span(0, seg[0], alignment_mode="contract")
    if span is None or len(span) == 0:
        return None
    word = next((t for t in reversed(span) if not (t.is_punct or t.is_space)), None)
    if word is None:
        return None
    for tok in reversed(doc[sentence_of(doc, word.i).start : span[-1].i + 1]):
        if _inside(quotes, tok.idx) or _frame(tok) is None:
            continue
        subj, _ = _subject(tok)
        _, b = _clause_edges(tok, subj, seg[0])
        ok = b < seg[0] and BETWEEN_BEFORE.match(text[b : seg[0] - 1]) and subj is not None
        return tok if ok else None
    return None


def _make(
    doc: Doc, tok: Token, content: tuple[int, int], kind: str, evidence: str, confidence: float
) -> Attribution:
    frame = _frame(tok)
    subj, source = _subject(tok)
    when, when_from = _statement_time(tok)
    return Attribution(
        kind=kind,
        content=content,
        cue=_cue_span(tok),
        cue_token=tok.i,
        speaker_token=subj.i if subj is not None else None,
        source_token=source.i if source is not None else None,
        evidence=evidence,
        sentence=_sentence(doc, min(content[0], tok.idx), max(content[1], tok.idx + len(tok))),
        addressee=_addressee(tok, frame) if frame else None,
        when_token=when,
        when_from=when_from,
        reported_now=when is None and _reported_now(tok),
        confidence=confidence,
    )


def _dash_speaker(doc: Doc, seg: tuple[int, int]) -> tuple[Token, tuple[int, int]] | None:
    """'"…" — David Martosko': a name right after a dash that follows the quote."""
    m = DASH_AFTER.match(text_of(doc), seg[1])
    if m is None:
        return None
    span = doc.char_span(m.end(), min(len(text_of(doc)), m.end() + 80), alignment_mode="expand")
    if span is None or len(span) == 0 or span[0].pos_ != "PROPN":
        return None
    tok = span[0]
    while tok.head.i != tok.i and tok.head.pos_ == "PROPN" and tok.dep_ in ("compound", "flat"):
        tok = tok.head
    dash = m.group("dash")
    start = m.start("dash")
    return tok, (start, start + len(dash))


def direct_claims(doc: Doc, quotes: list[Quote]) -> list[Attribution]:
    """Attribute each top-level quotation segment (see the module docstring).

    A quote with no attribution of its own keeps the speaker of the previous quote in its
    paragraph, or of the quote that ended the previous paragraph when it opens its own
    (news convention); otherwise it is left out: an unattributed quote is not a claim.
    """
    text = text_of(doc)
    para_starts = [0] + [m.end() for m in PARAGRAPH.finditer(text)]
    out: list[Attribution] = []
    para_last: dict[int, Attribution] = {}
    for q in quotes:
        if q.depth:
            continue
        found: list[Attribution | None] = []
        # a quoted phrase inside a reported clause ('declared their commitment to "…"',
        # 'agree "no military solution" in Syria') is part of a mixed claim, not a direct
        # quote: words before it, or no sentence of its own (both say so when it is empty)
        lead_in = _words_before(doc, q)
        fragment = lead_in or not _is_sentence_like(doc, q)
        for seg in q.segments:
            if not fragment:
                found.append(_attribute_segment(doc, quotes, seg))
            elif not lead_in and (cue := _cue_after(doc, quotes, seg)):
                # '"With an eye to February 20th, Carolina," he said.': verbless, but said
                found.append(_make(doc, cue, seg, "direct", "quote+cue-after", 0.8))
            else:
                found.append(None)
        anchor = next((f for f in found if f is not None), None)
        para = bisect.bisect_right(para_starts, q.start) - 1
        if anchor is None:
            opens_para = not text[para_starts[para] : q.start].strip(" \t\r\n\"'“‘«`")
            prev = para_last.get(para) or (para_last.get(para - 1) if opens_para else None)
            if prev is None or (fragment and lead_in):
                continue  # a verbless quote of its own may still go on: '"The Donald."'
            anchor = prev
        for seg, f in zip(q.segments, found, strict=True):
            last = out[-1] if out else None
            if (
                last is not None
                and (last is anchor if f is None else _same_cue(last, f))
                and (
                    _same_paragraph(text, last, seg)
                    or (f is None and _quote_only(text, para_starts, seg))
                )
            ):
                _extend(doc, last, seg)  # '"A," he said. "B."', '"A," he said, "B."'
                continue
            if f is None:
                f = _quoted_claim(doc, seg, anchor.speaker_token, "quote-continuation", 0.6)
                f.source_token = anchor.source_token
            out.append(f)
        para_last[bisect.bisect_right(para_starts, q.end) - 1] = anchor
    return out


def _same_cue(a: Attribution, b: Attribution) -> bool:
    return a.cue_token is not None and a.cue_token == b.cue_token


def _same_paragraph(text: str, claim: Attribution, seg: tuple[int, int]) -> bool:
    return PARAGRAPH.search(text, claim.content[1], seg[0]) is None


def _quote_only(text: str, para_starts: list[int], seg: tuple[int, int]) -> bool:
    """Is the rest of the quote's paragraph empty ('"…"' and nothing after it)? Such a
    paragraph goes on with the quote before it, as PolNeAR counts it; one with words after
    the quote ('"…," Bozell concludes on the show.') is its own claim."""
    k = bisect.bisect_right(para_starts, seg[1])
    end = para_starts[k] if k < len(para_starts) else len(text)
    return not text[seg[1] : end].strip(CLOSING)


def _extend(doc: Doc, claim: Attribution, seg: tuple[int, int]) -> None:
    """Add a further quoted piece to a direct claim: its content now runs to the piece's
    end and ``segments`` lists the pieces (the attribution between them is not said)."""
    claim.segments = [*claim.pieces(), seg]
    claim.content = (claim.content[0], seg[1])
    claim.sentence = (claim.sentence[0], max(claim.sentence[1], _sentence(doc, *seg)[1]))
    claim.evidence += "+continued"


def _attribute_segment(doc: Doc, quotes: list[Quote], seg: tuple[int, int]) -> Attribution | None:
    tok = _cue_after(doc, quotes, seg)
    if tok is not None:
        return _make(doc, tok, seg, "direct", "quote+cue-after", 0.9)
    tok = _cue_before(doc, quotes, seg)
    if tok is not None:
        return _make(doc, tok, seg, "direct", "quote+cue-before", 0.9)
    dash = _dash_speaker(doc, seg)
    if dash is not None:
        name, cue = dash
        claim = _quoted_claim(doc, seg, name.i, "quote+dash", 0.8)
        claim.cue = cue
        return claim
    return None


def _quoted_claim(
    doc: Doc, seg: tuple[int, int], speaker: int | None, evidence: str, confidence: float
) -> Attribution:
    """A direct claim whose speaker was found without a cue verb of its own."""
    return Attribution(
        kind="direct",
        content=seg,
        cue=None,
        speaker_token=speaker,
        evidence=evidence,
        sentence=_sentence(doc, *seg),
        confidence=confidence,
    )


def _words_before(doc: Doc, q: Quote) -> bool:
    """Does the quote's sentence have words before it on its line (other than a lead-in
    ending in a colon, comma or dash)? A quote that opens its line has none, even when the
    parser ran the line before into its sentence ('― Sonya Herridge\n“During ...')."""
    span = doc.char_span(q.start, q.end, alignment_mode="contract")
    if span is None or len(span) == 0:
        return True
    text = text_of(doc)
    line_start = text.rfind("\n", 0, q.start) + 1
    lead = text[max(sentence_of(doc, span[0].i).start_char, line_start) : q.start].strip(
        " \t\r\n\"'“‘«`”"
    )
    return bool(lead) and not lead.endswith((":", ",", "—", "–", "-"))


def _is_sentence_like(doc: Doc, q: Quote) -> bool:
    span = doc.char_span(q.start, q.end, alignment_mode="contract")
    return span is not None and any(t.pos_ in ("VERB", "AUX") for t in span)


def _according_to(doc: Doc, quotes: list[Quote]) -> Iterable[Attribution]:
    text = text_of(doc)
    for tok in doc:
        if tok.lower_ != "according" or _inside(quotes, tok.idx):
            continue
        # "according to" is one two-word preposition: "to" is the next token, whatever
        # the parser hung on "according" (on scrambled text it may hang a "to" before it)
        to = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if to is None or to.lower_ != "to" or to.head != tok:
            continue
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if pobj is None:
            continue
        head = tok.head
        phrase = (tok.left_edge.idx, to.right_edge.idx + len(to.right_edge))
        clause = _edges([head])
        if clause is None:
            continue
        left, right = (clause[0], phrase[0]), (phrase[1], clause[1])
        content = _trim(text, max(left, right, key=lambda s: s[1] - s[0]))
        if content[1] - content[0] < 3:
            continue
        yield Attribution(
            kind="indirect",
            content=content,
            cue=(tok.idx, to.idx + len(to)),
            cue_token=tok.i,
            speaker_token=pobj.i,
            evidence="according-to",
            sentence=_sentence(doc, *content),
            confidence=0.75,
        )


def _colon_claims(doc: Doc, quotes: list[Quote]) -> Iterable[Attribution]:
    """'Trump: Cruz Has a Long Way to Go', 'Roger Stone: Don't Trust the Machines',
    'TRUMP: The deaths of ...': a short name-only lead, a colon, and what was said."""
    text = text_of(doc)
    nouns_ = nouns()
    for tok in doc:
        if tok.text != ":" or _inside(quotes, tok.idx):
            continue
        line_start = text.rfind("\n", 0, tok.idx) + 1
        line_start = max(line_start, text.rfind(">", line_start, tok.idx) + 1)  # '<tweet …>'
        lead = doc.char_span(line_start, tok.idx, alignment_mode="contract")
        if lead is None:
            continue
        tail = doc[max(lead.start, lead.end - COLON_LEAD_MAX - 1) : lead.end]
        dash = [t for t in tail if t.text in ("—", "–", "-", "--") and t.is_punct]
        if dash:  # "RED STATES OUTNUMBER BLUE STATES - Jeffrey M. Jones: …"
            lead = doc[dash[-1].i + 1 : lead.end]
        if not 0 < len(lead) <= COLON_LEAD_MAX or MARKUP.search(lead.text):
            continue  # a tag's attributes, or "BREAKING: AP analysis", are no speaker
        words = [t for t in lead if not t.is_punct]
        if not words or any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN" for t in words):
            continue
        names = [t for t in words if t.pos_ == "PROPN" or t.lower_ in nouns_.document]
        if not names or words[0].lower_ in COLON_STOP:
            continue
        line_end = text.find("\n", tok.idx)
        line_end = len(text) if line_end < 0 else line_end
        tag = text.find("<", tok.idx, line_end)  # '…</tweet>'
        content = _trim(text, (tok.idx + 1, line_end if tag < 0 else tag))
        if len(text[content[0] : content[1]].split()) < 3:
            continue
        speaker = next((t for t in words if t.pos_ == "PROPN"), names[0])
        while (
            speaker.dep_ in ("compound", "flat")
            and speaker.head.i < tok.i
            and speaker.head.pos_ == "PROPN"
        ):
            speaker = speaker.head
        inside = [
            q
            for q in _near(quotes, *content)
            if content[0] <= q.start - 1 and q.end <= content[1] + 1
        ]
        whole = any(q.start - 1 <= content[0] and content[1] <= q.end + 1 for q in inside)
        kind = "direct" if whole else "mixed" if inside else "indirect"
        yield Attribution(
            kind=kind,
            content=content,
            cue=(tok.idx, tok.idx + 1),
            cue_token=tok.i,
            speaker_token=speaker.i,
            evidence="colon",
            sentence=_sentence(doc, *content),
            confidence=0.6,
        )


def _to_sentence_end(doc: Doc, cue: Token, content: tuple[int, int]) -> tuple[int, int]:
    """Take in the rest of the sentence when the parser cut the content short: "accused
    the United States of merely pretending to fight [IS in Iraq and of hindering …]" (the
    rest hangs off the cue as a clause). Only when :func:`_more_content` accepts the rest."""
    if content[0] < cue.idx:
        return content
    rest = _more_content(doc, cue, tokens_before(doc, content[1]))
    return (content[0], rest[1]) if rest is not None else content


def _but_clause(doc: Doc, cue: Token, content: tuple[int, int]) -> tuple[int, int]:
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
    if nxt.pos_ in ("VERB", "AUX") and nxt.tag_ in FINITE and not _has_subject(nxt):
        return content  # "but usually turns into ..."
    sent = sentence_of(doc, cue.i)
    if not k < sent.end <= k + 60:
        return content
    return content[0], max(content[1], _sentence_end(doc, sent.end - 1, k))


def _more_content(doc: Doc, cue: Token, first: int) -> tuple[int, int] | None:
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
        and not (lead.dep_ == "prep" and lead.lower_ in CONTENT_PREPS)
    ):
        return None
    # "said X, but that Y": a second complement of the same cue
    after = doc[lead.i + 1] if lead.i + 1 < len(doc) else None
    clause_ok = lead.lower_ in ("but", "and") and after is not None and after.lower_ == "that"
    stops = PLACE_TIME if lead.dep_ == "prep" else TIMES  # "… at a rally in Iowa"
    for t in rest:
        if t.ent_type_ in stops or _frame(t) is not None or t.is_quote:
            return None
        subordinate = clause_ok or any(c.dep_ == "mark" and c.lower_ in REASONS for c in t.children)
        if t.pos_ in ("VERB", "AUX") and _has_subject(t) and not subordinate:
            return None
        if t.lower_ in ("according", "statement", "interview", "told"):
            return None
    return rest.start_char, rest.end_char


def _sibling_cues(doc: Doc, quotes: list[Quote]) -> list[Token]:
    """Cues the parser hung inside another cue's content that are the same speaker's next
    statement: a participle after a comma, with no subject of its own and a clause or a
    quote to report ("said he saw no need to change, telling reporters that ..."; not "...,
    conceding the race"). In text order."""
    out = []
    for tok in doc:
        if tok.dep_ != "advcl" or _has_subject(tok) or _frame(tok) is None:
            continue
        if _inside(quotes, tok.idx):
            continue
        before = doc[tok.i - 2 : tok.i]
        comma = any(t.text == "," for t in before) and (
            before[-1].text == "," or before[-1].is_quote
        )
        said = any(c.dep_ in ("ccomp", "parataxis") for c in tok.children) or _quoted(tok)
        if tok.tag_ == "VBG" and comma and said and _frame(tok.head) is None:
            out.append(tok)
    return out


def _cut_at_sibling(
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


def _bare_mention(doc: Doc, content: tuple[int, int]) -> bool:
    """Content that only names someone or something: 'asked Clinton', 'condemn Duke',
    'promising them', 'promised Sunday'. Who was addressed or named is no claim."""
    span = doc.char_span(*content, alignment_mode="expand")
    if span is None:
        return True
    if len(span) > 12:
        return False
    words = [t for t in span if not (t.is_punct or t.is_space)]
    if any(t.pos_ in ("VERB", "AUX") for t in words) or len(words) > 4:
        return False
    return all(t.pos_ in ("PRON", "DET") or t.ent_type_ in NAMED for t in words)


def _has_subject(tok: Token) -> bool:
    return any(c.dep_ in SUBJECTS for c in tok.children)


def _sentence_end(doc: Doc, last: int, floor: int) -> int:
    """The end character of the last token from ``last`` back to ``floor`` that is a word."""
    while last > floor and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    return doc[last].idx + len(doc[last])


def _parenthetical(doc: Doc, cue: Token, subj: Token) -> list[tuple[int, int]] | None:
    """'Biden, Rubio said, had been in the Senate', 'The argument would be aided, Devine
    said, by the calendar': a cue set off by commas inside what it reports. The pieces
    before and after it, or None when the cue is not inside its content."""
    text = text_of(doc)
    sent = sentence_of(doc, cue.i)
    a, b = _clause_edges(cue, subj, cue.idx + len(cue) + 1)
    where = [c for c in cue.children if c.i > cue.i and c.dep_ in ("prep", "npadvmod", "advmod")]
    if where and not text.startswith(",", b):  # "X, the agency said in a June report, and Y"
        last = doc[max(c.right_edge.i for c in where)]
        b = max(b, last.idx + len(last))
    before = a - 1
    while before > sent.start_char and text[before].isspace():
        before -= 1  # not text[start:a].rstrip(): a sentence may be 50,000 tokens long
    if before < sent.start_char or text[before] != "," or not text.startswith(",", b):
        return None
    fronted = cue.dep_ == "parataxis" and cue.head.i > cue.i
    on_verb_before = cue.dep_ == "parataxis" and cue.head.i < cue.i
    clause = any(c.dep_ in ("ccomp", "parataxis") and c.i < cue.i for c in cue.children)
    # "X, the airline added, and had passed all checks": the parser hangs the rest of the
    # report on the cue as a verb with no subject of its own
    runs_on = (
        on_verb_before
        and any(c.dep_ == "conj" and c.i > cue.i and not _has_subject(c) for c in cue.children)
    ) or (  # "X paid 8.9 percent, the agency said, and those in the bottom fifth paid ..."
        clause
        and any(c.dep_ == "conj" and c.i > cue.i and _frame(c) is None for c in cue.children)
        and AND_BUT.match(text, b) is not None
    )
    # "Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt": the parser hangs
    # the cue on the reported verb before it, whose clause goes on after the cue
    hung = (
        on_verb_before
        and cue.head.pos_ in ("VERB", "AUX")
        and cue.head.right_edge.i > cue.right_edge.i
        and not any(_frame(c) is not None for c in cue.head.children if c.i > cue.i)
    )
    if runs_on or hung:
        right = _trim(text, (b, _sentence_end(doc, sent.end - 1, cue.i)))
    elif on_verb_before:  # "X, he said, and he added ..."
        left = _trim(text, (sent.start_char, a))
        return [left] if len(text[slice(*left)].split()) >= 2 else None
    elif not fronted:
        if not clause or any(c.dep_ in ("ccomp", "xcomp") and c.i > cue.i for c in cue.children):
            return None
        more = _more_content(doc, cue, tokens_before(doc, b + 1))
        if more is None:
            return None
        right = _trim(text, more)
    else:
        right = _trim(text, (b, _sentence_end(doc, sent.end - 1, cue.i)))
    left = _trim(text, (sent.start_char, a))
    if len(text[slice(*right)].split()) < 2:
        return None
    if len(text[slice(*left)].split()) < 2:
        lead = itertools.takewhile(lambda t: t.idx < a, doc[sent.start : cue.i])
        if fronted and all(t.dep_ in ("cc", "advmod") or t.is_punct for t in lead):
            return [right]  # "But, Carson added, he did not ...": the report is what follows
        return None
    return [left, right]


def reported_claims(doc: Doc, quotes: list[Quote], taken: set[int]) -> list[Attribution]:
    """Indirect and mixed claims from cue verbs with a subject and a content argument."""
    text = text_of(doc)
    out: list[Attribution] = []
    siblings = _sibling_cues(doc, quotes)
    for tok in doc:
        frame = _frame(tok)
        if frame is None or tok.i in taken or _inside(quotes, tok.idx):
            continue
        content = _content(tok, frame)
        if content is None:
            content = _as_clause(doc, tok)
        if content is None and "ccomp" in frame.content:
            content = _that_clause(doc, tok)
        subj, _ = _subject(tok)
        if subj is None:
            continue
        pieces = _parenthetical(doc, tok, subj) if tok.dep_ == "parataxis" or content else None
        if pieces is not None:
            content = pieces[0][0], pieces[-1][1]
        elif content is None:
            continue
        else:
            content = _to_sentence_end(doc, tok, content)
            content = _cut_at_sibling(doc, siblings, tok, _but_clause(doc, tok, content))
        content = _balance(text, quotes, _trim(text, content))
        if content[1] - content[0] < 2 or (pieces is None and _bare_mention(doc, content)):
            continue
        has_quote = any(_overlap(content, (q.start, q.end)) for q in _near(quotes, *content, 0))
        kind = "mixed" if has_quote else "indirect"
        whole = _only_a_quotation(doc, quotes, content) if has_quote else None
        if whole is not None:  # 'said "We will win."', 'said "no deal" on Friday'
            content, kind = whole, "direct"
        claim = _make(doc, tok, content, kind, f"cue:{tok.lemma_.lower()}", 0.7)
        if pieces is not None:  # _balance may have widened the ends
            pieces[0] = content[0], max(pieces[0][1], content[0])
            pieces[-1] = min(pieces[-1][0], content[1]), content[1]
            claim.segments = pieces if len(pieces) > 1 else []
            claim.evidence += "+parenthetical"
        out.append(claim)
    out.extend(_according_to(doc, quotes))
    out.extend(_colon_claims(doc, quotes))
    return out


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def unattributed_claims(
    doc: Doc, quotes: list[Quote], claims: list[Attribution]
) -> list[Attribution]:
    """Check-worthy figures in the outlet's own voice ("More than 330,000 people have been
    killed ..."): a sentence with a large number, a percentage or money and a finite verb,
    outside every quotation and attributed claim. ``speaker`` stays None."""
    out: list[Attribution] = []
    taken = Intervals((*r, None) for c in claims for r in (c.content, c.sentence))
    for sent in doc.sents:
        span = _trim(text_of(doc), (sent.start_char, sent.end_char))
        if span[1] - span[0] < 20 or next(taken.overlapping(*span), None):
            continue
        if _inside(quotes, span[0]) or _near(quotes, *span, 0):
            continue
        if not any(t.tag_ in ("VBD", "VBZ", "VBP") or t.dep_ == "aux" for t in sent):
            continue
        if not any(_is_figure(t) for t in sent):
            continue
        content = span[0], span[1] - (1 if text_of(doc)[span[1] - 1] in ".!?" else 0)
        out.append(
            Attribution(
                kind="unattributed",
                content=content,
                cue=None,
                speaker_token=None,
                evidence="unattributed:figure",
                sentence=span,
                confidence=0.4,
            )
        )
    return out


def _is_figure(tok: Token) -> bool:
    """A number worth checking: a percentage, an amount of money, or 100 and above."""
    if tok.ent_type_ in ("PERCENT", "MONEY"):
        return True
    if tok.ent_type_ in ("DATE", "TIME", "ORDINAL") or not tok.like_num:
        return False
    digits = tok.text.replace(",", "")
    return (digits.isdigit() and int(digits) >= 100) or tok.lower_ in (
        "hundred",
        "thousand",
        "million",
        "billion",
    )


def link_nested(claims: list[Attribution]) -> None:
    """Set ``reported_by`` (an index into ``claims``): the innermost other claim whose
    content holds this claim's cue.

    One sweep in text order with a stack of open contents, so a chain of thousands of
    nested reports ("he said that she said that ...") costs O(n log n), not O(n²).
    """
    contents = sorted(
        (a, -b, j) for j, c in enumerate(claims) if c.cue is not None for a, b in c.pieces()
    )
    queries = sorted((c.cue[0], c.cue[1], i) for i, c in enumerate(claims) if c.cue is not None)
    stack: list[tuple[int, int]] = []  # (content end, claim index), innermost on top
    k = 0
    for cue_start, cue_end, i in queries:
        while k < len(contents) and contents[k][0] <= cue_start:
            stack.append((-contents[k][1], contents[k][2]))
            k += 1
        while stack and stack[-1][0] < cue_end:
            stack.pop()  # closed before this cue, so before every later one too
        holder = next((j for end, j in reversed(stack) if j != i and end >= cue_end), None)
        claims[i].reported_by = holder


def attribute(doc: Doc) -> list[Attribution]:
    """All claims of a parsed Doc whose ``ck_quotes`` are set, in text order."""
    quotes = QuoteIndex(doc._.ck_quotes or [])
    direct = direct_claims(doc, quotes)
    taken = {a.cue_token for a in direct if a.cue_token is not None}
    reported = reported_claims(doc, quotes, taken)
    quoted = Intervals((a, b, None) for d in direct for a, b in d.pieces())
    reported = [
        r
        for r in reported
        if not any(
            _overlap(r.content, (a, b)) * 2 > b - a for a, b, _ in quoted.overlapping(*r.content)
        )
    ]
    claims = direct + reported
    _quotes_after_the_cue(doc, quotes, reported, claims)
    claims += unattributed_claims(doc, quotes, claims)
    claims.sort(key=lambda a: (a.content[0], a.content[1]))
    page = doc._.ck_layout
    if page is not None:
        claims = [c for c in claims if not page.is_boilerplate(*c.content)]
    link_nested(claims)
    if any(c.reported_by is not None and _act_not_speech(doc, c) for c in claims):
        claims = [c for c in claims if c.reported_by is None or not _act_not_speech(doc, c)]
        link_nested(claims)
    return _according_to_an_outlet(doc, claims)


def _according_to_an_outlet(doc: Doc, claims: list[Attribution]) -> list[Attribution]:
    """'X said Y, according to the Glasgow Herald': the outlet is the source of X's claim,
    not a second claim whose content runs over X's words. ('…, according to Peskov'
    stays a report by Peskov of what X said.)"""
    drop = set()
    for j, c in enumerate(claims):
        if c.cue_token is None or c.speaker_token is None or doc[c.cue_token].lower_ != "according":
            continue
        if doc[c.speaker_token].ent_type_ in ("PERSON", "NORP", "GPE"):
            continue
        inner = [d for d in claims if d.reported_by == j]
        for d in inner:
            d.source_token = d.source_token if d.source_token is not None else c.speaker_token
        if inner:
            drop.add(j)
    if not drop:
        return claims
    kept = [c for k, c in enumerate(claims) if k not in drop]
    link_nested(kept)
    return kept


def _quotes_after_the_cue(
    doc: Doc, quotes: QuoteIndex, reported: list[Attribution], claims: list[Attribution]
) -> None:
    """'Both parties "saw Burma as reeling," said Victor Cha. "We often forget ..."': the
    quote that opens the next sentence, with no claim of its own, goes on with the report
    whose cue ends the sentence before it (as a direct quote would); and 'said she has the
    quality for the job: "Steadiness ..."': a quote after a colon ends the report."""
    text = text_of(doc)
    taken = Intervals((a, b, None) for c in claims for a, b in c.pieces())
    starts = [q.start for q in quotes]
    joined: set[int] = set()  # two reports ending one sentence never share its next quote
    for r in reported:
        if r.cue is None or r.segments:
            continue
        after = r.cue[0] >= r.content[1]  # '"...," said X. "Q"' or 'X said Y: "Q"'
        k = bisect.bisect_left(starts, r.sentence[1] if after else r.content[1])
        q = quotes[k] if k < len(quotes) else None
        if q is None or q.depth or len(q.segments) > 1:
            continue
        gap = text[r.sentence[1] if after else r.content[1] : q.start - len(q.mark)]
        if (gap.strip() or "\n\n" in gap) if after else (gap.strip() != ":" or "\n" in gap):
            continue
        if q.start in joined or any(True for _ in taken.overlapping(q.start, q.end)):
            continue
        joined.add(q.start)
        if after:
            _extend(doc, r, (q.start, q.end))
        else:  # 'the quality for the job: "Steadiness ..."' is one stretch of the report
            end = q.end
            while end < min(len(text), q.end + 2) and text[end] in "\"'”’»":
                end += 1  # the closing mark: one character, or two ('')
            r.content = (r.content[0], end)
            r.kind = "mixed"


def _only_a_quotation(
    doc: Doc, quotes: list[Quote], content: tuple[int, int]
) -> tuple[int, int] | None:
    """The quotation a reported clause consists of: the clause opens with the quotation
    and after its closing mark comes only punctuation or the time of the report ('said "no
    deal" on Friday', not 'agree "no military solution" in Syria'): what was said is inside
    the marks."""
    text = text_of(doc)
    for q in _near(quotes, *content, 0):
        if q.depth or len(q.segments) > 1 or text[content[0] : q.start].strip(CLOSING):
            continue
        rest = text[q.end : content[1]].strip(CLOSING)
        if not rest:
            return q.start, q.end
        k = tokens_before(doc, content[1] - len(rest))
        tail = doc[k : tokens_before(doc, content[1])]
        if len(tail) > 1 and tail[0].pos_ == "ADP" and all(t.ent_type_ in TIMES for t in tail[1:]):
            return q.start, q.end
    return None


def _act_not_speech(doc: Doc, claim: Attribution) -> bool:
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
    return not any(t.pos_ in ("VERB", "AUX") for t in span)


class AttributionFinder:
    """spaCy component: writes ``doc._.ck_attributions`` (needs ``ck_quotes`` and a parser)."""

    def __call__(self, doc: Doc) -> Doc:
        return guarded("claimkit_attribution", self._run, doc)

    @staticmethod
    def _run(doc: Doc) -> None:
        if doc._.ck_quotes is None:
            from claimkit.components.quotes import find_quotes

            doc._.ck_quotes = find_quotes(text_of(doc))
        doc._.ck_attributions = attribute(doc)


@Language.factory(
    "claimkit_attribution",
    assigns=["doc._.ck_attributions"],
    requires=["token.dep", "token.lemma", "doc._.ck_quotes"],
)
def make_attribution(nlp: Language, name: str) -> AttributionFinder:
    """Create the ``claimkit_attribution`` component."""
    register_extensions()
    return AttributionFinder()
