"""The named entities of one Doc, looked up as speaker resolution needs them.

A speaker token may be a name's own word, the noun a name is in apposition to ("the
spokesman, Dmitry Peskov"), a role whose holder the sentence names ("The mayor of
Greater Westford, Dan Holloway") or a description right before a name ("the polling firm
Ipsos"): :meth:`EntityIndex.entity_of` finds the entity in each case, and
:meth:`EntityIndex.info_for_entity` makes it a speaker. Names joined by "and" are one
group (:meth:`EntityIndex.group_of`; a headline's comma joins two: "Trump, Putin agree").
"""

from __future__ import annotations

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Span, Token

from claimkit.components.descriptions import describes, fits_kindless, kind_noun, umbrella
from claimkit.components.entities import ORG_LABELS, role_and_affiliation
from claimkit.components.gender import called_it, next_subject_pronoun
from claimkit.components.groups import NAMES, PERSONS, coordinated_names, of_several
from claimkit.components.ledenames import head_named_next
from claimkit.components.mentions import (
    conjunct_apposed,
    content_subject,
    mention_span,
    nominal,
)
from claimkit.components.nameforms import proper_chain
from claimkit.components.namekeys import initials, strip_the, surname
from claimkit.components.records import (
    EntityCluster,
    SpeakerInfo,
    body_named_before,
    ents_of,
    indices_of,
    sentence_of,
    text_of,
    unnamed_body_before,
    with_a,
)
from claimkit.components.rolenames import apposed, holder_inside, name_of_role, set_off_name
from claimkit.components.subjects import named_subject, opening_name, owned_subject, written_lower
from claimkit.components.untagged import PLACES
from claimkit.lexicons import nouns

__all__ = ["EntityIndex"]

TOPIC_SENTENCES = 2  # a description takes up a named subject this many sentences back
NEXT_SENTENCES = 2  # or a name given this many sentences after it


