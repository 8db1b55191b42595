"""Reported speech: every cue verb with a subject and a content argument outside the
quotations, an indirect claim or a mixed one when its content holds a quotation.
"""

from __future__ import annotations

import bisect
import itertools
import re

from spacy.tokens import Doc, Token

from claimkit.components.attribution.appended import appended_report, appended_subject
from claimkit.components.attribution.content import (
    as_clause,
    content_of,
    has_quotation,
    make_claim,
    modal_clause,
    remark_noun,
    that_clause,
)
from claimkit.components.attribution.nonreports import reports_nothing
from claimkit.components.attribution.shared import (
    CLOSING,
    FINITE,
    TIMES,
    cue_candidates,
    frame_of,
    has_subject,
    quote_at,
    quotes_near,
    reports_words,
)
from claimkit.components.attribution.spans import (
    balance_marks,
    but_clause,
    cut_at_sibling,
    more_content,
    overlap_len,
    sentence_end,
    to_sentence_end,
    trim_span,
)
from claimkit.components.attribution.subjects import (
    clause_edges,
    content_to_comma,
    coordinated_report,
    speaker_after_quote,
    subject_of,
)
from claimkit.components.mediums import is_medium
from claimkit.components.records import (
    Attribution,
    Quote,
    on_headline,
    sentence_of,
    text_of,
    tokens_before,
)
from claimkit.components.sources import medium_of, medium_on
from claimkit.lexicons import cues, nouns, sources

__all__ = ["reported_claims"]

AND_BUT = re.compile(r",\s+(?:and|but)\s")
MEDIUM_TAIL = 12  # tokens of a content's end a medium set off there can take
NAMED = {"PERSON", "ORG", "GPE", "NORP", "DATE", "TIME", "CARDINAL", "LOC", "FAC"}


def _sibling_cues(doc: Doc, quotes: list[Quote]) -> list[Token]:
    """Cues the parser hung inside another cue's content that are the same speaker's next
    statement: a participle after a comma, with no subject of its own and a clause or a
    quote to report ("said he saw no need to change, telling reporters that ..."; not "...,
    conceding the race"), or a verb of the same tense joined by "and" (see
    :func:`coordinated_report`). In text order."""
    out = []
    for tok in cue_candidates(doc):
        if coordinated_report(tok) is not None:
            out.append(tok)  # "told reporters his team had faded and said he would …"
            continue
        if tok.dep_ != "advcl" or has_subject(tok) or frame_of(tok) is None:
            continue
        if quote_at(quotes, tok.idx):
            continue
        before = doc[tok.i - 2 : tok.i]
        comma = any(t.text == "," for t in before) and (
            before[-1].text == "," or before[-1].is_quote
        )
        said = any(c.dep_ in ("ccomp", "parataxis") for c in tok.children) or has_quotation(tok)
        if tok.tag_ == "VBG" and comma and said and frame_of(tok.head) is None:
            out.append(tok)
    return out


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
    # or people by a noun for them: "threatening election officials", "charged the officer"
    lex = nouns()
    people = lex.roles | lex.anonymous | lex.group | lex.person_groups
    if span.root.pos_ == "NOUN" and span.root.lemma_.lower() in people:
        return all(t.i == span.root.i or t.dep_ in ("det", "amod", "compound") for t in words)
    return all(t.pos_ in ("PRON", "DET") or t.ent_type_ in NAMED for t in words)


