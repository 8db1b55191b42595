"""When a statement was made, as the parse around it dates it: a time on the cue verb
("said Tuesday", "said on Tuesday"), on the medium ("in a statement on Tuesday", "results
published on Monday"), or on the event it was made at ("during Tuesday's hearing"; "the
hearing" after a dated mention of it; "a court heard on Tuesday … told the court").
"""

from __future__ import annotations

import itertools
import re

from spacy.tokens import Doc, Token

from claimkit.components.mediums import is_medium
from claimkit.components.records import SourceInfo
from claimkit.components.timed import dated_object, holiday
from claimkit.lexicons import sources
from claimkit.timebase import MONTHS, WEEKDAYS

__all__ = [
    "ago_on",
    "day_of_act",
    "event_date",
    "looks_back",
    "medium_time",
    "on_day",
    "past_perfect",
    "source_time",
    "time_on",
    "time_on_audience",
]

ISSUED_LOOKBACK = 200  # tokens back to the mention of a document someone issued
EVENT_LOOKBACK = 300  # tokens back to the dated mention of "the hearing"
YEAR = re.compile(r"(?:1[89]|20)\d\d")
CLAUSE_DEPTH = 6  # levels from a clause's last word up to its verb ("… in the square")
TIME_CLAUSES = ("when", "after", "before", "until", "while", "as")  # "when it struck …"
EVENT_DETS = {"the", "this", "that", "its", "their", "his", "her"}  # an event named before
BARE_AT = ("outside", "after")  # a bare event noun after these is one named before
THAT_UNITS = ("day", "week", "month", "year")  # "later that day": the unit of a day named before


def time_on(tok: Token) -> int | None:
    """The time token among a verb's own modifiers: "said Tuesday", "said on Tuesday",
    "Earlier on Wednesday, X said", "said late on Saturday" (the time hung on the adverb),
    "said 'no deal' on Friday" (hung on the quoted object, after its closing mark)."""
    for child in [*tok.children, *_after_quoted_object(tok)]:
        if child.i > tok.i and _ends_a_time_clause(child, tok):
            continue  # "said that the truck … struck the crowd about 10:30 p.m."
        quoted = child.i > tok.i and _opens_quotation(child)  # 'pledged "today, tomorrow"'
        # (or "Later that day, X said", a time the model leaves untagged after a break)
        that_unit = child.lower_ in THAT_UNITS and any(c.lower_ == "that" for c in child.children)
        if (
            child.dep_ in ("npadvmod", "tmod")
            and (child.ent_type_ in ("DATE", "TIME") or that_unit)
            and not quoted
        ):
            return child.i
        if child.dep_ == "advmod" and child.lower_ in ("earlier", "later", "late", "early"):
            # "Earlier on Wednesday", "late on Saturday", not "a week earlier" (a length)
            length = any(c.dep_ == "npadvmod" for c in child.children)
            found = None if length else time_on(child)
            if found is not None:
                return found
        if child.dep_ == "prep" and child.lower_ in ("on", "in", "at", "during", "over"):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            # an occasion's day: "at [Tuesday night's] board meeting", "during Tuesday's
            # hearing"; not "a finish in last week's caucus", a topic
            day = next((c for c in pobj.children if c.dep_ == "poss"), None) if pobj else None
            occasion = child.lower_ in ("at", "during") and day is not None
            if occasion and day is not None and day.ent_type_ in ("DATE", "TIME"):
                return day.i
            # not "in [an interview last week]", the model's wide date, nor "on [X last
            # night]", a platform the model took into the time
            dated = pobj is not None and (pobj.ent_type_ in ("DATE", "TIME") or holiday(pobj))
            # "told reporters later in the day", which the model leaves untagged
            dated = dated or (pobj is not None and _in_the_unit(child, pobj))
            if pobj is None or not dated or pobj.lemma_ == "age":
                continue  # (nor "at the age of 29", an age)
            if child.lower_ == "on" and pobj.like_num:
                continue  # "looking back on 2019": a year is a topic after "on", no time
            if child.lower_ == "over" and _a_stretch(pobj):
                continue  # "over the weekend", not "over the years", "over the past year"
            after_object = any(c.dep_ == "dobj" and c.i < child.i for c in tok.children)
            if child.lower_ == "in" and tok.tag_ in ("VBZ", "VBP") and after_object:
                continue  # "denies manslaughter over a death in March 2024": the present
                # tense says now; "in" a past month after its object is the object's, hung
                # on the verb (not "In April, a poll says …")
            if not is_medium(pobj) and pobj.lower_ not in sources().platforms:
                return pobj.i
    return _after_subject(tok)


