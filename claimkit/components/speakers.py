"""``claimkit_speakers``: entities (:mod:`~.entities`), and rule-based speaker resolution
over the whole document, in text order.

- Speakers: the subject token of each attribution becomes a :class:`SpeakerInfo`. Names,
  coordinations ("Putin and Trump" → a group), pronouns ("he", "they") and nominals ("the
  presidents", "the minister") resolve to what they refer to through a short discourse
  memory of earlier persons and groups; documents ("the statement") and anonymous sources
  ("a senior official") get their own types.
- A description resolves to the body of its kind named before ("the company" after
  "Harwick Foods, a frozen-food maker"; :mod:`~.descriptions`), a document that speaks to
  its author, a pronoun to the most recent person of its gender (:mod:`~.gender`).
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from claimkit.components.contentbodies import ContentBodies
from claimkit.components.descriptions import (
    kind_noun,
    modified,
    proper_name,
    title_words,
)
from claimkit.components.documents import author_named_later, document_word, reported_next
from claimkit.components.entities import ORG_LABELS, cluster_entities, name_untagged
from claimkit.components.gender import genders, pronoun_gender
from claimkit.components.groups import NAMES
from claimkit.components.memory import Memory, asks, same_role, unnamed_person
from claimkit.components.mentions import (
    apposed_name,
    as_mention,
    definite_age,
    determiner_of,
    host_subject,
    in_own_phrase,
    is_anonymous,
    mention_span,
    nominal,
    of_named_body,
    people_before,
    relative_antecedent,
    role_subject_before,
    sole_person_described,
    with_owner,
)
from claimkit.components.namekeys import strip_the
from claimkit.components.records import (
    Attribution,
    EntityCluster,
    SpeakerInfo,
    guarded,
    quoted_segments,
    register_extensions,
    text_of,
)
from claimkit.components.rolenames import roles_held
from claimkit.components.roles import holds_role, named_later, role_holder
from claimkit.components.things import names_a_possession
from claimkit.components.untagged import untagged_name_after
from claimkit.lexicons import nouns

__all__ = ["SpeakerResolver", "cluster_entities", "make_speakers", "resolve_speakers"]

LATER_MENTIONS = 2  # later mentions of a document that may name its issuer
# "an official", "several sources", "other people": unnamed, not someone named before
UNNAMED_DETS = {None, "a", "an", "another", "some", "several", "two", "three", "other"}
ONE_OF = ("a", "an", "one", "another")  # "one Democrat familiar with ...": one of many


class _Resolver(ContentBodies):
    def __init__(self, doc: Doc, clusters: list[EntityCluster]) -> None:
        super().__init__(doc, clusters)
        self.memory = Memory()
        self.next_ent = 0  # advance() walks the entities once, in order
        self.gender = genders(doc, clusters)
        self.page = doc._.ck_layout
        self.content: tuple[int, int] | None = None  # of the claim being resolved
        self.quoted = quoted_segments(doc)

    def on_page_furniture(self, ent: Span) -> bool:
        """The page's own names (masthead, menus, headline, dateline): not the article's."""
        return self.page is not None and self.page.is_furniture(ent.start_char, ent.end_char)

    def described_body(self, tok: Token, mention: tuple[int, int]) -> SpeakerInfo:
        found = self.bodies.describe(tok, mention, self.memory.last_claim)  # "The company …"
        return found or super().described_body(tok, mention)

    def advance(self, upto_char: int) -> None:
        """Remember persons and coordinated groups mentioned before ``upto_char``."""
        while self.next_ent < len(self.ents) and self.ents[self.next_ent].start_char < upto_char:
            ent = self.ents[self.next_ent]
            self.next_ent += 1
            cluster = self.by_char.get(ent.start_char)
            if cluster is None:
                continue
            owned = names_a_possession(ent)  # "its Ferris Lane plant" is no body
            if cluster.label in ("ORG", "FAC") and not (owned or self.on_page_furniture(ent)):
                info = self.info_for_entity(cluster, ent, (ent.start_char, ent.end_char))
                self.bodies.add(info, cluster.kinds, ent)
            at = (ent.start_char, ent.end_char)
            quoted = next(self.quoted.overlapping(*at), None)
            byline = self.page is not None and self.page.is_boilerplate(*at)
            if cluster.label != "PERSON" or quoted is not None or byline:
                continue  # "'Mum kept asking,' she said" is not about Mum; a byline's writer
                # is no one the article talks about
            self.memory.persons.append(self.info_for_entity(cluster, ent, at))
            group = self.group_of(mention_span(ent.root)) if ent.root.dep_ != "conj" else None
            if group is not None:
                self.memory.groups.append(group)

    def resolve(
        self, tok: Token, source: Token | None, content: tuple[int, int] | None = None
    ) -> SpeakerInfo:
        self.advance(tok.idx)
        self.content = content
        before = tok.doc[tok.i - 1] if tok.i else tok
        letters = not any(c.lower_ in ONE_OF for c in tok.children)  # not "A Labour MP":
        if tok.lower_ in nouns().post_nominals and before.ent_type_ == "PERSON" and letters:
            tok = before  # "Sarah Whitlock KC told jurors" is the person, not her letters
        mention = mention_span(tok)
        info = self.subject_described(tok, mention, content) or self._resolve(tok, mention)
        if (
            info.type in ("person", "organization")
            or (info.type == "group" and self.is_persons(info))
            or (info.type == "unknown" and tok.pos_ == "PROPN")  # "HM Coastguard said. It …"
            or (tok.pos_ == "PRON" and unnamed_person(info))  # "the man …. He says …"
        ):
            self.memory.remember(info)
        self.memory.introduce(info, tok)  # "a police spokeswoman said ... She said"
        if info.type == "organization":
            if info.entity_id is not None:
                kinds = self.kinds_of.get(info.entity_id, set())
            else:
                # and an untagged name by its last word ("… NHS Trust" is a trust)
                kinds = {tok.lemma_.lower()} if tok.pos_ == "NOUN" or kind_noun(tok) else set()
            self.bodies.add(info, kinds)
        self.resolved[tok.i] = info
        return info

    def _headline_name(self) -> str | None:
        """The name alone that speaks in the headline, the model's no one ("Reeves vows to
        protect NHS budget"), whom an office no one in the body holds takes up ("The
        chancellor has promised …"); else None."""
        title = self.page.title if self.page is not None else None
        first = self.memory.claims[0][0] if self.memory.claims else None
        said = first.mention if first is not None else None
        if title is None or first is None or said is None or not title[0] <= said[0] < title[1]:
            return None
        bare = first.type == "unknown" and first.entity_id is None and len(first.name.split()) == 1
        return first.name if bare and first.name[:1].isupper() else None

    def _host(self, tok: Token, mention: tuple[int, int]) -> SpeakerInfo | None:
        """The subject of the clause whose object the pronoun's relative clause describes,
        where it fits the pronoun ("Sunray unveiled a chip that it says can …")."""
        host = host_subject(tok)
        info = self._resolve(host, mention_span(host)) if host is not None else None
        want = pronoun_gender(tok.lower_)
        if info is not None and info.type == "unknown" and tok.lower_ == "it":
            info = replace(info, type="organization")  # a name "it" speaks for is a body's
        if info is None or info.type != ("person" if want else "organization"):
            return None  # (a person for "he" and "she", a body for "it" and "they")
        if want and self.gender.get(info.entity_id or "") not in (None, want):
            return None
        return as_mention(info, mention)

    def _resolve(self, tok: Token, mention: tuple[int, int]) -> SpeakerInfo:
        lex = nouns()
        text = nominal(text_of(self.doc)[mention[0] : mention[1]])
        low = tok.lower_
        group = self.group_of(mention, NAMES) or self.headline_pair(tok)
        if group is not None:
            return SpeakerInfo(group.name, "group", group.mention or mention, role=group.role)
        both = roles_held(tok)
        if both is not None:  # "founder and CEO Maya Osei": one person of two roles
            return as_mention(self._resolve(both, mention_span(both)), mention)
        relative = tok.tag_ in ("WP", "WDT") and not tok.is_upper  # (not the headline's "WHO")
        if relative and tok.head.dep_ == "relcl" and tok.head.head.i != tok.i:  # "a patient, who"
            antecedent = relative_antecedent(tok)
            return as_mention(self._resolve(antecedent, mention_span(antecedent)), mention)
        said = text.lower()
        if said in ("the former", "the latter"):  # of the two persons the text just named
            pair = self.memory.of_pair(self.doc, tok.idx, mention, said == "the latter")
            return pair or SpeakerInfo(text, "unknown", mention)
        # "the Scot added", "the Ohio Republican said": a nationality or a party's member
        member = tok.ent_type_ == "NORP" and tok.tag_ == "NNP" and tok.dep_ != "pobj"
        if said.startswith("the ") and (said[4:] in lex.demonyms or member):
            clause = partial(in_own_phrase, tok)  # (not X: "In a letter to X, the Democrat …")
            last = self.memory.described_as(tok.idx, low, self.gender, self.doc, clause)
            return as_mention(last, mention) if last else SpeakerInfo(text, "person", mention)
        one = any(c.lower_ in ONE_OF for c in tok.children)
        if tok.ent_type_ == "NORP" and one and is_anonymous(tok):  # "one Democrat familiar
            return SpeakerInfo(nominal(text.split(",")[0]), "anonymous", mention)  # with ..."
        if tok.is_upper and low in title_words() | lex.occupations and len(said) == len(tok):
            return SpeakerInfo(tok.text, "person", mention, role=low)  # a turn's "PRESENTER:"
        found = self.entity_of(tok)
        if found is not None:
            return self.info_for_entity(found[0], found[1], mention)
        # a known person's surname the tagger read as a common noun ("Trump later said")
        surname_said = tok.is_title and low in self.by_surname
        if (tok.pos_ == "PROPN" or tok.is_upper or surname_said) and not tok.ent_type_:
            # a surname or a short name the model did not tag again: "Marsh", "Harwick",
            # a transcript's "LOMAN:" (capitals the tagger reads as a common noun)
            key = said if "-" in said else low  # (a hyphenated surname: "Wright-Phillips: …")
            cluster = self.by_surname.get(key) or self.by_first_word.get(key)
            if cluster is not None and mention[1] - mention[0] == len(key):
                return self.info_for_entity(cluster, tok.doc[tok.i : tok.i + 1], mention)
            cluster = self.by_name.get(strip_the(text).lower())  # "Downing Street" again
            if cluster is not None:
                return self.info_for_entity(cluster, tok.doc[tok.i : tok.i + 1], mention)
            named = proper_name(tok)
            if named is not None:
                return SpeakerInfo(named[0], named[1], mention)
        if tok.pos_ == "PRON":
            last_org = self._last_body_unquoted()
            # "Norway's wealth fund will sell its stake in Caterpillar, it said": the fund
            found_p = (
                self.subject_of_content(tok, self.content, described=True) if low == "it" else None
            )
            if found_p is None and low == "it":  # "The memo, sent by …, said … It said"
                found_p = self._document_again(tok, mention)
            found_p = found_p or self._host(tok, mention)
            # "Lawyers … They say": the people the sentence before is about, over a speaker
            # of earlier ("Analysts at Goldman Sachs raised their forecast. '…,' they wrote")
            people = people_before(tok) if found_p is None else None
            taken = self._resolve(people, mention_span(people)) if people is not None else None
            if taken is not None and taken.type != "person":  # (not one of "Democratic
                found_p = as_mention(taken, mention)  # candidates Clinton and Sanders")
            found_p = found_p or self.memory.pronoun(low, mention, self.gender, last_org, self.doc)
            said = text_of(self.doc)[mention[0] : mention[1]]
            before = role_subject_before(tok) if found_p is None and low in ("he", "she") else None
            if before is not None:  # "When the chancellor stood up, she promised …"
                found_p = SpeakerInfo(before[0], "person", mention, role=before[1])
            return found_p or SpeakerInfo(said, "unknown", mention)
        apposed = apposed_name(tok)
        if apposed is not None:  # "Her publisher, Faber, said"
            info = as_mention(self._resolve(apposed, mention_span(apposed)), mention)
            bodily = kind_noun(tok) is not None or tok.lemma_.lower() in lex.body_roles
            if info.type == "unknown" and bodily:  # "the agency, CONAF", "…, Interpath"
                info = replace(info, type="organization")
            elif info.type == "organization" and tok.lemma_.lower() in lex.roles and not bodily:
                info = replace(info, type="person")  # "Our correspondent …, Nomia Iqbal"
            return info
        lemma = tok.lemma_.lower()
        determiner = determiner_of(tok)  # (also of "its vice-chancellor")
        det = determiner.lower_ if determiner is not None else None
        if document_word(tok) is not None:  # "figures", not "a key figure"
            definite = det in ("the", "this", "that")  # "the statement": one named before
            body = self.bodies.ending_in(tok.lower_) if det == "the" else None
            if body is not None:  # "the survey" after "the British Antarctic Survey"
                return as_mention(body, mention)
            issuer = self._issuer(tok) or (self._author(tok) if definite else None)
            if issuer is None:  # or the author "by" names at a later mention ("A report found
                # …", then "The report, by the CQC, found"; not "a Quinnipiac poll"), or the
                # body that reports the figures next ("… The jobless rate rose, the ONS said")
                later = self.documents.after(tok, LATER_MENTIONS)
                by = author_named_later(tok, later) or reported_next(tok)
                issuer = self._resolve(by, mention_span(by)) if by is not None else None
            if issuer is not None:
                return as_mention(issuer, mention)
            return SpeakerInfo(f"the {tok.lower_}", "document", mention)
        aged = self.memory.subject_person(self.doc) if definite_age(tok) else None
        if aged is not None:
            return as_mention(aged, mention)  # "the 29-year-old wrote"
        court = self.bodies.court() if low in lex.bench and det in ("the", "its", "their") else None
        if court is not None:
            return as_mention(court, mention)  # "the judges said", after "a court ruled"
        last_org = self.subject_of_content(tok, self.content) or self.bodies.last()  # its subject
        spoken_for = self.memory.spoken_for(tok, det, mention, self.gender, last_org)
        if spoken_for is not None:  # "its organisers said", "Her representatives said"
            return spoken_for
        named_after = untagged_name_after(tok)
        if named_after is not None:  # "the news agency PA Media", the name untagged
            return SpeakerInfo(named_after, "organization", mention)
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "NOUN"), None)
        if owner is not None and lemma in lex.kind_nouns():
            # "the coalition's secretariat", "the company's board": the body it belongs to
            body = self.bodies.describe(owner, mention, self.memory.last_claim)
            kinds = self.bodies.kinds_of.get(body.entity_id) if body is not None else None
            if body is not None and kinds and owner.lemma_.lower() in kinds:
                return body  # (of its very kind: not "the Green group" for "the coalition")
        if owner is not None and tok.tag_ == "NNS" and lemma in lex.group | lex.roles:
            # "the bank's analysts": the people of the body "the bank" is, not the last
            # group the text named ("Traders said …")
            body = self.bodies.describe(owner, mention, self.memory.last_claim)
            if body is not None and body.type == "organization":
                return SpeakerInfo(f"{body.name} {tok.text}", "group", mention)
        bodies = self.bodies.several_for(tok, mention) if det in ("the", "both") else None
        if bodies is not None:  # "the companies", "both firms": the bodies named just before
            return bodies
        described = self.bodies.describe(tok, mention, self.memory.last_claim)
        described = described or self.topic_before(tok, mention) or self.named_next(tok, mention)
        described = described or self.bodies.spoke_last(tok, mention, self.memory.last_claim)
        if described is not None:
            return described
        if is_anonymous(tok):
            return SpeakerInfo(with_owner(tok, mention), "anonymous", mention)
        if lemma in lex.anonymous and det in UNNAMED_DETS:
            # "officials at the World Health Organization": the named body's people
            owned = tok.tag_ == "NNS" and of_named_body(tok)
            return SpeakerInfo(with_owner(tok, mention), "group" if owned else "anonymous", mention)
        if lemma in lex.spokespeople and det in ("a", "an"):
            # "a police spokeswoman" for her body, "a spokesperson for the watchdog" for it
            return self.spokesperson(tok, mention)
        if lemma in lex.kind_nouns() and tok.tag_ in ("NNS", "NNPS") and det is None:
            # "Police said" is a body's; "Carmakers said", "Banks said" several bodies'
            several = lemma != tok.lower_
            return SpeakerInfo(text, "group" if several else "organization", mention)
        of = [o for c in tok.children if c.lower_ == "of" for o in c.children]
        if of and (lemma == "one" or (tok.tag_ == "CD" and of[0].pos_ == "NOUN")):  # not "of whom"
            return SpeakerInfo(with_owner(tok, mention), "anonymous", mention)
        plain = all(c.dep_ == "det" for c in tok.children)  # not "the office of Sen. X"
        again = self.memory.owned_again(low, mention) if det == "the" and plain else None
        if again is not None and lemma not in lex.roles:
            return again  # "the estate said" after "Simone's estate"; not "the coroner"
        if tok.tag_ in ("NNS", "NNPS") or lemma in lex.person_groups:
            # "the presidents", "both", "Leaders"; not bare "Economists at ING" or "Danish
            # fishing leaders", a group of their own
            bare = det is None and (lemma not in lex.group or modified(tok))
            new = det is not None and det in UNNAMED_DETS  # "Some experts said": others
            # and "the officials I talked to": a relative clause says which, not the text
            new = new or any(c.dep_ == "relcl" for c in tok.children)
            again = self.memory.unnamed_again(low, mention) if det == "the" else None
            if again is not None and lemma in lex.anonymous and not modified(tok):
                return again  # "the people said", after "people familiar with the matter"
            if (lemma in lex.group or lemma in lex.roles) and not (bare or new):
                fitting = [g for g in self.memory.groups if lemma in (g.role or "")]
                if fitting or self.memory.groups:
                    g = (fitting or self.memory.groups)[-1]
                    return SpeakerInfo(g.name, "group", mention, role=g.role)
            full = with_owner(tok, mention)
            return SpeakerInfo(strip_the(full) if det is None else full, "group", mention)
        if lemma in lex.spokespeople and det == "the" and not modified(tok):
            spoke = self.memory.spokesperson_again(self.doc, mention)  # "A Labour spokesperson
            if spoke is not None:  # said …" … "the spokesperson said"
                return spoke
        again = self.memory.unnamed_again(low, mention) if det == "the" else None
        if again is not None and tok.tag_ == "NN" and not modified(tok):
            return again  # "The neighbour added", after "A neighbour, who asked not to be …"
        # "the grandmother-of-five": a woman named just before; "the man" is no one's
        want = pronoun_gender(low) if low not in lex.plain_persons else None
        role = lemma in lex.roles and lemma not in lex.title_modifiers  # not "the state"
        role = role or self.memory.described(lemma) or sole_person_described(tok, self.clusters)
        # "the institute's director": definite by the body that owns it (not "the prime
        # minister's spokesman", someone unnamed)
        owned = (
            owner is not None
            and owner.lemma_.lower() in lex.kind_nouns()
            and owner.lemma_.lower() not in lex.roles
            and any(c.lower_ == "the" for c in owner.children)
        )
        if (role or want) and (det in ("the", "this", "that") or owned):
            words = set(text.lower().split())
            # the role words said must all be the person's ("the prime minister" no other)
            wanted = {lemma} | (words & title_words())
            alike = same_role(lemma) - {lemma}  # ("the barrister" after "Her lawyer, X")
            for p in reversed(self.memory.persons):
                if holds_role(p.role, wanted, words) or any(holds_role(p.role, {a}) for a in alike):
                    return as_mention(p, mention)
            # the one person named with the role, before or after ("the judge ... Judge
            # Berman"), or else the person just named ("the Ontario MP" after naming him)
            holder = role_holder(self.doc.char_span(*mention), self.clusters)
            if holder is not None:
                return self.info_for_entity(holder, self.doc[tok.i : tok.i + 1], mention)
            if owned and lemma in lex.roles:  # "the council's monitoring officer": one of
                return SpeakerInfo(text, "person", mention, role=tok.text)  # the body's, unnamed
            at = tok.left_edge.idx  # (named before the description: "the Oscar winner")
            last = self.memory.person_near(
                at, want, self.gender, self.doc, partial(in_own_phrase, tok)
            )
            # not another unnamed office holder: "The mayor said" after "The minister said";
            # nor one named with a role that lacks a title word said ("the prime minister"
            # after the pensions minister Laura Trott)
            held = set((last.role or "").lower().split()) if last is not None else set()
            other = bool(held) and bool(wanted - {lemma} - held)
            unnamed = last is not None and last.entity_id is None
            other_office = (unnamed or other) and lemma in lex.roles
            if last is not None and not other_office and not self._spoken_of(last, tok):
                return as_mention(last, mention)
            headline = self._headline_name() if last is None and lemma in lex.roles else None
            return SpeakerInfo(headline or text, "person", mention, role=tok.text)
        owned_by = determiner is not None and determiner.dep_ == "poss"
        if lemma in lex.roles and tok.tag_ == "NN" and owned_by:
            return SpeakerInfo(text, "person", mention, role=tok.text)  # "his agent said"
        if lemma in lex.organisations or lemma in lex.kind_nouns() or tok.ent_type_ in ORG_LABELS:
            full = with_owner(tok, mention)
            return SpeakerInfo(full if det else strip_the(full), "organization", mention)
        if det == "the" and tok.tag_ == "NN" and lemma.endswith(lex.person_suffixes):
            # "the neuroscientist told", "the historian said": an expert just named
            last = self.memory.person_near(tok.idx, None, self.gender, self.doc)
            if last is not None:
                return as_mention(last, mention)
        return SpeakerInfo(with_owner(tok, mention), "unknown", mention)

    def _last_body_unquoted(self) -> SpeakerInfo | None:
        """The organisation named last outside a quotation, which "it" may take up (not
        "Sodium" in '"Sodium is cheap," Roy said. … , it said')."""
        for info in reversed(self.bodies.infos()):
            if info.mention is None or next(self.quoted.overlapping(*info.mention), None) is None:
                return info
        return None

    def _spoken_of(self, person: SpeakerInfo, tok: Token) -> bool:
        """Is ``person`` named inside the content that the description ``tok`` reports after
        it ("Turnout in Sunderland was 48.3%, the returning officer said": the officer is
        no one named there), or in a phrase of its own clause before it ("At a news
        conference alongside Volodymyr Zelensky, the German chancellor said"), or inside
        the description itself ("the Oscar winner", "the Trump adviser"), or the speaker in
        whose words, the last claim's content, it is?"""
        content = self.content
        if person.mention is not None and in_own_phrase(tok, person.mention[0]):
            return True
        named = self.doc[tok.left_edge.i : tok.i]
        inside = {self.by_char[t.idx].id for t in named if t.ent_type_ and t.idx in self.by_char}
        if person.entity_id is not None and person.entity_id in inside:
            return True
        # nor the speaker in whose words it is said ("BASH: The president says …": a speaker
        # speaks of another as "the president")
        said, (start, end) = self.memory.last_content or (None, (0, 0))
        if said is not None and said.entity_id == person.entity_id and start <= tok.idx < end:
            return True
        if content is None or person.mention is None or content[1] > tok.idx:
            return False
        return content[0] <= person.mention[0] < content[1]


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
        att.speaker = resolver.resolve(tok, source, att.content)
        resolver.memory.claims.append((att.speaker, att.sentence or att.content))
        resolver.memory.last_content = (att.speaker, att.content)
        resolver.memory.asked = att.cue is not None and asks(doc, att)
        if att.cue is not None and resolver.memory.asked:  # the asker's names, before "her"
            resolver.advance(att.cue[1])
        resolver.memory.addressed(doc, att, resolver.gender)  # "asked her": not the speaker
        if att.cue is not None:
            resolver.by_cue[att.cue[0]] = att.speaker
    named_later(doc, attributions, clusters)


class SpeakerResolver:
    """spaCy component: writes ``doc._.ck_entities`` and fills attribution speakers."""

    def __call__(self, doc: Doc) -> Doc:
        return guarded("claimkit_speakers", self._run, doc)

    @staticmethod
    def _run(doc: Doc) -> None:
        name_untagged(doc)
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
