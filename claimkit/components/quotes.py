"""``claimkit_quotes``: find quotation spans, paired by mark type.

Handles straight ("), curly (“ ” ‘ ’), single ('), PTB (`` ''; '' also opens, as the New
York Times writes it) and guillemet marks, and a closing mark typed to open a quote at a
line's start (”Mr. Trump ...”); tells apostrophes ("Syria’s") from quote marks; never
raises on odd or stray marks (an unpaired mark is ignored); and follows the news
convention of a quotation running over several paragraphs: the opening mark repeated at
the start of each paragraph, the closing mark only at the end. Such a quote has one
segment per paragraph.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from claimkit.components.records import Quote, guarded, register_extensions, text_of

__all__ = ["QuoteFinder", "find_quotes", "make_quotes"]

# family, and which marks open / close it. A straight mark may do either.
_OPEN = {"“": "double", "‘": "single", "«": "guillemet", "``": "double", "„": "double"}
_CLOSE = {"”": "double", "’": "single", "»": "guillemet"}
_BOTH = {'"': "double", "'": "single", "''": "double"}  # '' opens too: ''Tell that,'' he said
_MARK_RE = re.compile(r"``|''|[\"'“”‘’«»„]")
_PARA_RE = re.compile(r"\n[ \t\r\f\v\u00a0]*\n|\u2029")
_WORDCHAR = re.compile(r"\w")
_OPENERS = "([{—–-/"


@dataclass
class _Mark:
    pos: int
    text: str
    family: str
    can_open: bool
    can_close: bool


def _classify(text: str, m: re.Match[str]) -> _Mark | None:
    mark, pos, end = m.group(), m.start(), m.end()
    before = text[pos - 1] if pos > 0 else " "
    after = text[end] if end < len(text) else " "
    word_before = bool(_WORDCHAR.match(before))
    word_after = bool(_WORDCHAR.match(after))
    if mark in ("’", "'") and ((word_before and word_after) or before.isdigit()):
        return None  # apostrophe inside a word (Syria’s, don't) or a foot mark (6')
    if mark in _OPEN:
        return _Mark(pos, mark, _OPEN[mark], True, False)
    if mark == "”" and (before.isspace() or pos == 0) and (word_after or after in "[("):
        return _Mark(pos, mark, "double", True, False)  # typed for “ at a word's start
    if mark in _CLOSE:
        return _Mark(pos, mark, _CLOSE[mark], False, True)
    space_before = before.isspace() or before in _OPENERS
    opens = space_before and not after.isspace()
    closes = not space_before
    if mark == "'":
        opens = opens and word_after
        closes = closes and not word_after
    if not (opens or closes):
        return None
    return _Mark(pos, mark, _BOTH[mark], opens, closes)


def find_quotes(text: str) -> list[Quote]:
    """Return the quotations of ``text``, in order of their opening marks.

    Offsets are those of the words inside the marks. A quotation continued over several
    paragraphs has one ``segments`` entry per paragraph. Unpaired marks are ignored.
    """
    para_starts = [0] + [m.end() for m in _PARA_RE.finditer(text)]
    para_ends = [m.start() for m in _PARA_RE.finditer(text)] + [len(text)]
    quotes: list[Quote] = []
    stack: list[_Open] = []
    for match in _MARK_RE.finditer(text):
        mk = _classify(text, match)
        if mk is None:
            continue
        para = bisect.bisect_right(para_starts, mk.pos) - 1
        if stack and stack[-1].para != para:
            first_in_para = not text[para_starts[para] : mk.pos].strip()
            bottom = stack[0]
            del stack[1:]  # inner quotes never run over a paragraph break
            if (
                first_in_para
                and para == bottom.para + 1
                and mk.family == bottom.family
                and mk.can_open
            ):
                bottom.segments.append(
                    (bottom.seg_start, _rstrip(text, bottom.seg_start, para_ends[bottom.para]))
                )
                bottom.seg_start, bottom.para = mk.pos + len(mk.text), para
                continue
            stack.clear()  # the open mark was stray
        k = next((j for j in range(len(stack) - 1, -1, -1) if stack[j].family == mk.family), None)
        if mk.can_close and k is not None:
            opened = stack[k]
            del stack[k:]
            segments = [*opened.segments, (opened.seg_start, mk.pos)]
            if mk.pos > segments[0][0]:
                quotes.append(Quote(segments[0][0], mk.pos, opened.mark, segments, depth=k))
        elif mk.can_open:
            if k is not None:  # the same family cannot nest: the earlier mark was stray
                del stack[k:]
            stack.append(_Open(mk.family, mk.text, para, mk.pos + len(mk.text), []))
    quotes.sort(key=lambda q: q.start)
    return quotes


@dataclass
class _Open:
    family: str
    mark: str
    para: int
    seg_start: int
    segments: list[tuple[int, int]]


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


class QuoteFinder:
    """spaCy component: writes ``doc._.ck_quotes``."""

    def __call__(self, doc: Doc) -> Doc:
        return guarded("claimkit_quotes", self._run, doc)

    @staticmethod
    def _run(doc: Doc) -> None:
        doc._.ck_quotes = find_quotes(text_of(doc))


@Language.factory("claimkit_quotes", assigns=["doc._.ck_quotes"])
def make_quotes(nlp: Language, name: str) -> QuoteFinder:
    """Create the ``claimkit_quotes`` component."""
    register_extensions()
    return QuoteFinder()