class EntityIndex:
    """The entity clusters of ``doc`` by character, token, surname and name."""

    def __init__(self, doc: Doc, clusters: list[EntityCluster]) -> None:
        self.doc = doc
        self.clusters = clusters
        self.by_char: dict[int, EntityCluster] = {}
        for c in clusters:
            for a, b in c.mentions:
                for i in range(a, b):
                    self.by_char[i] = c
        self.ents = ents_of(doc)
        self.ent_of_token = {i: e for e in self.ents for i in range(e.start, e.end)}
        # a name of only "the" or of punctuation has no first or last word
        self.by_surname: dict[str, EntityCluster] = {}
        for c in clusters:  # the first person of a surname, as clustering keeps it
            if c.label == "PERSON" and c.name.split():
                self.by_surname.setdefault(surname(c.name), c)
        self.by_first_word = {
            strip_the(c.name).split()[0].lower(): c
            for c in clusters
            if c.label in ORG_LABELS and strip_the(c.name).split()
        }
        self.by_name = {strip_the(c.name).lower(): c for c in clusters if c.label in ORG_LABELS}
        for c in clusters:  # and by its initials: "WHO warns" after the World Health Organization
            words = strip_the(c.name).split()
            if c.label in ORG_LABELS and len(words) > 1 and words[0][:1].isupper():
                self.by_name.setdefault(initials(words), c)
        self.kinds_of = {c.id: c.kinds for c in clusters}
        self.place_names = {c.name.lower() for c in clusters if c.label != "PERSON"}

    def entity_of(self, tok: Token) -> tuple[EntityCluster, Span] | None:
        """The entity cluster ``tok`` names or stands for, with the name's span, or None."""
        inside = self._named_at(holder_inside(tok))  # "[The Institute] for Fiscal Studies'
        if inside is not None and inside[0].label == "PERSON":  # [Paul Johnson]"
            return inside
        found = self._named_at(tok) if tok.ent_type_ else None
        if found is not None:
            return found
        # a name inside the phrase: "Kremlin spokesman Dmitry Peskov" has root Peskov already;
        # "the spokesman, Dmitry Peskov" → appos; after a body's kind, a name the model took
        # for a place: "The regulator Ofwat"
        # (not "the Trump adviser", "the Oscar winner": a name after the article is whom
        # the role serves or what it won)
        role_noun = tok.lemma_.lower() in nouns().roles and not _determined(tok)
        labels = ("PERSON", "ORG", "FAC", "GPE") if kind_noun(tok) else ("PERSON", "ORG", "FAC")
        # the name set beside it first: "Brighton boss Fabian Hurzeler" (the model's
        # "person" Brighton is the club he serves)
        beside = sorted(map(apposed, tok.children), key=lambda c: c.dep_ != "appos")
        # (a body's head is no body: "The chief executive of budget airline [Skyway]")
        lemma = tok.lemma_.lower()
        person_role = lemma in nouns().heads and lemma not in nouns().body_roles
        for child in beside:
            if child.idx not in self.by_char or _colon_between(tok, child):
                continue  # (no apposition across a turn's colon: "HOST: Lucy Grant, thanks")
            if person_role and self.by_char[child.idx].label != "PERSON":
                continue
            named = child.ent_type_ in labels
            beside_it = child.dep_ == "appos" or conjunct_apposed(child) or set_off_name(tok, child)
            found = self._named_at(child)
            if found is not None and (
                (beside_it and (named or found[0].label == "PERSON"))
                or (child.dep_ == "compound" and child.ent_type_ == "PERSON" and role_noun)
            ):
                return found
        # a body's untagged name before its kind: "the RMT union", named before
        for child in tok.children:
            named_before = self.by_name.get(child.lower_) if child.dep_ == "compound" else None
            untagged = child.pos_ == "PROPN" and not child.ent_type_ and not tok.ent_type_
            if named_before is not None and untagged and tok.pos_ == "NOUN" and kind_noun(tok):
                return named_before, tok.doc[child.i : child.i + 1]
        named_kind = self._name_before_kind(tok)  # "The King's Fund think tank"
        if named_kind is not None:
            return named_kind
        name = self._named_at(name_of_role(tok))  # "The mayor of Greater Westford, Dan
        org = name is not None and name[0].label in ORG_LABELS and kind_noun(tok) is not None
        if name is not None and (name[0].label == "PERSON" or org):  # Holloway, said"
            return name
        # a description right before a name: "the polling firm Ipsos", "the group Return Now"
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if (
            tok.pos_ == "NOUN"
            and nxt is not None
            and nxt.ent_iob_ == "B"
            and nxt.ent_type_ in labels
        ):
            return self._named_at(nxt)
        return None

    def _named_at(self, tok: Token | None) -> tuple[EntityCluster, Span] | None:
        """The cluster and the model's entity at ``tok``, or None where either is missing."""
        held = self.by_char.get(tok.idx) if tok is not None else None
        ent = self.ent_of_token.get(tok.i) if tok is not None else None
        return (held, ent) if held is not None and ent is not None else None

    def _name_before_kind(self, tok: Token) -> tuple[EntityCluster, Span] | None:
        """An organisation's name right before its kind noun, the name's own ("The King's
        Fund think tank", "the Unite union"), or None; not one of its kind ("an NHS
        trust"), nor several ("the Kashmiri groups")."""
        if tok.pos_ != "NOUN" or tok.tag_ == "NNS" or not _body_kind(tok) or with_a(tok):
            return None
        at = tok.i - 1
        while at >= 0 and tok.doc[at].dep_ == "compound" and not tok.doc[at].ent_type_:
            at -= 1  # the kind's own words: "think" of "think tank"
        ent = self.ent_of_token.get(at) if at >= 0 else None
        if ent is None or ent.end != at + 1 or ent.label_ != "ORG" or ent.root.head.i != tok.i:
            return None
        if umbrella(strip_the(ent.text).lower()):
            return None  # "the UN agency": one of the UN's, named before
        if ent.root.dep_ not in ("compound", "poss"):
            return None  # (not the modifier "the pro-Clinton group")
        cluster = self.by_char.get(tok.doc[at].idx)
        if cluster is None or cluster.label not in ORG_LABELS:
            return None
        # a possessor of another kind owns the body, not names it: "the European Union's
        # climate monitor" is no union
        kind = kind_noun(tok)
        other = cluster.kinds and kind is not None and not nouns().same_kind(kind, cluster.kinds)
        doc = tok.doc
        owned = ent[-1].tag_ == "POS" or (ent.end < len(doc) and doc[ent.end].tag_ == "POS")
        return None if owned and other else (cluster, ent)  # (not "The King's Fund think tank")

    def topic_before(self, tok: Token, mention: tuple[int, int]) -> SpeakerInfo | None:
        """The organisation a description ``tok`` takes up where no body named before fits
        it: the name that is the subject of one of the sentences right before it, which
        the text gave no kind, of one word, and the model may have taken for a place or a
        person ("Nvidia reported record revenue. The chipmaker said …"; "Ofsted rated the
        school inadequate. The watchdog said …"; "Ocado shares fell. The online grocer
        said …"). A place is taken up only as a company: "Russia … The ministry said" is
        no Russia, but a body of its, the subject there, is: "Brazil's environment
        ministry did not respond. … The ministry said". First, an untagged name the text
        set before the same kind noun ("the Aslef union")."""
        found = describes(tok)
        if found is None:
            return None
        before = _untagged_before_kind(tok)  # "the Aslef union" … "The union said"
        if before is not None:
            return SpeakerInfo(before, "organization", mention)
        company = nouns().same_kind(found[0], {"company"})
        unnamed = found[0] not in nouns().generic and unnamed_body_before(tok)
        for sent in self._topic_sentences(tok, company):
            owned = owned_subject(sent, tok.lemma_)
            if owned is not None:  # "Brazil's environment ministry did not respond. …"
                return self.described_body(owned, mention)
            if unnamed:
                continue  # (no name for the unnamed body the text brought in by that noun)
            name = named_subject(sent) or opening_name(sent)
            entity = self.entity_of(name) if name is not None else None
            if name is None or (entity is None and (name.ent_type_ or name.is_stop)):
                continue  # (nor a common word: a page's "Last updated:")
            if name.is_sent_start and written_lower(name):
                continue  # "Oil prices fell …" where the text writes "oil producers"
            if len(proper_chain(name)) == 1 and kind_noun(name) is not None:
                continue  # a kind noun capitalised where a headline opens: "Brewer cuts …"
            # one word, as a company's name the model mislabels mostly is, or a name with
            # its own generic kind ("The World Health Organization"): "Nikki Haley", the
            # model's organisation, is no board; nor is a person's surname alone
            words = strip_the(entity[0].name if entity else proper_chain(name).text).split()
            known = self.by_surname.get(words[0].lower()) if len(words) == 1 else None
            kinded = entity is not None and bool(entity[0].kinds)
            if (len(words) != 1 and not kinded) or (
                known is not None and (entity is None or known is not entity[0])
            ):
                continue
            if entity is not None:
                cluster = entity[0]
                person = cluster.label == "PERSON" and (  # a role, or "Saa told … he"
                    cluster.role or called_it(self.doc, cluster.mentions, ("he", "she"))
                )
                kindless = fits_kindless(found[0], cluster.kinds)  # ("Organization": none)
                if not kindless or person or (cluster.label in PLACES and not company):
                    continue  # (a body of another kind, a person, a country)
                return SpeakerInfo(cluster.name, "organization", mention, entity_id=cluster.id)
            if found[0] not in nouns().kinds["ministry"]:  # (no company is "the government")
                return SpeakerInfo(words[0], "organization", mention)
        return None

    def named_next(self, tok: Token, mention: tuple[int, int]) -> SpeakerInfo | None:
        """The body a description ``tok`` that fits nothing before it stands for where one
        of the next sentences names it (a lede's "…, the port authority said Friday", then
        "The Halifax Port Authority said …"; "…, a monitoring network said", then "The
        network, Glacier Monitoring Switzerland, said …"): a name ending in the
        description's words, or a name set beside the same noun; else None."""
        head = head_named_next(tok, self.by_char)  # "Shell's chief executive has warned"
        if head is not None:
            return SpeakerInfo(head.name, "person", mention, entity_id=head.id)
        det = next((c.lower_ for c in tok.children if c.dep_ == "det"), None)
        # or a place's or body's possessive: "the European Union's climate monitor"; or
        # theirs whom the sentence is about: "Train drivers will walk out, their union said"
        owned = any(
            c.dep_ == "poss" and (c.ent_type_ in ("GPE", "NORP", "ORG") or c.lower_ == "their")
            for c in tok.children
        )
        kind = kind_noun(tok)
        if (det not in ("the", "a", "an") and not owned) or tok.pos_ != "NOUN" or kind is None:
            return None
        if tok.tag_ == "NNS" and tok.lemma_.lower() != tok.lower_:
            return None  # several bodies: "Japan's carmakers said", then "Toyota said"
        if det == "the" and body_named_before(tok):
            return None  # (a definite one refers back; "a monitoring network" is new)
        # (not "the Labour group": whose it is, said; but "a London museum" is where)
        place = [c for c in tok.children if c.ent_type_ in PLACES and c.i < tok.i]
        if any(
            (c.pos_ == "PROPN" or c.ent_type_) and c.dep_ != "poss" and c not in place
            for c in tok.children
        ):
            return None
        words = [
            c.lower_
            for c in tok.children
            if c.dep_ == "compound" and c.i < tok.i and c not in place
        ]
        words.append(tok.lower_)
        sent = sentence_of(self.doc, tok.i)
        several = of_several(tok)  # "A group of newspaper publishers" is no "… Media Group"
        # a plain definite one ("the regulator", "their union") may be a body given no kind
        plain = det not in ("a", "an") and all(c.dep_ in ("det", "poss") for c in tok.children)
        for step in range(NEXT_SENTENCES):
            if sent.end >= len(self.doc):
                return None
            sent = sentence_of(self.doc, sent.end)
            # a longer name ending in its words ("the port authority": Halifax Port
            # Authority), or a name set beside the same noun ("The network, Glacier …")
            ending = (
                e[0]
                for e in self.ents
                if sent.start <= e.start < sent.end
                and e.label_ == "ORG"
                and not several
                and len(e) > len(words)
                and [t.lower_ for t in e[-len(words) :]] == words
            )
            same = (t for t in sent if t.lemma_ == tok.lemma_ and t.pos_ == "NOUN")
            beside = (c for t in same for c in t.children if c.dep_ == "appos" and c.ent_type_)
            # or the body of its class that is the subject there ("…, the watchdog said."
            # "The Authority for Consumers and Markets said …")
            # (or set beside it: "The operator, Crossgates Coaches, said")
            kin = (
                e[0]
                for e in self.ents
                if sent.start <= e.start < sent.end
                and (
                    e.root.dep_ == "nsubj"
                    or (e.root.dep_ == "appos" and e.root.head.dep_ == "nsubj")
                )
                and self._body_of_kind(e[0].idx, kind, tok, kindless=plain, lone=step == 0)
            )
            named = next(ending, None) or next(beside, None) or next(kin, None)
            cluster = self.by_char.get(named.idx) if named is not None else None
            # (no person: "… Ofqual's chief regulator, Sir Ian Bamford" for "the regulator";
            # but see _lone_name: "Aslef said")
            lone = step == 0 and cluster is not None and self._lone_name(cluster)
            if cluster is not None and (cluster.label != "PERSON" or lone):
                return SpeakerInfo(cluster.name, "organization", mention, entity_id=cluster.id)
        return None

    def _body_of_kind(
        self, char: int, kind: str, described: Token, *, kindless: bool = False, lone: bool = False
    ) -> bool:
        """Is the name at character ``char`` an organisation's of the class of ``kind``, or
        one the text gave no kind, for a generic ``kind`` whose modifiers, if any, are words
        of the name ("the body that represents …", "a major climate group" for NextGen
        Climate; not "a militant group" for the White House), or for any ``kind`` where
        ``kindless``; where ``lone``, also a :meth:`_lone_name`?"""
        cluster = self.by_char.get(char)
        one_word = lone and kindless and cluster is not None and self._lone_name(cluster)
        if cluster is None or (cluster.label != "ORG" and not one_word):
            return False
        mods = {c.lower_ for c in described.children if c.dep_ in ("amod", "compound")}
        named = not mods or bool(mods & set(cluster.name.lower().split()))
        generic = (kindless or kind in nouns().generic) and named
        generic = generic and fits_kindless(kind, cluster.kinds)
        return generic or nouns().same_kind(kind, cluster.kinds)

    def _lone_name(self, cluster: EntityCluster) -> bool:
        """Is ``cluster`` a one-word name the model took for a person's that may be a body's
        (a lede's "their union said" is the "Aslef" that speaks in the next sentence): no
        one was given it in full, it has no role, and the text never calls it "he" or "she",
        in a mention's sentence or as the next one's subject ("Lee told the Evening Post …
        He said")?"""
        if cluster.label != "PERSON" or " " in cluster.name or cluster.role:
            return False
        spans = (self.doc.char_span(a, b, alignment_mode="expand") for a, b in cluster.mentions)
        return not called_it(self.doc, cluster.mentions, ("he", "she", "his", "her")) and not any(
            span is not None and next_subject_pronoun(span) for span in spans
        )

    def _topic_sentences(self, tok: Token, company: bool) -> list[Span]:
        """The sentences whose subject a description ``tok`` may take up: the two before
        it, then, for a ``company``'s description, the article's first (its lede:
        "Rolls-Royce has raised its forecast …", paragraphs before "The company said"; not
        "The foundation said") and the headline's."""
        found: list[Span] = []
        sent = sentence_of(self.doc, tok.i)
        while len(found) < TOPIC_SENTENCES and sent.start > 0:
            sent = sentence_of(self.doc, sent.start - 1)
            found.append(sent)
        if not company or any(c.pos_ == "PROPN" or c.ent_type_ for c in tok.children):
            return found  # nor one with a name of its own: "the Obama administration"
        page = self.doc._.ck_layout
        for lede in self.doc.sents:
            if lede.start >= (found[-1].start if found else tok.i):
                break
            furniture = page is not None and page.is_furniture(lede.start_char, lede.end_char)
            if not furniture and any(c.dep_ in ("nsubj", "nsubjpass") for c in lede.root.children):
                found.append(lede)  # (not the page's date line)
                break
        # and last the headline's: "Nvidia shares slide …", then "The company said"
        title = page.title if page is not None else None
        head = self.doc.char_span(title[0], title[1], alignment_mode="expand") if title else None
        headline = sentence_of(self.doc, head.start) if head is not None else None
        if head is not None and headline is not None and head.end <= tok.i:
            found += [] if any(s.start == headline.start for s in found) else [headline]
        return found

    def subject_of_content(
        self, tok: Token, content: tuple[int, int] | None, *, described: bool = False
    ) -> SpeakerInfo | None:
        """The named body that is the subject of the ``content`` reported before ``tok``
        ("The British Museum is barred …, a spokesman said"), or with ``described`` a body
        its subject describes ("Norway's sovereign wealth fund will sell its stake in
        Caterpillar, it said"), or None."""
        if content is not None and described and content[0] < tok.idx < content[1]:
            content = (content[0], tok.idx)  # the part before a parenthetical cue
        if content is None or content[1] > tok.idx:
            return None
        subj = content_subject(self.doc, content)
        if subj is None:
            return None
        found = self.entity_of(subj) if subj.ent_type_ in ORG_LABELS else None
        # or its owner, a body, for a spokesperson: "Coinvault's quarterly results will be
        # delayed, a spokeswoman said" (by the entity's label: the model may tag that one
        # mention a person; not "it": "Louisiana's crisis should be …, it added")
        kids = () if described else subj.children
        owner = next((c for c in kids if c.dep_ == "poss" and c.ent_type_), None)
        owned = self.entity_of(owner) if owner is not None else None
        found = owned if found is None and owned and owned[0].label in ORG_LABELS else found
        if found is not None:
            return self.info_for_entity(*found, mention_span(tok))
        if described and not subj.ent_type_ and self._a_name_elsewhere(subj):
            # "Boots will close 80 stores, it said": a name opening the sentence that the
            # tagger read as a noun, a proper noun where the article says it again
            name = proper_chain(subj).text
            low = name.lower()
            cluster = self.by_name.get(low) or self.by_surname.get(low)
            entity = cluster.id if cluster is not None else None
            return SpeakerInfo(name, "organization", mention_span(tok), entity_id=entity)
        if not described or subj.tag_ != "NN" or kind_noun(subj) is None:
            return None  # ("Services were restored by 11 a.m., it said": no plural is "it")
        return self.described_body(subj, mention_span(tok))

    def _a_name_elsewhere(self, subj: Token) -> bool:
        """Is ``subj`` a capitalised word the article uses as a proper noun, not at a
        sentence's start, elsewhere ("Boots" of "analysts said Boots was …")?"""
        if not subj.is_title or (subj.pos_ != "PROPN" and not subj.is_sent_start):
            return False
        doc = self.doc
        return any(
            doc[i].pos_ == "PROPN" and not doc[i].is_sent_start and i != subj.i
            for i in indices_of(doc, LOWER, (subj.lower_,))
        )

    def described_body(self, tok: Token, mention: tuple[int, int]) -> SpeakerInfo:
        """The body a description ``tok`` names: its words ("Norway's sovereign wealth
        fund"), where the resolver knows no better."""
        a, b = mention_span(tok)
        return SpeakerInfo(nominal(text_of(self.doc)[a:b]), "organization", mention)

    def info_for_entity(
        self, cluster: EntityCluster, ent: Span, mention: tuple[int, int]
    ) -> SpeakerInfo:
        """The speaker an entity mentioned at ``mention`` is: a person with the role the name
        carries, or an organisation."""
        if cluster.label == "PERSON":
            role, affiliation = role_and_affiliation(ent)
            return SpeakerInfo(
                cluster.name,
                "person",
                mention,
                role or cluster.role,
                affiliation or cluster.affiliation,
                cluster.id,
            )
        return SpeakerInfo(cluster.name, "organization", mention, None, None, cluster.id)

    def group_of(
        self, mention: tuple[int, int], labels: frozenset[str] = PERSONS, *, joined: bool = True
    ) -> SpeakerInfo | None:
        return coordinated_names(self.doc, self.by_char, mention, labels, joined=joined)

    def is_persons(self, group: SpeakerInfo) -> bool:
        """Is a group made of persons ("Putin and Trump", "the presidents"), not of
        countries ("Russia and the US")? Only such a group is "they" later."""
        names = group.name.split(" and ")
        return not all(n.lower() in self.place_names for n in names)

    def headline_pair(self, tok: Token) -> SpeakerInfo | None:
        """ "Trump, Putin agree …": two names before a plural verb at the start of a line
        (a headline's comma for "and")."""
        doc = tok.doc
        if tok.dep_ != "nsubj" or tok.head.tag_ != "VBP" or tok.i < 2 or doc[tok.i - 1].text != ",":
            return None
        ent = self.ent_of_token.get(tok.i - 2)
        start = ent.start if ent is not None else tok.i - 2
        if start > 0 and "\n" not in doc[start - 1].text_with_ws:
            return None
        if ent is not None:
            return self.group_of((ent.start_char, tok.idx + len(tok.text)), NAMES, joined=False)
        # a surname the model did not tag in a headline ("Trump, Putin agree")
        first = self.by_surname.get(doc[tok.i - 2].lower_)
        second = self.entity_of(tok)
        if first is None or second is None or first is second[0]:
            return None
        members = sorted((first, second[0]), key=lambda c: strip_the(c.name))
        mention = (doc[start].idx, tok.idx + len(tok.text))
        return SpeakerInfo(" and ".join(c.name for c in members), "group", mention)


