"""The earlier mentions of a document in an article: "the statement said" takes up "a
statement by the Kremlin" or "the trust said in a statement" before it."""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Token

from claimkit.components.descriptions import document_word

__all__ = ["DocumentMentions"]


class DocumentMentions:
    """The mentions of each document word of one Doc ("statement", "figures"), indexed on
    first need: most articles never ask."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._index: dict[str, list[int]] | None = None

    def before(self, tok: Token, limit: int) -> list[Token]:
        """Up to ``limit`` earlier mentions of the document word ``tok`` is, latest first."""
        if self._index is None:
            self._index = {}
            for t in self.doc:
                if t.pos_ == "NOUN" and (word := document_word(t)) is not None:
                    self._index.setdefault(word, []).append(t.i)
        seen = self._index.get(document_word(tok) or "", [])
        before = seen[: bisect.bisect_left(seen, tok.i)]
        return [self.doc[i] for i in reversed(before[-limit:])]
