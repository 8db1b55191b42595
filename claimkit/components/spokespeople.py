"""Who speaks through a spokesperson: "a police spokeswoman" for her force, "a
spokesperson for the watchdog" for it, "a club spokesman" for the club named before, "an
Amazon spokeswoman" for Amazon, a bare "a spokesman" for the body the content is about
or that spoke just before.
"""

from __future__ import annotations

from spacy.tokens import Token

from claimkit.components.authors import DocumentAuthors
from claimkit.components.descriptions import kind_noun
from claimkit.components.entities import ORG_LABELS
from claimkit.components.memory import NEAR_CHARS
from claimkit.components.mentions import as_mention, mention_span, with_owner
from claimkit.components.namekeys import strip_the
from claimkit.components.records import SpeakerInfo, sentence_of
from claimkit.components.subjects import named_subject
from claimkit.lexicons import nouns

PLACE = ("GPE", "NORP")  # a place or its people whose body a kind noun names

__all__ = ["Spokespeople"]


class Spokespeople(DocumentAuthors):
    """The spokesperson rule of a speaker resolver (which sets ``memory``, declared by
    :class:`DocumentAuthors`, and ``content``)."""

    content: tuple[int, int] | None

    def spokesperson(self, tok: Token, mention: tuple[int, int]) -> SpeakerInfo:
        """The body an unnamed spokesperson ``tok`` ("a spokeswoman …") speaks for, or the
        spokesperson's own words as an organisation where no body is known."""
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"), None)
        owner = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
        body = self._resolve(owner, mention_span(owner)) if owner is not None else None
        # "a company spokesperson" is as bare as "a spokesperson", of a body of any kind
        generic = nouns().generic
        bare = owner is None and not any(
            c.dep_ in ("compound", "amod", "poss", "nmod")
            and not (c.dep_ == "compound" and kind_noun(c) in generic)
            for c in tok.children
        )
        last_named = self.bodies.last()
        subject = self.subject_of_content(tok, self.content) if bare else None
        # or of the sentence before: "The British Museum is barred by law from returning
        # them. A spokeswoman said it was committed to …"
        subject = subject or (self._subject_before(tok) if bare else None)
        if subject is not None:  # "The British Museum … is barred …, a spokesman said"
            body = subject
        elif bare and self.memory.orgs:  # "The carrier said … A spokeswoman declined …"
            body = self.memory.orgs[-1]
        elif bare and last_named is not None and last_named.mention:  # or named just before
            near = tok.idx - last_named.mention[1] < NEAR_CHARS
            body = last_named if near else None
        placed = self._placed_body(tok, mention) if owner is None else None
        if placed is not None:  # "a UK government spokesman": the UK government's
            return placed
        kind = next((k for c in tok.children if c.dep_ == "compound" and (k := kind_noun(c))), None)
        if owner is None and kind is not None:  # "a club spokesman": the club's
            body = self.bodies.of_kind(kind) or (body if kind in generic else None)
        # "a CPS spokesman", "an Amazon spokeswoman": the named body's, when it is one;
        # "a Loomly spokesperson", a body named before that the model left untagged here
        # (the parser's "nmod" for a name with a preposition: "a Department for
        # Education spokesperson")
        mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod")]
        owning = next((c for c in mods if c.ent_type_ in ORG_LABELS), mods[-1] if mods else None)
        own = owning.lower_ if owning is not None else ""  # or its first word: "Keepmoat"
        # or its whole name, the model's other label here: "a Red Eléctrica spokeswoman"
        whole = " ".join(t.lower_ for t in owning.subtree) if owning is not None else ""
        known = self.by_name.get(own) or self.by_first_word.get(own) or self.by_name.get(whole)
        of_named = None
        if owning is not None and owning.ent_type_ in ORG_LABELS:
            of_named = self._resolve(owning, mention_span(owning))
        elif owning is not None and known is not None and owning.text[:1].isupper():
            of_named = self.info_for_entity(known, self.doc[owning.i : owning.i + 1], mention)
        if owner is None and of_named is not None and of_named.entity_id is not None:
            body = of_named
        if owner is None and body is None and owning is not None and owning.is_lower:
            body = self._named_by_head(owning, mention)  # "a survey spokesperson"
        # one for a named person for them ("a spokesman for Mr Guterres"); "Police" too
        # (or a name the model left untagged: "the VNV pilots' union")
        named_body = body is not None and strip_the(body.name)[:1].isupper()
        if body is not None and (body.entity_id is not None or named_body):
            return as_mention(body, mention)
        # a body's name the model left untagged: "a Prison Service spokesperson"
        name = next((c for c in mods if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
        words = self.doc[name.left_edge.i : name.i + 1] if name is not None else ()
        if owner is None and words and all(t.is_title and not t.ent_type_ for t in words):
            return SpeakerInfo(words.text, "organization", mention)
        return SpeakerInfo(with_owner(tok, mention), "organization", mention)

    def _placed_body(self, tok: Token, mention: tuple[int, int]) -> SpeakerInfo | None:
        """The body of a kind and a place that modify a spokesperson ("a UK government
        spokesman", "a French foreign ministry spokeswoman": the UK government, the French
        foreign ministry), the named one where the text names it so; or None."""
        kinds = [c for c in tok.children if c.dep_ == "compound" and c.is_lower and kind_noun(c)]
        if not kinds:
            return None
        near = [*tok.children, *kinds[-1].children]
        # (or a people's name the model left untagged before a government's noun: "a Welsh
        # government spokesperson")
        ministry = nouns().same_kind(kinds[-1].lower_, {"ministry"})
        place = next(
            (
                c
                for c in near
                if c.i < kinds[-1].i
                and (c.ent_type_ in PLACE or (ministry and c.pos_ == "PROPN" and c.is_title))
            ),
            None,
        )
        if place is None:
            return None
        name = "the " + self.doc[place.i : kinds[-1].i + 1].text
        known = self.by_name.get(strip_the(name).lower())
        if known is not None:
            return self.info_for_entity(known, self.doc[place.i : kinds[-1].i + 1], mention)
        return SpeakerInfo(name, "organization", mention)

    def _named_by_head(self, word: Token, mention: tuple[int, int]) -> SpeakerInfo | None:
        """The one organisation named before whose name's last word is ``word``, in lower
        case ("a survey spokesperson" after "the British Antarctic Survey"), or None."""
        ending = {
            c.id: c
            for c in self.by_name.values()
            if c.mentions
            and c.mentions[0][1] <= word.idx
            and len(strip_the(c.name).split()) > 1
            and strip_the(c.name).split()[-1].lower() == word.lower_
        }
        if len(ending) != 1:
            return None
        (cluster,) = ending.values()
        return self.info_for_entity(cluster, self.doc[word.i : word.i + 1], mention)

    def _subject_before(self, tok: Token) -> SpeakerInfo | None:
        """The organisation named as the subject of the sentence right before ``tok``'s,
        or None."""
        start = sentence_of(self.doc, tok.i).start
        name = named_subject(sentence_of(self.doc, start - 1)) if start > 0 else None
        found = self.entity_of(name) if name is not None else None
        if found is None or found[0].label != "ORG":
            return None
        return self.info_for_entity(*found, mention_span(tok))
