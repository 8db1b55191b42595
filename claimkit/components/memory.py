"""The discourse memory of speaker resolution: who the text has talked about so far, in
text order, and the antecedent a pronoun takes from it.

A gendered pronoun takes the most recent person of its gender (see
:mod:`claimkit.components.gender`), with two exceptions from how news is written: a
person named only in the previous claim's sentence, not as its speaker, is not the next
"he" or "she"; and a person a sentence only spoke of ("Trump has not responded to
Calderon's remarks") gives way to that sentence's subject.
After "Club owner Vikram Shah said Marsh had given everything. 'Ian leaves with our
thanks,' he said", "he" is Shah, who is still speaking, not Marsh, whom he spoke about.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from claimkit.components.descriptions import person_titles
from claimkit.components.gender import NEUTER, pronoun_gender
from claimkit.components.mentions import (
    BODY_POSSESSIVES,
    as_mention,
    in_scene,
    introduces_person,
)
from claimkit.components.namekeys import name_ending, plain_name
from claimkit.components.records import Attribution, SpeakerInfo, sentence_of, text_of
from claimkit.lexicons import cues, nouns

__all__ = ["NEAR_CHARS", "PLURAL", "Memory", "asks", "same_role"]

PLURAL = {"they", "them", "their", "themselves"}
SUBJECTS = ("nsubj", "nsubjpass")
RECENT = 3  # an age ("the 17-year-old") looks back this many persons for a subject
NEAR_CHARS = 400  # a role noun ("the minister") refers back this far without a role match


def asks(doc: Doc, att: Attribution) -> bool:
    """Is the claim's cue one that puts a question to someone (``word_sets.questions`` in
    ``cues.json``: "asked her why …")?"""
    if att.cue_token is None:
        return False
    return doc[att.cue_token].lemma_.lower() in cues().word_sets["questions"]


@dataclass
class Memory:
    """Persons, groups and organisations mentioned or heard so far, and each claim's
    speaker with its sentence's character range, in text order."""

    persons: list[SpeakerInfo] = field(default_factory=list)
    groups: list[SpeakerInfo] = field(default_factory=list)
    orgs: list[SpeakerInfo] = field(default_factory=list)
    claims: list[tuple[SpeakerInfo, tuple[int, int]]] = field(default_factory=list)
    last_content: tuple[SpeakerInfo, tuple[int, int]] | None = None  # whose words, where
    asked: bool = False  # the last claim is a question: the next "he" answers it

    @property
    def last_claim(self) -> tuple[SpeakerInfo, tuple[int, int]] | None:
        """The last claim's speaker and sentence."""
        return self.claims[-1] if self.claims else None

    def remember(self, info: SpeakerInfo) -> None:
        target = {"person": self.persons, "group": self.groups}.get(info.type, self.orgs)
        if info.type in ("organization", "document"):
            target = self.orgs
        elif unnamed_person(info):  # "the man" that "he" took up: he again
            target = self.persons
        target.append(info)

    def described(self, word: str) -> bool:
        """Has the text given a person named so far ``word`` as role ("Feargal Sharkey, a
        clean-water campaigner": "the campaigner")?"""
        if word not in nouns().occupations:  # a person's noun: not "the campaign"
            return False
        alike = same_role(word)  # or by another name of the trade ("the barrister")
        return any(alike & set((p.role or "").lower().split()) for p in self.persons)

    def unnamed_again(self, word: str, mention: tuple[int, int]) -> SpeakerInfo | None:
        """The unnamed source a plain definite plural ``word`` takes up: "people familiar
        with the matter told the Financial Times … the people said" (not "a former
        official" for "the officials"); None without one."""
        for info, _ in reversed(self.claims):
            if info.type == "anonymous" and word in info.name.lower().split():
                return as_mention(info, mention)
        return None

    def owned_again(self, word: str, mention: tuple[int, int]) -> SpeakerInfo | None:
        """The speaker a plain "the ``word``" takes up, that the text named by its owner
        ("Simone's estate said … the estate said", "the family of the victim … the
        family"); None without one."""
        for info, _ in reversed(self.claims):
            words = info.name.lower().replace("\u2019", "'").split()
            owned = words[-1] == word and any(w.endswith("'s") for w in words[:-1])
            if owned or (len(words) > 3 and words[:2] == ["the", word] and words[2] == "of"):
                return as_mention(info, mention)
        return None

    def spokesperson_again(self, doc: Doc, mention: tuple[int, int]) -> SpeakerInfo | None:
        """Whom "the spokesperson" stands for: the speaker of the latest claim a
        spokesperson made ("A Labour spokesperson said … '…,' the spokesperson said");
        None without one."""
        spokespeople = nouns().spokespeople
        text = text_of(doc)
        for info, _ in reversed(self.claims):
            said = text[info.mention[0] : info.mention[1]].lower() if info.mention else ""
            if spokespeople & set(said.split()):
                return as_mention(info, mention)
        return None

    def introduce(self, info: SpeakerInfo, tok: Token) -> None:
        """Remember the unnamed person a speaker noun ``tok`` introduces, whom the text may
        go on to call "he" or "she" ("a police spokeswoman said ... She said"); one who
        speaks for a named person as that person ("A spokeswoman for Mr Guterres said ...
        She added"), of no known gender."""
        # and an unnamed source of one noun: "A neighbour, who asked not to be named, said"
        unnamed = info.type == "anonymous" and tok.tag_ == "NN"
        if unnamed or (
            info.type in ("anonymous", "unknown", "organization") and introduces_person(tok)
        ):
            self.persons.append(info)
        elif info.type == "person" and tok.lemma_.lower() in nouns().spokespeople:
            self.persons.append(replace(info, entity_id=None))

    def addressed(self, doc: Doc, att: Attribution, gender: dict[str, str]) -> None:
        """Remember whom the pronoun a named person's question is put to stands for
        ("Prosecutor Andrew Hill KC asked her why …"): the latest person other than the
        speaker (the object of a verb is not its subject) whom the article shows is of its
        gender, else the latest it shows no gender for, named again there, so that the next
        "She replied" is the one asked. Only for the cues of ``word_sets.questions`` in
        ``cues.json`` (:func:`asks`), of a claim no other reports."""
        speaker = att.speaker
        if att.cue_token is None or speaker is None or att.reported_by is not None:
            return
        cue = doc[att.cue_token]
        if not asks(doc, att) or speaker.type != "person" or speaker.entity_id is None:
            return
        objects = ("dobj", "dative", "iobj")
        pron = next((c for c in cue.children if c.dep_ in objects and c.pos_ == "PRON"), None)
        want = pronoun_gender(pron.lower_) if pron is not None else None
        if pron is None or want is None:
            return
        others = [p for p in reversed(self.persons) if p.entity_id not in (None, speaker.entity_id)]
        # one of that gender; else one the text gives no gender ("Dr Helen Price"): the
        # one who asks "her" is not her
        found = next((p for p in others if gender.get(p.entity_id or "") == want), None)
        found = found or next((p for p in others if p.entity_id not in gender), None)
        if found is not None:
            self.persons.append(as_mention(found, (pron.idx, pron.idx + len(pron))))

    def spoken_for(
        self,
        tok: Token,
        det: str | None,
        mention: tuple[int, int],
        gender: dict[str, str],
        last_org: SpeakerInfo | None,
    ) -> SpeakerInfo | None:
        """Whom a possessed speaker noun ``tok`` speaks for: "its organisers", the
        organisation named last; "her representatives", the person "her" is (as "a
        spokeswoman for Mr Guterres" is Guterres); or None."""
        lex = nouns()
        if det in BODY_POSSESSIVES and tok.lower_ in lex.collective and last_org is not None:
            return as_mention(last_org, mention)
        if det in ("his", "her") and tok.lemma_.lower() in lex.spokespeople:
            principal = self.pronoun(det, mention, gender, last_org, tok.doc, known_first=True)
            return (
                as_mention(principal, mention) if principal and principal.type == "person" else None
            )
        return None

    def pronoun(
        self,
        low: str,
        mention: tuple[int, int],
        gender: dict[str, str],
        last_org: SpeakerInfo | None,
        doc: Doc | None = None,
        known_first: bool = False,
    ) -> SpeakerInfo | None:
        """The antecedent of the pronoun ``low`` at ``mention``, or None. ``gender`` maps
        entity ids to the gender the article shows; ``last_org`` is the organisation the
        text named last. Given the ``doc``, "he" or "she" takes the subject of the sentence
        that last named a person of that gender over a person it only spoke of ("Trump
        has not responded to Calderon's remarks ... '…,' he tweeted": Trump), and a person
        named in a participle's phrase that sets the scene of the pronoun's clause is none
        ("Speaking to presenter Lauren Laverne, she added": not Laverne; see
        :func:`~.mentions.in_scene`). With ``known_first``, a person the text shows is of
        the pronoun's gender comes before one it shows nothing of."""
        want = pronoun_gender(low)
        pool: list[SpeakerInfo]
        last = self.claims[-1][0] if self.claims else None
        if low in PLURAL and last is not None and last.type == "anonymous" and doc is not None:
            # "…, two of the people said. …, they said": the unnamed sources that spoke last
            unnamed = _span(doc, last)
            root = unnamed.root if unnamed is not None else None
            counted = root is not None and root.like_num and root.lower_ != "one"
            if root is not None and (root.tag_ == "NNS" or counted):
                return as_mention(last, mention)
        if want is not None:  # "he", "she", "his", "her", …
            pool = self.persons
        elif low in PLURAL:
            pool = self.groups or self.orgs
        elif low in NEUTER:  # an organisation that spoke, or any the text named before
            # (not one named only inside an organisation's last claim: "The CMA said it
            # would examine the commission Apple charges. It expects …": the CMA)
            named = last_org if last_org and not self._inside_last_claim(last_org) else None
            latest = self.orgs[-1:] + ([named] if named else [])  # "it": the last
            pool = sorted(latest, key=lambda i: i.mention[0] if i.mention else -1)
        else:
            pool = []
        said = doc.char_span(*mention) if doc is not None else None
        if said is not None and len(said) == 1:
            pool = [p for p in pool if p.mention is None or not in_scene(said[0], p.mention[0])]
        # "she" never resolves to a person the article shows is a man
        fits = [
            p for p in reversed(pool) if want is None or gender.get(p.entity_id or "", want) == want
        ]
        if known_first:  # a person the text shows is of that gender before one it shows
            # nothing of ("The 23-year-old had worked with Nick Cavaday … her agents": hers)
            fits.sort(key=lambda p: want is not None and gender.get(p.entity_id or "") != want)
        named = self._name_that_spoke_last(fits) if want is not None else None
        if named is not None:  # "Marine Le Pen, …, accused … In a post on X, she wrote"
            return as_mention(replace(named, type="person"), mention)
        if not fits:
            return None
        found = fits[0] if want is None or doc is None else _subject_first(doc, fits)
        span = _span(doc, found) if doc is not None else None
        if span is not None and span.root.pos_ == "PRON":
            return as_mention(found, mention)  # the one spoken to answers: "She replied"
        return as_mention(self._still_speaking(found, want, gender), mention)

    def _inside_last_claim(self, org: SpeakerInfo) -> bool:
        """Is ``org`` named inside what another organisation said in the last claim?"""
        if self.last_content is None or org.mention is None:
            return False
        said, (start, end) = self.last_content
        inside = start <= org.mention[0] < end
        return inside and said.type == "organization" and org.entity_id != said.entity_id

    def of_pair(
        self, doc: Doc, at: int, mention: tuple[int, int], latter: bool
    ) -> SpeakerInfo | None:
        """ "the former", "the latter": the first or the second of the two persons the
        latest sentence before character ``at`` that names two of them names ("Home
        Secretary Shabana Mahmood and Chancellor Rachel Reeves gave conflicting accounts …
        The former later told reporters": Mahmood), or None."""
        named: dict[int, list[SpeakerInfo]] = {}
        for person in self.persons:
            span = (
                doc.char_span(*person.mention, alignment_mode="expand") if person.mention else None
            )
            if span is not None and person.mention and person.mention[0] < at:
                named.setdefault(sentence_of(doc, span.start).start, []).append(person)
        for start in sorted(named, reverse=True):
            ids = list(dict.fromkeys(p.entity_id for p in named[start]))
            if len(ids) == 2:
                wanted = ids[1] if latter else ids[0]
                return as_mention(next(p for p in named[start] if p.entity_id == wanted), mention)
        return None

    def _name_that_spoke_last(self, persons: list[SpeakerInfo]) -> SpeakerInfo | None:
        """The last claim's speaker, where it is a name of two or three capitalised words
        the model did not tag and no word of a body's, that opens its sentence as its
        subject, after every person in ``persons`` (latest first): "he" or "she" makes it
        a person. (Not a name later in the sentence: "…, Right Wing Watch first reported.")"""
        if self.last_claim is None:
            return None
        speaker, (sentence, _) = self.last_claim
        if speaker.type != "unknown" or speaker.mention is None:
            return None
        lex = nouns()
        bodies = lex.kind_nouns() | lex.organisations
        words = [w.lower() for w in speaker.name.split()]
        plain = plain_name(speaker.name) and not any(w in bodies or name_ending(w) for w in words)
        if not plain or speaker.mention[0] != sentence:
            return None
        latest = persons[0].mention if persons else None  # the latest person that fits
        return speaker if latest is None or latest[0] < speaker.mention[0] else None

    def _still_speaking(
        self, person: SpeakerInfo, want: str | None, gender: dict[str, str]
    ) -> SpeakerInfo:
        """The last claim's speaker instead of ``person`` when ``person`` was named in
        that claim's sentence and the speaker agrees with the pronoun."""
        if want is None or self.last_claim is None or person.mention is None:
            return person
        speaker, (start, end) = self.last_claim
        inside = start <= person.mention[0] and person.mention[1] <= end
        agrees = gender.get(speaker.entity_id or "", want) == want
        # (or one the text describes, not names: "The man who calls himself Abu Mohammad
        # told ABC Radio he worked on Saddam Hussein's plants. He says …": the man)
        one = speaker.type == "person" or (unnamed_person(speaker, want) and not self.asked)
        if inside and one and agrees and speaker.entity_id != person.entity_id:
            return speaker
        return person

    def person_near(
        self,
        at: int,
        want: str | None,
        gender: dict[str, str],
        doc: Doc | None = None,
        skip: Callable[[int], bool] | None = None,
    ) -> SpeakerInfo | None:
        """The last person named, if named within ``NEAR_CHARS`` before character ``at``
        and of the gender wanted (a description: "the Ontario MP", "the Scot"). Given the
        ``doc``, when the description opens a sentence after that person's, the subject of
        that person's sentence comes first, as for a pronoun: after "Gov. Chris Christie
        accused Cruz of … '…,' the governor said" it is Christie. Only persons named
        before ``at``: not "Oscar" for "the Oscar winner" that starts there, nor one named
        where ``skip`` says (the description's own clause: "In a letter to X, the senator
        said")."""
        before = [
            p
            for p in self.persons
            if p.mention is None or (p.mention[0] < at and not (skip and skip(p.mention[0])))
        ]
        last = before[-1] if before else None
        if last is None or last.mention is None or at - last.mention[1] >= NEAR_CHARS:
            return None
        near = [
            p
            for p in reversed(before[-RECENT:])
            if p.mention is not None and at - p.mention[1] < NEAR_CHARS
        ]
        span = _span(doc, last) if doc is not None else None
        if doc is not None and span is not None and span.sent.end_char <= at:
            last = _subject_first(doc, near)  # not its own sentence's: "X leads Y, but …"
        # a person the article shows no gender for agrees, as with a pronoun
        return last if want is None or gender.get(last.entity_id or "", want) == want else None

    def described_as(
        self,
        at: int,
        word: str,
        gender: dict[str, str],
        doc: Doc,
        skip: Callable[[int], bool] | None = None,
    ) -> SpeakerInfo | None:
        """The person a nationality stands for ("the Scot added"): the last one the text
        described by it before, else the last person near (as :meth:`person_near`) that
        it did not describe by another ("the Irishwoman" is no Scot) and that was not
        named in the sentence of another's claim only or where ``skip`` says, of the gender
        a "-man" or "-woman" word shows."""
        text = text_of(doc)
        said: dict[str, set[str]] = {}
        for p in self.persons:
            if p.mention is not None and p.entity_id is not None:
                said.setdefault(p.entity_id, set()).add(text[p.mention[0] : p.mention[1]].lower())
        same = next(
            (p for p in reversed(self.persons) if f"the {word}" in said.get(p.entity_id or "", ())),
            None,
        )
        if same is not None:
            return same
        want = "female" if word.endswith("woman") else "male" if word.endswith("man") else None
        demonyms = nouns().demonyms
        fits: list[SpeakerInfo] = []
        for p in reversed(self.persons):
            if p.mention is not None and at - p.mention[1] >= NEAR_CHARS:
                break  # (the persons are in text order: none nearer before it)
            other = any(
                w[4:] in demonyms for w in said.get(p.entity_id or "", ()) if w.startswith("the ")
            )
            if other or p.mention is None or (skip and skip(p.mention[0])):
                continue
            if any(
                a <= p.mention[0] < b and who.entity_id != p.entity_id
                for who, (a, b) in self.claims
            ):
                continue  # "Doyle told … that midfielder Luke Palmer would miss the next game"
            if want is None or gender.get(p.entity_id or "", want) == want:
                fits.append(p)
        # the subject over an object of its sentence: "Sinner beat Alcaraz … The Italian"
        return _subject_first(doc, fits) if fits else None

    def subject_person(self, doc: Doc) -> SpeakerInfo | None:
        """The person an age description stands for ("the 17-year-old said"): of the last
        few persons named, the latest named as a clause's subject, not the one spoken of
        ("Devon Marsh called Reyes 'a second father.' The 17-year-old said"); else the
        last person named. An anonymous source ("a source close to the manager") has no
        age the text gave."""
        persons = [p for p in self.persons if p.type != "anonymous"]
        for p in reversed(persons[-RECENT:]):
            span = _span(doc, p)
            if span is not None and span.root.dep_ in SUBJECTS:
                return p
        return persons[-1] if persons else None