def _parenthetical(doc: Doc, cue: Token, subj: Token) -> list[tuple[int, int]] | None:
    """'Biden, Rubio said, had been in the Senate', 'The argument would be aided, Devine
    said, by the calendar': a cue set off by commas inside what it reports. The pieces
    before and after it, or None when the cue is not inside its content."""
    text = text_of(doc)
    sent = sentence_of(doc, cue.i)
    a, b = clause_edges(cue, subj, cue.idx + len(cue) + 1)
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
        and any(c.dep_ == "conj" and c.i > cue.i and not has_subject(c) for c in cue.children)
    ) or (  # "X paid 8.9 percent, the agency said, and those in the bottom fifth paid ..."
        clause
        and any(c.dep_ == "conj" and c.i > cue.i and not reports_words(c) for c in cue.children)
        and AND_BUT.match(text, b) is not None
    )
    # "Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt": the parser hangs
    # the cue on the reported verb before it, whose clause goes on after the cue
    hung = (
        on_verb_before
        and cue.head.pos_ in ("VERB", "AUX")
        and cue.head.right_edge.i > cue.right_edge.i
        and not any(frame_of(c) is not None for c in cue.head.children if c.i > cue.i)
    )
    if runs_on or hung:
        right = trim_span(text, (b, sentence_end(doc, sent.end - 1, cue.i)))
    elif on_verb_before:  # "X, he said, and he added ..."
        left = trim_span(text, (sent.start_char, a))
        return [left] if len(text[slice(*left)].split()) >= 2 else None
    elif not fronted:
        if not clause or any(c.dep_ in ("ccomp", "xcomp") and c.i > cue.i for c in cue.children):
            return None
        more = more_content(doc, cue, tokens_before(doc, b + 1))
        if more is None:
            return None
        right = trim_span(text, more)
    else:
        right = trim_span(text, (b, sentence_end(doc, sent.end - 1, cue.i)))
    left = trim_span(text, (sent.start_char, a))
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
    candidates = cue_candidates(doc)
    appended = [t.i for t in candidates if appended_report(t) and frame_of(t) is not None]
    for tok in candidates:
        frame = frame_of(tok)
        if frame is None or not frame.content or tok.i in taken or quote_at(quotes, tok.idx):
            continue  # (a verb that reports only a quotation beside it: "she laughs")
        if reports_nothing(tok, frame):
            continue  # "Thousands told to leave homes", "called off", "Sales declined 3%"
        content = content_of(tok, frame)
        if content is None:
            content = as_clause(doc, tok) or modal_clause(doc, tok)
        if "ccomp" in frame.content:
            # "wrote in an order that the city had not shown the curfew [would reduce
            # crime]": the parser's clause is the tail of the "that" clause it hung elsewhere
            that = that_clause(doc, tok)
            if content is None or (that is not None and that[0] < content[0] < that[1]):
                content = that or content or _said_last(doc, tok)
        subj, _ = subject_of(tok)
        if subj is None or _complementizer(subj, tok) or _verb_as_subject(doc, subj, tok):
            continue
        if subj.tag_ == "DT" and subj.lower_ in cues().word_sets["pointers"]:
            continue  # "this suggests …": the reasoning of whoever said it, no speaker
        if content is not None and tok.i and speaker_after_quote(doc[tok.i - 1]):
            content = _before_speaker(quotes, subj, content)
        pieces = _parenthetical(doc, tok, subj) if tok.dep_ == "parataxis" or content else None
        if pieces is not None:
            content = pieces[0][0], pieces[-1][1]
        elif content is None:
            continue
        else:
            content = to_sentence_end(doc, tok, content)
            content = cut_at_sibling(doc, siblings, tok, but_clause(doc, tok, content))
            content = _before_appended(doc, appended, tok, content)
        content = _before_trailing_medium(doc, _before_outer_report(doc, tok, content), tok)
        if subj.i < tok.i and content[1] <= subj.idx:
            content = content_to_comma(doc, subj, content)
        content = balance_marks(text, quotes, trim_span(text, content, doc))
        if content[1] - content[0] < 2 or (pieces is None and _bare_mention(doc, content)):
            continue
        has_quote = any(
            overlap_len(content, (q.start, q.end)) for q in quotes_near(quotes, *content, 0)
        )
        kind = "mixed" if has_quote else "indirect"
        whole = _only_a_quotation(doc, quotes, content) if has_quote else None
        if whole is not None:  # 'said "We will win."', 'said "no deal" on Friday'
            content, kind = whole, "direct"
        claim = make_claim(doc, tok, content, kind, "cue", tok.lemma_.lower())
        if _asked_first(doc, tok):  # the question put to the speaker: by whom it says, if
            claim.speaker_token = _asker(tok)  # it does ("Asked by Stephanopoulos")
        if pieces is not None:  # balance_marks may have widened the ends
            pieces[0] = content[0], max(pieces[0][1], content[0])
            pieces[-1] = min(pieces[-1][0], content[1]), content[1]
            claim.segments = pieces if len(pieces) > 1 else []
            claim.evidence += "+parenthetical"
        out.append(claim)
    return out


def _before_outer_report(doc: Doc, cue: Token, content: tuple[int, int]) -> tuple[int, int]:
    """A content without the report that closes its sentence, where the cue is that
    report's clause ("The company told investors that it expected …[, the people said]")."""
    outer = cue.head
    if cue.dep_ != "ccomp" or outer.i <= cue.i or frame_of(outer) is None:
        return content
    subj, _ = subject_of(outer)
    start = subj.left_edge.i if subj is not None and subj.i < outer.i else outer.i
    if start == 0 or doc[start - 1].text != "," or doc[start - 1].idx >= content[1]:
        return content
    return content[0], max(content[0], doc[start - 1].idx)


