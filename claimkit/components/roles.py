"""Roles and descriptions resolved against the names the whole article gives.

A role the article names with one person is that person (:func:`role_holder`), and a role
no one held before it ("Japan's prime minister pledged ...", a lede's "A federal judge
...") is the person the article names with that role later (:func:`named_later`); so is a
lede's description of a body by rank the first organisation of its kind named after it,
and a headline's bare description ("Delivery app says …") the organisation of its kind the
article names. A role is another office when its words say so (:func:`holds_role`: "the
chancellor" is no shadow chancellor).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from claimkit.components.descriptions import kind_noun, modified
from claimkit.components.groups import of_several
from claimkit.components.headroles import (
    PLACED,
    as_described_below,
    headline_role,
    owned_titled_below,
    titled_below,
)
from claimkit.components.mentions import BODY_POSSESSIVES, determiner_of, owned_by_a_body
from claimkit.components.records import (
    Attribution,
    EntityCluster,
    SpeakerInfo,
    body_named_before,
    line_of,
    on_headline,
    sentence_of,
    text_of,
    with_the,
)
from claimkit.lexicons import nouns

__all__ = ["holds_role", "named_later", "role_holder"]

NEXT_SENTENCES = 2  # a role is named in the next sentences or not at all


def named_later(doc: Doc, attributions: list[Attribution], clusters: list[EntityCluster]) -> None:
    """A role no one held before it ("Japan's prime minister pledged ...") is the one
    person the article names with that role anywhere ("Prime Minister Fumio Kishida told
    parliament"), when exactly one does. So is a lede's unnamed holder of a role ("A
    federal judge on Monday blocked ...") the one person named with that role after it
    ("U.S. District Judge Renata Ellis wrote ..."), whatever the lede's adjectives; so is
    a headline's bare role ("Minister defends …"); and a lede's description of a body by
    its rank that none before fits ("the country's largest teaching union announced …")
    the first organisation of its kind named after it. A definite role that no one named
    holds is the person the next sentences name first with no role of their own."""
    firsts: dict[str, int] = {}  # a role noun's first token outside the headline
    bodies: dict[str, EntityCluster] = {}  # a description resolved, for its later uses
    headlines: list[tuple[Attribution, str]] = []  # bare roles no one named holds
    for att in attributions:
        info = att.speaker
        if info is None or info.entity_id or not info.mention:
            continue
        if info.type == "organization" and info.name in bodies:  # "The firm has said" after
            known = bodies[info.name]  # "Taiwan's largest chipmaker" is TSMC
            att.speaker = SpeakerInfo(
                known.name, "organization", info.mention, None, None, known.id
            )
            continue
        span = doc.char_span(*info.mention, alignment_mode="expand")
        lede = _unnamed_role(span) if info.type == "unknown" else None
        # a headline's bare role: "Minister defends prison scheme"
        bare = info.type == "unknown" and span is not None and len(span) == 1
        if bare and span is not None and span[0].lower_ in nouns().roles:
            lede = span
        elif info.type == "unknown" and span is not None and headline_role(span):
            lede = span[-1:]  # "Maine senator says …"
            # "Harlow boss: …": "Harlow Town manager Lee Ashworth", not "Hemel boss Nina …"
            owned, another = owned_titled_below(span, clusters)
            if owned is not None or another:
                if owned is not None:
                    att.speaker = SpeakerInfo(
                        owned.name, "person", info.mention, owned.role, owned.affiliation, owned.id
                    )
                continue
        if lede is not None:
            c = _first_named_after(lede, clusters, info.mention[0])
            if c is None and on_headline(lede.root):
                headlines.append((att, lede.root.lemma_.lower()))
            # the lede's "A former deputy governor has warned", then "Sir Charles Bean
            # said": an indefinite role before any person is named
            if c is None and span is not None and span[0].lower_ in ("a", "an"):
                persons = [k for k in clusters if k.label == "PERSON"]
                if not _named_before(doc, persons, span.start_char):
                    c = _named_next(span, clusters, att.content, firsts, indefinite=True)
        elif info.type == "unknown" and span is not None and on_headline(span.root):
            c = titled_below(span, clusters)  # "Former world number one announces …"
        elif info.type == "person":
            owner = _body_as_owner(span, clusters, att.content)  # "the owner of a steelworks"
            owner = owner or _body_that_did_it(span, clusters)  # "which was promoting it"
            if owner is not None:
                att.speaker = SpeakerInfo(
                    owner.name, "organization", info.mention, None, None, owner.id
                )
                continue
            c = role_holder(span, clusters) or _named_next(span, clusters, att.content, firsts)
        elif info.type == "organization" and span is not None:
            body = _first_body_after(span, clusters, info.mention[0])
            body = body or _body_as_owner(span, clusters, att.content)  # "its operator said"
            if body is None and on_headline(span.root):  # "…, says operator"
                headlines.append((att, span.root.lemma_.lower()))
            if body is not None:  # "the country's largest teaching union" … "the EIS"
                bodies[info.name] = body
                att.speaker = SpeakerInfo(
                    body.name, "organization", info.mention, None, None, body.id
                )
            continue
        else:
            continue
        if c is not None:
            att.speaker = SpeakerInfo(c.name, "person", info.mention, c.role, c.affiliation, c.id)
    for att, lemma in headlines:
        as_described_below(doc, att, lemma, attributions)
    _one_type(attributions)


def _one_type(attributions: list[Attribution]) -> None:
    """A name a description of a body took up ("Klarna said … The firm said") is that body
    wherever it speaks, not the model's person with no role elsewhere; a name of unknown
    type is of the type the same name has elsewhere."""
    bodies = {
        a.speaker.entity_id
        for a in attributions
        if a.speaker is not None and a.speaker.type == "organization" and a.speaker.entity_id
    }
    for att in attributions:
        s = att.speaker
        if s is not None and s.type == "person" and s.entity_id in bodies and not s.role:
            att.speaker = SpeakerInfo(s.name, "organization", s.mention, None, None, s.entity_id)
    # and a name of no known type is what the same name is where it has one (the
    # headline's untagged "…, says Zoopla" and "Zoopla said on Monday")
    typed: dict[str, SpeakerInfo] = {}
    for att in attributions:
        s = att.speaker
        if s is not None and s.type in ("person", "organization"):
            typed.setdefault(s.name, s)
    for att in attributions:
        s = att.speaker
        if s is not None and s.type == "unknown" and s.name in typed:
            att.speaker = replace(typed[s.name], mention=s.mention)


def _unnamed_role(span: Span | None) -> Span | None:
    """The role or trade noun of "a federal judge", "an assistant coach", "a nurse" (with
    "a" or "an"), or None."""
    if span is None or len(span) < 2 or span[0].lower_ not in ("a", "an"):
        return None
    root = span.root
    if root.i != span.end - 1 or any(t.dep_ not in ("det", "amod", "compound") for t in span[1:-1]):
        return None  # "a state and Cruz": no one description
    return (
        span[root.i - span.start : root.i - span.start + 1]
        if (root.lower_ in nouns().roles or root.lower_ in nouns().occupations)
        else None
    )


def _first_body_after(
    description: Span, clusters: list[EntityCluster], at: int
) -> EntityCluster | None:
    """The first organisation named after character ``at`` whose kind fits a description
    by rank that no organisation before it fitted ("the country's largest teaching union
    announced …", then "The Educational Institute of Scotland"), or a headline's bare one
    ("Delivery app says …", then "Parcelo, the parcel delivery app"), or the one body of
    the description's very kind the article names, after it ("police said", then "North
    Yorkshire Police"), or None."""
    root = description.root
    kind = kind_noun(root)
    ranked = any(t.tag_ == "JJS" or t.ent_type_ == "ORDINAL" for t in description)  # "largest"
    # a headline drops the article: "Delivery app says", "Carmaker warns" (one body: not
    # a sentence's "Wildlife groups said")
    bare = (
        _headline_start(description)
        and root.tag_ in ("NN", "NNP")
        and not description.text.isupper()
        and not any(t.dep_ in ("det", "poss") or t.ent_type_ for t in description)
    )
    noun = root.pos_ == "NOUN" or (bare and root.pos_ == "PROPN")
    if kind is None or not noun:
        return None
    if not (ranked or bare):
        # the one body of its very kind the article names, first after it: "police said"
        # in the lede, then "North Yorkshire Police said"
        very = [c for c in clusters if c.label == "ORG" and kind in c.kinds]
        one = len(very) == 1 and very[0].mentions[0][0] > at
        # (a body named before takes "the lender" back; "his party" is its person's)
        one = one and not (with_the(root) and body_named_before(root))
        # several: not "companies" (a lemma of its own); "A group of newspaper publishers"
        plural = (root.tag_ == "NNS" and root.lemma_.lower() != root.lower_) or of_several(root)
        # not one that says which body by more than its kind ("the state police", "its union");
        # a person's is theirs ("…, his party said", then "the Republican People's Party")
        owned = any(c.dep_ == "poss" and c.lower_ not in ("his", "her") for c in root.children)
        return very[0] if one and not plural and not (modified(root) or owned) else None
    # one of a kind by rank is looked for among all bodies of its broad class: "the
    # country's largest teaching union" is the Educational Institute of Scotland
    wide = {kind} | ({"organisation"} if nouns().same_kind(kind, {"organisation"}) else set())
    fitting = [
        c for c in clusters if c.label == "ORG" and any(nouns().same_kind(k, c.kinds) for k in wide)
    ]
    if bare:  # the headlines' subject, named in them or after, of its very kind first
        return min(fitting, key=lambda c: (kind not in c.kinds, c.mentions[0][0]), default=None)
    found = _first_after(fitting, at)
    if found is None and not any(c.mentions[0][0] < at for c in fitting):
        # or a body of no stated kind first named in the next sentences ("Taiwan's largest
        # chipmaker has warned …", then "TSMC chairman Mark Liu told …")
        end = _sentences_after(description, NEXT_SENTENCES).end_char
        kindless = [
            c for c in clusters if c.label == "ORG" and not c.kinds and at <= c.mentions[0][0] < end
        ]
        found = min(kindless, key=lambda c: c.mentions[0][0], default=None)
    return found


def _body_as_owner(
    description: Span | None, clusters: list[EntityCluster], content: tuple[int, int]
) -> EntityCluster | None:
    """A lede's holder of a role a company holds as often as a person ("the owner of a
    Teesside steelworks said …"), or a body's kind said as a thing's ("…, its operator
    said"), that the next sentences name first as an organisation ("British Steel said in
    a statement"), or None."""
    if description is None:
        return None
    root = description.root
    # "the owner of …", or a body's kind said as a thing's: "its operator", "their union"
    # (not "his office", "her party": a person's own)
    role = root.lemma_.lower() in nouns().body_roles and with_the(root)
    owned = kind_noun(root) is not None and owned_by_a_body(root)
    if not (role or owned) or _said_before(description):
        return None
    edge = description.root.right_edge  # after its whole phrase: not "Teesside" in it
    start = max(description.end_char, edge.idx + len(edge.text))
    end = _sentences_after(description, NEXT_SENTENCES).end_char
    named = [
        c
        for c in clusters
        if c.mentions
        and start <= c.mentions[0][0] < end
        and not content[0] <= c.mentions[0][0] < content[1]
    ]
    first = min(named, key=lambda c: c.mentions[0][0], default=None)
    return first if first is not None and first.label == "ORG" else None


def _said_before(description: Span) -> bool:
    """Does the body text use the description's noun before it (no lede's then)?"""
    lemma = description.root.lemma_
    return any(
        t.lemma_ == lemma and not on_headline(t) for t in description.doc[: description.start]
    )


def _sentences_after(span: Span, count: int) -> Span:
    """The sentence ``count`` sentences after the one holding ``span`` (or the last)."""
    doc = span.doc
    sentence = sentence_of(doc, span.start)
    for _ in range(count):
        if sentence.end < len(doc):
            sentence = sentence_of(doc, sentence.end)
    return sentence


def _headline_start(span: Span) -> bool:
    """Does ``span`` open a line with no full stop at its end (a headline's), not even
    inside a closing quotation mark ('… said in a statement: "We are very sorry."')?"""
    start, line = line_of(span.doc, span.start_char, span.end_char)
    return not text_of(span.doc)[start : span.start_char].strip() and not line.endswith(".")


def _first_named_after(role: Span, clusters: list[EntityCluster], at: int) -> EntityCluster | None:
    """The first person named with ``role`` after character ``at``, when no one with it
    was named before (then "a judge" is another one)."""
    wanted = {role.text.lower()}  # (a headline's "Senator" is "Sen. Laura Whitfield")
    # and the words before it: "a former deputy governor" is "Former deputy governor X"
    said = wanted | {t.lower_ for c in role.root.lefts for t in c.subtree}
    holders = [c for c in clusters if c.label == "PERSON" and holds_role(spelled(c), wanted, said)]
    return _first_after(holders, at)


def spelled(person: EntityCluster) -> str:
    """A person's role with its abbreviations spelled out ("Gov." is "governor", from
    ``nouns.json`` ``role_abbreviations``): to find the one holder of a role the text
    names in full. (The latest of several holders is found by the role as written: "the
    senator" is not whichever "Sen." was named last.)"""
    short = nouns().role_abbreviations
    return " ".join(short.get(w, w) for w in (person.role or "").lower().split())


def _named_next(
    description: Span | None,
    clusters: list[EntityCluster],
    content: tuple[int, int],
    firsts: dict[str, int],
    *,
    indefinite: bool = False,
) -> EntityCluster | None:
    """The person a definite role ("the chief executive", a country's: "Kenya's president")
    said for the first time is, where the next sentences name a person for the first time,
    outside what the role holder says, and give them no role of their own ("The chief
    executive of budget carrier SkyBridge has warned …" then "Speaking to …, Marco Bellini
    said …"), or None. ("The official" after "a senior official" is that one, unnamed.)
    ``indefinite``: so is an indefinite one that describes the article's first person ("A
    former deputy governor of the Bank of England has warned …")."""
    if description is None:
        return None
    det = determiner_of(description.root)  # (also "its vice-chancellor")
    placed = det is not None and (det.ent_type_ in PLACED or det.lower_ in BODY_POSSESSIVES)
    definite = det is not None and det.dep_ == "det" and det.lower_ == "the"
    if not indefinite and not (definite or (placed and det is not None and det.dep_ == "poss")):
        return None  # "the chief executive", "Kenya's president", a body's "its leader" (not
        # "the prime minister's spokesman")
    doc = description.doc
    lemma = description.root.lemma_
    # (a headline's "Tech founder says …" is the one the lede describes)
    if lemma not in firsts:
        said = (t.i for t in doc if t.lemma_ == lemma and not on_headline(t))
        firsts[lemma] = next(said, len(doc))
    if firsts[lemma] < description.root.i:
        return None
    end = _sentences_after(description, NEXT_SENTENCES).end_char
    persons = [c for c in clusters if c.label == "PERSON"]
    # named in a later sentence, or in its own set off by a comma ("wrote the American
    # ambassador at the time, John E. Herbst"); not "The chancellor told the BBC's Sunday
    # with Laura Kuenssberg programme" (a presenter inside a phrase of its sentence)
    own_end = sentence_of(doc, description.root.i).end_char
    text = text_of(doc)

    def later(at: int) -> bool:
        # nor, in a later sentence, a name inside another's ("Speaking on the BBC's Sunday
        # with Laura Kuenssberg programme, Shabana Mahmood said")
        named = doc.char_span(at, at + 1, alignment_mode="expand")
        inside = named is not None and named[0].ent_iob_ != "" and _in_a_phrase(named[0])
        return (at >= own_end or text[:at].rstrip().endswith(",")) and not inside

    after = [
        c
        for c in persons
        if description.end_char <= c.mentions[0][0] < end
        and later(c.mentions[0][0])
        and not content[0] <= c.mentions[0][0] < content[1]
    ]
    first = min(after, key=lambda c: c.mentions[0][0], default=None)
    if first is not None and _did_it(description.root, first, doc):
        return first  # "The winner of this year's Booker Prize says …", then "Irish
        # novelist Aoife Kerrigan won the prize": whatever their role, they did it
    # not one the text names by an occupation: "Our business reporter Tom Drake has more"
    working = (c for c in sorted(after, key=lambda c: c.mentions[0][0]) if not _works_as(doc, c))
    first = next(working, None)
    honorific = {w.rstrip(".") for w in nouns().honorifics}  # "Sir", "Dr": no role
    role = first.role if first is not None else None
    if role is not None and set(role.lower().rstrip(".").split()) <= honorific:
        role = None
    if first is not None and role is not None and _head_named(description, first, persons):
        return first
    if first is None or role is not None or first.affiliation is not None:
        return None
    return first


def _works_as(doc: Doc, person: EntityCluster) -> bool:
    """Does an occupation stand right before the person's first mention ("Our business
    reporter Tom Drake has more")? They are that, no role holder named next."""
    span = doc.char_span(*person.mentions[0], alignment_mode="expand")
    before = doc[span.start - 1] if span is not None and span.start else None
    return before is not None and before.lower_ in nouns().occupations


def _body_that_did_it(
    description: Span | None, clusters: list[EntityCluster]
) -> EntityCluster | None:
    """The latest organisation named before "the promoter", "the organiser" (a role a body
    holds as often as a person) that the text said did what the noun is made from ("Live
    Nation, which was promoting the show"), or None."""
    if description is None or not with_the(description.root):
        return None
    noun = description.root
    if noun.lemma_.lower() not in nouns().body_roles:
        return None
    doc, found = description.doc, None
    for c in clusters:
        for start, end in c.mentions if c.label == "ORG" else ():
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or start >= description.start_char:
                continue
            verbs = [v for v in span.root.children if v.dep_ == "relcl"]
            verbs += [span.root.head] if span.root.dep_ == "nsubj" else []
            if any(_made_from(noun, v) for v in verbs) and (found is None or start > found[0]):
                found = (start, c)
    return found[1] if found is not None else None


def _made_from(noun: Token, verb: Token) -> bool:
    """Is the agent noun ``noun`` made from ``verb`` ("winner" from "won", "promoter" from
    "promoting")?"""
    lemma, agent = verb.lemma_.lower(), noun.lemma_.lower()
    made = (lemma + "ner", lemma + "er", lemma + "r", lemma[:-1] + "or", lemma + "or")
    return verb.pos_ == "VERB" and agent in made


def _did_it(noun: Token, person: EntityCluster, doc: Doc) -> bool:
    """Is ``person``'s first mention the subject of the verb the description's agent noun
    ``noun`` is made from ("the winner" and "Kerrigan won", "the founder" and "she
    founded")?"""
    at = person.mentions[0][0]
    span = doc.char_span(at, person.mentions[0][1], alignment_mode="expand")
    if span is None or span.root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return _made_from(noun, span.root.head)


def _in_a_phrase(tok: Token) -> bool:
    """Is the name that starts at ``tok`` a modifier inside another noun's phrase (the
    presenter of "the Sunday with Laura Kuenssberg programme")?"""
    root = tok
    while root.dep_ in ("compound", "flat") and root.head.ent_type_ == tok.ent_type_:
        root = root.head  # the name's last word
    return root.dep_ == "compound" and root.head.pos_ == "NOUN"


def _head_named(description: Span, person: EntityCluster, persons: list[EntityCluster]) -> bool:
    """Is the lede's head of a body ("The boss of one of the UK's largest supermarket
    chains has warned …", no person named before it) the person named next as a body's
    head by any title ("Ken Murphy, chief executive of Tesco, said")?"""
    lex = nouns()
    if description.root.lemma_.lower() not in lex.heads or person.role is None:
        return False
    if _named_before(description.doc, persons, description.start_char):
        return False
    words = set(person.role.lower().replace("-", " ").split())
    # a head by any title, but no other office ("Opposition leader Cllr Tariq Aziz") nor
    # of a body the description does not name ("The Liberal group leader")
    own = not _of_another(person, {description.root.lower_})
    return bool(words & lex.heads) and not words & lex.other_offices and own


def _named_before(doc: Doc, persons: list[EntityCluster], at: int) -> bool:
    """Does the text name one of ``persons`` before character ``at``, outside a line with
    no full stop (a headline, a byline: "By Helen Ashby, Business reporter")?"""
    for k in persons:
        for start, end in k.mentions:
            span = doc.char_span(start, end, alignment_mode="expand") if start < at else None
            if span is not None and not on_headline(span[0]):
                return True
    return False


def _first_after(fitting: list[EntityCluster], at: int) -> EntityCluster | None:
    """Of the clusters that fit a description at character ``at``, the first named after
    it; None when one was named before it (then the description is another's)."""
    if any(c.mentions[0][0] < at for c in fitting):
        return None
    return min(fitting, key=lambda c: c.mentions[0][0], default=None)


def role_holder(description: Span | None, clusters: list[EntityCluster]) -> EntityCluster | None:
    """The one person the article names anywhere with the role a description names (or
    the relation: "mother"), or None: every common word of the description is in the
    holder's role ("prime minister" fits "Prime Minister Fumio Kishida", "the economy
    minister" does not)."""
    wanted = {t.lower_ for t in description or [] if t.pos_ in ("NOUN", "ADJ")}
    persons = [c for c in clusters if c.label == "PERSON"]
    # or a relation the article names someone by: "The mother of a 19-year-old … has
    # urged", then "His mother, Claire Turner" (not the 19-year-old named between)
    head = description.root.lower_ if description is not None else ""
    related = any((c.role or "").lower() == head for c in persons)
    if not wanted & nouns().roles and not related:
        return None
    owned = description is not None and any(c.dep_ == "poss" for c in description.root.children)
    holders = [c for c in persons if holds_role(spelled(c), wanted)]
    holders = [c for c in holders if not (owned and _of_another(c, wanted))]
    # and of the place it says: "the Florida senator" is no senator named without Florida
    places = {t.lower_ for t in description or [] if t.ent_type_ == "GPE" and t.dep_ != "poss"}
    holders = [c for c in holders if places <= set(f"{c.role} {c.affiliation}".lower().split())]
    return holders[0] if len(holders) == 1 else None


def _of_another(holder: EntityCluster, wanted: set[str]) -> bool:
    """Does the holder's role name a body of its own that the description does not ("its
    leader" is not the "Conservative group leader")?"""
    words = set((holder.role or "").lower().split()) - wanted
    return bool(words & nouns().kind_nouns())


def holds_role(role: str | None, wanted: set[str], said: set[str] | None = None) -> bool:
    """Does a person with ``role`` hold the office a description names with the words
    ``wanted`` (out of all it ``said``)? Every wanted word is in the role, and the role is
    no other office: "the chancellor" is not the "shadow chancellor", "the mayor" not the
    "former mayor", but "the vice president" is the "Vice President"."""
    words = set((role or "").lower().split())
    said = said or wanted
    offices = nouns().other_offices
    return bool(words) and (wanted | (said & offices)) <= words and not (words & offices) - said
