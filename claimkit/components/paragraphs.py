"""``claimkit_paragraphs``: no sentence runs over a paragraph or a headline line.

Placed before the parser, it marks the first token after a blank line, and after a
single line break that ends a sentence or a short line (headline, caption, dateline), as a
sentence start. spaCy's parser keeps preset boundaries, so a headline is never parsed as
the subject of the paragraph below it. It also ends a sentence at a figure whose unit
letter the tokenizer keeps with the full stop ("cut its grant by £4m. \"Every other
option ...\""): English tokenizer exceptions read "m." as an abbreviation. And no
sentence starts after a capitalised word with nothing but a space before the next word
("Halvorsen Breweries" is one name, not a one-word sentence and another): edited prose
ends a sentence with a mark. A wire dateline ends where the story's first sentence begins,
and so does a live blog's time stamp at the start of a line ("17:52 — The Met Office ...").
"""

from __future__ import annotations

import bisect
import itertools
import re
from typing import TYPE_CHECKING, cast

from spacy.attrs import (
    IDX,
    IS_ALPHA,
    IS_DIGIT,
    IS_SPACE,
    IS_TITLE,
    IS_UPPER,
    LENGTH,
    ORTH,
    SENT_START,
)
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from claimkit.components.records import text_of
from claimkit.lexicons import nouns, sources

if TYPE_CHECKING:
    from thinc.types import Ints2d

__all__ = [
    "ParagraphSplitter",
    "after_dateline",
    "after_figures",
    "after_timestamps",
    "make_paragraphs",
    "within_sentences",
]

SHORT_LINE = 100
#: A figure with its unit and a full stop in one token: "44C.", "1.6C.", "20km."
FIGURE_WITH_STOP = re.compile(r"\d[\d.,]*[A-Za-z]{1,3}\.")
ENDINGS = tuple(".!?:;\"”’')")
# a live blog's entry: "17:52 — ", "9.05am - ", "14:30 GMT – " at the start of a line
TIMESTAMP = re.compile(
    r"^[ \t]*\d{1,2}[:.]\d{2}[ \t]*(?:[ap]\.?m\.?)?[ \t]*(?:[A-Z]{2,4}[ \t]*)?[—–-][ \t]+", re.M
)


def paragraph_starts(doc: Doc) -> list[int]:
    """Indices of tokens that begin a paragraph or a line that stands alone."""
    text = text_of(doc)
    newlines = [m.start() for m in re.finditer("\n", text)]
    if not newlines:
        return []
    idx, length, space = doc.to_array([IDX, LENGTH, IS_SPACE]).T.tolist()
    words = [i for i, blank in enumerate(space) if not blank]
    starts = []
    for prev, i in itertools.pairwise(words):  # each word and the word before it
        end = idx[prev] + length[prev]
        breaks = bisect.bisect_left(newlines, idx[i]) - bisect.bisect_left(newlines, end)
        if not breaks:
            continue
        line_start = text.rfind("\n", 0, idx[prev]) + 1
        short = len(text[line_start:end].strip()) < SHORT_LINE
        if breaks >= 2 or (breaks == 1 and (text[idx[prev] : end].endswith(ENDINGS) or short)):
            starts.append(i)
    return starts


def after_figures(doc: Doc) -> list[int]:
    """Indices of tokens that begin a sentence after a figure ending in a unit letter and a
    full stop ("£4m.", "3.2m.", "50k.", "44C."), or a one-letter platform the tokenizer
    reads as an initial ("on X."): the next word is capitalised or opens a quote."""
    starts = []
    platforms = sources().platforms
    text = doc.text
    lengths = doc.to_array(LENGTH).tolist()
    offsets = doc.to_array(IDX).tolist()
    for i in range(1, len(doc) - 1):
        n = lengths[i]
        if n < 2 or text[offsets[i] + n - 1] != ".":  # (from the arrays: no Token made)
            continue
        tok = doc[i]
        if n > 2:  # a figure and its unit the tokenizer kept as one word: "to reach 44C."
            ends = FIGURE_WITH_STOP.fullmatch(tok.text) is not None
        else:
            prev = doc[i - 1]
            # and a platform of one letter: "thanked the fans in a post on X. 'It's been …'"
            platform = tok.text[0].isupper() and tok.text[0].lower() in platforms
            figure = prev.like_num and not prev.whitespace_
            ends = tok.text[0].isalpha() and (figure or (platform and prev.lower_ in ("on", "via")))
        nxt = doc[i + 1]
        opens = nxt.text[:1].isupper() or (nxt.is_quote and nxt.whitespace_ == "")
        if ends and tok.whitespace_ and opens:
            starts.append(nxt.i)
    return starts


