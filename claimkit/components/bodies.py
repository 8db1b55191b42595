"""The organisations an article has named so far, in text order, each with the kind nouns
that describe it, and the descriptions that take one of them up: "the company", "the
hospital trust", "a club spokesman", "the judges" (the latest court).

A description resolves to the most recent organisation of its very kind ("the institute"
is the last one called an institute), else of its class (a university is of the class of
institutes), passing over one named only as where a person works ("an analyst at Barrow
Capital") where another fits. One the article gave
no kind fits a generic noun ("the group") or a company's trade ("the airline") only when
nothing of the kind came before, and of several such the one named most often so far: the
article's company, not the analyst's firm named once just before.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import takewhile

from spacy.tokens import Doc, Span, Token

from claimkit.components.descriptions import (
    described_before,
    describes,
    fits_kindless,
    is_workplace,
    taken_up_by_which,
    umbrella,
)
from claimkit.components.mentions import as_mention, in_own_phrase
from claimkit.components.namekeys import named_by_last_word, strip_the
from claimkit.components.outlets import addressed_outlet, described_as, outlet_name
from claimkit.components.records import (
    SpeakerInfo,
    sentence_of,
    text_of,
    unnamed_body_before,
)
from claimkit.lexicons import nouns

__all__ = ["Bodies"]


@dataclass
class Bodies:
    """Organisations in text order, with the kind nouns that describe them."""

    seen: list[tuple[SpeakerInfo, set[str]]] = field(default_factory=list)
    foreground: set[str | None] = field(default_factory=set)  # named not only as a workplace
    kinds_of: dict[str | None, set[str]] = field(default_factory=dict)  # as first added
    tagged: set[str | None] = field(default_factory=set)  # named where the model said ORG

    def add(self, info: SpeakerInfo, kinds: set[str], name: Span | None = None) -> None:
        """Add a mention, at ``name`` where the text names it. A name given only as where a
        person works ("an analyst at Barrow Capital"), as an outlet someone spoke to
        ("told the Reuters news agency") or as the agent of a passive ("The round was led
        by Thrive Capital") is taken up by a description only where nothing else fits."""
        self.seen.append((info, kinds))
        self.kinds_of.setdefault(info.entity_id, kinds)
        if name is not None and name.label_ == "ORG":
            self.tagged.add(info.entity_id)
        if name is None or not (is_workplace(name) or addressed_outlet(name) or _an_agent(name)):
            self.foreground.add(info.entity_id)

    def _latest(
        self, fits: Callable[[set[str]], bool], *, workplaces: bool, skip: Callable[[int], bool]
    ) -> SpeakerInfo | None:
        """The latest organisation whose kinds ``fits`` accepts, not at a character ``skip``
        refuses; with ``workplaces``, also one named only as where a person works."""
        found = (
            info
            for info, kinds in reversed(self.seen)
            if fits(kinds)
            and (workplaces or info.entity_id in self.foreground)
            and not (info.mention and skip(info.mention[0]))
        )
        return next(found, None)

    def last(self) -> SpeakerInfo | None:
        """The organisation named last ("its organisers said")."""
        return self.seen[-1][0] if self.seen else None

    def infos(self) -> list[SpeakerInfo]:
        return [info for info, _ in self.seen]

    def ending_in(self, word: str) -> SpeakerInfo | None:
        """The latest organisation whose name ends in ``word`` ("survey": the British
        Antarctic Survey), which a description by that word alone takes up: a name of
        three words or more (not the model's "Joint Statement", nor "a … Poll")."""
        return next((i for i, _ in reversed(self.seen) if named_by_last_word(i.name, word)), None)

    def several_for(self, tok: Token, mention: tuple[int, int]) -> SpeakerInfo | None:
        """The two or three organisations a plural kind noun ``tok`` takes up ("Skyways
        will buy 60 jets from Airbus, the companies said"; "Apple sued Samsung. The
        companies declined to comment"): those named before it in its own sentence, else
        in the one before, as one group; the one of them set beside what it is made of,
        in that noun, alone ("the MJC, an alliance of 18 groups" … "the groups added");
        or None."""
        if tok.tag_ != "NNS" or tok.lemma_.lower() not in nouns().kind_nouns():
            return None
        sent = sentence_of(tok.doc, tok.i)
        before = sentence_of(tok.doc, sent.start - 1) if sent.start else sent
        for span in (sent, before):
            a, b = span.start_char, min(span.end_char, mention[0])
            named = {  # (not a name that modifies another: "the UN children's agency Unicef")
                i.entity_id: i
                for i, _ in self.seen
                if i.entity_id
                and i.mention
                and a <= i.mention[0] < b
                and not _a_modifier(tok.doc, i.mention)
            }
            made_of = [i for i in named.values() if _made_of(tok.doc, i.mention, tok.lemma_)]
            if len(made_of) == 1:  # "the MJC, an alliance of 18 groups" … "the groups added"
                return as_mention(made_of[0], mention)
            if 2 <= len(named) <= 3:
                names = sorted((i.name for i in named.values()), key=strip_the)
                return SpeakerInfo(" and ".join(names), "group", mention)
        return None

    def of_kind(self, kind: str) -> SpeakerInfo | None:
        """The latest organisation of the kind of ``kind`` ("club" in "a club spokesman")."""
        same = nouns().same_kind
        return next((info for info, kinds in reversed(self.seen) if same(kind, kinds)), None)

    def court(self) -> SpeakerInfo | None:
        """The latest court the text named or that spoke ("a court in Amsterdam")."""
        courts = nouns().kinds.get("court", frozenset())
        return next((info for info, kinds in reversed(self.seen) if kinds & courts), None)

    def describe(
        self,
        tok: Token,
        mention: tuple[int, int],
        last_claim: tuple[SpeakerInfo, tuple[int, int]] | None = None,
    ) -> SpeakerInfo | None:
        """The organisation a description ("the company") headed by ``tok`` stands for (see
        the module docstring), or None. A generic one right after a claim (its speaker and
        sentence in ``last_claim``) continues that claim's organisation over one named only
        inside it ("Brightline … announced it has raised $60m in a round led by Northgate
        Ventures. The company said …": Brightline)."""
        found = describes(tok)
        if found is None:  # "the initiative" after "the International Coral Reef Initiative"
            return self._by_name_ending(tok, mention)
        kind, mods = found
        lex = nouns()
        fallback: SpeakerInfo | None = None
        named = Counter(info.entity_id for info, _ in self.seen)
        # "the group", "the lobby group"; not "the Labour group" (another's)
        plain = not any(
            c.dep_ in ("compound", "amod") and (c.pos_ == "PROPN" or c.ent_type_)
            for c in tok.children
            if not (c.dep_ == "amod" and c.ent_type_ == "NORP")  # "the German carmaker"
        )
        generic = kind in lex.generic and plain
        # "the airline": a company's trade fits a body the article gave no kind, as "the
        # company" does, when none of that trade came before; not a trade that is a
        # person's too ("the real estate developer", "the investor")
        trade = plain and kind in lex.kinds.get("company", frozenset()) - lex.trades
        # nor one the text said before of a body it did not name ("Norway's sovereign
        # wealth fund will sell its stake in Caterpillar … The $1.9 trillion fund said")
        trade = trade and not described_before(tok)
        # but a trade with a product's name is a company's: "the iPhone maker"
        trade = trade or (kind in lex.trades and any(_a_product(c) for c in tok.children))

        # its very kind first: "the institute" is the Francis Crick Institute, not the
        # university (of the same class) named after it
        companies = lex.business_words()

        def very(kinds: set[str]) -> bool:
            return kind in kinds and kind not in lex.generic

        def same(kinds: set[str]) -> bool:
            # a body known only as a company ("shares of Broadcom") is of no trade's class
            if not generic and kinds and kinds <= companies:
                return False
            # not a body its modifier's kind rules out: "the fire service" is no police force
            if mods and kinds and not any(lex.same_kind(m, kinds) for m in mods):
                return False
            return bool(mods & kinds) or lex.same_kind(kind, kinds)

        # a bare "Police" takes no name the model ran over a headline's clause ("Terror
        # Suspect Named By Police")
        bare = not any(c.dep_ in ("det", "poss") for c in tok.children)

        # not a body its own clause names as the object of a preposition before it ("In a
        # statement to the London Stock Exchange, the company said": another company)
        unlike = {i.mention[0] for i, _ in self.seen if i.mention and _another_described(tok, i)}

        def skip(at: int) -> bool:
            return in_own_phrase(tok, at) or (bare and _a_clause_at(tok.doc, at)) or at in unlike

        def before_sentence(at: int) -> bool:
            return skip(at) or at < tok.sent.start_char

        # one of its very kind named in its own sentence, however ("Stocks in warehouses
        # monitored by the Shanghai Futures Exchange fell, the exchange said"); then of its
        # very kind, even a workplace ("researchers at the Francis Crick Institute"); of its
        # class, one named as more than that
        # (a class is no more than a guess where the text brought in an unnamed body by
        # the very noun: "Norway's sovereign wealth fund" … "the fund's website" is no miner)
        unnamed = not generic and unnamed_body_before(tok)
        taken = (
            self._latest(very, workplaces=True, skip=before_sentence)
            or self._latest(very, workplaces=False, skip=skip)
            or self._latest(very, workplaces=True, skip=skip)
            or (None if unnamed else self._latest(same, workplaces=False, skip=skip))
        )
        if taken is not None and generic:
            taken = self._continued(taken, last_claim, same)
        if taken is not None and taken.entity_id is None and taken.name.startswith(("a ", "an ")):
            # "A water company has been fined … Southern Aqua said … The company said": the
            # name the text gave the unnamed body since, where that name spoke last
            taken = self._named_since(taken, last_claim) or taken
        if taken is not None and _of_another_place(tok, taken):
            return None  # "The UAE foreign ministry" is not Russia's, named before
        if taken is not None:
            return as_mention(taken, mention)
        outlet = self._outlet(tok.lower_, skip) if plain else None
        if outlet is not None:  # "The Daily Telegraph published a poll. The newspaper said"
            return as_mention(outlet, mention)

        just = self._spoke_just_before(tok, kind, last_claim) if generic else None
        if just is not None:  # "The Rapid Support Forces … denied blocking aid. The group
            return as_mention(just, mention)  # said …": not the body named most

        def rank(info: SpeakerInfo) -> tuple[int, bool, bool]:
            # named most, then in the foreground, then as a subject ("Netflix added 9.2
            # million subscribers, beating Wall Street's expectations": Netflix)
            span = (
                tok.doc.char_span(*info.mention, alignment_mode="expand") if info.mention else None
            )
            subject = span is not None and span.root.dep_ in ("nsubj", "nsubjpass")
            return named[info.entity_id], info.entity_id in self.foreground, subject

        for info, kinds in reversed(self.seen):
            if info.mention and (skip(info.mention[0]) or _an_outlet(tok.doc, info)):
                continue  # (not the outlet that reported it: "…, Bloomberg reported")
            kindless = (generic or trade) and kinds <= companies and info.entity_id is not None
            if kindless and (fallback is None or rank(info) > rank(fallback)):
                fallback = info
        taken = fallback or (
            None if unnamed else self._latest(same, workplaces=True, skip=skip)
        )  # an analyst's firm
        if (generic or trade) and last_claim is not None and _before_end(taken, last_claim[1]):
            # "Northern Powergrid says … The company said": the latest body, over a kindless
            # name said before that claim's end ("… Carlisle. Electricity North West says …")
            last = _unlabelled(last_claim[0])
            taken = last if last is not None and not _an_outlet(tok.doc, last) else taken
        return as_mention(taken, mention) if taken is not None else None

    def _by_name_ending(self, tok: Token, mention: tuple[int, int]) -> SpeakerInfo | None:
        """The body a definite noun of no kind ("the initiative", "the campaign") takes up:
        the latest whose capitalised name ends in it; not a common description ("the
        mayor's office"), nor a noun with words of its own ("The office of Sen. Maria
        Delgado")."""
        the = any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        bare = tok.tag_ == "NN" and not any(
            c.dep_ in ("compound", "amod", "prep") for c in tok.children
        )
        ending = self.ending_in(tok.lower_) if the and bare else None
        if ending is None or not any(w[:1].isupper() for w in ending.name.split()[1:]):
            return None
        return as_mention(ending, mention)

    def spoke_last(
        self,
        tok: Token,
        mention: tuple[int, int],
        last_claim: tuple[SpeakerInfo, tuple[int, int]] | None,
    ) -> SpeakerInfo | None:
        """The last claim's speaker for a definite description ``tok`` ("the agency") that
        fits no body named before and no subject of the sentences before it, where that
        claim is the sentence right before and its speaker an organisation the model
        tagged as one, of no kind of its own, no outlet and not the body the description
        names as its umbrella ("…, figures released by Eurostat showed. …, the EU
        statistics agency said"); else None."""
        speaker = last_claim[0] if last_claim is not None else None
        found = describes(tok)
        the = any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        if found is None or speaker is None or speaker.entity_id not in self.tagged or not the:
            return None
        doc = tok.doc
        if not _right_after(tok, last_claim):
            return None
        said = doc.char_span(*speaker.mention, alignment_mode="expand") if speaker.mention else None
        if said is None or describes(said.root) is not None:
            return None  # (a speaker named there, not a description taken up: "the airline")
        if _an_outlet(doc, speaker):
            return None
        named = {c.lower_ for c in tok.subtree if c.pos_ == "PROPN"}
        kinds = self.kinds_of.get(speaker.entity_id, set())
        words = {w.lower() for w in speaker.name.split()}
        if not fits_kindless(found[0], kinds) or named & words:
            return None
        # (nor a place's body another's: "The initiative said …. A spokesperson for the UK
        # government said")
        places = {c.lower_ for c in tok.children if c.ent_type_ in ("GPE", "NORP")}
        if places and not places & words:
            return None
        if found[0] not in nouns().generic and unnamed_body_before(tok):
            return None  # (the unnamed body the text brought in by that noun)
        return as_mention(speaker, mention)

    def _spoke_just_before(
        self, tok: Token, kind: str, last_claim: tuple[SpeakerInfo, tuple[int, int]] | None
    ) -> SpeakerInfo | None:
        """The organisation that spoke in the sentence right before a generic description
        ``tok`` of a ``kind`` it fits: any body for "the group", a company for "the
        company" (not "Ofwat said … The company said"); else None."""
        speaker = last_claim[0] if last_claim is not None else None
        if last_claim is None or speaker is None or speaker.type != "organization":
            return None
        if speaker.entity_id is None or _an_outlet(tok.doc, speaker):
            return None
        if not _right_after(tok, last_claim):
            return None
        kinds = self.kinds_of.get(speaker.entity_id, set())
        lex = nouns()
        company = kind in lex.kinds.get("company", frozenset())
        if company and not (kinds <= lex.business_words() or lex.same_kind(kind, kinds)):
            return None
        return speaker

    def _named_since(
        self, unnamed: SpeakerInfo, last_claim: tuple[SpeakerInfo, tuple[int, int]] | None
    ) -> SpeakerInfo | None:
        """The last claim's speaker where it is an organisation the text named after
        ``unnamed`` (a body described, not named: "a water company") and gave no kind of
        its own; else None."""
        speaker = last_claim[0] if last_claim is not None else None
        if speaker is None or speaker.type != "organization" or speaker.entity_id is None:
            return None
        said, described = speaker.mention, unnamed.mention
        after = said is not None and described is not None and said[0] > described[1]
        kinds = self.kinds_of.get(speaker.entity_id, set())
        return speaker if after and not kinds - nouns().generic else None

    def _outlet(self, word: str, skip: Callable[[int], bool]) -> SpeakerInfo | None:
        """The latest organisation whose name a description of an outlet fits ("the
        paper": a Telegraph, a Post; "the broadcaster": Sky News), or None."""
        found = (
            info
            for info, _ in reversed(self.seen)
            if described_as(word, info.name.split())
            and not (info.mention and skip(info.mention[0]))
        )
        return next(found, None)

    def _continued(
        self,
        taken: SpeakerInfo,
        last_claim: tuple[SpeakerInfo, tuple[int, int]] | None,
        fits: Callable[[set[str]], bool],
    ) -> SpeakerInfo:
        """The last claim's organisation where it fits and ``taken`` was named only inside
        that claim's sentence; else ``taken``."""
        if last_claim is None or taken.mention is None:
            return taken
        speaker, (start, end) = last_claim
        if speaker.type != "organization" or speaker.entity_id in (None, taken.entity_id):
            return taken
        inside = start <= taken.mention[0] < end
        kinds = self.kinds_of.get(speaker.entity_id)
        return speaker if inside and kinds is not None and fits(kinds) else taken


def _of_another_place(tok: Token, body: SpeakerInfo) -> bool:
    """Does a description name a place or body it belongs to ("The UAE foreign ministry")
    where ``body`` was named as another place's ("Russia's defence ministry")?"""
    # (a league is no place a club belongs to: "the NBA team", "the Premier League club")
    places = {
        c.lower_
        for c in tok.children
        if c.ent_type_ in ("GPE", "NORP", "ORG") and not umbrella(c.lower_)
    }
    span = tok.doc.char_span(*body.mention, alignment_mode="expand") if body.mention else None
    if not places or span is None:
        return False
    theirs = {t.lower_ for t in span if t.ent_type_ in ("GPE", "NORP")}
    if not theirs and nouns().same_kind(tok.lemma_.lower(), {"ministry"}):
        # a place's government is none of the bodies named without that place: "the UK
        # government" is not "the US National Oceanic and Atmospheric Administration"
        return not places & {t.lower_ for t in span}
    return bool(theirs) and not theirs & places


def _another_described(tok: Token, body: SpeakerInfo) -> bool:
    """Is ``body`` known only by a description that ``tok``'s cannot take up: another noun
    and a modifier it lacks ("The weather service said" after "the country's disaster
    agency said": two bodies)?"""
    if body.entity_id is not None:
        return False
    words = set(body.name.lower().split())
    mods = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.pos_ == "NOUN"]
    return tok.lower_ not in words and any(m.lower_ not in words for m in mods)