def _before_trailing_medium(doc: Doc, content: tuple[int, int], cue: Token) -> tuple[int, int]:
    """A content without the medium set off at its end, where the parser hung it inside
    ("warned that the rules would kill startups[, in a post on X]"), or hung it on the
    cue's object ("announced the cuts[ in a blog post]"): the cue's medium."""
    span = doc.char_span(*content, alignment_mode="expand")
    if span is None:
        return content
    obj = next((c for c in cue.children if c.dep_ == "dobj"), None)
    on_object = medium_on(obj) if obj is not None else None
    inside = obj is not None and span.start <= obj.i < span.end
    if on_object is not None and inside and on_object.right_edge.i >= span.end - 1:
        return content[0], doc[on_object.i - 1].idx + len(doc[on_object.i - 1].text)
    for tok in span[max(1, len(span) - MEDIUM_TAIL) :]:  # a phrase at the end: read no more
        if (
            tok.dep_ == "prep"
            and doc[tok.i - 1].text == ","
            and tok.right_edge.i >= span.end - 2
            and medium_of(tok) is not None
        ):
            return content[0], doc[tok.i - 1].idx
    return content


def _asked_first(doc: Doc, tok: Token) -> bool:
    """ "Asked whether the freeze would be extended, the spokesman said …": a participle of
    asking that opens its sentence with no subject of its own reports the question put to
    the speaker, which the speaker did not ask (the tagger may read it as a past tense)."""
    return (
        tok.dep_ == "advcl"
        and tok.i == sentence_of(doc, tok.i).start
        and tok.lemma_.lower() in sources().asked_participles
        and not has_subject(tok)
    )


def _verb_as_subject(doc: Doc, subj: Token, tok: Token) -> bool:
    """A headline's verb the tagger read as a plural noun, right before the word it took for
    the cue ("Mayor [rejects] calls to resign"): no speaker, no claim. Only on a line with
    no full stop, and not a plural that speaks ("Reports say", "Comments suggest")."""
    lemma = subj.lemma_.lower()
    return (
        subj.tag_ == "NNS"
        and subj.i + 1 == tok.i
        and lemma in cues().verbs
        and lemma not in sources().nouns
        and on_headline(subj)
    )


def _asker(tok: Token) -> int | None:
    """The agent of a passive participle ("Asked by Stephanopoulos to respond"), or None."""
    agent = next((c for c in tok.children if c.dep_ == "agent"), None)
    pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    return pobj.i if pobj is not None else None


def _complementizer(subj: Token, tok: Token) -> bool:
    """Is the subject the parser gave a cue the "that" of the clause another cue reports?
    ("warned that [proposed] federal rules would kill startups": "proposed" is no verb.)"""
    reported = tok.dep_ == "ccomp" and frame_of(tok.head) is not None
    return reported and subj.lower_ == "that" and subj.i == tok.i - 1


def _before_appended(
    doc: Doc, appended: list[int], tok: Token, content: tuple[int, int]
) -> tuple[int, int]:
    """A content that ends before the report appended to its sentence: "rejecting [a pay
    offer], the union announced on Friday" (see :func:`appended_report`; ``appended``
    are the Doc's such cues, in order)."""
    k = bisect.bisect_right(appended, tok.i)
    if k == len(appended) or appended[k] >= sentence_of(doc, tok.i).end:
        return content
    noun = appended_subject(doc[appended[k]])
    comma = doc[(noun if noun is not None else doc[appended[k]].head).left_edge.i - 1]
    return (content[0], comma.idx) if content[0] < comma.idx < content[1] else content


