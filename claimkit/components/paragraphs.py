"""``claimkit_paragraphs``: no sentence runs over a paragraph or a headline line.

Placed before the parser, it marks the first token after a blank line, and after a
single line break that ends a sentence or a short line (headline, caption, dateline), as a
sentence start. spaCy's parser keeps preset boundaries, so a headline is never parsed as
the subject of the paragraph below it.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["ParagraphSplitter", "make_paragraphs"]

SHORT_LINE = 100
ENDINGS = tuple(".!?:;\"”’')")


def paragraph_starts(doc: Doc) -> list[int]:
    """Indices of tokens that begin a paragraph or a line that stands alone."""
    text = doc.text
    starts = []
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        gap = text[prev.idx + len(prev.text) : tok.idx] if not prev.is_space else prev.text_with_ws
        if tok.is_space or "\n" not in gap and not (prev.is_space and "\n" in prev.text):
            continue
        if "\n" in gap.replace("\n", "", 1) or prev.is_space and prev.text.count("\n") > 1:
            starts.append(tok.i)
            continue
        line_start = text.rfind("\n", 0, prev.idx) + 1
        line = text[line_start : prev.idx + len(prev.text)].strip()
        before = doc[tok.i - 2] if prev.is_space and tok.i >= 2 else prev
        if before.text.endswith(ENDINGS) or len(line) < SHORT_LINE:
            starts.append(tok.i)
    return starts


class ParagraphSplitter:
    """spaCy component: presets sentence starts at paragraph and line boundaries."""

    def __call__(self, doc: Doc) -> Doc:
        for i in paragraph_starts(doc):
            doc[i].is_sent_start = True
        return doc


@Language.factory("claimkit_paragraphs")
def make_paragraphs(nlp: Language, name: str) -> ParagraphSplitter:
    """Create the ``claimkit_paragraphs`` component (add it before the parser)."""
    return ParagraphSplitter()
