"""``claimkit_sources``: each claim's source (found as :mod:`.sources` says), and the
occasion that carries on across a speaker's claims: the same interview, statement, memo
or post, with its time, until the speaker is cited with another source or time or speaks
to someone else.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Token

from claimkit.components.dating import (
    day_of_act,
    looks_back,
    past_perfect,
    source_time,
    time_on,
)
from claimkit.components.mediums import audience
from claimkit.components.mentions import definite_age
from claimkit.components.namekeys import strip_the
from claimkit.components.outlets import outlet_meant
from claimkit.components.records import (
    Attribution,
    SourceInfo,
    SpeakerInfo,
    guarded,
    quoted_segments,
    register_extensions,
    sentence_of,
    text_of,
    tokens_before,
    with_the,
)
from claimkit.components.sources import find_source, speaking_clauses, verb_medium
from claimkit.lexicons import nouns, sources

__all__ = ["SourceFinder", "carry_sources", "make_sources"]

PERSONAL = {"he", "she", "they"}  # a subject that may be the speaker again
REMARKS_OWNERS = {"his", "her", "their", "the"}  # "His remarks came on Monday …"


class SourceFinder:
    """spaCy component: fills ``source`` on each of ``doc._.ck_attributions``."""

    def __call__(self, doc: Doc) -> Doc:
        return guarded("claimkit_sources", self._run, doc)

    @staticmethod
    def _run(doc: Doc) -> None:
        seen: dict[int, SourceInfo | None] = {}
        atts = doc._.ck_attributions or []
        quoted = quoted_segments(doc)
        for att in atts:
            found = find_source(doc, att, seen)
            # a medium inside the quoted words is theirs: '"In the laws, I shouldn't have …"'
            # (not a quoted title: 'said on "The Late Show" last month')
            at = found.span if found is not None and found.span else (-1, -1)
            said = att.content is not None and att.content[0] <= at[0] < att.content[1]
            words = next(quoted.overlapping(at[0], at[0] + 1), None) if said else None
            if words is not None and (words[0], words[1]) != at:
                found = None
            att.source = outlet_meant(doc, found) if found is not None else None
        carry_sources(doc, atts)
        platforms = sources().platform_verbs
        for att in atts:  # "tweeted": on Twitter, where the text names no medium (after the
            # occasions: a tweet carries to no later "said", which may be an interview's)
            cue = doc[att.cue_token] if att.cue_token is not None else None
            platform = platforms.get(cue.lemma_.lower()) if cue is not None else None
            if att.source is None and platform is not None:
                att.source = SourceInfo(platform, "social_media", None)


#: Cues that go on reporting the same occasion: "…, she said", "he added", "Brennan wrote".


@dataclass
class _Occasion:
    """Where and when a speaker last spoke (an interview, a statement, a post), and the
    character where that claim's sentence ends."""

    source: SourceInfo | None
    when_token: int | None
    end: int = 0
    present: bool = False  # reported in the present tense ("In the book, Reed says …")
    earlier: bool = False  # told in the past perfect ("had refused it in January, saying")


def _dated_since(doc: Doc, occasion: _Occasion, att: Attribution, claimed: set[int]) -> int | None:
    """The time of a sentence between the speaker's last claim and ``att`` in which the
    speaker, as its subject, does something on a day of its own and reports nothing: a new
    occasion ("Menon told Reuters in an interview last month that … On Tuesday he repeated
    that pledge. '…,' Menon said": Tuesday, not the interview). Its time token, or None."""
    assert att.speaker is not None
    names = {w.lower() for w in att.speaker.name.split()}
    i, stop = tokens_before(doc, occasion.end), tokens_before(doc, att.sentence[0])
    first = i
    while i < stop:
        sent = sentence_of(doc, i)
        i = max(sent.end, i + 1)
        subj = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
        if sent.start in claimed or subj is None:
            continue
        # a pronoun only right after the claim, where it can be no one else
        if (subj.lower_ in PERSONAL and sent.start <= first) or (
            subj.pos_ == "PROPN" and subj.lower_ in names
        ):
            when = time_on(sent.root)
            if when is not None:
                return when
    return None