def _said_last(doc: Doc, tok: Token) -> tuple[int, int] | None:
    """ "A Dutch airline must refund passengers in cash, a court in Amsterdam ruled on
    Wednesday.": a cue with its subject after a comma, and nothing after it but its own
    modifiers, reports the sentence before the comma, even where the parser hung the
    cue on a noun of that sentence as a relative clause or on its verb as a clause ("...
    next year, co-founder Rui Matos said in an interview."), or made the subject of that
    sentence a second subject of the cue ("A surgery that serves 4,000 patients will
    close …, the local NHS board has confirmed.")."""
    subj = max((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), default=None)
    appended = appended_subject(tok) if subj is None else None
    subj = appended or subj
    inverted = tok.dep_ == "ccomp" and tok.head.i < tok.i  # the report hung on as a clause
    # or as a second verb of that sentence, joined by the comma alone ("The White House
    # will veto the bill, press secretary Dan Keller told reporters on Tuesday."; an "and"
    # of that sentence's own is no join: "will remain … and become X, the brewer said")
    joined = doc[subj.left_edge.i - 1 : tok.i] if subj is not None else doc[tok.head.i + 1 : tok.i]
    inverted = inverted or (
        tok.dep_ == "conj" and tok.head.i < tok.i and not any(t.dep_ == "cc" for t in joined)
    )
    # or as an unmarked clause of it ("India's economy grew 7.4%, faster than expected,
    # government data showed on Friday."; not "…, after data showed")
    inverted = inverted or (
        tok.dep_ == "advcl"
        and tok.head.i < tok.i
        and not any(c.dep_ == "mark" for c in tok.children)
    )
    # or the subject of the sentence before the comma made a second subject of the cue
    subjects = [c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i]
    second = len(subjects) > 1 and doc[subjects[-1].left_edge.i - 1].text == ","
    # or as the root, the parser having made no clause of the words before ("Of those who
    # voted, 91% backed strike action on a turnout of 62%, the union said."; not "In the
    # text accompanying the post, Wallnau wrote:", its words to come)
    clauses = ("ccomp", "parataxis", "xcomp", "dobj", "attr", "oprd", "advcl")
    sent = sentence_of(doc, tok.i)
    second = (
        second
        or (
            tok.dep_ == "ROOT"
            and not any(c.dep_ in clauses for c in tok.children)
            # (a headline's words need no verb: "Measles cases highest in 30 years, UN warns")
            and (
                any(t.pos_ in ("VERB", "AUX") for t in doc[sent.start : tok.i]) or on_headline(tok)
            )
            and not any(t.text == ":" for t in doc[tok.i : sent.end])
        )
    )
    perfect = any(c.dep_ == "aux" and c.tag_ in FINITE for c in tok.children)  # "has said"
    finite = tok.tag_ in FINITE or appended is not None or perfect
    if not (tok.dep_ in ("relcl", "acl") or inverted or second) or subj is None or not finite:
        return None
    if subj.tag_ in ("WP", "WDT") and not subj.is_upper:
        return None  # "Clinton, who added to her lead": a true relative clause (not "WHO")
    told = frame_of(tok)
    for c in tok.children:  # after the cue only its time or medium: "ruled on Wednesday"
        obj = next((g for g in c.children if g.dep_ == "pobj"), c)
        addressee = told is not None and c.dep_ in told.addressee  # or whom it told
        # (and a line break the parser hung on it: a headline's "…, scientists say")
        allowed = c.is_punct or c.is_space or addressee or obj.ent_type_ in TIMES or is_medium(obj)
        allowed = allowed or (c.dep_ in ("npadvmod", "appos") and remark_noun(c))  # ", a sign"
        # or a participle set off after it, of the event reported ("…, a source told
        # Reuters on Friday, setting off a fire that burned for hours")
        allowed = allowed or (c.dep_ == "advcl" and c.tag_ == "VBG" and _set_off(c))
        if c.i > tok.i and not allowed:
            return None
    comma = subj.left_edge.i - 1
    while comma > 0 and doc[comma].text != "," and not doc[comma].whitespace_:
        comma -= 1  # "co-founder Rui Matos" in three tokens, the first two hung elsewhere
    if comma <= sent.start + 2 or doc[comma].text != ",":
        return None
    after = doc[tok.right_edge.i + 1 : sent.end]
    if any(not (t.is_punct or t.is_space) for t in after):
        return None  # the sentence goes on: not a report at its end
    return doc[sent.start].idx, doc[comma].idx


def _set_off(tok: Token) -> bool:
    """Is ``tok`` a phrase with no subject of its own, after a comma?"""
    start = tok.left_edge.i
    return start > 0 and tok.doc[start - 1].text == "," and not has_subject(tok)


def _before_speaker(quotes: list[Quote], subj: Token, content: tuple[int, int]) -> tuple[int, int]:
    """A clause the parser ran from a quotation over its speaker ('"It is a find," the
    gallery's curator, Dr Sarah Finch, told Reuters') ends at the quotation's close."""
    near = quotes_near(quotes, *content, 0)
    ends = [q.end for q in near if content[0] < q.end <= subj.idx and q.end < content[1]]
    return (content[0], max(ends)) if ends else content


def _only_a_quotation(
    doc: Doc, quotes: list[Quote], content: tuple[int, int]
) -> tuple[int, int] | None:
    """The quotation a reported clause consists of: the clause opens with the quotation
    and after its closing mark comes only punctuation or the time of the report ('said "no
    deal" on Friday', not 'agree "no military solution" in Syria'): what was said is inside
    the marks."""
    text = text_of(doc)
    for q in quotes_near(quotes, *content, 0):
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