def _after_subject(verb: Token) -> int | None:
    """The day the parser hung on a verb's subject, right before the verb ("Mayor Brandon
    Johnson [on Tuesday] unveiled …"), or None."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    preps = (p for p in (subj.children if subj is not None else ()) if p.dep_ == "prep")
    return next((t.i for p in preps for t in p.children if on_day(t, verb.i - 1)), None)


def on_day(tok: Token, end: int) -> bool:
    """Is ``tok`` a day named after "on", its phrase ending at token ``end`` (not a bare
    year: "looking back on 2019" is a topic)?"""
    dated = tok.ent_type_ == "DATE" and not tok.like_num
    return tok.dep_ == "pobj" and tok.head.lower_ == "on" and tok.right_edge.i == end and dated


def _ends_a_time_clause(child: Token, verb: Token) -> bool:
    """Does ``child``, hung on ``verb`` after it, come right after the last word of a clause
    of time inside what the verb reports ("when it struck the crowd [about 10:30 p.m.]",
    "after the vote [on Tuesday]"), which it completes: the parser reached over that clause
    to the verb."""
    doc = child.doc
    start = child.left_edge.i
    if start == 0 or doc[start - 1].is_punct:
        return False  # set off by a comma: the verb's ("…, he said on Tuesday")
    last = doc[start - 1]  # a clause's last word lies a few levels below its verb
    for node in itertools.islice(itertools.chain([last], last.ancestors), CLAUSE_DEPTH):
        if node.i == verb.i:
            return False
        marked = any(
            c.dep_ in ("advmod", "mark") and c.lower_ in TIME_CLAUSES for c in node.children
        )
        if node.dep_ == "advcl" and node.right_edge.i == last.i and marked:
            return True
    return False


def _a_stretch(noun: Token) -> bool:
    """Is the time ``noun`` a stretch counted back or in units ("the years", "the past
    year", "three days"), not a time something was said in ("the weekend")?"""
    counted = ("past", "last", "next", "coming", "previous")
    return noun.tag_ in ("NNS", "NNPS") or any(
        c.lower_ in counted or c.like_num for c in noun.children
    )


def _opens_quotation(phrase: Token) -> bool:
    """Does a quotation open right before ``phrase`` (its words are the speaker's)?"""
    i = phrase.left_edge.i
    if i == 0 or not phrase.doc[i - 1].is_quote:
        return False
    mark = phrase.doc[i - 1]
    return mark.text in "“‘" or (
        mark.whitespace_ == "" and (i < 2 or mark.doc[i - 2].whitespace_ != "")
    )


def _after_quoted_object(verb: Token) -> list[Token]:
    """The phrases the parser hung on a verb's quoted object after the quote closed: they
    are the verb's ("said 'no deal' on Friday")."""
    doc = verb.doc
    quoted = [
        o
        for o in verb.children
        if o.dep_ == "dobj" and o.left_edge.i > 0 and doc[o.left_edge.i - 1].is_quote
    ]
    return [
        p
        for o in quoted
        for p in o.children
        if p.dep_ == "prep" and p.i > o.i and doc[p.i - 1].is_quote
    ]


def time_on_audience(clause: Token) -> int | None:
    """The time the parser hung on the object or the audience of a clause that says how a
    statement was made: "Appearing before [the committee on Wednesday]", "Giving evidence
    to [the inquiry on Tuesday]" (not "talking about [the attack on Monday]", a topic)."""
    heard = (c for c in clause.children if c.dep_ in ("dative", "prep"))
    audiences = [p for c in heard if c.lower_ in ("to", "before") for p in c.children]
    objects = [c for c in clause.children if c.dep_ == "dobj"]
    return next((t for c in objects + audiences if (t := time_on(c)) is not None), None)


def ago_on(cue: Token) -> int | None:
    """The "ago" of a time a cue says right after it or after its sentence's opening time
    ("said two weeks ago", "Two weeks ago, he said"); not one the parser hung on the cue
    from further off, nor one before a parenthetical cue, which is its content's ("Six
    months ago, the senator said, the media ignored him")."""
    doc = cue.doc
    for child in cue.children:
        if child.dep_ != "advmod" or child.lower_ != "ago" or child.ent_type_ != "DATE":
            continue
        first = child.left_edge
        subj = next((c for c in cue.children if c.dep_ == "nsubj"), None)
        opening = (
            first.is_sent_start
            and doc[child.i + 1].text == ","
            and subj is not None
            and subj.left_edge.i == child.i + 2
            and not (cue.i + 1 < len(doc) and doc[cue.i + 1].text == ",")
        )
        if first.i == cue.i + 1 or opening:
            return child.i
    return None


def looks_back(doc: Doc, i: int) -> bool:
    """Is the time at token ``i`` a year or a month with no day or week in it ("last
    year", "in 2019", "In January"): a look back, whose occasion is not the one a later
    plain "said" goes on reporting?"""
    start, end = i, i + 1  # the entity around it, read from the tokens' IOB marks
    while doc[start].ent_iob_ == "I" and start > 0:
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    ent = doc[start:end]
    words = [t.lower_.rstrip(".") for t in ent]
    coarse = any(w in ("year", "month") or w in MONTHS or YEAR.fullmatch(w) for w in words)
    fine = any(
        w in WEEKDAYS or w in ("week", "day", "yesterday", "today", "tonight", "weekend")
        for w in words
    )
    days = any(t.like_num and not YEAR.fullmatch(t.text) for t in ent)
    return coarse and not fine and not days


def source_time(doc: Doc, source: SourceInfo) -> int | None:
    """The token of the time given to a source ("in a statement on Tuesday"), if any."""
    if source.span is None:
        return None
    head = doc.char_span(*source.span, alignment_mode="expand")
    if head is None:
        return None
    for prep in _dating_preps(head.root):
        if (t := dated_object(prep)) is not None:
            return t.i
    # (or a document's name that ends in its noun: "its latest Monetary Policy Report,
    # published last month")
    named = head.root.pos_ == "PROPN" and is_medium(head.root)
    found = _date_of(head.root) if head.root.pos_ == "NOUN" or named else None
    found = found if found is not None else _set_off_issued(head.root)
    return found if found is not None else _issued_time(head.root)


def _set_off_issued(noun: Token) -> int | None:
    """The date of a participle of issuing set off right after an opening medium, which the
    parser hung on the verb ("In its winter outlook, published on Tuesday, the operator
    said"), or None."""
    if noun.dep_ != "pobj":
        return None
    doc, verb = noun.doc, noun.head.head
    for c in verb.children:
        after = c.left_edge.i - 2 == noun.right_edge.i and doc[c.left_edge.i - 1].text == ","
        issued = c.lemma_.lower() in sources().issuing_participles
        if c.dep_ == "advcl" and c.tag_ == "VBN" and after and issued:
            return _date_of(c, put_out=True)
    return None


def _dating_preps(noun: Token) -> list[Token]:
    """The phrases that may date a source noun: its own ("a statement on Tuesday"), those
    under "late" or "early" ("a filing late on Thursday"), and those the parser hung on
    whom it went to ("a note to clients on Friday", "a filing with the regulator on
    Thursday"; not "a statement about the attack on Tuesday", the attack's day)."""
    found = []
    # (or on the preposition the noun is the object of: "In a note to clients on Friday")
    heads = [noun, noun.head] if noun.dep_ == "pobj" else [noun]
    for c in (c for h in heads for c in h.children if c is not noun):
        found.append(c)
        if c.dep_ == "advmod" and c.lower_ in ("late", "early"):
            found += c.children
        if c.dep_ == "prep" and c.lower_ in ("to", "with"):
            found += c.children
            found += (g for o in c.children if o.dep_ == "pobj" for g in o.children)
    return found


def _issued_time(noun: Token) -> int | None:
    """For "the statement", the time of the latest earlier mention of the same noun that
    someone issued on a day ("The Home Office issued a statement on Monday. The statement
    said …"), or None."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children):
        return None
    doc = noun.doc
    for earlier in reversed(doc[max(0, noun.i - ISSUED_LOOKBACK) : noun.i]):
        if earlier.pos_ != "NOUN" or earlier.lemma_ != noun.lemma_:
            continue
        verb = earlier.head
        issued = earlier.dep_ == "dobj" and verb.lemma_.lower() in sources().issuing_participles
        return time_on(verb) if issued else None
    return None


def medium_time(noun: Token) -> int | None:
    """The time of a medium the words came through, where the text dates it: "according
    to results published on Monday", "in a statement this afternoon"."""
    return event_date(noun) if noun.pos_ == "NOUN" and is_medium(noun) else None


def _date_of(noun: Token, put_out: bool = False) -> int | None:
    """The date token that names an event's day: "Tuesday's hearing", "the hearing on
    Tuesday", "a hearing in January", "a report published in 2019" (not a length: "the
    two-hour service", "this week's debate" is a span). A year dates only a participle of
    issuing (``put_out``) or an interview or statement."""
    for c in noun.children:
        if c.ent_type_ in ("DATE", "TIME") and c.dep_ == "poss" and c.pos_ == "PROPN":
            return c.i  # "Tuesday's hearing"
        if c.dep_ == "compound" and (c.lower_ in WEEKDAYS or c.lower_.rstrip(".") in MONTHS):
            return c.i  # "a Tuesday statement", "a July interview"; not "the Today programme"
        if c.dep_ in ("compound", "nummod") and c.ent_type_ == "DATE" and YEAR.fullmatch(c.text):
            return c.i  # "a 2015 interview"
        if c.ent_type_ in ("DATE", "TIME") and c.dep_ == "npadvmod":
            return c.i  # "a statement this afternoon"
        if c.dep_ == "prep" and c.lower_ in ("on", "in"):
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            # "on Tuesday"; "in January" (a month, not "in recent weeks", a length)
            dated = pobj if pobj is not None and pobj.ent_type_ in ("DATE", "TIME") else None
            month = dated is not None and dated.lower_.rstrip(".") in MONTHS
            # a year only of what was issued or said then ("published in 2019", "an
            # interview in 2013"), not of records ("records in 2011 show": of 2011)
            said = put_out or sources().nouns.get(noun.lemma_.lower()) in ("interview", "statement")
            year = said and dated is not None and YEAR.fullmatch(dated.text) is not None
            if dated is not None and (c.lower_ == "on" or month or year):
                return dated.i
            if pobj is not None and pobj.pos_ == "NOUN" and is_medium(pobj):
                found = _date_of(pobj)  # "an update on its website on Thursday"
                if found is not None:
                    return found
        if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in sources().issuing_participles:
            found = _date_of(c, put_out=True)  # "results published on Monday", "a report
            # released Tuesday", "an interview, which aired on Saturday"
            if found is not None:
                return found
        pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
        nearer = c.lower_ in ("of", "from") and noun.pos_ == "NOUN"
        if c.dep_ == "prep" and nearer and pobj is not None:
            # "an analysis of satellite images published on Thursday", "figures from the
            # Office for National Statistics released on Wednesday": the parser hangs the
            # participle on the nearer noun, or on the last word of a name
            ends = [t for t in pobj.subtree if t.i + 1 < len(t.doc) and t.nbor().head.i == t.i]
            for near in (pobj, *(t for t in ends if t.i != pobj.i)):
                found = _issued_on(near, ("acl",), put_out=True)
                if found is not None:
                    return found
        if c.dep_ == "prep" and c.lower_ in ("with", "to") and noun.pos_ == "NOUN":
            # "an interview with the Financial Times published on Sunday" ("…, which aired
            # on Saturday"), "a letter to shareholders sent on Tuesday": the parser hangs
            # the participle on the outlet or the addressee (not "in response to a letter
            # sent on Monday": another document's day)
            ok = pobj is not None and (c.lower_ == "with" or not is_medium(pobj))
            found = _issued_on(pobj, ("acl", "relcl")) if pobj is not None and ok else None
            if found is not None:
                return found
        if c.dep_ == "relcl" and noun.pos_ == "NOUN" and c.i == noun.i + 2:
            # "a letter to head teachers sent on Thursday", "a memo to store managers": the
            # parser read the addressee's first noun as a verb after "to"
            to = any(a.dep_ == "aux" and a.lower_ == "to" and a.i == noun.i + 1 for a in c.children)
            obj = next((g for g in c.children if g.dep_ == "dobj"), None) if to else None
            found = _issued_on(obj, ("acl", "relcl")) if obj is not None else None
            if found is not None:
                return found
    return None


def _issued_on(noun: Token, deps: tuple[str, ...], put_out: bool = False) -> int | None:
    """The date of a participle of issuing that the parser hung on ``noun`` as one of
    ``deps`` ("images [published on Thursday]"), or None."""
    issuing = sources().issuing_participles
    for g in noun.children:
        if g.dep_ in deps and g.lemma_.lower() in issuing:
            found = _date_of(g, put_out)
            if found is not None:
                return found
    return None


def event_date(noun: Token) -> int | None:
    """The date of the event a statement was made at: its own ("during Tuesday's
    hearing"), or, for "the hearing", that of the latest earlier mention of the same noun
    with a date ("Residents packed Tuesday's hearing. ... Speaking during the hearing"),
    or of another noun of its class ("Sunday's win … told Sky Sports after the game"),
    or as the subject of the event's verb ("a court heard on Tuesday … told the court")."""
    found = _date_of(noun)
    taken_up = any(c.lower_ in EVENT_DETS for c in noun.children if c.dep_ in ("det", "poss"))
    # or bare after a place's preposition: "Speaking outside court" (the court's day)
    bare = noun.tag_ == "NN" and not any(c.dep_ in ("det", "poss") for c in noun.children)
    at = (noun.head, *noun.children)  # (the parser may hang "outside" on the noun)
    taken_up = taken_up or (bare and any(t.lower_ in BARE_AT and t.tag_ == "IN" for t in at))
    if found is not None or not taken_up:
        return found
    doc = noun.doc
    lemma = noun.lemma_.lower()
    verb = sources().event_verbs.get(lemma)
    # only a noun of an event or a medium takes up an earlier mention: "told reporters at
    # the port" is no event of "an accident at the port of Piraeus last week"
    if verb is None and lemma not in sources().event_nouns and lemma not in sources().nouns:
        return None
    # one event by any noun of its class: "Sunday's win … after the game"
    event = sources().event_nouns.get(lemma, lemma)
    for earlier in reversed(doc[max(0, noun.i - EVENT_LOOKBACK) : noun.i]):
        said = earlier.lemma_.lower()
        same = sources().event_nouns.get(said, said) == event
        # or the last word of a name: "appeared at Cardiff Crown Court on Tuesday … told the
        # court"
        named = earlier.pos_ == "PROPN" and earlier.dep_ not in ("compound", "flat")
        if (earlier.pos_ == "NOUN" or named) and same and _told_as_before(earlier):
            return None  # "had admitted the charges at Crown Court in October": an earlier one
        if (earlier.pos_ == "NOUN" or named) and same:
            # "a court heard on Tuesday … told the court": the subject of the event's verb
            heard = earlier.dep_ == "nsubj" and earlier.head.lemma_.lower() == verb
            # "survived a no-confidence vote on Thursday … after the vote": the day of
            # the verb the event is the object of
            held = earlier.dep_ in ("dobj", "nsubjpass") and earlier.head.pos_ == "VERB"
            found = (
                _date_of(earlier)
                or _date_of_place(earlier)
                or (time_on(earlier.head) if heard or held else None)
            )
            if found is not None or not _bare(earlier):
                return found  # (past a bare "the vote" only: "the new poll" is another)
        if verb is not None and earlier.pos_ == "VERB" and earlier.lemma_.lower() == verb:
            found = time_on(earlier)  # "a court ruled on Wednesday ... in their ruling"
            # or, undated, its subject's event: "The court heard that …" after "appeared
            # before Hexley Magistrates' Court on Thursday"
            subj = next((c for c in earlier.children if c.dep_ == "nsubj"), None)
            if found is None and subj is not None and subj.pos_ == "NOUN":
                found = event_date(subj)
            if found is not None:
                return found
    return None


def _in_the_unit(prep: Token, pobj: Token) -> bool:
    """Is ``prep`` "in" with "earlier" or "later" before it and a bare unit of time after
    ("later in the day")?"""
    units = ("day", "week", "month", "year")
    later = any(c.dep_ == "advmod" and c.lower_ in ("earlier", "later") for c in prep.children)
    return prep.lower_ == "in" and later and pobj.lower_ in units


def _told_as_before(noun: Token) -> bool:
    """Is ``noun`` in a past perfect clause ("Cole had admitted six counts at Crown Court in
    October"), which tells of an event before the story's own?"""
    verb = next((h for h in noun.ancestors if h.pos_ in ("VERB", "AUX")), None)
    return verb is not None and past_perfect(verb)


def past_perfect(verb: Token) -> bool:
    """Is ``verb`` in the past perfect ("had told the court"): a time before the story's?"""
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def _bare(noun: Token) -> bool:
    """Is ``noun`` a definite mention with no modifier ("told the board before the vote"),
    which takes up the same event as the mention before it?"""
    kids = list(noun.children)
    definite = any(c.dep_ == "det" and c.lower_ in EVENT_DETS for c in kids)
    return definite and not any(c.dep_ in ("amod", "compound", "nmod", "nummod") for c in kids)


def _date_of_place(noun: Token) -> int | None:
    """The date of what happened at an event: "approved at a meeting ... on Thursday"
    dates the meeting, when the parser hung the date on the verb."""
    prep = noun.head
    places = ("at", "during", "before")  # (and a court appeared before)
    if noun.dep_ != "pobj" or prep.lower_ not in places:
        return None
    # (or on its object: "pleaded guilty to 12 charges at Brighton Magistrates' Court on
    # Tuesday", the verb's day)
    verb = next((a for a in prep.ancestors if a.pos_ == "VERB"), None)
    return time_on(verb) if verb is not None else None


def day_of_act(verb: Token) -> int | None:
    """The day of what a verb tells, its own or hung on its object ("faced questions from
    MPs [on Wednesday]")."""
    found = time_on(verb)
    for obj in (c for c in verb.children if c.dep_ == "dobj" and found is None):
        days = (p for p in obj.children if p.dep_ == "prep")
        found = next((t.i for p in days for t in p.children if on_day(t, p.right_edge.i)), None)
    return found