def _same_document(doc: Doc, before: SourceInfo | None, now: SourceInfo) -> bool:
    """Is ``now`` the document ``before`` named: the same mention, "the statement" after "a
    statement on Tuesday", "that interview" after any, "the interview" after words told
    to an outlet?"""
    if before is None:
        return False
    if before == now:
        return True
    # "In that interview, she also said …" after "told the Portland Press Herald"
    said = now.name.lower()
    interview = said.startswith("the ") and now.kind == "interview" and before.kind == "outlet"
    if said.startswith(("that ", "the same ")) or interview:
        return True
    # "she told the paper" after "In an interview with The Guardian": that interview
    if now.kind == "outlet" and before.kind == "interview":
        return strip_the(now.name).lower() in before.name.lower()
    if before.span is None or now.span is None or not now.name.lower().startswith("the "):
        return False
    a = doc.char_span(*before.span, alignment_mode="expand")
    b = doc.char_span(*now.span, alignment_mode="expand")
    return a is not None and b is not None and a.root.lemma_.lower() == b.root.lemma_.lower()


def _new_audience(cue: Token | None) -> bool:
    """ "Speaking to reporters in Ottawa, the minister said …", "Clinton, during a town hall
    meeting in Columbus, said …": a clause or an event on the cue or its subject that names
    another occasion."""
    if cue is None:
        return False
    subjects = [c for c in cue.children if c.dep_ == "nsubj"]
    for c in (*cue.children, *(g for s in subjects for g in s.children)):
        if c.dep_ == "advcl" and c.lemma_.lower() in ("speak", "talk", "address", "testify"):
            return True
        event = next((g for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
        # "at" only set off beside the subject: "said at one point", "wrote at the time"
        # name no event
        beside = c.lower_ == "at" and c.head.dep_ == "nsubj"
        if c.dep_ == "prep" and (c.lower_ == "during" or beside) and event is not None:
            return True
    return False


def _carries(doc: Doc, cue: Token | None, last: _Occasion) -> bool:
    """Does a cue go on reporting its speaker's last occasion: "he added" anywhere after it,
    "She warned, however, that …" or "He also confirmed …" in the sentence right after its
    claim, unless in a
    perfect, which reports an earlier time ("She has long argued"), or said "now"?"""
    if cue is None or any(_now(c, cue) for c in cue.children):
        return False  # "In 2023, she told the BBC … Now she says …": another time
    lemma, lex = cue.lemma_.lower(), sources()
    between = text_of(doc)[last.end : sentence_of(doc, cue.i).start_char]
    next_sentence = not between.strip(" \n\"'”’")
    document = last.source is not None and last.source.kind == "document"
    writing = lemma in lex.issuing_participles  # "… Byrne wrote": still the book
    if document and last.present and cue.tag_ == "VBD" and not writing:
        return False  # "In the book, Reed says …" … "Mr Reed said he stood by it": a past
        # report is no more of what the document says
    spokes = nouns().spokespeople
    if document and any(c.dep_ == "nsubj" and c.lemma_.lower() in spokes for c in cue.children):
        return False  # "figures published by NHS England show …" … "An NHS England
        # spokesperson said …": a spokesperson speaks; what they say is no document's
    when = last.when_token if last.source is None else None  # a time, no medium
    if when is not None and looks_back(doc, when) and not next_sentence:
        return False  # "Last year she said …" is no occasion of a later plain "she said"
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in cue.children)  # "has argued"
    if last.earlier and not perfect:
        return False  # "X had refused it in January" … "X said": the story's day, not January
    # or any cue with "also" ("… said on Wednesday that … He also confirmed that …")
    also = any(c.dep_ == "advmod" and c.lower_ == "also" for c in cue.children)
    near = (lemma in lex.next_sentence_cues or also) and next_sentence and not perfect
    return lemma in lex.carrying_cues or near


def _plain(cue: Token | None) -> bool:
    """Is the cue a plain report that carries an occasion it may take ("said", "added")?"""
    return cue is not None and cue.lemma_.lower() in sources().carrying_cues


def _pluperfect(cue: Token) -> bool:
    """Is the cue, or the verb its participle hangs on, in the past perfect ("had refused
    permission in January, saying …")?"""
    verbs = [cue, cue.head] if cue.dep_ in ("advcl", "xcomp", "conj") else [cue]
    return any(past_perfect(v) for v in verbs)


def _same_audience(doc: Doc, att: Attribution, last: _Occasion) -> bool:
    """Is whom ``att`` tells, by a definite noun alone, the body whose event the sentence
    of the speaker's last occasion named, with no medium ("defended the forecast during
    a Treasury committee hearing on Wednesday … '…,' Reeves told the committee")?"""
    if att.addressee is None or last.source is not None or att.when_token is not None:
        return False
    told = doc.char_span(*att.addressee, alignment_mode="expand")
    before = sentence_of(doc, tokens_before(doc, last.end) - 1)
    # or, in the very next sentence, people present by a plural alone ("Speaking at a
    # committee hearing on Monday, X said … He told MPs that …")
    next_sentence = not text_of(doc)[last.end : att.sentence[0]].strip(" \n\"'”’")
    if told is not None and len(told) == 1 and told[0].tag_ in ("NNS", "NNPS"):
        return next_sentence and last.when_token is not None and audience(told[0])
    if told is None or len(told) != 2 or told[0].lower_ != "the" or told[1].pos_ != "NOUN":
        return False
    return any(t.lemma_ == told[1].lemma_ for t in before if t.pos_ == "NOUN")


def _then(doc: Doc, cue: Token | None) -> int | None:
    """The time "at the time" on a cue stands for: that of the words reported before it,
    else of the sentence before, where it has one of its own ("Former staff accused the
    company … in 2021. The company said at the time that it was sorry": 2021; "In October,
    he held a call … '…,' Mr. Ackman said at the time": October); None otherwise (the
    speaker's own last occasion, which carries as any "said" does; not "at the same
    time")."""
    if cue is None:
        return None
    for prep in (c for c in cue.children if c.dep_ == "prep" and c.lower_ == "at"):
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        mods = [c.lower_ for c in obj.children if c.dep_ != "relcl"] if obj is not None else []
        if obj is None or obj.lower_ != "time" or mods != ["the"]:  # (the parser may hang
            # the content on "time": "said at the time [that it was sorry]")
            continue
        # the time of the words reported, where they give one ("In February, it recalled
        # 2 million cars, the agency said at the time"), else of the sentence before
        reported = (c for c in cue.children if c.dep_ in ("ccomp", "parataxis") and c.i < cue.i)
        own = next((t for c in reported if (t := time_on(c)) is not None), None)
        start = sentence_of(doc, cue.i).start
        return own if own is not None or start == 0 else time_on(sentence_of(doc, start - 1).root)
    return None


def _now(word: Token, cue: Token) -> bool:
    """Is ``word`` a "now" said of the cue, outside any quotation ("But now, Eric Trump
    says"; not '"Now that I got that over with," he said')?"""
    doc = cue.doc
    lo, hi = sorted((word.i, cue.i))
    return (
        word.lower_ == "now" and word.dep_ == "advmod" and not any(t.is_quote for t in doc[lo:hi])
    )


def _remarks_sentence(doc: Doc, att: Attribution, claimed: set[int]) -> Token | None:
    """The verb of a sentence right before or after a claim, and no claim's itself, in
    which its speaker makes the remarks or speaks somewhere ("Lee made the comments at a
    conference in Paris on Tuesday."; "She was speaking at a rally in Leeds."), or does
    anything through a medium just before it ("Brooks thanked Reyes in a statement."): the
    occasion of the claim."""
    if att.speaker is None or att.cue_token is None:
        return None
    name = att.speaker.name.lower()
    sent = sentence_of(doc, att.cue_token)
    near = [sentence_of(doc, sent.start - 1)] if sent.start > 0 else []
    taken_up = _takes_up(doc[att.cue_token])
    near += [sentence_of(doc, sent.end)] if sent.end < len(doc) else []
    lex = sources()
    for other in near:
        verb = other.root
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        # after it, the speaker's remarks themselves: "His remarks came on Monday during a
        # visit to Berlin", "His comments were made at a summit"
        comments = subj or next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if other.start >= sent.end and comments is not None and _own_remarks(comments):
            return verb if other.start not in claimed and att.speaker.type == "person" else None
        if other.start in claimed or subj is None:
            continue
        # the speaker by name ("Lee", not "Eric Trump" for Donald Trump), or a person by
        # a pronoun in the sentence after the claim, which named them
        said = _name_words(subj)
        person = att.speaker.type == "person"  # a body by its whole name only: not
        part = person and f" {said} " in f" {name} "  # "Trump" for "the Trump campaign"
        part = part or (person and f" {said}".endswith(f" {name}"))  # "Striker Jordan Bell"
        named = subj.pos_ == "PROPN" and (part or said == strip_the(name))
        # or by the name set beside a description: "The health secretary, Priya
        # Natarajan, faced questions from MPs on Wednesday"
        named = named or (person and any(_names(a, name) for a in subj.children))
        # or the very description an unnamed speaker has ("The chief executive spoke to
        # investors on a call on Thursday. He said …")
        phrase = text_of(doc)[subj.left_edge.idx : subj.idx + len(subj.text)].lower()
        named = named or (
            att.speaker.entity_id is None and _a_person_described(subj) and phrase == name
        )
        # "… faced questions from MPs on Wednesday. Appearing before the committee,
        # Natarajan said": the occasion the claim takes up is that day's, its subject the
        # speaker by name or a person by a description ("The health secretary faced …")
        before = other.end <= sent.start and taken_up and day_of_act(verb) is not None
        if before and (named or (person and _a_person_described(subj))):
            return verb
        after = other.start >= sent.end and person
        if not (named or (after and (subj.lower_ in ("he", "she") or _a_person_described(subj)))):
            continue
        # any act through a medium named anew, just before the claim: "Brooks thanked
        # Reyes in a statement. '…,' she said" (not "scored in the final ten minutes")
        # or on a platform: "Bell apologised on Instagram. 'That one's on me,' he posted"
        medium = verb_medium(verb) if other.end <= sent.start else None
        new = medium is not None and medium.name.lower().startswith(("a ", "an "))
        platform = medium is not None and medium.name.lower() in lex.platforms
        if medium is not None and (new or platform):
            return verb
        # "made the comments", "was speaking", "talked politics"; not "wrote a memoir"
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        remarks = any(lex.nouns.get(c.lemma_.lower()) == "statement" for c in objects)
        speaking = verb.lemma_.lower() in lex.speaking_participles
        if verb.lemma_.lower() in lex.remark_verbs and (remarks or speaking or not objects):
            return verb
    return None


def _in_passing(cue: Token) -> bool:
    """Is ``cue`` the verb of a relative clause on the subject of its sentence ("The
    Partnership, [which proposed] the scheme last year, said …")?"""
    return cue.dep_ == "relcl" and cue.head.dep_ in ("nsubj", "nsubjpass")


def _names(appos: Token, name: str) -> bool:
    """Is ``appos`` a name set beside a subject, the speaker's or a part of it?"""
    if appos.dep_ != "appos" or appos.pos_ != "PROPN":
        return False
    return f" {_name_words(appos)} " in f" {name} "


def _name_words(tok: Token) -> str:
    """The words of the name ``tok`` heads, lower case ("priya natarajan")."""
    return " ".join(t.lower_ for t in tok.subtree if t is tok or t.dep_ in ("compound", "flat"))


def _takes_up(cue: Token) -> bool:
    """Does a cue's speaking clause take up an occasion named before, by a definite noun
    with no day of its own ("Appearing before the committee, X said"; not "Speaking at a
    rally", "Speaking at Tuesday's hearing")?"""
    for clause in speaking_clauses(cue):
        for prep in (c for c in clause.children if c.dep_ == "prep"):
            obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if obj is None or obj.pos_ != "NOUN" or time_on(clause) is not None:
                continue
            if any(g.dep_ == "det" and g.lower_ in ("the", "this", "that") for g in obj.children):
                return True
    return False


def _own_remarks(subj: Token) -> bool:
    """Is ``subj`` the remarks of the person just quoted ("His remarks", "Her comments",
    "The comments"): a statement's noun with "his", "her", "their" or "the"?"""
    if sources().nouns.get(subj.lemma_.lower()) != "statement" or subj.tag_ != "NNS":
        return False
    return any(c.dep_ in ("poss", "det") and c.lower_ in REMARKS_OWNERS for c in subj.children)


def _a_person_described(subj: Token) -> bool:
    """A definite description of a person by role, trade, nationality or age ("The
    two-time Wimbledon champion, 39, made the announcement …", "The 29-year-old")."""
    lex = nouns()
    words = lex.roles | lex.occupations | lex.demonyms
    described = with_the(subj) and subj.lemma_.lower() in words
    return subj.pos_ == "NOUN" and (described or definite_age(subj))


def _occasion_key(doc: Doc, speaker: SpeakerInfo) -> str:
    """Whose occasions a speaker's claims share: a person's spokesperson speaks on
    occasions of their own ("Her representatives said" after her statement)."""
    key = speaker.entity_id or speaker.name.lower()
    if speaker.mention is None or speaker.type != "person":
        return key
    spokes = nouns().spokespeople
    words = text_of(doc)[speaker.mention[0] : speaker.mention[1]].lower().split()
    # not the spokesperson's own name: "Kremlin spokesman Dmitry Peskov", "A Twitter
    # spokesman, Christopher Abboud,"
    own = (speaker.role or "").lower().split() + speaker.name.lower().split()[-1:]
    for_them = not set(own) & set(words) and any(w.removesuffix("s") in spokes for w in words)
    return key + " spokesperson" if for_them else key


def carry_sources(doc: Doc, attributions: list[Attribution]) -> None:
    """The same interview, statement, memo or post carries on, with its time: after "Lee
    told the Evening Post on Friday that …", a later "…, Lee said" with neither a medium
    nor a time of its own is from the same interview, on Friday (``when_from="event"``).
    A speaker's occasion carries to their next claims in text order until they are cited
    with another source or time, or speak to someone ("told reporters"); a day of no medium
    carries past no plain report that declines it ("X said in September" … "X said it
    welcomed the decision"), and one told in the past perfect ("had refused permission in
    January, saying …") to no later simple past. Nested claims neither carry nor take one."""
    current: dict[str, _Occasion] = {}
    claimed = {sentence_of(doc, a.cue_token).start for a in attributions if a.cue_token is not None}
    for att in sorted(attributions, key=lambda a: a.content[0]):
        if att.speaker is None or att.reported_by is not None:
            continue
        key = _occasion_key(doc, att.speaker)
        cue = doc[att.cue_token] if att.cue_token is not None else None
        last = current.get(key)
        if last is None and att.source is None and att.when_token is None:
            remarks = _remarks_sentence(doc, att, claimed)  # "She made the remarks on …"
            if remarks is not None:
                att.when_token, att.source = day_of_act(remarks), verb_medium(remarks)
                att.when_from = "event" if att.when_token is not None else att.when_from
        if last is not None and att.source is None and att.when_token is None:
            since = _dated_since(doc, last, att, claimed)
            last = current[key] = _Occasion(None, since) if since is not None else last
        then = _then(doc, cue) if att.source is None and att.when_token is None else None
        if then is not None:  # "said at the time", after a sentence of its own time
            att.when_token, att.when_from = then, "event"
        if att.source is not None:
            same = last is not None and _same_document(doc, last.source, att.source)
            when = att.when_token if att.when_token is not None else source_time(doc, att.source)
            if when is None and same and last is not None:
                when = last.when_token
            present = cue is not None and cue.tag_ in ("VBZ", "VBP")
            current[key] = _Occasion(att.source, when, att.sentence[1], present)
            if att.when_token is None and when is not None:
                att.when_token, att.when_from = when, "event"
        elif last is not None and _same_audience(doc, att, last):
            if last.when_token is not None:  # "told the committee", after its hearing
                att.when_token, att.when_from = last.when_token, "event"
        elif cue is not None and _in_passing(cue) and att.when_token is not None:
            pass  # an act told in passing, at a time of its own ("X, which proposed the scheme
            # last year, said …"): no occasion the speaker's next words take up
        elif att.addressee is not None or att.when_token is not None or _new_audience(cue):
            earlier = cue is not None and _pluperfect(cue)
            current[key] = _Occasion(None, att.when_token, att.sentence[1], earlier=earlier)
        elif last is not None and _carries(doc, cue, last):
            att.source = last.source
            if last.when_token is not None:
                att.when_token, att.when_from = last.when_token, "event"
        elif last is not None and last.source is None and _plain(cue):
            # "… X said in September" … "X said it welcomed the decision": a plain report
            # that takes no day ends that day's words; the ones after it take none either
            current[key] = _Occasion(None, None, att.sentence[1])
        if key in current:  # read what happens between a speaker's claims once (linear)
            current[key].end = max(current[key].end, att.sentence[1])


@Language.factory("claimkit_sources", assigns=[], requires=["doc._.ck_attributions"])
def make_sources(nlp: Language, name: str) -> SourceFinder:
    """Create the ``claimkit_sources`` component."""
    register_extensions()
    return SourceFinder()
