"""The body a description speaks for where its content is about one: "Clearpath has raised
$40m, the company announced" is Clearpath's, whoever the text named between; "Nestlé will
cut 6,000 jobs, the world's largest food company said" is Nestlé's, a name the model left
untagged.
"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokens import Token

from claimkit.components.descriptions import BODIES, describes, fits
from claimkit.components.mentions import content_subject
from claimkit.components.nameforms import proper_chain
from claimkit.components.records import SpeakerInfo, indices_of
from claimkit.components.spokespeople import Spokespeople
from claimkit.components.subjects import written_lower
from claimkit.lexicons import nouns

__all__ = ["ContentBodies"]


class ContentBodies(Spokespeople):
    """The content-subject rule of a speaker resolver."""

    def subject_described(
        self, tok: Token, mention: tuple[int, int], content: tuple[int, int] | None
    ) -> SpeakerInfo | None:
        """A description that speaks of the organisation its content is about: "Clearpath
        has raised $40m, the company announced" is Clearpath's, whoever came between. An
        organisation the text gave no kind fits any name of a business or a body ("Vantor
        is recalling ..., the Dutch manufacturer said"), not a regulator's or a court's;
        only for a content before its speaker ("The group said South West Water had …")."""
        before = content is not None and content[1] <= tok.idx
        found = describes(tok) if content is not None and before else None
        subj = content_subject(tok.doc, content) if found and content else None
        entity = self.entity_of(subj) if subj is not None else None
        if found is not None and subj is not None and entity is None and _a_name(subj):
            name = proper_chain(subj).text  # (the model's none: "Nestlé will cut …")
            cluster = self.by_name.get(name.lower())
            entity_id = cluster.id if cluster is not None else None
            return SpeakerInfo(name, "organization", mention, entity_id=entity_id)
        if found is None or entity is None or entity[0].label == "PERSON":
            return None
        kinds = entity[0].kinds
        kindless = not kinds and entity[0].label == "ORG"
        body = kindless and any(nouns().same_kind(found[0], {k}) for k in BODIES)
        if fits(found, kinds) or body:
            return self.info_for_entity(entity[0], entity[1], mention)
        return None


def _a_name(subj: Token) -> bool:
    """Is ``subj`` a capitalised proper noun the model left untagged, which the text never
    writes in lower case and gives as a proper noun again, and which is no given name?"""
    doc, lex = subj.doc, nouns()
    if subj.pos_ != "PROPN" or subj.ent_type_ or not subj.is_title or written_lower(subj):
        return False
    again = (doc[i] for i in indices_of(doc, ORTH, (subj.text,)) if i != subj.i)
    return subj.lower_ not in lex.given_names and any(t.pos_ == "PROPN" for t in again)