def after_dateline(doc: Doc) -> list[int]:
    """The first token after a wire dateline ("OSLO, March 3 (Reuters) - "): the story's
    first sentence starts there, so the parser never makes the dateline its subject."""
    page = doc._.ck_layout if doc.has_extension("ck_layout") else None
    if page is None or page.wire_dateline is None:
        return []
    end = page.wire_dateline[1]
    return [t.i for t in doc if t.idx >= end and not t.is_space][:1]


def after_timestamps(doc: Doc) -> list[int]:
    """The first token after each live-blog time stamp that opens a line: the entry's
    first sentence starts there, not at the time."""
    ends = [m.end() for m in TIMESTAMP.finditer(text_of(doc))]
    out = []
    for end in ends:
        span = doc.char_span(end, end + 1, alignment_mode="expand")
        if span is not None and span.start > 0:
            out.append(span.start)
    return out


def within_sentences(doc: Doc) -> list[int]:
    """Indices of words right after a capitalised word or an acronym on the same line,
    with only a space between ("Halvorsen Breweries", "UK house prices"), and capitalised
    words right after a number ("Sunday 23 November 2026"): no sentence starts inside a
    name, a date or a phrase. (Only after a capital: a run-on text without marks
    is still the parser's to cut.)"""
    alpha, title, upper, digit = doc.to_array([IS_ALPHA, IS_TITLE, IS_UPPER, IS_DIGIT]).T.tolist()
    return [
        i
        for i in range(1, len(doc))
        if alpha[i]
        and (alpha[i - 1] or (digit[i - 1] and title[i]))  # (and a date's "23 November")
        and (title[i - 1] or (upper[i - 1] and len(doc[i - 1]) > 1) or digit[i - 1])
        and doc[i - 1].whitespace_ == " "
    ]


class ParagraphSplitter:
    """spaCy component: presets sentence starts at paragraph and line boundaries, and
    after a figure that ends a sentence with its unit letter ("£4m."); and no sentence
    start between two words joined by a space."""

    def __call__(self, doc: Doc) -> Doc:
        # set through one array: a token's own setter scans the whole Doc each time
        marks = doc.to_array([SENT_START]).astype("int64")
        for i in within_sentences(doc):
            marks[i] = -1
        starts = paragraph_starts(doc) + after_figures(doc) + after_dateline(doc)
        for i in starts + after_timestamps(doc):
            marks[i] = 1
        doc.from_array([SENT_START], cast("Ints2d", marks.astype("uint64")))
        return doc


@Language.factory("claimkit_paragraphs")
def make_paragraphs(nlp: Language, name: str) -> ParagraphSplitter:
    """Create the ``claimkit_paragraphs`` component (add it before the parser). It also
    teaches the tokenizer the title abbreviations of the role lexicon that English
    tokenizer exceptions lack ("Sgt.", "Capt.", "Cllr."), so that their full stop ends
    no sentence: "Sgt. Dana Ruiz said" is one sentence; and that a platform of one letter
    with a full stop is a word and the stop ("posted on X."), not an initial."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return ParagraphSplitter()  # a custom tokenizer keeps its own rules
    for title in nouns().roles:  # only abbreviations: "sgt.", never "president"
        word = title.rstrip(".")
        if title.endswith(".") and word.isalpha():
            for form in (f"{word.capitalize()}.", f"{word.upper()}."):
                if len(tokenizer(form)) > 1:
                    tokenizer.add_special_case(form, [{ORTH: form}])
    for letter in (p.upper() for p in sources().platforms if len(p) == 1):
        tokenizer.add_special_case(f"{letter}.", [{ORTH: letter}, {ORTH: "."}])
    return ParagraphSplitter()
