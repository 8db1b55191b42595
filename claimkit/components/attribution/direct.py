"""Direct quotations: each quotation segment attributed to the cue right after it ('"…," X
said'), right before it ('X said: "…"'), to a dash ('"…" — X'), or to the speaker of the
previous quote in its paragraph; further quotes that run on after a report.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Token

from claimkit.components.attribution.content import content_before, make_claim, quoted_claim
from claimkit.components.attribution.shared import CLOSING, ZW, QuoteIndex, frame_of, quote_at
from claimkit.components.attribution.spans import sentence_span
from claimkit.components.attribution.subjects import clause_edges, subject_of
from claimkit.components.records import Attribution, Quote, in_word_hyphen, sentence_of, text_of
from claimkit.intervals import Intervals

__all__ = ["direct_claims", "quotes_after_the_cue"]

BETWEEN_AFTER = re.compile(rf"^[\s{ZW},;:\"'”’»—–-]*$")
INTRODUCES = re.compile(r"\s*(?::|,?\s*[\"“‘«`])")
BETWEEN_BEFORE = re.compile(rf"^[\s{ZW},:;—–-]*$")
QUOTE_CLOSE = " \t\r\"'”’»\u00a0"  # what may close a quotation before its line ends
PARAGRAPH = re.compile(r"\n[ \t\r\f\v\u00a0]*\n")
SIGNATURE = 80  # at most this long, a line after a quote that opens with a dash signs it
DASH_AFTER = re.compile(r"[\s,]*[\"”’'»]?\s*(?P<dash>—|–|―|--|-)\s*")


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
        if quote_at(quotes, tok.idx) or frame_of(tok) is None:
            continue
        subj, _ = subject_of(tok)
        a, b = clause_edges(tok, subj, len(text))
        a = _word_start(doc, a)  # '"…," [co-]founder Maya Osei told': the parser's pieces
        # across a paragraph break only where the quote's sentence runs on ('"…,"' and
        # then "their statement read."): 'X said: "…."' and the next paragraph's 'Judge
        # Ellis wrote that …' are two claims
        between = text[seg[1] : a]
        before = text[seg[0] : seg[1]] + between.split("\n", 1)[0]
        runs_on = before.rstrip(QUOTE_CLOSE).endswith(",") or text[a : a + 1].islower()
        apart = PARAGRAPH.search(between) is not None and not runs_on
        ok = BETWEEN_AFTER.match(between) and not apart and subj is not None
        # 'X praised: "…"' introduces the next quote; it does not close this one, unless
        # the sentence runs on through both: '"A," he said, "but B."'
        split = text[seg[1] - 1 : seg[1]] == "," and text[b : b + 1] == ","
        introduces = INTRODUCES.match(text, b) is not None and not split
        return tok if ok and not introduces and (split or content_before(tok)) else None
    return None


def _word_start(doc: Doc, at: int) -> int:
    """The start of the word the token at character ``at`` ends, where the parser hung
    the pieces before a hyphen elsewhere ("co-founder": "co" and "-" on the quote's verb)."""
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None:
        return at
    i = span.start
    while i > 1 and in_word_hyphen(doc[i - 1]):
        i -= 2
    return doc[i].idx


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
        if quote_at(quotes, tok.idx) or frame_of(tok) is None:
            continue
        subj, _ = subject_of(tok)
        _, b = clause_edges(tok, subj, seg[0])
        ok = b < seg[0] and BETWEEN_BEFORE.match(text[b : seg[0] - 1]) and subj is not None
        # (not a clause that ends its sentence in an abbreviation's point: '"…," Carol Dunne
        # told the Australian Broadcasting Corp. "The whole place rattled …"')
        ok = ok and not text[:b].endswith(".")
        return tok if ok else None
    return None


def _dash_speaker(doc: Doc, seg: tuple[int, int]) -> tuple[Token, tuple[int, int]] | None:
    """'"…" — David Martosko': a name right after a dash that follows the quote (on the next
    line, only in a short line that signs it)."""
    text = text_of(doc)
    m = DASH_AFTER.match(text, seg[1])
    if m is None:
        return None
    line_end = text.find("\n", m.end())
    line = text[m.end() : line_end if line_end != -1 else len(text)]
    if "\n" in m.group(0) and len(line) > SIGNATURE:
        return None  # a list's next item ("- Paul Ashworth, … said in a note that …")
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
                found.append(make_claim(doc, cue, seg, "direct", "quote-fragment+cue-after"))
            elif not lead_in and _after_colon(text, seg) and (cue := _cue_before(doc, quotes, seg)):
                # 'he said: "With hindsight, yes."': a colon sets it out as what was said
                # (not a title an object introduces: 'can add a new title to his resume:')
                if _holds_object(cue):
                    found.append(None)
                else:
                    found.append(make_claim(doc, cue, seg, "direct", "quote-fragment+cue-before"))
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
                f = quoted_claim(doc, seg, anchor.speaker_token, "quote-continuation")
                f.source_token = anchor.source_token
            out.append(f)
        para_last[bisect.bisect_right(para_starts, q.end) - 1] = anchor
    return out


def _holds_object(cue: Token) -> bool:
    """Has the cue an object that is not the one it addresses ("add a new title")?"""
    frame = frame_of(cue)
    addressee = frame.addressee if frame is not None else frozenset()
    return any(c.dep_ == "dobj" and "dobj" not in addressee for c in cue.children)


def _after_colon(text: str, seg: tuple[int, int]) -> bool:
    """Does a colon, then the opening mark, come right before the quoted piece?"""
    return text[: max(0, seg[0] - 1)].rstrip().endswith(":")


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
    claim.sentence = (claim.sentence[0], max(claim.sentence[1], sentence_span(doc, *seg)[1]))
    claim.evidence += "+continued"


def _attribute_segment(doc: Doc, quotes: list[Quote], seg: tuple[int, int]) -> Attribution | None:
    tok = _cue_after(doc, quotes, seg)
    if tok is not None:
        return make_claim(doc, tok, seg, "direct", "quote+cue-after")
    tok = _cue_before(doc, quotes, seg)
    if tok is not None:
        return make_claim(doc, tok, seg, "direct", "quote+cue-before")
    dash = _dash_speaker(doc, seg)
    if dash is not None:
        name, cue = dash
        claim = quoted_claim(doc, seg, name.i, "quote+dash")
        claim.cue = cue
        return claim
    return None


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


def quotes_after_the_cue(
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
