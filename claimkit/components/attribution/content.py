"""The parts of one attribution around a cue verb: its content (by the cue's frame in
``lexicons/cues.json``), its addressee, and the claim record (with the time of the
statement from :mod:`claimkit.components.attribution.when`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimkit.components.attribution.misparsed import (
    clause_on_object,
    misread_that,
    named_mark,
    relative_in_phrase,
)
from claimkit.components.attribution.rules import confidence
from claimkit.components.attribution.shared import (
    FINITE,
    TIMES,
    frame_of,
    has_subject,
    reports_words,
)
from claimkit.components.attribution.spans import edges_of, sentence_end, sentence_span, token_range
from claimkit.components.attribution.subjects import subject_of
from claimkit.components.attribution.when import reported_now, statement_time
from claimkit.components.dating import medium_time, time_on
from claimkit.components.mediums import is_medium
from claimkit.components.records import (
    Attribution,
    sentence_of,
    subtree_bounds,
)
from claimkit.components.sources import medium_on
from claimkit.lexicons import Frame, cues, sources

__all__ = [
    "as_clause",
    "content_before",
    "content_of",
    "has_quotation",
    "make_claim",
    "modal_clause",
    "quoted_claim",
    "remark_noun",
    "that_clause",
]

PAUSES = {",", "—", "–", "-", "--", "("}
OPENS_NOUN_PHRASE = {"DET", "NUM", "ADJ", "NOUN", "PROPN"}
THAT_GAP = 12  # words between a cue and a "that" the parser hung elsewhere ("said in a …")
NEAR_THAT = 8  # further than this, only a "that" parsed as a clause's mark
QUOTE_CHARS = set("\"'“”‘’«»`")
MODAL_SUBJECT = 6  # words of a subject between a cue and a modal read as a clause


def _held(clause: Token) -> Token:
    """The clause a bare past participle holds ("[read] outside court that …"), or the
    clause itself."""
    bare = clause.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in clause.children)
    held = next((c for c in clause.children if c.dep_ == "ccomp"), None)
    return held if bare and held is not None and not has_subject(clause) else clause


def content_of(tok: Token, frame: Frame) -> tuple[int, int] | None:
    """The characters of the cue's content arguments, on one side of the cue.

    A clausal complement wins; otherwise the object and the frame's prepositions, of which
    a particle of the cue ("call on", "agree to") contributes only its object.
    """
    # not a relative clause inside a phrase ("ahead of [the $66bn analysts had expected]")
    kids = [c for c in tok.children if c.dep_ in frame.content and not relative_in_phrase(c)]
    # not a word of a name the parser took for a clause ("said on BBC Radio 5 [Live] that")
    clauses = [c for c in kids if c.dep_ in ("ccomp", "parataxis") and c.ent_iob_ != "I"]
    if not clauses and "ccomp" in frame.content:
        clauses = _misread_before(tok)
    if not clauses and "ccomp" in frame.content and "dobj" not in frame.content:
        hung = clause_on_object(tok)
        if hung is not None:
            return hung
    quoted = tok.head.head if tok.dep_ == "pcomp" and tok.head.lower_ == "as" else None
    if not kids and quoted is not None:
        # "The ban would apply, Kristersson was quoted as saying": the parser hangs the
        # clause on "quoted"
        clauses = [c for c in quoted.children if c.dep_ in ("ccomp", "parataxis")]
    if "ccomp" in frame.content:
        named = named_mark(tok)
        if named is not None:  # "told public broadcaster [SVT] the ban would apply ..."
            end = edges_of([named.head])
            return (named.doc[named.i + 1].idx, end[1]) if end else None
    if clauses:
        after = [c for c in clauses if c.i > tok.i]
        # not a report of its own after the first clause: "said the plan was dead[, the
        # Financial Times reported on Tuesday]", a second clause the parser gave the cue
        after = after[:1] + [c for c in after[1:] if not _set_off_report(c)]
        if len(after) < len(clauses):  # a content before the cue: "X will last, a group
            # said, as demand outstrips supply" (the parser's clause of the "as")
            after = [c for c in after if not _adverbial(c)]
        # a medium's participle the parser took for the clause: "said in a statement [read]
        # outside court that the family …": what it holds is the content
        after = [_held(c) for c in after]
        side = after or clauses  # "X said Y" over a fronted phrase the parser took for a clause
        # a subject the parser made the cue's object: "says [9 in 10 of its members] want …"
        # (and one of a passive "told", whose subject is the one told: "A court has been
        # told [the huge wall of water] … was an unpredictable natural catastrophe")
        told = any(c.dep_ == "nsubjpass" for c in tok.children)
        if after and not has_subject(after[0]) and ("dobj" not in frame.addressee or told):
            side += [c for c in tok.children if c.dep_ == "dobj" and tok.i < c.i < after[0].i]
        that = misread_that(tok, after[0]) if after and not has_subject(after[0]) else None
        if that is not None:  # "told BBC Radio Leeds that [midfielder Luke Palmer] would"
            end = edges_of([*side, that.head])
            return (that.doc[that.i + 1].idx, end[1]) if end else None
    else:
        particles = cues().particles.get(tok.lemma_.lower(), frozenset())
        side = []
        for c in tok.children:
            if c.i < tok.i:
                continue
            if _particle(tok, c, particles):
                side.extend(k for k in c.children if k.dep_ in ("pobj", "pcomp"))
            elif c.dep_ == "dobj" and "quoted_dobj" in frame.content and _opens_quoted(c):
                side.append(c)  # 'said "no deal"', not 'said goodbye' or 'said a "plan"'
            elif c.dep_ not in frame.content or c.dep_ == "conj" or c not in kids:
                continue  # a conjoined verb only on the terms below
            elif c.dep_ == "prep":
                if c.lower_ in cues().word_sets["content_prepositions"]:
                    side.append(c)
            elif c.dep_ != "dobj" or "dobj" in frame.content or has_quotation(c):
                side.append(c)
        if side and "conj" in frame.content:
            # "affirmed their determination ... and continue collaborating": a second
            # verb with no subject of its own and no cue of its own is more of the content
            side += [
                c
                for c in tok.children
                if c.dep_ == "conj"
                and c.i > tok.i
                and not reports_words(c)
                and not has_subject(c)
                # (not a passive, what befell the speaker: "denied the charges but was
                # convicted by a jury")
                and not any(a.dep_ == "auxpass" for a in c.children)
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
        subj, _ = subject_of(tok)
        return edges_of(side, before=tok.i if subj is None else min(tok.i, subj.left_edge.i))
    medium = medium_on(side[0]) if len(side) == 1 and side[0].dep_ == "dobj" else None
    if medium is not None:  # "announced the decision [in a statement]": the medium
        return edges_of(side, before=medium.i)
    return edges_of(side)


def _misread_before(tok: Token) -> list[Token]:
    """The clause the parser hung on a cue that closes its sentence as an adverbial one,
    a noun misread as its verb ("Three Sumatran [tiger] cubs have been born at Chester Zoo,
    the zoo said"): unmarked, from the sentence's start to the comma before the cue's
    subject."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    start = sentence_of(tok.doc, tok.i).start
    if subj is None or subj.left_edge.i < 2 or tok.doc[subj.left_edge.i - 1].text != ",":
        return []
    return [
        c
        for c in tok.children
        if c.dep_ == "advcl"
        and c.left_edge.i == start
        and c.right_edge.i == subj.left_edge.i - 2
        and has_subject(c)  # (not "Speaking to reporters, the zoo said.")
        and c.left_edge.pos_ in OPENS_NOUN_PHRASE  # (not "When …", "In what …")
        and not any(m.dep_ == "mark" or m.tag_ == "WRB" for m in c.children)
    ]


def _adverbial(clause: Token) -> bool:
    """Does ``clause`` open with a subordinator of an adverbial clause after a comma
    ("…, as demand outstrips supply", "…, while sales fell")?"""
    doc, start = clause.doc, clause.left_edge.i
    word_sets = cues().word_sets
    marks = word_sets["adverbial_marks"] | word_sets["reasons"] | word_sets["time_marks"]
    return doc[start].lower_ in marks and start > 0 and doc[start - 1].text == ","


def _set_off_report(clause: Token) -> bool:
    """Is ``clause`` a finite report with its own subject, set off by a comma ("…, the
    Financial Times reported")?"""
    doc, start = clause.doc, clause.left_edge.i  # the comma may be the clause's own
    comma = doc[start].text == "," or (start > 0 and doc[start - 1].text == ",")
    finite = clause.tag_ in FINITE  # not "…, some of it mentioning Mr. Trump"
    return comma and finite and has_subject(clause) and frame_of(clause) is not None


def that_clause(doc: Doc, tok: Token) -> tuple[int, int] | None:
    """'Schneiderman alleged in the suit that Trump earned ...': a "that" clause the
    parser hung on a noun of the cue's phrase. The words after "that" to the end of the
    sentence, less what hangs on the cue itself ("…, and added ..."), when only a short
    phrase with no verb stands between the cue and "that"."""
    sent = sentence_of(doc, tok.i)
    mark = next(
        (
            t
            for t in doc[tok.i + 1 : min(sent.end, tok.i + THAT_GAP + 2)]
            if t.lower_ == "that" or (_verb(t) and not _of_medium(t)) or t.is_quote
        ),
        None,
    )
    if mark is None or mark.lower_ != "that" or mark.i + 2 >= sent.end:
        return None
    gerund = any(t.dep_ == "pcomp" for t in doc[tok.i + 1 : mark.i])  # "since leaving office"
    if (mark.i - tok.i > NEAR_THAT + 1 or gerund) and mark.dep_ != "mark":
        return None  # "told the story of pickers - a labor issue that Sanders had found"
    verb = mark.head  # "posted comments [that] the party described as …": the object of
    # a relative clause on the cue's own object, whose verb has no other
    objects = [c for c in verb.children if c.dep_ in ("dobj", "ccomp") and c.i != mark.i]
    on_object = verb.dep_ == "relcl" and verb.head.dep_ == "dobj" and verb.head.head.i == tok.i
    if mark.dep_ == "dobj" and on_object and not objects:
        return None
    if mark.dep_ == "pobj" and verb.dep_ == "relcl":
        return None  # a relative's object: "write about a kind of love that people don't
        # talk about", no report
    if verb.dep_ == "conj" and verb.head.i == tok.i:
        return None  # "said the budget added money and that no officer would be laid off":
        # a second clause of the report the cue is in, not the cue's
    if remark_noun(mark.doc[mark.i - 1]):
        return None  # "said Tuesday, a sign that the work is paying off": the writer's
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
    return doc[mark.i + 1].idx, sentence_end(doc, last, mark.i + 1)


def remark_noun(noun: Token) -> bool:
    """Is ``noun`` an indefinite noun set off by a comma after a report, no medium: the
    writer's remark on what was said ("…, officials said Tuesday, a sign that decades of
    work may be paying off")?"""
    doc = noun.doc
    start = noun.left_edge.i
    set_off = start > 0 and doc[start - 1].text == "," and doc[start].lower_ in ("a", "an")
    return noun.pos_ == "NOUN" and set_off and not is_medium(noun)


def _verb(t: Token) -> bool:
    """A verb of a clause, not a participle that modifies a noun ("in emailed comments"),
    nor one with its object in a phrase of the cue's that reports nothing ("said in her
    first interview since [leaving] office in March that …"), nor a capitalised word
    after "to" ("in a letter to [MPs] that …")."""
    if t.dep_ == "pcomp" and t.lemma_.lower() not in cues().verbs:
        return not any(c.dep_ == "dobj" for c in t.children)
    if t.text[:1].isupper() and t.i > 0 and t.doc[t.i - 1].text == "to":
        return False  # a name the tagger read as an infinitive: "in a letter to MPs that …"
    # (nor a noun the tagger read as a verb and the parser as an object: "told BBC Radio
    # Scotland's Good Morning Scotland [programme] that …")
    return t.pos_ in ("VERB", "AUX") and t.dep_ not in ("prep", "amod", "dobj", "pobj")


def _of_medium(t: Token) -> bool:
    """A participle that dates or places a medium, or issues a text of any name: "in a
    statement [released] on Tuesday that ...", "in a response [published] last year that
    ..."."""
    issuing = t.lemma_.lower() in sources().issuing_participles
    return t.dep_ == "acl" and t.tag_ == "VBN" and (is_medium(t.head) or issuing)


def as_clause(doc: Doc, tok: Token) -> tuple[int, int] | None:
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
    return doc[first].idx, sentence_end(doc, last, first)


def modal_clause(doc: Doc, tok: Token) -> tuple[int, int] | None:
    """A reported clause the parser broke, read by word order: right after a speech cue (and
    its "that"), a short noun phrase and a modal ("said the expansion would \"unlock growth
    …\"", the parser's "unlock" an adjective and "growth" the cue's object): from the noun
    phrase to the sentence's end, or None."""
    if tok.lemma_.lower() not in cues().speech or tok.dep_ not in ("ROOT", "conj"):
        return None  # (a main clause's cue only: not "even though he had acknowledged …")
    start = tok.i + 1 + (tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "that")
    for j in range(start, min(len(doc), start + MODAL_SUBJECT + 1)):
        word = doc[j]
        if word.tag_ == "MD" and j > start:
            # not the cue's own object before another clause's modal ("someone who doesn't
            # answer [questions] can't be president"); to the end of what the cue or the
            # modal's verb holds ("he had acknowledged they would need to occur - has …")
            if any(t.head.i == tok.i for t in doc[start:j]):
                return None
            last = max(tok.right_edge.i, word.head.right_edge.i)
            return doc[start].idx, sentence_end(doc, last, start)
        if word.is_punct or word.pos_ not in ("DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM"):
            return None
    return None


def has_quotation(tok: Token) -> bool:
    """Does the subtree hold a quotation mark ('said "no"', 'affirmed their "resolve"')?"""
    return any(t.is_quote or t.text in QUOTE_CHARS for t in tok.subtree)


def _opens_quoted(tok: Token) -> bool:
    """Does the phrase open with a quotation mark ('said "no deal"'; the parser hangs the
    mark on the phrase or on the verb before it)?"""
    i = tok.left_edge.i
    return any(t.is_quote or t.text in QUOTE_CHARS for t in tok.doc[max(0, i - 1) : i + 1])


def content_before(tok: Token) -> bool:
    frame = frame_of(tok)
    kids = [c for c in tok.children if frame is not None and c.dep_ in frame.content]
    return all(c.i < tok.i for c in kids)


def _time_first(
    doc: Doc, tok: Token, content: tuple[int, int]
) -> tuple[tuple[int, int], int | None]:
    """ "said on Monday it would inspect the jets": a time right after the cue, before the
    reported clause's subject, is the cue's even where the parser hung it on the clause.
    Returns the content without it, and the time's first token."""
    span = doc.char_span(*content, alignment_mode="expand")
    told = [c for c in tok.children if c.dep_ in ("dobj", "dative") and c.i > tok.i]
    after = told[0].right_edge.i + 1 if told else tok.i + 1  # "told reporters on Friday"
    if span is None or span.start < after or len(span) < 2 or after >= len(doc):
        return content, None
    j = after + int(doc[after].lower_ in ("on", "at", "during"))
    first = j
    while j < span.end and doc[j].ent_type_ in ("DATE", "TIME"):
        j += 1
    if j == first or j >= span.end:
        return content, None
    j += int(doc[j].lower_ == "that")
    # the content starts at the time, or right after it where the spans left it out and
    # the parser hung the time on the reported verb (not the cue's own: "said on Twitter
    # Thursday that …", the model's one date of two words)
    left_out = span.start == j != after and time_on(tok) is None
    if not (span.start == after or left_out) or j >= span.end or not _opens_subject(doc[j]):
        return content, None  # "said on Monday night" alone, or "said last week's data ..."
    return (doc[j].idx, content[1]), first


def _time_last(doc: Doc, content: tuple[int, int]) -> tuple[tuple[int, int], int | None]:
    """ "announced the appointment on Wednesday": a time that ends a content of a noun
    phrase alone (no clause to have a time of its own) is the cue's, where the parser hung
    it on the noun. Returns the content without it, and the time's first token."""
    span = doc.char_span(*content, alignment_mode="expand")
    if span is None or len(span) < 3 or any(t.pos_ in ("VERB", "AUX") for t in span):
        return content, None
    k = len(span)
    while k > 0 and span[k - 1].ent_type_ in TIMES:
        k -= 1
    prep = span[k - 1] if 1 < k < len(span) else None
    if prep is None or prep.lower_ not in ("on", "at", "during") or prep.i == span.start:
        return content, None
    return (content[0], doc[prep.i - 1].idx + len(doc[prep.i - 1])), prep.i + 1


def _opens_subject(tok: Token) -> bool:
    """Is ``tok`` the first word of a clause's subject ("the bridge", "its index")?"""
    node = tok
    while node.left_edge.i == tok.i:
        if node.dep_ in ("nsubj", "nsubjpass", "expl"):
            return True
        if node.head is node:
            return False
        node = node.head
    return False


def _addressee(tok: Token, frame: Frame) -> tuple[int, int] | None:
    for child in tok.children:
        if child.dep_ in frame.addressee and child.i > tok.i:
            lo, hi = subtree_bounds(child, lambda c: c.dep_ in ("relcl", "acl"))
            return tok.doc[lo].idx, tok.doc[hi].idx + len(tok.doc[hi])
    return None


def _cue_span(tok: Token) -> tuple[int, int]:
    toks = [tok]
    particles = cues().particles.get(tok.lemma_.lower(), frozenset())
    # the particle right after it: "called for", not "[on] Wednesday called"
    toks += [c for c in tok.children if _particle(tok, c, particles)]
    span = token_range(toks)
    assert span is not None
    return span


def _particle(tok: Token, c: Token, particles: frozenset[str]) -> bool:
    """Is ``c`` the cue's particle, right after it ("called for", "agreed to"), not a time
    ("agreed on Tuesday to close the library")?"""
    if c.dep_ not in ("prt", "prep") or c.lower_ not in particles or c.i != tok.i + 1:
        return False
    return not any(k.dep_ == "pobj" and k.ent_type_ in TIMES for k in c.children)


def make_claim(
    doc: Doc, tok: Token, content: tuple[int, int], kind: str, rule: str, detail: str = ""
) -> Attribution:
    """The claim record of the cue ``tok``, made by ``rule`` (see :mod:`.rules`);
    ``detail`` qualifies the evidence (``cue:say``)."""
    frame = frame_of(tok)
    subj, source = subject_of(tok)
    content, when = _time_first(doc, tok, content)
    if when is None:
        content, when = _time_last(doc, content)
    when_from: str | None = "cue"
    if when is None:
        when, when_from = statement_time(tok)
    if when is None and subj is not None and (when := medium_time(subj)) is not None:
        when_from = "event"  # "Data published by the board on Tuesday showed ..."
    return Attribution(
        kind=kind,
        content=content,
        cue=_cue_span(tok),
        cue_token=tok.i,
        speaker_token=subj.i if subj is not None else None,
        source_token=source.i if source is not None else None,
        evidence=f"{rule}:{detail}" if detail else rule,
        sentence=sentence_span(doc, min(content[0], tok.idx), max(content[1], tok.idx + len(tok))),
        addressee=_addressee(tok, frame) if frame else None,
        when_token=when,
        when_from=when_from,
        reported_now=when is None and reported_now(tok),
        confidence=confidence(rule),
    )


def quoted_claim(doc: Doc, seg: tuple[int, int], speaker: int | None, rule: str) -> Attribution:
    """A direct claim whose speaker was found without a cue verb of its own."""
    return Attribution(
        kind="direct",
        content=seg,
        cue=None,
        speaker_token=speaker,
        evidence=rule,
        sentence=sentence_span(doc, *seg),
        confidence=confidence(rule),
    )