def _colon_between(a: Token, b: Token) -> bool:
    """Does a colon stand between tokens ``a`` and ``b``?"""
    lo, hi = sorted((a.i, b.i))
    return any(t.text == ":" for t in a.doc[lo + 1 : hi])


def _body_kind(tok: Token) -> bool:
    """Is ``tok`` a body's kind a name may come before as the body's own ("think tank",
    "union"), not a body *of* the name ("the SNP government", "the Senate committee")?"""
    kinds = nouns().kinds
    governing = kinds.get("ministry", frozenset()) | kinds.get("assembly", frozenset())
    word = kind_noun(tok)
    return word is not None and word not in governing


def _determined(tok: Token) -> bool:
    """Does an article open the phrase of ``tok`` before its first word?"""
    return any(c.dep_ == "det" and c.i == tok.left_edge.i for c in tok.children)


def _untagged_before_kind(tok: Token) -> str | None:
    """The latest untagged name before ``tok``'s kind noun earlier in the text, as its
    own: "the Aslef union accepted …" for "The union said"; None without one."""
    doc = tok.doc
    for earlier in (doc[i] for i in reversed(indices_of(doc, LEMMA, (tok.lemma_,), cased=True))):
        if earlier.i >= tok.i:
            continue
        name = [c for c in earlier.children if c.dep_ == "compound" and c.i == earlier.i - 1]
        the = any(c.dep_ == "det" and c.lower_ == "the" for c in earlier.children)
        if name and the and name[0].pos_ == "PROPN" and not name[0].ent_type_:
            return name[0].text if name[0].text[:1].isupper() else None
    return None