def _right_after(tok: Token, last_claim: tuple[SpeakerInfo, tuple[int, int]] | None) -> bool:
    """Is the last claim's sentence the one right before ``tok``'s, nothing between?"""
    if last_claim is None:
        return False
    start = sentence_of(tok.doc, tok.i).start_char
    return not text_of(tok.doc)[last_claim[1][1] : start].strip()


def _an_agent(name: Span) -> bool:
    """Is ``name`` the agent of a passive ("was led by [Thrive Capital]"), and no more: not
    one the text goes on to describe ("was funded by Kestrel Therapeutics, which makes the
    drug. The company said")?"""
    head = name.root.head
    return name.root.dep_ == "pobj" and head.dep_ == "agent" and not taken_up_by_which(name)


def _before_end(body: SpeakerInfo | None, sentence: tuple[int, int]) -> bool:
    """Is ``body`` none, or named last before the end of ``sentence``?"""
    return body is None or (body.mention is not None and body.mention[0] < sentence[1])


def _unlabelled(speaker: SpeakerInfo) -> SpeakerInfo | None:
    """The last claim's speaker as an organisation, where it is a name the model left
    untagged and no rule gave a type ("Northern Powergrid says …"), or a one-word "person"
    with no role ("Deliveroo said …"), or None."""
    words = speaker.name.split()
    untagged = speaker.type == "unknown" and not speaker.entity_id
    bare = not (speaker.role or speaker.affiliation)
    lone = speaker.type == "person" and len(words) == 1 and bare
    if not (untagged or lone) or not all(w[:1].isupper() for w in words):
        return None
    return SpeakerInfo(speaker.name, "organization", speaker.mention, entity_id=speaker.entity_id)


