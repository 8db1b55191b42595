"""``claimkit_speakers``: entities, and rule-based speaker resolution.

- Entities: PERSON mentions that share a surname are one entity ("Putin", "Vladimir Putin",
  "Russia's President Vladimir Putin"), named by their longest form; organisations and
  places by their text without a leading "the". Roles and affiliations come from the noun
  phrase around a name ("Kremlin spokesman Dmitry Peskov": role "spokesman", affiliation
  "Kremlin").
- Speakers: the subject token of each attribution becomes a :class:`SpeakerInfo`. Names,
  coordinations ("Putin and Trump" → a group), pronouns ("he", "they") and nominals ("the
  presidents", "the minister") resolve to what they refer to through a short discourse
  memory of earlier persons and groups; documents ("the statement") and anonymous sources
  ("a senior official") get their own types.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from claimkit.components.records import (
    Attribution,
    EntityCluster,
    SpeakerInfo,
    ents_between,
    ents_of,
    guarded,
    register_extensions,
    sentence_of,
    subtree_bounds,
    text_of,
)
from claimkit.lexicons import nouns

__all__ = ["SpeakerResolver", "cluster_entities", "make_speakers", "resolve_speakers"]

NAMED = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT"}
ORG_LABELS = {"ORG", "GPE", "NORP", "FAC", "LOC"}
DROP_FROM_MENTION = {"relcl", "acl", "appos", "punct", "cc", "conj", "prep", "advcl"}
CUT_FROM_GROUP = {"relcl", "acl", "punct", "advcl"}  # "Putin and Trump" keeps cc and conj
MALE = {"he", "him", "his", "himself"}
FEMALE = {"she", "her", "hers", "herself"}
PLURAL = {"they", "them", "their", "themselves"}
NEUTER = {"it", "its", "itself"}
ORG_NOUNS = {
    "company",
    "ministry",
    "government",
    "agency",
    "department",
    "office",
    "campaign",
    "administration",
    "party",
    "group",
    "firm",
    "council",
    "committee",
    "court",
    "army",
    "military",
    "police",
    "embassy",
    "kremlin",
    "white",
    "bank",
    "union",
    "organization",
    "organisation",
    "club",
    "team",
    "network",
    "newspaper",
    "paper",
    "channel",
    "station",
}


def _strip_the(text: str) -> str:
    low = text.lower()
    for det in ("the ", "a ", "an "):
        if low.startswith(det):
            return text[len(det) :]
    return text


def _trimmed(ent: Span) -> Span:
    """The entity without punctuation or space at its ends: the model sometimes takes in a
    dash before a name ('― Jacklyn Ashley')."""
    a, b = ent.start, ent.end
    while b - a > 1 and (ent.doc[a].is_punct or ent.doc[a].is_space):
        a += 1
    while b - a > 1 and (ent.doc[b - 1].is_punct or ent.doc[b - 1].is_space):
        b -= 1
    return ent.doc[a:b] if (a, b) != (ent.start, ent.end) else ent


def _clean_name(ent: Span) -> str:
    toks = [t for t in _trimmed(ent) if t.tag_ != "POS" and t.text not in ("'s", "’s")]
    if toks and toks[0].lower_ == "the":
        toks = toks[1:]
    return text_of(ent.doc)[toks[0].idx : toks[-1].idx + len(toks[-1])] if toks else ent.text


def _left_context(ent: Span) -> Span:
    """The words right before a name that form its title ("Russia's President", "US
    Secretary of State"): nouns, adjectives, names and possessives, on the same line."""
    doc = ent.doc
    i = ent.start
    sent_start = sentence_of(doc, ent.start).start
    while i > sent_start:
        t = doc[i - 1]
        title_word = t.pos_ in ("PROPN", "NOUN", "ADJ") or t.tag_ == "POS" or t.lower_ == "of"
        if not title_word or t.ent_type_ == "PERSON" or "\n" in t.text_with_ws:
            break
        i -= 1
    while i < ent.start and doc[i].lower_ == "of":
        i += 1
    return doc[i : ent.start]


def _role_and_affiliation(ent: Span) -> tuple[str | None, str | None]:
    """Role words and an affiliation from the noun phrase around a name."""
    lex = nouns().roles
    left = _left_context(ent)
    role_toks = [t for t in left if t.lower_ in lex and t.ent_type_ not in ("GPE", "NORP")]
    role = left.doc[role_toks[0].i : role_toks[-1].i + 1].text if role_toks else None
    affiliation = next(
        (
            _strip_the(_clean_name(e))
            for e in ents_between(left.doc, left.start, ent.start)
            if e.start >= left.start and e.end <= ent.start and e.label_ in ORG_LABELS
        ),
        None,
    )
    if role is None:
        root = ent.root
        appos = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        if root.dep_ == "appos" and root.head.pos_ == "NOUN":
            appos.append(root.head)
        if appos:
            head = appos[0]
            left = head.doc[head.left_edge.i : head.i]
            mods = [t for t in left if t.dep_ in ("compound", "amod")]
            role = " ".join(t.text for t in [*mods, head])
    return role, affiliation


def cluster_entities(doc: Doc) -> list[EntityCluster]:
    """Group the Doc's named entities: one cluster per person (by surname) or per name."""
    clusters: dict[tuple[str, str], EntityCluster] = {}
    order: list[EntityCluster] = []
    for ent in ents_of(doc):
        if ent.label_ not in NAMED:
            continue
        name = _clean_name(ent)
        words = name.split()
        if not words:
            continue
        # persons by surname, everything else by its name
        person = ent.label_ == "PERSON"
        key = ("PERSON", words[-1].lower()) if person else ("NAMED", name.lower())
        cluster = clusters.get(key)
        if cluster is None:
            cluster = EntityCluster(id=f"e{len(order) + 1}", name=name, label=ent.label_)
            clusters[key] = cluster
            order.append(cluster)
        elif len(words) > len(cluster.name.split()):
            cluster.name = name
        mention = _trimmed(ent)
        cluster.mentions.append((mention.start_char, mention.end_char))
        with_the = ent.text.lower().startswith("the ") or (
            ent.start > 0 and doc[ent.start - 1].lower_ == "the"
        )
        if not person and with_the and not cluster.name.lower().startswith("the "):
            cluster.name = "the " + cluster.name  # "the Kremlin", wherever the text says so
        if ent.label_ == "PERSON":
            role, affiliation = _role_and_affiliation(ent)
            cluster.role = cluster.role or role
            cluster.affiliation = cluster.affiliation or affiliation
    return order


@dataclass
class _Memory:
    """Who the text has talked about so far: the antecedents for pronouns and nominals."""

    persons: list[SpeakerInfo] = field(default_factory=list)
    groups: list[SpeakerInfo] = field(default_factory=list)
    orgs: list[SpeakerInfo] = field(default_factory=list)

    def remember(self, info: SpeakerInfo) -> None:
        target = {"person": self.persons, "group": self.groups}.get(info.type, self.orgs)
        if info.type in ("organization", "document"):
            target = self.orgs
        target.append(info)


class _Resolver:
    def __init__(self, doc: Doc, clusters: list[EntityCluster]) -> None:
        self.doc = doc
        self.by_char: dict[int, EntityCluster] = {}
        for c in clusters:
            for a, b in c.mentions:
                for i in range(a, b):
                    self.by_char[i] = c
        self.memory = _Memory()
        self.ents = ents_of(doc)
        self.ent_of_token = {i: e for e in self.ents for i in range(e.start, e.end)}
        self.next_ent = 0  # advance() walks the entities once, in order

    def entity_of(self, tok: Token) -> tuple[EntityCluster, Span] | None:
        if tok.ent_type_ and tok.idx in self.by_char:
            ent = self.ent_of_token.get(tok.i)
            if ent is not None:
                return self.by_char[tok.idx], ent
        # a name inside the phrase: "Kremlin spokesman Dmitry Peskov" has root Peskov already;
        # "the spokesman, Dmitry Peskov" → appos
        for child in tok.children:
            if (
                child.dep_ in ("appos", "compound")
                and child.ent_type_ == "PERSON"
                and child.idx in self.by_char
            ):
                return self.by_char[child.idx], self.ent_of_token[child.i]
        return None

    def info_for_entity(
        self, cluster: EntityCluster, ent: Span, mention: tuple[int, int]
    ) -> SpeakerInfo:
        if cluster.label == "PERSON":
            role, affiliation = _role_and_affiliation(ent)
            return SpeakerInfo(
                cluster.name,
                "person",
                mention,
                role or cluster.role,
                affiliation or cluster.affiliation,
                cluster.id,
            )
        return SpeakerInfo(cluster.name, "organization", mention, None, None, cluster.id)

    def advance(self, upto_char: int) -> None:
        """Remember persons and coordinated groups mentioned before ``upto_char``."""
        while self.next_ent < len(self.ents) and self.ents[self.next_ent].start_char < upto_char:
            ent = self.ents[self.next_ent]
            self.next_ent += 1
            if ent.label_ != "PERSON":
                continue
            cluster = self.by_char.get(ent.start_char)
            if cluster is None:
                continue
            self.memory.persons.append(
                self.info_for_entity(cluster, ent, (ent.start_char, ent.end_char))
            )
            group = self.group_of(self.mention(ent.root)) if ent.root.dep_ != "conj" else None
            if group is not None:
                self.memory.groups.append(group)

    def group_of(self, mention: tuple[int, int]) -> SpeakerInfo | None:
        """Two or more persons coordinated in one phrase: "Putin and Trump"."""
        span = self.doc.char_span(*mention, alignment_mode="expand")
        if span is None or not any(t.dep_ == "cc" for t in span):
            return None
        clusters = {
            self.by_char[e.start_char].id: self.by_char[e.start_char]
            for e in ents_between(self.doc, span.start, span.end)
            if e.label_ == "PERSON" and e.start_char in self.by_char
        }
        if len(clusters) < 2:
            return None
        members = sorted(clusters.values(), key=lambda c: c.name)
        roles = " ".join(c.role for c in members if c.role).lower()
        return SpeakerInfo(
            " and ".join(c.name for c in members), "group", mention, role=roles or None
        )

    def mention(self, tok: Token) -> tuple[int, int]:
        """The speaker's noun phrase without relative clauses, appositions and the like;
        "Putin and Trump" keeps its conjuncts. Never crosses a line break."""
        if any(t.dep_ == "conj" for t in tok.children):
            lo, hi = subtree_bounds(tok, lambda c: c.dep_ in CUT_FROM_GROUP)
        else:
            lo, hi = subtree_bounds(tok, lambda c: c.dep_ in DROP_FROM_MENTION)
        text = text_of(self.doc)
        line_start = text.rfind("\n", 0, tok.idx)
        line_end = text.find("\n", tok.idx)
        while lo < tok.i and self.doc[lo].idx <= line_start:
            lo += 1
        while hi > tok.i and line_end != -1 and self.doc[hi].idx >= line_end:
            hi -= 1
        span = self.doc[lo : hi + 1]
        while len(span) > 1 and (span[-1].is_punct or span[-1].is_space):
            span = span[:-1]
        while len(span) > 1 and (span[0].is_punct or span[0].is_space):
            span = span[1:]
        return span.start_char, span.end_char

    def resolve(self, tok: Token, source: Token | None) -> SpeakerInfo:
        self.advance(tok.idx)
        mention = self.mention(tok)
        info = self._resolve(tok, mention)
        if info.type in ("person", "group", "organization"):
            self.memory.remember(info)
        return info

    def _resolve(self, tok: Token, mention: tuple[int, int]) -> SpeakerInfo:
        lex = nouns()
        text = _nominal(text_of(self.doc)[mention[0] : mention[1]])
        low = tok.lower_
        group = self.group_of(mention)
        if group is not None:
            return SpeakerInfo(group.name, "group", mention, role=group.role)
        found = self.entity_of(tok)
        if found is not None:
            return self.info_for_entity(found[0], found[1], mention)
        if tok.pos_ == "PRON":
            return self._pronoun(low, mention)
        lemma = tok.lemma_.lower()
        det = next((c.lower_ for c in tok.children if c.dep_ in ("det", "poss")), None)
        issuer = self._issuer(tok)
        if lemma in lex.document:
            if issuer is not None:
                return issuer
            return SpeakerInfo(f"the {lemma}", "document", mention)
        if _anonymous(tok):
            return SpeakerInfo(text, "anonymous", mention)
        if lemma in lex.anonymous and det in (
            None,
            "a",
            "an",
            "another",
            "some",
            "several",
            "two",
            "three",
            "other",
        ):
            return SpeakerInfo(text, "anonymous", mention)
        if tok.tag_ in ("NNS", "NNPS") or lemma in ("pair", "two", "both"):
            if lemma in lex.group or lemma in lex.roles:
                fitting = [g for g in self.memory.groups if lemma in (g.role or "")]
                if fitting or self.memory.groups:
                    g = (fitting or self.memory.groups)[-1]
                    return SpeakerInfo(g.name, "group", mention, role=g.role)
            return SpeakerInfo(_strip_the(text) if det is None else text, "group", mention)
        if lemma in lex.roles and det in ("the", "this", "that"):
            for p in reversed(self.memory.persons):
                if p.role and lemma in p.role.lower():
                    return SpeakerInfo(
                        p.name, "person", mention, p.role, p.affiliation, p.entity_id
                    )
            return SpeakerInfo(text, "person", mention, role=tok.text)
        if lemma in ORG_NOUNS or tok.ent_type_ in ORG_LABELS:
            return SpeakerInfo(text if det else _strip_the(text), "organization", mention)
        return SpeakerInfo(text, "unknown", mention)

    def _issuer(self, tok: Token) -> SpeakerInfo | None:
        """The issuer of a document: "Assad's statement", "a statement by the Kremlin"."""
        for child in tok.children:
            cand: Token | None = None
            if child.dep_ == "poss" and child.pos_ == "PROPN":
                cand = child
            elif child.dep_ == "prep" and child.lower_ in ("of", "by", "from"):
                cand = next((c for c in child.children if c.dep_ == "pobj"), None)
            if cand is not None:
                found = self.entity_of(cand)
                if found is not None:
                    return self.info_for_entity(found[0], found[1], self.mention(cand))
        return None

    def _pronoun(self, low: str, mention: tuple[int, int]) -> SpeakerInfo:
        m = self.memory
        pool: list[SpeakerInfo]
        if low in MALE or low in FEMALE:
            pool = m.persons
        elif low in PLURAL:
            pool = m.groups or m.orgs
        elif low in NEUTER:
            pool = m.orgs
        else:
            pool = []
        if pool:
            p = pool[-1]
            return SpeakerInfo(p.name, p.type, mention, p.role, p.affiliation, p.entity_id)
        return SpeakerInfo(text_of(self.doc)[mention[0] : mention[1]], "unknown", mention)


def _nominal(text: str) -> str:
    """A noun phrase as a name: one line, a leading determiner in lower case ("the minister")."""
    text = " ".join(text.split())
    first, _, rest = text.partition(" ")
    if rest and first.lower() in ("the", "a", "an", "this", "that", "these", "those", "another"):
        return f"{first.lower()} {rest}"
    return text


def _anonymous(tok: Token) -> bool:
    """ "a senior official, who spoke on condition of anonymity", "an unnamed source": read
    within a few tokens of the noun, so a long clause below it costs nothing."""
    near = tok.doc[tok.left_edge.i : min(tok.right_edge.i, tok.i + 16) + 1]
    return any("anonymity" in t.lower_ or t.lower_ == "unnamed" for t in near)


def resolve_speakers(
    doc: Doc, attributions: list[Attribution], clusters: list[EntityCluster]
) -> None:
    """Fill ``speaker`` on each attribution in text order (pronouns look back)."""
    resolver = _Resolver(doc, clusters)
    for att in sorted(attributions, key=lambda a: a.cue[0] if a.cue else a.content[0]):
        if att.speaker_token is None:
            continue
        tok = doc[att.speaker_token]
        source = doc[att.source_token] if att.source_token is not None else None
        att.speaker = resolver.resolve(tok, source)


class SpeakerResolver:
    """spaCy component: writes ``doc._.ck_entities`` and fills attribution speakers."""

    def __call__(self, doc: Doc) -> Doc:
        return guarded("claimkit_speakers", self._run, doc)

    @staticmethod
    def _run(doc: Doc) -> None:
        clusters = cluster_entities(doc)
        doc._.ck_entities = clusters
        resolve_speakers(doc, doc._.ck_attributions or [], clusters)


@Language.factory(
    "claimkit_speakers",
    assigns=["doc._.ck_entities"],
    requires=["doc._.ck_attributions", "doc.ents"],
)
def make_speakers(nlp: Language, name: str) -> SpeakerResolver:
    """Create the ``claimkit_speakers`` component."""
    register_extensions()
    return SpeakerResolver()
