"""Who issued a document that speaks ("the statement said", "the report found"): its
issuer named at a mention of it ("a report by the Resolution Foundation", "LSEG data"),
the speaker who spoke in it, or the named subject who issued it.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from claimkit.components.bodies import Bodies
from claimkit.components.descriptions import kind_noun
from claimkit.components.documents import (
    DocumentMentions,
    document_subject,
    document_word,
    issuer_words,
    split_document,
)
from claimkit.components.entity_index import EntityIndex
from claimkit.components.mediums import website_named
from claimkit.components.memory import Memory
from claimkit.components.mentions import as_mention, mention_span
from claimkit.components.records import EntityCluster, SpeakerInfo, sentence_of
from claimkit.lexicons import sources

__all__ = ["EARLIER_MENTIONS", "DocumentAuthors"]

EARLIER_MENTIONS = 5  # "the statement" looks back this many mentions of "statement"


class DocumentAuthors(EntityIndex):
    """The document index of a speaker resolver: the bodies named so far, the speakers
    resolved so far (by token and by cue), and the mentions of documents, from which a
    document's author is found. The resolver that extends it resolves a name (and sets
    ``memory``)."""

    memory: Memory

    def __init__(self, doc: Doc, clusters: list[EntityCluster]) -> None:
        super().__init__(doc, clusters)
        self.bodies = Bodies()  # organisations in text order, with their kind nouns
        self.resolved: dict[int, SpeakerInfo] = {}  # speaker token -> who it is
        self.by_cue: dict[int, SpeakerInfo] = {}  # a cue's first character -> its speaker
        self.documents = DocumentMentions(doc)
        self.document_it: tuple[int, int] | None = None  # an "it" that took up a document

    def _resolve(self, tok: Token, mention: tuple[int, int]) -> SpeakerInfo:
        raise NotImplementedError  # the speaker resolver's

    def _document_again(self, tok: Token, mention: tuple[int, int]) -> SpeakerInfo | None:
        """The last claim's speaker where that claim, in the sentence before ``tok``'s or
        its own, was a document's said ("The memo, sent by Dawn Pike, said …"), and "it"
        takes up the document, not an organisation named in it; else None."""
        last = self.memory.last_claim
        said = last[0].mention if last is not None else None
        sent = sentence_of(self.doc, tok.i)
        before = sentence_of(self.doc, sent.start - 1) if sent.start else sent
        if last is None or said is None or last[1][0] < before.start_char:
            subj = document_subject(before) if before.start < sent.start else None  # "The
            # lawsuit … seeks $25m. It says …": the document the sentence before is about
            return as_mention(self._resolve(subj, mention_span(subj)), mention) if subj else None
        span = self.doc.char_span(*said, alignment_mode="expand")
        if not span or not (document_word(span.root) or said == self.document_it):
            return None
        self.document_it = mention  # and on: "It said … Staff should …, it said"
        return as_mention(last[0], mention)

    def _author(self, tok: Token) -> SpeakerInfo | None:
        """Who issued the document a speaker names ("the statement said"): the issuer
        named at an earlier mention of the same document noun ("a report by the
        Resolution Foundation"), the speaker who spoke in it ("the trust said in a
        statement"), or the named subject who issued it ("The Home Office issued a
        statement on Monday")."""
        for earlier in self.documents.before(tok, EARLIER_MENTIONS):
            # a pronoun's owner ("said in its outlook") is who spoke in it: resolved now, at
            # a later point of the text, the pronoun would take a later body
            issuer = (
                self._issuer(earlier, pronouns=False)
                or self._spoken_in(earlier)
                or self._issuer(earlier)
            )
            if issuer is not None:
                return issuer
        for earlier in self.documents.before(tok, EARLIER_MENTIONS):
            issuer = self._reported_by(earlier)  # (only where no mention names its issuer)
            if issuer is not None:
                return issuer
        if sources().nouns.get(tok.lemma_.lower()) == "website":  # "the site said"
            return website_named(self.doc, self.bodies.infos())
        return None

    def _spoken_in(self, earlier: Token) -> SpeakerInfo | None:
        """The speaker who spoke in a document ("the trust said in a statement"), or the
        named subject who issued it ("The Home Office issued a statement on Monday")."""
        outer = earlier.head.head if earlier.head.lower_ == "of" else earlier
        if outer.dep_ == "pobj" and outer.right_edge.i == earlier.i and split_document(outer):
            earlier = outer  # "In a [prevention] of future deaths [report], … said"
        verb = earlier.head.head if earlier.dep_ == "pobj" else earlier.head
        medium = earlier.dep_ == "pobj" and earlier.head.lower_ in sources().prepositions
        while medium and verb.pos_ == "NOUN" and verb.dep_ == "dobj":  # "confirmed the
            verb = verb.head  # decision in a statement": hung on the object
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.i in self.resolved:
            return self.resolved[subj.i]
        if verb.idx in self.by_cue:  # "In a memo to staff, …, Simon Case wrote"
            return self.by_cue[verb.idx]
        # "The Home Office issued a statement on Monday. The statement said …"
        issued = earlier.dep_ == "dobj" and verb.lemma_.lower() in sources().issuing_participles
        if subj is not None and subj.dep_ == "nsubj" and issued and subj.pos_ != "PRON":
            author = self._resolve(subj, mention_span(subj))
            if author.entity_id is not None:
                return author
        return None

    def _reported_by(self, earlier: Token) -> SpeakerInfo | None:
        """The body whose words hold a mention of a document: "Figures published on
        Monday show …, the Office for National Statistics said" (a body says what its own
        figures show; not "The Times said Cook provided a written statement", Cook's)."""
        if earlier.dep_ != "nsubj":
            return None
        sentence = sentence_of(self.doc, earlier.i)
        bodies = (
            info
            for at, info in self.by_cue.items()
            if sentence.start_char <= at < sentence.end_char and info.type == "organization"
        )
        return next(bodies, None)

    def _issuer(self, tok: Token, pronouns: bool = True) -> SpeakerInfo | None:
        """The issuer of a document: "Assad's statement", "LSEG data", "a statement by the Kremlin",
        "the review, published on Thursday by the Healthcare Safety Investigation Branch";
        without ``pronouns``, not "its projections"."""
        for cand in issuer_words(tok):
            if cand.pos_ == "PRON" and not pronouns:
                continue
            if cand.dep_ == "compound" and cand.is_upper and not cand.ent_type_ and len(cand) > 1:
                return SpeakerInfo(cand.text, "organization", mention_span(cand))  # "LSEG data"
            if (
                cand.dep_ == "compound"
                and cand.pos_ == "PROPN"
                and cand.ent_type_ not in ("ORG", "PERSON")
            ):
                continue
            if cand.pos_ in ("PROPN", "NOUN", "PRON"):
                found = self.entity_of(cand)
                if found is not None:
                    return self.info_for_entity(found[0], found[1], mention_span(cand))
                # "company data", "police estimates": the body of that kind named before
                kind = kind_noun(cand) if cand.dep_ == "compound" else None
                described = self.bodies.of_kind(kind) if kind is not None else None
                # "released by the ministry"
                issuer = described or self._resolve(cand, mention_span(cand))
                # "A council report", no council named: the council's, as a description
                if kind is not None and not issuer.entity_id and issuer.name.lower() == kind:
                    issuer = replace(issuer, name=f"the {kind}")
                # a described possessor only as one the article named ("the bank's") or
                # described before ("the regional health authority said … the authority's")
                own = self.doc.text[slice(*issuer.mention)] if issuer.mention else ""
                # (or a party's people: "Democrats' new warning")
                party = cand.ent_type_ == "NORP" and issuer.type == "group"
                unnamed = cand.dep_ == "poss" and cand.pos_ == "NOUN" and not issuer.entity_id
                unnamed = unnamed and issuer.name.lower() == own.lower() and not party
                if (issuer.type in ("organization", "person") or party) and not unnamed:
                    return issuer
        return None