def _a_product(tok: Token) -> bool:
    """Is ``tok`` a name before a trade noun that names no person, place or people (the
    "iPhone" of "the iPhone maker", not the "Labour" of "the Labour MP")?"""
    named = tok.ent_type_ in ("", "ORG", "PRODUCT")
    return tok.dep_ == "compound" and tok.pos_ == "PROPN" and named


def _a_clause_at(doc: Doc, at: int) -> bool:
    """Is the name that starts at character ``at`` a clause the model took for one, with a
    verb in it ("San Bernardino Terror Suspect Named By Police")?"""
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None:
        return False
    first = span[0]
    words = takewhile(lambda t: t.i == first.i or t.ent_iob_ == "I", doc[first.i :])
    return any(t.pos_ == "VERB" for t in words)


def _an_outlet(doc: Doc, body: SpeakerInfo) -> bool:
    """Is ``body`` a news outlet the text names ("Bloomberg reported")?"""
    span = doc.char_span(*body.mention, alignment_mode="expand") if body.mention else None
    return span is not None and outlet_name(span.root)


def _a_modifier(doc: Doc, mention: tuple[int, int]) -> bool:
    """Does the name at ``mention`` only modify another noun ("the UN children's agency
    Unicef", "the UN's agency")?"""
    span = doc.char_span(*mention, alignment_mode="expand")
    root = span.root if span is not None else None
    modifies = root is not None and root.dep_ in ("compound", "poss", "nmod")
    return modifies and root is not None and root.head.pos_ in ("NOUN", "PROPN")


def _made_of(doc: Doc, mention: tuple[int, int] | None, lemma: str) -> bool:
    """Does the text set beside the name at ``mention`` a description of what it is made of,
    in the plural of ``lemma`` ("the Muttahida Jihad Council (MJC), an alliance of 18
    groups")? Then "the groups" are that one body."""
    span = doc.char_span(*mention, alignment_mode="expand") if mention else None
    if span is None:
        return False
    root = span.root  # (or the name an acronym is set beside: "(MJC)")
    names = [root, root.head] if root.dep_ == "appos" else [root]
    described = (c for n in names for c in n.children if c.dep_ == "appos" and c not in names)
    return any(
        p.dep_ == "prep" and p.lower_ == "of" and o.tag_ == "NNS" and o.lemma_ == lemma
        for d in described
        for p in d.children
        for o in p.children
        if o.dep_ == "pobj"
    )
