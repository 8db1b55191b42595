"""The medium or document a claim is cited from (the ``claimkit_sources`` component in
:mod:`.occasions` looks it up for each claim, then carries it across a speaker's claims).

Rules, each on the parse around the cue (nouns and platforms in ``lexicons/sources.json``):

- the cue hangs on a document: "issued a statement saying …", "a statement in which they
  agreed …"; a participle cue hangs on a verb of issuing and its object is one: "posted a
  comment of her own, saying …", "sent a text message to supporters, asking …";
- the speaker is a document: "the statement said …" (the document is its own source);
- a prepositional phrase on the cue: "in a statement published on its website", "in an
  interview with the Daily Post", "wrote on Twitter", "at a press conference", "said on
  Sky Sports"; a named addressee of "tell": "told Sputnik" (an outlet);
- "according to" a document or an outlet.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from claimkit.components.documents import split_document
from claimkit.components.mediums import (
    is_medium,
    show_named_with,
    source_kind,
    spoken_to,
)
from claimkit.components.namekeys import named_by_last_word
from claimkit.components.outlets import outlet_name, outlet_span
from claimkit.components.records import (
    Attribution,
    SourceInfo,
    ents_of,
    sentence_of,
    subtree_bounds,
    text_of,
    with_a,
)
from claimkit.components.timed import dated_object, event_mark
from claimkit.lexicons import cues, sources

__all__ = [
    "find_source",
    "medium_of",
    "medium_on",
    "opening_passives",
    "speaking_clauses",
    "verb_medium",
]


WORDS_IN = {"statement", "document", "interview", "social_media"}  # kinds words come in
ON_MEDIA = {"interview", "social_media", "website"}  # "on his podcast", "on its website"
TEXT_PREPOSITIONS = {"in", "via", "through"}  # words come in a text, not on or during one


def _phrase(tok: Token, cue: Token | None = None, verb: Token | None = None) -> tuple[int, int]:
    """The noun phrase of ``tok`` without relative clauses or the clause holding the cue:
    "a statement published on its website", not "… in which they agreed", "… saying X";
    with the people it went to that the parser hung on ``verb`` or the cue."""

    def drop(c: Token) -> bool:
        holds_cue = cue is not None and c.left_edge.i <= cue.i <= c.right_edge.i
        # "comments to reporters [that the suspect had fled]", "remarks on the floor [that
        # Republicans were …]": the report, parsed as a clause of the medium's noun
        subject = any(k.dep_ == "nsubj" for k in c.children)
        clause = clause_marked(c) or (c.dep_ == "acl" and subject)
        # a time is the statement's, no part of its name: "on Tuesday", "[last month]", or
        # an event's: "a post on Facebook [after the meeting]"
        dated = dated_object(c) is not None or event_mark(c)
        dated = dated or (c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME") and c.i > tok.i)
        # (nor what was said, the noun made the root: "… rose, NHS England figures [show]")
        said = c.dep_ == "ccomp" or (c.text == "," and c.i < tok.i)
        return c.dep_ == "relcl" or (c.dep_ == "acl" and holds_cue) or clause or dated or said

    lo, hi = subtree_bounds(tok, drop)
    doc = tok.doc
    if cue is not None and tok.i < cue.i <= hi:
        hi = cue.i - 1  # never over its cue: "figures from the ONS [show]", a noun's object
    # a reported clause deeper down: "court papers filed last week [that a sentence …]"
    # or a report read as a relative clause, its "that" no subject ("a call with analysts
    # [that costs would fall]"; not "analysts that lasted an hour")
    marked = next((t for t in doc[tok.i + 1 : hi + 1] if clause_marked(t) or _report(t)), None)
    if marked is not None:
        hi = marked.left_edge.i - 1
    # a time that ends the phrase deeper down: "an update on its website [on Thursday]"
    last_time = next(
        (t for t in doc[tok.i : hi + 1] if t.right_edge.i == hi and dated_object(t)), None
    )
    if last_time is not None:
        hi = last_time.i - 1
        while hi > tok.i and doc[hi].dep_ == "advmod" and doc[hi].lower_ in ("late", "early"):
            hi -= 1  # and a part of that day: "released [late] on Thursday"
        while hi > tok.i and doc[hi].dep_ == "acl" and doc[hi].right_edge.i > hi:
            hi -= 1  # and the participle it hung on: "a survey [released on Thursday]"
    while hi > tok.i and (doc[hi].is_punct or doc[hi].is_space):
        hi -= 1
    # a name the model tagged whole, the parser hung apart: "on ITV's Good Morning [Britain]"
    while hi + 1 < len(doc) and _goes_on(doc[hi], doc[hi + 1]):
        hi += 1
    hi = show_named_with(doc, hi)
    hi = _addressees_after(doc, hi, verb or cue)
    opened = doc[lo : hi + 1].text
    if opened.count("(") > opened.count(")") and hi + 1 < len(doc) and doc[hi + 1].text == ")":
        hi += 1  # its bracket's close: "Figures from the Office for National Statistics (ONS)"
    end = doc[hi].idx + len(doc[hi])
    last = doc[hi]
    nxt = next((t for t in doc[hi + 1 :] if not t.is_space), None)
    ends = nxt is None or nxt.is_sent_start or "\n" in doc[nxt.i - 1].text_with_ws
    if len(last) > 1 and last.text.endswith(".") and ends:
        end -= 1  # "a post on [X.]": the sentence's full stop the tokenizer kept
    return doc[lo].idx, end


def _addressees_after(doc: Doc, hi: int, cue: Token | None) -> int:
    """The end of a medium's phrase with the people it went to, where the parser hung them
    on the cue ("said in a note [to clients] that …"; a common noun only, not "a statement
    to Reuters", whose outlet is a source of its own)."""
    to = doc[hi + 1] if cue is not None and hi + 1 < len(doc) else None
    if to is None or to.lower_ != "to" or to.dep_ != "prep" or to.head != cue:
        return hi
    people = next((c for c in to.children if c.dep_ == "pobj"), None)
    return people.right_edge.i if people is not None and people.pos_ == "NOUN" else hi


def _goes_on(last: Token, nxt: Token) -> bool:
    """Is ``nxt`` a word of the name ``last`` is in, as the model tagged it: a proper noun
    or a number of the same entity, no date ("ITV's Good Morning [Britain]", "ABC [7]")?"""
    same = nxt.ent_iob_ == "I" and nxt.ent_type_ == last.ent_type_
    named = last.ent_type_ not in ("", "DATE", "TIME", "CARDINAL", "ORDINAL")
    return same and named and nxt.pos_ in ("PROPN", "NUM") and bool(last.whitespace_)


def _report(tok: Token) -> bool:
    """Is ``tok`` a relative clause that is a report: its "that" no subject of its own
    ("analysts [that costs would fall]")?"""
    that = tok.left_edge
    subject = any(c.dep_ == "nsubj" and c.i != that.i for c in tok.children)
    return tok.dep_ == "relcl" and that.lower_ == "that" and subject


def clause_marked(tok: Token) -> bool:
    """Is ``tok`` the head of a clause with its conjunction ("that the suspect had fled"),
    or a "that" clause the parser made adverbial ("an interview aired Sunday on WXTV [that
    the plan would …]"; not "so that …")?"""
    if tok.dep_ in ("ccomp", "acl") and any(g.dep_ == "mark" for g in tok.children):
        return True
    that = next((g for g in tok.children if g.dep_ == "mark" and g.lower_ == "that"), None)
    return tok.dep_ == "advcl" and that is not None and tok.doc[that.i - 1].lower_ != "so"


def _info(tok: Token, kind: str, cue: Token | None = None, verb: Token | None = None) -> SourceInfo:
    a, b = _phrase(tok, cue, verb)
    text = text_of(tok.doc)
    # a fronted phrase the parser ran on into the speaker: "In an interview with Screen
    # Daily, festival director Marta Olsen said" ends at its comma
    comma = text.find(", ", tok.idx + len(tok.text), b)
    if comma != -1:
        b = comma
    # an outlet's name right after its description, which the parser hung elsewhere:
    # "told public broadcaster SVT", "according to the news agency Interfax"
    doc, end = tok.doc, tok.i + 1
    if kind in ("outlet", "agency") and tok.pos_ == "NOUN" and b == tok.idx + len(tok.text):
        while end < len(doc) and doc[end].pos_ == "PROPN":
            end, b = end + 1, doc[end].idx + len(doc[end].text)
    return SourceInfo(text[a:b], kind, (a, b))


def verb_medium(verb: Token) -> SourceInfo | None:
    """The medium a verb names in a prepositional phrase ("made the remarks at a news
    conference"), or None."""
    return _prep_source(verb, {})


def _prep_source(node: Token, seen: dict[int, SourceInfo | None]) -> SourceInfo | None:
    """The source a verb names in a prepositional phrase ("said in a statement"), looked
    up once per verb: thousands of cues may hang on one verb, each climbing to it."""
    if node.i not in seen:
        found = None
        # and a medium on its object, where the parser hangs it (see medium_on)
        objects = (m for c in node.children if c.dep_ == "dobj" and (m := medium_on(c)))
        for prep in (*node.children, *objects):
            if prep.dep_ != "prep" or prep.lower_ not in sources().prepositions:
                continue
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is None:  # "said on [LinkedIn]", the platform hung on the verb instead
                after = node.doc[prep.i + 1] if prep.i + 1 < len(node.doc) else None
                if after is not None and after.head.i == node.i:
                    pobj = after if source_kind(after) == "social_media" else None
            kind = source_kind(pobj) if pobj is not None else None
            if pobj is not None and kind is None and prep.lower_ == "in" and split_document(pobj):
                kind = "document"  # "in a [prevention] of future deaths [report]"
            # an outlet's name ("said on BBC Radio 5 Live", "wrote in the Evening Post"), or
            # any name a plain report comes "on": a channel, show or site ("on Sky Sports")
            named = pobj is not None and pobj.ent_type_ == "ORG" and prep.lower_ in ("on", "in")
            aired = prep.lower_ == "on" and node.lemma_.lower() in _plain_reports()
            if named and pobj is not None and (outlet_name(pobj) or aired):
                found = _info(pobj, "outlet")
                end = next(e.end_char for e in pobj.doc.ents if e.start <= pobj.i < e.end)
                if found.span is not None and end > found.span[1]:  # to the name's end
                    span = (found.span[0], end)
                    found = SourceInfo(text_of(pobj.doc)[span[0] : span[1]], "outlet", span)
                break
            if (prep.lower_ == "on" and kind == "statement") or (
                kind == "document" and prep.lower_ not in TEXT_PREPOSITIONS
            ):  # what it is about or when: "put a hold on the defense bill, saying …",
                kind = None  # "During the investigation, he acknowledged …"
            if pobj is not None and kind is not None:
                found = _info(pobj, kind, verb=node)  # (and "to clients" hung on the verb)
                break
        seen[node.i] = found
    return seen[node.i]


def medium_on(obj: Token) -> Token | None:
    """The "in" or "on" of a medium the parser hung on a cue's object, the cue's source
    ("announced the decision in a statement", "repeated the claim on his podcast"): one
    thing words come in, not "a surge in the polls"."""
    for prep in obj.children:
        if prep.dep_ == "prep" and prep.i > obj.i and medium_of(prep) is not None:
            return prep
    return None


def medium_of(prep: Token) -> Token | None:
    """The medium a preposition names as where words came, or None: one thing words come
    "in" or "via" ("in a statement", "via a spokesman's email"), one's own interview set off
    ("…, in his first interview in a year"), or a programme, post or page they come "on"
    ("on his podcast", "on its website"); not "in order to …", "a surge in the polls", "on
    a defence spending bill" (a topic), "in her program", "blamed the attack on a video"."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    owned = any(c.dep_ == "poss" for c in prep.head.children)
    if pobj is not None and prep.lower_ == "on" and owned and source_kind(pobj) == "social_media":
        return pobj  # "announced his decision on X" (not "a ban on TikTok", a topic)
    if pobj is None or pobj.pos_ != "NOUN" or pobj.lemma_.lower() in sources().enactments:
        return None
    kind = source_kind(pobj)
    one, own = with_a(pobj), any(c.dep_ == "poss" for c in pobj.children)
    set_off = own and kind == "interview" and prep.i > 0 and prep.doc[prep.i - 1].text == ","
    if prep.lower_ in ("in", "via") and (one or set_off) and kind in WORDS_IN:
        return pobj
    if prep.lower_ == "on" and (own or (one and kind == "interview")) and kind in ON_MEDIA:
        return pobj  # (not "blamed the attack on a video")
    return None


@cache
def _plain_reports() -> frozenset[str]:
    """The plain report verbs: the carrying cues and the speaking participles."""
    return sources().carrying_cues | sources().speaking_participles


def _quoted_by(cue: Token) -> SourceInfo | None:
    """ "X was quoted as saying by the Interfax news agency", "quoted by Interfax as
    saying": who quoted the speaker is the medium."""
    quoted = cue.head.head if cue.dep_ == "pcomp" and cue.head.lower_ == "as" else None
    if quoted is None or quoted.lemma_.lower() != "quote":
        return None
    for node in (cue, quoted):
        for by in (c for c in node.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"):
            pobj = next((c for c in by.children if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            kind = source_kind(pobj) or ("outlet" if pobj.ent_type_ == "ORG" else None)
            if kind is not None:
                return _info(pobj, kind)
    return None


def speaking_clauses(cue: Token) -> list[Token]:
    """The participle clauses that say how a statement was made: on the cue ("Speaking to
    the BBC, X said") or on its subject ("X, speaking at a conference in Berlin, said"),
    and a relative clause on the subject that does ("Lee, who spoke on Monday, said")."""
    lex = sources()
    subjects = [c for c in cue.children if c.dep_ == "nsubj"]
    # (or one the parser made the cue's subject: "Speaking on a podcast …, X said")
    found = [c for c in cue.children if c.dep_ in ("advcl", "csubj") and c.tag_ == "VBG"]
    kinds = {("acl", "VBG"), ("relcl", "VBD"), ("relcl", "VBZ")}
    found += [g for s in subjects for g in s.children if (g.dep_, g.tag_) in kinds]
    # (not a particle's other act: "Carlsen, who gave up the title in 2023, said")
    acts = cues().word_sets["acts"]
    said = [c for c in found if c.lemma_.lower() in lex.speaking_participles]
    return [c for c in said if not {f"{c.lemma_.lower()} {p.lower_}" for p in c.children} & acts]


def _speaking_preps(clause: Token) -> list[Token]:
    """The phrases on a speaking clause, and those the parser hung on its audience
    ("Speaking to journalists [on a call]")."""
    kids = list(clause.children)
    audiences = (o for p in kids if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj")
    heard = [g for o in audiences if o.lower_ in sources().not_outlets for g in o.children]
    return kids + heard


def _speaking_to(cue: Token) -> SourceInfo | None:
    """ "Speaking to BBC Radio Westbury, the defender said", "Writing in The Lancet, ...":
    a participle clause on the cue names the medium (an outlet or a source noun; "speaking
    to reporters" names an audience)."""
    lex = sources()
    for clause in speaking_clauses(cue):
        for prep in _speaking_preps(clause):
            if prep.dep_ != "prep" or prep.lower_ not in lex.prepositions:
                continue
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is None or pobj.lower_ in lex.not_outlets:
                continue
            # an organisation or a name the model did not tag ("Speaking to the Voice"); a
            # name after "at" is a place ("Speaking to reporters at Queen's Club")
            named = pobj.ent_type_ == "ORG" or (pobj.pos_ == "PROPN" and not pobj.ent_type_)
            # a named outlet's programme, whatever the label: "Speaking on ITV's Good Morning"
            owner = next((c for c in pobj.children if c.dep_ == "poss"), None)
            owned = owner is not None and (owner.ent_type_ == "ORG" or outlet_name(owner))
            # or an outlet's name the model took for a place: "Speaking on BBC Breakfast"
            outlet = pobj.pos_ == "PROPN" and outlet_name(pobj)
            named = (named or outlet or (owned and pobj.pos_ == "PROPN")) and prep.lower_ != "at"
            # a name spoken to is an outlet, whatever the model's label ("Speaking to
            # Variety", a place to the model), unless it is people ("Speaking to Congress")
            addressed = prep.lower_ == "to" and pobj.pos_ == "PROPN" and not with_a(pobj)
            if addressed and (named or pobj.ent_type_ == "GPE"):
                named = not spoken_to(cue.doc, pobj)
            kind = source_kind(pobj) or ("outlet" if named else None)
            if kind is not None:
                return _info(pobj, kind)
    return None


def find_source(
    doc: Doc, att: Attribution, seen: dict[int, SourceInfo | None] | None = None
) -> SourceInfo | None:
    """The source of one attribution, or None when the text names none. ``seen`` keeps
    what each verb's prepositions name, across the attributions of one Doc."""
    seen = {} if seen is None else seen
    if att.source_token is not None:
        tok = doc[att.source_token]
        cue_tok = doc[att.cue_token] if att.cue_token is not None else None
        named = source_kind(tok) or ("outlet" if tok.pos_ == "PROPN" else "document")
        return _info(tok, named, cue_tok)
    if att.cue_token is None:
        return None
    cue = doc[att.cue_token]
    if att.speaker_token is not None:
        spk = doc[att.speaker_token]
        kind = source_kind(spk)
        texts = ("statement", "document", "website", "social_media")
        if kind in texts and spk.pos_ == "NOUN" and not _a_body_s_word(doc, spk):
            return _info(spk, kind, cue)  # (never over its cue: "Report[: Prisons in …]")
    node, fronted = cue, False
    for _ in range(3):  # the cue, and the verbs it is conjoined with or relative to
        found = _prep_source(node, seen)
        if fronted and found is not None and (found.span or (0, 0))[0] > node.idx:
            found = None  # past another subject, only a phrase before the verb: "In a
            # survey, 79% said … and 60% said …" (not "said in a statement … and X said")
        if found is not None:
            # "told Reuters in an interview": the outlet that held the interview
            told = _told(doc, att, cue) if found.kind == "interview" else None
            if told is not None and _told_an_outlet(doc, told):
                return told
            return found
        # "a report that found …" (not the law a judge blocked: "blocked a law that would
        # have banned …, ruling that …", whose speaker is outside it)
        if node.dep_ == "relcl" and (kind := source_kind(node.head)) is not None:
            noun, who = node.head, att.speaker_token
            if who is None or noun.left_edge.i <= who <= noun.right_edge.i:
                return _info(noun, kind)
        issuing = node.lemma_.lower() in sources().issuing_participles
        if node.i == cue.head.i != cue.i and cue.tag_ == "VBG" and issuing:
            # "posted a Twitter comment of her own, saying …": what the verb issued
            issued = next((c for c in node.children if c.dep_ == "dobj"), None)
            enacted = issued is not None and issued.lemma_.lower() in sources().enactments
            # (nor what it speaks of: "a plan, calling it …"; not "an email inviting them")
            back = "it" if issued is not None and issued.tag_ == "NN" else "them"
            enacted = enacted or any(c.dep_ == "dobj" and c.lower_ == back for c in cue.children)
            if issued is not None and not enacted and (kind := source_kind(issued)) is not None:
                return _info(issued, kind, cue)  # not "signed a bill, calling it …"
        # (nor from a clause of a subject of its own: "withdrew its objection to the plans
        # after the developer agreed to …"; a pronoun's is the same one's: "as she noted")
        if node.dep_ not in ("conj", "xcomp", "advcl") or node.head is node:
            break
        own = any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON" for c in node.lefts)
        if own and node.dep_ != "conj":
            break
        node, fronted = node.head, fronted or own
    for opening in opening_passives(cue):  # "In his ruling, issued on Friday, X wrote"
        if (found := _prep_source(opening, seen)) is not None:
            return found
    said = doc[att.speaker_token] if att.speaker_token is not None else None
    set_off = said is not None and any(
        c.dep_ == "prep" and c.i > said.i and doc[c.i - 1].text == "," for c in said.children
    )  # "The mayor, in a news conference Tuesday, said": the parser hung it on the subject
    if said is not None and set_off and (found := _prep_source(said, seen)) is not None:
        return found
    if (found := _speaking_to(cue) or _quoted_by(cue) or _told(doc, att, cue)) is not None:
        return found
    per = doc[att.speaker_token] if att.speaker_token is not None else None
    span = att.cue or (0, 0)
    if per is not None and per.dep_ == "pobj" and span[0] <= per.head.idx < span[1]:
        # a prepositional form ("according to X"): the object of the cue's preposition
        outlet = per.ent_type_ == "ORG" and outlet_name(per)
        kind = source_kind(per) or ("outlet" if outlet else None)
        if kind is not None:
            return _info(per, kind)
    return _medium_after(doc, att.content)


def _told_an_outlet(doc: Doc, told: SourceInfo) -> bool:
    """Does what "tell" names name a news outlet or agency: a known one ("told Reuters"), or
    a name the text calls one ("told public broadcaster NHK", "told the Nation newspaper")?"""
    span = doc.char_span(*told.span, alignment_mode="expand") if told.span else None
    if told.kind not in ("outlet", "agency"):
        return False
    if span is None:
        return outlet_span(doc, told)
    called = any(
        t.pos_ == "NOUN" and source_kind(t) == "outlet" and t.head.pos_ == "PROPN" for t in span
    )
    root = span.root  # an outlet's noun a name modifies: "the Nation newspaper"
    named = any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in root.children)
    return called or (named and source_kind(root) == "outlet") or outlet_span(doc, told)


def _a_body_s_word(doc: Doc, noun: Token) -> bool:
    """Is ``noun`` the last word of an organisation's name the text gives ("the survey"
    after "the British Antarctic Survey"): the body, no document?"""
    ents = ents_of(doc)
    return any(e.label_ == "ORG" and named_by_last_word(e.text, noun.lower_) for e in ents)


def _told(doc: Doc, att: Attribution, cue: Token) -> SourceInfo | None:
    """The medium "tell" names as its addressee: "told Sputnik" (an outlet), "told a news
    conference"; not an audience ("told reporters", "told Trump", "told MPs")."""
    if cue.lemma_.lower() not in ("tell", "inform") or att.addressee is None:
        return None
    told = next((c for c in cue.children if c.dep_ in ("dobj", "dative")), None)
    if told is None:
        return None
    # (a channel's name ends in its number: "told BBC One"; no outlet is "a Googler")
    proper = told.pos_ == "PROPN" or told.ent_type_ == "ORG"
    proper = proper and not with_a(told)
    if proper and not spoken_to(doc, told):
        found = _info(told, "outlet")  # "told Sputnik": the outlet that carried it
        return _owned_programme(told, _medium_split_off(cue, told, found))
    if told.pos_ == "NOUN" and (kind := source_kind(told)) is not None:
        return _info(told, kind)  # "told a news conference", "told broadcaster SVT"
    return None


def _medium_split_off(cue: Token, told: Token, found: SourceInfo) -> SourceInfo:
    """An outlet's name the parser split before its channel's number and medium noun
    ("told [France] [2 television]", "told [Channel] [4 News]"): the whole name."""
    rest = next((c for c in cue.children if c.dep_ == "dobj" and c.i > told.i), None)
    if rest is None or found.span is None or rest.left_edge.i != told.right_edge.i + 1:
        return found
    if not (rest.left_edge.like_num and (source_kind(rest) == "outlet" or rest.pos_ == "PROPN")):
        return found
    end = rest.idx + len(rest.text)
    return SourceInfo(text_of(cue.doc)[found.span[0] : end], "outlet", (found.span[0], end))


def _owned_programme(told: Token, found: SourceInfo) -> SourceInfo:
    """An outlet's programme that the parser split from its possessive owner ("told [BBC
    Radio 4's] [Today programme]"): the whole phrase."""
    owned = any(c.dep_ == "case" for c in told.children)
    show = next((c for c in told.head.children if c.dep_ == "dobj" and c.i > told.i), None)
    if not owned or show is None or found.span is None:
        return found
    end = show.idx + len(show.text)
    return SourceInfo(text_of(told.doc)[found.span[0] : end], "outlet", (found.span[0], end))


def _medium_after(doc: Doc, content: tuple[int, int]) -> SourceInfo | None:
    """A medium set off right after a content the cue comes before ("warned that the rules
    would kill startups, in a post on X"), which the parser hung inside the content."""
    after = doc.char_span(
        content[1], min(len(text_of(doc)), content[1] + 8), alignment_mode="expand"
    )
    prep = next((t for t in after or [] if t.dep_ == "prep"), None)
    pobj = medium_of(prep) if prep is not None and doc[prep.i - 1].text == "," else None
    kind = source_kind(pobj) if pobj is not None else None
    return _info(pobj, kind) if pobj is not None and kind is not None else None


def opening_passives(cue: Token) -> list[Token]:
    """The past participles that open a cue's sentence as its clauses: a question its words
    answer ("Asked about the memo on Tuesday, a spokesman said"), or the verb the parser
    hung a fronted medium on ("In his ruling, issued on Friday, the judge wrote", which it
    may take for the clause reported)."""
    start = sentence_of(cue.doc, cue.i).start
    found = []
    for c in cue.children:
        if c.tag_ != "VBN" or c.left_edge.i != start or c.i > cue.i:
            continue
        asked = c.dep_ == "advcl" and c.lemma_.lower() in sources().asked_participles
        fronted = c.dep_ in ("advcl", "ccomp") and any(
            p.dep_ == "prep" and p.i < c.i and any(is_medium(o) for o in p.children)
            for p in c.children
        )
        if asked or fronted:
            found.append(c)
    return found