def _subject_first(doc: Doc, fits: list[SpeakerInfo]) -> SpeakerInfo:
    """Of persons fitting a pronoun, latest first: the latest, unless it is no clause's
    subject and a person named earlier in its sentence is."""
    latest = fits[0]
    span = _span(doc, latest)
    # (a pronoun is someone the subject spoke to, who may answer: "Hill asked her …")
    if span is None or _subject_like(span.root) or span.root.pos_ == "PRON":
        return latest
    sentence = span.sent
    for p in fits[1:]:
        other = _span(doc, p)
        if other is None or other.sent.start != sentence.start:
            break
        if _subject_like(other.root) and p.entity_id != latest.entity_id:
            return p
    return latest


def unnamed_person(info: SpeakerInfo, want: str | None = None) -> bool:
    """Is ``info`` one person the text describes but does not name ("the man", "a senior
    official"), of the gender ``want`` (if given) or of none shown?"""
    words = info.name.lower().split()
    if info.entity_id is not None or info.type not in ("unknown", "anonymous") or not words:
        return False
    lex = nouns()
    head = words[-1]
    singular = head in lex.plain_persons or head in person_titles() or head in lex.anonymous
    shown = pronoun_gender(head)
    plural = head.endswith("s") and not head.endswith("ss")  # ("the boss", "the actress")
    return singular and not plural and (want is None or shown in (None, want))


def _subject_like(root: Token) -> bool:
    """Is ``root`` a clause's subject, or a name set off inside a subject's phrase ("The
    US special envoy to the Middle East, Anthony Zinni, told Mr Arafat …": Zinni)?"""
    if root.dep_ != "appos":
        return root.dep_ in SUBJECTS
    for above in root.ancestors:
        if above.dep_ in SUBJECTS:
            return True
        if above.dep_ not in ("appos", "pobj", "prep"):
            return False
    return False


def _span(doc: Doc, info: SpeakerInfo) -> Span | None:
    return doc.char_span(*info.mention, alignment_mode="expand") if info.mention else None


def same_role(noun: str) -> frozenset[str]:
    """``noun`` and the other names of its trade ("barrister": "lawyer", "solicitor", …)."""
    classes = nouns().role_classes.values()
    return frozenset({noun}).union(*(c for c in classes if noun in c))
