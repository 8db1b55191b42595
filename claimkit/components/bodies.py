"""The organisations an article has named so far, in text order, each with the kind nouns
that describe it, and the descriptions that take one of them up: "the company", "the
hospital trust", "a club spokesman", "the judges" (the latest court).

A description resolves to the most recent organisation of its very kind ("the institute"
is the last one called an institute), else of its class (a university is of the class of
institutes). One the article gave
no kind fits a generic noun ("the group") only when nothing of the kind came before, and
of several such the one named most often so far: the article's company, not the
analyst's firm named once just before.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Token

from claimkit.components.descriptions import as_mention, describes
from claimkit.components.records import SpeakerInfo
from claimkit.lexicons import nouns

__all__ = ["Bodies"]


@dataclass
class Bodies:
    """Organisations in text order, with the kind nouns that describe them."""

    seen: list[tuple[SpeakerInfo, set[str]]] = field(default_factory=list)

    def add(self, info: SpeakerInfo, kinds: set[str]) -> None:
        self.seen.append((info, kinds))

    def last(self) -> SpeakerInfo | None:
        """The organisation named last ("its organisers said")."""
        return self.seen[-1][0] if self.seen else None

    def infos(self) -> list[SpeakerInfo]:
        return [info for info, _ in self.seen]

    def of_kind(self, kind: str) -> SpeakerInfo | None:
        """The latest organisation of the kind of ``kind`` ("club" in "a club spokesman")."""
        same = nouns().same_kind
        return next((info for info, kinds in reversed(self.seen) if same(kind, kinds)), None)

    def court(self) -> SpeakerInfo | None:
        """The latest court the text named or that spoke ("a court in Amsterdam")."""
        courts = nouns().kinds.get("court", frozenset())
        return next((info for info, kinds in reversed(self.seen) if kinds & courts), None)

    def describe(self, tok: Token, mention: tuple[int, int]) -> SpeakerInfo | None:
        """The organisation a description ("the company") headed by ``tok`` stands for (see
        the module docstring), or None."""
        found = describes(tok)
        if found is None:
            return None
        kind, mods = found
        lex = nouns()
        fallback: SpeakerInfo | None = None
        named = Counter(info.entity_id for info, _ in self.seen)
        # "the group", "the lobby group"; not "the Labour group" (another's)
        plain = not any(
            c.dep_ in ("compound", "amod") and (c.pos_ == "PROPN" or c.ent_type_)
            for c in tok.children
        )
        generic = kind in lex.generic and plain
        # its very kind first: "the institute" is the Francis Crick Institute, not the
        # university (of the same class) named after it
        very = next((info for info, kinds in reversed(self.seen) if kind in kinds), None)
        if very is not None and kind not in lex.generic:
            return as_mention(very, mention)
        for info, kinds in reversed(self.seen):
            if mods & kinds or lex.same_kind(kind, kinds):
                return as_mention(info, mention)
            kindless = generic and not kinds and info.entity_id is not None
            if kindless and (fallback is None or named[info.entity_id] > named[fallback.entity_id]):
                fallback = info
        return as_mention(fallback, mention) if fallback is not None else None
