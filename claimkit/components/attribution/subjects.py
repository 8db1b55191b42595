"""The speaker token of a cue: its subject, a subject inherited from the verb above, a
passive agent, or the noun phrase the parser left before the cue.
"""

from __future__ import annotations

import re

from spacy.attrs import ORTH
from spacy.tokens import Doc, Token

from claimkit.components.attribution.appended import appended_subject, described_root
from claimkit.components.attribution.misparsed import description_before_cue, name_of_body
from claimkit.components.attribution.shared import (
    FINITE,
    SUBJECTS,
    TIMES,
    compound_subject,
    frame_of,
    has_subject,
    misread_noun,
)
from claimkit.components.mentions import is_age
from claimkit.components.records import (
    indices_of,
    on_headline,
    sentence_of,
    text_of,
    tokens_before,
)
from claimkit.lexicons import cues, nouns, sources

__all__ = [
    "clause_edges",
    "content_to_comma",
    "coordinated_report",
    "speaker_after_quote",
    "subject_of",
]

CLIMB = {"xcomp", "advcl", "conj", "pcomp", "prep", "acl"}
NOUN_PHRASE = {"DET", "ADJ", "NOUN", "PROPN", "NUM"}
NOUN_PHRASE_MAX = 8
#: A US legislator's party and state set off after the name, in AP style: ", R-S.D.,",
#: ", D-N.Y.,", ", I-Vt.," (or in brackets, which the parser keeps out of the way).
PARTY_STATE = re.compile(r",\s*[RDI]-[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?\s*,$")


def coordinated_report(tok: Token) -> Token | None:
    """The cue a finite cue is the speaker's next statement after, where the parser joined
    it to the verb of that cue's content: "He told reporters his team had switched off and
    said he would …" ("said" on "switched"). A verb of speech of the same tense as that cue,
    with no subject of its own, after a cue that opens what it reports."""
    if tok.dep_ != "conj" or tok.tag_ not in FINITE or has_subject(tok):
        return None
    upper = tok.head.head
    if tok.head.dep_ != "ccomp" or upper.tag_ != tok.tag_ or frame_of(upper) is None:
        return None
    if upper.i > tok.head.i:  # "X held a meeting and pledged …, the Sentinel reported"
        return None
    # a verb of speech: not "Sanders had ignored her call and instead attacked his rival"
    return upper if frame_of(tok) is not None and tok.lemma_.lower() in cues().speech else None


def subject_of(tok: Token) -> tuple[Token | None, Token | None]:
    """(speaker token, source noun) for a cue: its subject, passive agent, or inherited one."""
    upper = coordinated_report(tok)
    if upper is not None:
        return subject_of(upper)
    if _told_in_headline(tok):
        return None, None
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if len(subjects) > 1:  # "Biden, Rubio said on Monday, had ...": the nearest one speaks
        # (not a piece of a hyphenated word the parser split: "represents vice-[chancellors]")
        whole = [c for c in subjects if not c.is_punct and c.doc[c.i - 1].text != "-"]
        subjects = whole or subjects
        leading = [c for c in subjects if c.i < tok.i]
        # after the cue, a name over a fragment the parser split off ("said co-author
        # Elena Rossi" has subjects "co" and "Rossi")
        names = [c for c in subjects if c.pos_ == "PROPN"]
        return _word_end(leading[-1] if leading else (names or subjects)[0]), None
    for child in tok.children:
        if child.dep_ == "nsubj" and child.i > tok.i and on_headline(tok) and not _may_speak(child):
            return None, None  # a headline's "…, signals January hike": no inversion
        if child.dep_ == "nsubj":
            found = _name_before_description(child) or name_of_body(child)
            return found or description_before_cue(child, tok) or child, None
        if child.dep_ == "agent" and tok.tag_ != "VBD":  # (not an active verb's "by his son")
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj, None
    # poll shares: 'About 4 in 10 say …' (the parser reads "10" as a modifier of the verb)
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    if (
        before is not None
        and before.head.i == tok.i
        and before.dep_ in ("nummod", "npadvmod", "dep")
        and before.like_num
    ):
        return before, None
    if before is not None and before.head.i == tok.i and is_age(before):
        return before, None  # "The 45-year-old added ...", the age taken for a modifier
    if (found := compound_subject(tok)) is not None:
        return found, None  # a headline's "…, memo shows"
    # headline inversion: '…, says Kremlin' (the parser leaves the name as "dep", or a
    # name as a preposition: "…, says Nationwide")
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if (
        after is not None
        and not (before is not None and speaker_after_quote(before))
        and after.head.i == tok.i
        and after.pos_ in ("PROPN", "NOUN")
        and (
            after.dep_ in ("dep", "dobj", "attr", "npadvmod", "appos")
            or (after.dep_ == "prep" and after.pos_ == "PROPN")
        )
        and any(c.dep_ == "ccomp" and c.i < tok.i for c in tok.children)
    ):
        return after, None
    # a long subject the parser broke at a participle: "Majorities of Democrats in five
    # states going to the polls Tuesday say ..." (the subject hangs off "going", and the
    # cue off it as "dep", or "going" is the cue's clausal subject)
    gerund = next((c for c in tok.children if c.dep_ == "csubj" and c.tag_ == "VBG"), None)
    if gerund is None and tok.dep_ == "dep" and tok.head.i < tok.i and tok.tag_ in FINITE:
        gerund = tok.head
    if gerund is not None:
        subj = next((c for c in gerund.children if c.dep_ == "nsubj" and c.i < gerund.i), None)
        if subj is not None:
            return subj, None
    # 'Trump told Newsmax that Romney "had …," adding, "…"': the parser hangs the
    # participle on the reported verb; the one who adds is the one who told
    reported = tok.head
    if (
        tok.tag_ == "VBG"
        and tok.dep_ == "advcl"
        and reported.dep_ in ("ccomp", "parataxis")
        and not has_subject(tok)
        and frame_of(reported.head) is not None
    ):
        return subject_of(reported.head)
    contact = _contact_clause(tok)
    if contact is not None:
        return contact, None
    passive = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if passive is not None and passive.lower_ in cues().hearings:
        return passive, None  # what a hearing was told, as "heard": "The inquest was told"
    if passive is None and tok.tag_ in FINITE and tok.dep_ not in ("conj", "xcomp", "acl", "relcl"):
        named = _subject_by_position(tok)
        if named is not None:
            return named, None
    if (appended := appended_subject(tok) or described_root(tok)) is not None:
        return appended, None  # "…, the country's largest teaching union announced on Friday."
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ == "NOUN":
        return None, None  # "a video posted on social media": what was posted, no speaker
    if _passive_participle(tok):
        return None, None  # "Asked whether ..., Pryce said": Pryce is the one asked
    node, same_form = tok, True
    # climb: "was quoted as saying", "approved X and called on", "statement saying"
    for _ in range(4):
        if node.dep_ == "acl" and node.head.pos_ in ("NOUN", "PROPN"):
            noun = node.head
            gov = noun.head
            if noun.dep_ == "pobj" and gov.head.pos_ in ("VERB", "AUX") and not _may_speak(noun):
                gov = gov.head  # "spent his time on the stand attacking …": the one who
                # spent it (not "a group demanding …", nor "in a statement saying …")
            subj = next((c for c in gov.children if c.dep_ in SUBJECTS), None)
            if subj is None:
                return noun, None
            # "issued a statement saying": the medium; "blocked a plan …, saying" (the
            # parser's attachment): the judge says it, the plan is no medium of hers
            return subj, noun if _issued(gov, noun) else None
        if node.dep_ not in CLIMB or node.head is node:
            break
        if same_form and (controller := _object_control(node)) is not None:
            return controller, None  # "asked Trump to confirm that …": Trump confirms
        # (through verbs of one form: not "telling X to 'control …' and threatening to …")
        same_form = same_form and (node.dep_ != "conj" or node.tag_ == node.head.tag_)
        node = node.head
        if misread_noun(node):
            continue  # "apologised for … sewage spills …, telling MPs": not the spills
        subj = next((c for c in node.children if c.dep_ in SUBJECTS), None)
        # a participle set off after a relative clause is its sentence's: "A judge blocked
        # a law that would have banned …, ruling that it violated …" (the judge rules)
        # (or "whose": "Marine Le Pen, whose party backed the motion, accused …", the
        # name left the sentence's root noun: she accused)
        whose = subj is not None and any(c.tag_ == "WP$" for c in subj.children)
        relative = (
            subj is not None and node.dep_ == "relcl" and (subj.tag_ in ("WDT", "WP") or whose)
        )
        set_off = relative and tok.doc[tok.i - 1].text == ","
        if set_off and node.head.dep_ in ("dobj", "pobj"):
            gov = node.head.head
            subj = next((c for c in gov.children if c.dep_ in SUBJECTS), None)
        elif set_off and node.head.dep_ == "ROOT" and node.head.pos_ == "PROPN":
            subj = node.head
        if subj is not None:
            return subj, None
    return None, None  # a passive subject is who was told, asked or praised: no speaker


def _name_before_description(subj: Token) -> Token | None:
    """The name that opens the sentence before a description the parser made the subject
    ("Clean Air Now, a lobby group funded by health charities, said …", the name taken for
    a modifier of the cue): the name's last word, or None. The description is indefinite
    and set off by a comma right after a name of at most five capitalised words."""
    doc = subj.doc
    det = next((c for c in subj.children if c.dep_ == "det"), None)
    # or definite and set off on both sides: "RenewableUK, the industry body, said" (not
    # "Apple, the company said, will …", a name of the clause said)
    comma = subj.right_edge.i + (subj.right_edge.text != ",")
    set_off = comma + 1 == subj.head.i and doc[comma].text == ","
    articles = ("a", "an", "the") if set_off else ("a", "an")
    if subj.pos_ != "NOUN" or det is None or det.lower_ not in articles:
        return None
    start = sentence_of(doc, subj.i).start
    comma = det.i - 1  # (not the left edge: the parser may hang the name's words on it)
    words = doc[start:comma] if comma > start else None
    if words is None or doc[comma].text != "," or not 1 <= len(words) <= 5:
        return None
    named = all(t.text[:1].isupper() and (t.pos_ == "PROPN" or t.ent_type_) for t in words)
    if not named or any(t.ent_type_ in ("DATE", "TIME", "GPE", "LOC") for t in words):
        return None
    return words[-1]


def _object_control(xcomp: Token) -> Token | None:
    """The object before an infinitive that does what the infinitive says, after a verb
    that makes, asks or lets its object act ("urged members to vote", "had Trump
    confirm"), not a purpose ("joined 89 senators to reject", "used an ad to attack")."""
    verb = xcomp.head
    controls = cues().word_sets["object_control"] | cues().word_sets["infinitive_objects"]
    if xcomp.dep_ != "xcomp" or xcomp.tag_ != "VB" or verb.lemma_.lower() not in controls:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < xcomp.i), None)
    # who can be made to speak: a name, a person's pronoun, people ("urged voters to"), not
    # what serves a purpose ("used an expletive to describe", "did little to address")
    if obj is None:
        return None
    people = obj.ent_type_ in ("PERSON", "ORG", "NORP") or (
        obj.tag_ == "PRP" and obj.lower_ != "it"
    )
    return obj if people or obj.lemma_.lower() in nouns().speaker_nouns() else None


def _told_in_headline(tok: Token) -> bool:
    """A headline's "…, jury told", "…, MPs told": a verb that needs whom it tells, with
    none, the last word of its line; the headline's passive, its subject the one told."""
    frame = frame_of(tok)
    if frame is None or not frame.addressee or any(c.dep_ in frame.addressee for c in tok.children):
        return False
    text = text_of(tok.doc)
    end = text.find("\n", tok.idx)
    rest = text[tok.idx + len(tok.text) : len(text) if end == -1 else end]
    before = text.rfind("\n", 0, tok.idx)
    return not rest.strip(" .") and "," in text[before + 1 : tok.idx]


def _word_end(tok: Token) -> Token:
    """The last part of the hyphenated word a subject is a piece of: the parser split
    "The company's co-founder and chief executive, Lena Vogt, told …" into the subjects
    "co" and "-", and hung the rest of the phrase (and the name) on the last part."""
    end = tok
    while end.i + 1 < len(end.doc) and not end.whitespace_:
        after = end.nbor()
        if not ((end.text == "-" and after.is_alpha) or (end.is_alpha and after.text == "-")):
            break
        end = after
    return end if end.i != tok.i and end.is_alpha else tok


def _issued(verb: Token, noun: Token) -> bool:
    """Is ``noun`` a medium its subject put out through ``verb``: a statement or a post
    whatever the verb ("welcomed a statement saying" aside), a document only when issued
    ("released a report saying", "filed a lawsuit saying"; not "blocked a plan")?"""
    kind = sources().nouns.get(noun.lemma_.lower()) or sources().nouns.get(noun.lower_)
    if kind != "document":
        return kind is not None  # (no medium at all: "Saban calling agents 'pimps' is …")
    return verb.lemma_.lower() in sources().issuing_participles


def _passive_participle(tok: Token) -> bool:
    """A bare past participle before its clause or after "when" ("Asked whether ..., X
    said", "X said, when asked about ..."): its missing subject is the one addressed, not
    the speaker. "Having announced ..." (with its auxiliary) is active."""
    if tok.tag_ != "VBN" or tok.dep_ != "advcl" or has_subject(tok):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return False
    marks = {c.lower_ for c in tok.children if c.dep_ in ("mark", "advmod")}
    return tok.i < tok.head.i or bool(marks & cues().word_sets["participle_marks"])


def _in_noun_phrase(tok: Token) -> bool:
    """A word of a plain noun phrase: determiner, adjective, noun, number, possessive 's."""
    return tok.pos_ in NOUN_PHRASE or tok.tag_ == "POS"


def _noun_phrase_end(doc: Doc, start: int, stop: int) -> Token | None:
    """The head noun of a plain noun phrase that starts at token ``start`` and ends at a
    comma before ``stop``."""
    j = start
    while j < stop and j - start < NOUN_PHRASE_MAX and _in_noun_phrase(doc[j]):
        j += 1
    if j == start or j >= stop or doc[j].text != "," or doc[j - 1].pos_ not in ("NOUN", "PROPN"):
        return None
    return doc[j - 1]


def _contact_clause(tok: Token) -> Token | None:
    """The noun a relative clause with no "who" describes, where the parser took the
    preposition that clause strands for the cue's "to" ("Headteachers I spoke to said …",
    "teachers I have spoken to say …": not "I"): the verb before "to" has a pronoun for
    its subject, right after the noun; None for any other cue."""
    doc = tok.doc
    if tok.i < 3 or doc[tok.i - 1].lower_ != "to" or doc[tok.i - 1].head.i != tok.i:
        return None
    verb = doc[tok.i - 2]
    if tok.head.i != verb.i or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN"):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "PRON" or subj.i == 0:
        return None
    if any(t.pos_ not in ("AUX", "PART") for t in doc[subj.i + 1 : verb.i]):
        return None  # "I have spoken": only auxiliaries between
    noun = doc[subj.i - 1]
    reports = any(c.dep_ == "ccomp" for c in tok.children)
    return noun if noun.pos_ in ("NOUN", "PROPN") and reports else None


def _subject_by_position(tok: Token) -> Token | None:
    """The speaker of a finite cue the parser gave no subject, from word order alone: a
    noun phrase right after a comma and before the cue ('Tuesday in New York, while on the
    trail for his wife, former president Bill Clinton said …', which the parser took for an
    apposition), or a noun phrase that opens the sentence, then a phrase set off by commas,
    then the cue ('Jeffrey Salkin, a Hollywood, Fla., rabbi helping to organize the
    boycott, said …', with "rabbi" taken for a verb)."""
    doc = tok.doc
    sent = sentence_of(doc, tok.i)
    named = _name_read_as_adverb(doc, sent.start, tok)
    if named is not None:
        return named
    k = tok.i - 1
    while k > sent.start and (doc[k].pos_ == "ADV" or doc[k].ent_type_ in TIMES):
        k -= 1  # "…, last week said", "…, also said"
    k = _before_party_state(doc, sent.start, k)
    if k > sent.start and doc[k].pos_ in ("NOUN", "PROPN"):
        j = _noun_phrase_start(doc[k])
        if _named_after_quote(doc[k]):
            return doc[k]
        return doc[k] if j > sent.start and doc[j - 1].text == "," else None
    if k <= sent.start or doc[k].text != ",":
        return None
    paired = _pair_after_quote(doc[k - 1])
    if paired is not None:
        return paired
    after_opening = _set_off_after_opening(doc[k - 1])
    if after_opening is not None:
        return after_opening
    # a name set off right before the cue, after a phrase the parser hung it in ("Speaking
    # on … on Wednesday, the health secretary, Wes Streeting, said", an apposition of the day)
    name = doc[k - 1]  # (or with an age, whatever the model tagged it: "…, Ghosn, 72, said")
    aged = name.like_num and k - 3 > sent.start and doc[k - 2].text == ","
    name = doc[k - 3] if aged else name
    if name.pos_ == "PROPN" and (name.ent_type_ in ("PERSON", "ORG") or aged):
        j = _noun_phrase_start(name)
        if j > sent.start + 1 and doc[j - 1].text == "," and name.dep_ == "appos":
            return name
    first = sent.start
    while first < k and (doc[first].is_punct or doc[first].dep_ == "cc"):
        first += 1
    return _noun_phrase_end(doc, first, k)


def _name_read_as_adverb(doc: Doc, start: int, tok: Token) -> Token | None:
    """A name the tagger read as an adverb by its ending, opening the sentence right
    before the cue ("Chatterly said it would appeal"), where the text writes the word
    capitalised inside a sentence too ("fined messaging app Chatterly"); or None."""
    word = doc[tok.i - 1] if tok.i > start else None
    if word is None or word.i != start or word.pos_ != "ADV" or not word.is_title:
        return None
    same = (doc[i] for i in indices_of(doc, ORTH, (word.text,)) if i != word.i)
    return word if any(not t.is_sent_start and t.i > 0 for t in same) else None


def _before_party_state(doc: Doc, start: int, k: int) -> int:
    """The token before a party-and-state designation that ends at ``k`` ('"…," Thune,
    [R-S.D.,] said'): the name it follows is the noun phrase before the cue."""
    if doc[k].text != ",":
        return k
    j = k - 1
    while j > start and k - j <= 6 and doc[j].text != ",":
        j -= 1
    found = j > start and PARTY_STATE.fullmatch(doc[j : k + 1].text) is not None
    return j - 1 if found else k


def _set_off_after_opening(last: Token) -> Token | None:
    """The last noun phrase of a chain set off by commas after an opening prepositional
    phrase, right before the cue ('In an interview with public broadcaster NRK, Norway's
    climate minister, Andreas Eriksen, said …', which the parser hangs on the
    broadcaster as appositions): the subject, named by its last member."""
    doc = last.doc
    sent = sentence_of(doc, last.i)
    if last.pos_ not in ("NOUN", "PROPN") or doc[sent.start].pos_ not in ("ADP", "SCONJ"):
        return None
    j = _noun_phrase_start(last)
    return last if j > sent.start + 1 and doc[j - 1].text == "," else None


def _named_after_quote(last: Token) -> bool:
    """Does the noun phrase ending at ``last`` follow a quotation's close ('"…," chief
    executive Søren Lund told analysts', a name the parser takes into the quotation)?"""
    doc = last.doc
    j = _noun_phrase_start(last)
    return j > sentence_of(doc, last.i).start + 1 and doc[j - 1].is_quote and doc[j - 2].text == ","


def speaker_after_quote(before: Token) -> bool:
    """Does a speaker the parser took into a quotation end at ``before``, the token before
    the cue?"""
    if before.text == "," and before.i > 0:
        return _pair_after_quote(before.doc[before.i - 1]) is not None
    return _named_after_quote(before)


def _pair_after_quote(last: Token) -> Token | None:
    """The name of a description and a name set off by commas after a quotation's close
    ('"…," the gallery's curator, Dr Sarah Finch, told Reuters', which the parser takes
    into the quotation): the name, or the description when no name is in the pair."""
    doc = last.doc
    if last.pos_ not in ("NOUN", "PROPN"):
        return None
    j = _noun_phrase_start(last)
    first = doc[j - 2] if j - 2 > sentence_of(doc, last.i).start else None
    if first is None or doc[j - 1].text != "," or first.pos_ not in ("NOUN", "PROPN"):
        return None
    if not _named_after_quote(first):
        return None
    return last if last.pos_ == "PROPN" or first.pos_ != "PROPN" else first


def content_to_comma(doc: Doc, subj: Token, content: tuple[int, int]) -> tuple[int, int]:
    """A content before its speaker runs to the comma before the speaker's noun phrase,
    where the parser took words of it into the speaker's ("… approached by [a man], Avon
    and Somerset Police said": "a man" is the content's)."""
    j = _noun_phrase_start(subj)
    comma = doc[j - 1] if j > 0 else None
    if comma is None or comma.text != "," or not content[1] <= comma.idx or content[0] > comma.idx:
        return content
    between = doc[tokens_before(doc, content[1]) : comma.i]
    # words of a noun phrase only: no quotation's close, no description set off before a
    # name ('"…," the gallery's curator, Dr Sarah Finch, told'), no adverb ("to, now,")
    plain = all(_in_noun_phrase(t) for t in between) and 0 < len(between) <= NOUN_PHRASE_MAX
    return (content[0], comma.idx) if plain else content


def _noun_phrase_start(last: Token) -> int:
    """The first token of the plain noun phrase that ends at ``last``, within its sentence,
    and of the whole name it ends ("the Department of Health and Social Care")."""
    doc = last.doc
    start = sentence_of(doc, last.i).start
    j = last.i
    while j > start and doc[j].ent_iob_ == "I":
        j -= 1
    first = j
    while j > start and first - j < NOUN_PHRASE_MAX and _in_noun_phrase(doc[j - 1]):
        j -= 1
    # a name the model split at its "and": "[Avon] and [Somerset Police]"
    joined = j - 2 > start and doc[j - 1].lower_ == "and" and doc[j].pos_ == "PROPN"
    if joined and doc[j - 2].pos_ == "PROPN" and doc[j - 2].is_title:
        return _noun_phrase_start(doc[j - 2])
    return j


def clause_edges(tok: Token, subj: Token | None, limit: int) -> tuple[int, int]:
    """Start and end of the attribution clause; objects count only when they start before
    ``limit`` (the quote's opening), so 'praised "the efforts…"' ends at "praised"."""
    doc = tok.doc
    ranges = [(tok.i, tok.i)]
    if subj is not None:
        ranges.append((subj.left_edge.i, subj.right_edge.i))
    for c in tok.children:
        if c.dep_ in ("npadvmod", "tmod", "advmod", "aux", "neg", "prt"):
            ranges.append((c.i, c.i))
        elif c.dep_ in ("dative", "dobj", "agent", "prep") and c.left_edge.idx < limit - 1:
            ranges.append((c.left_edge.i, c.right_edge.i))
    stop = tokens_before(doc, limit - 1) - 1  # the last token that starts before the quote
    kept = [(a, min(b, stop)) for a, b in ranges if a <= stop] or [(tok.i, tok.i)]
    first = min(a for a, _ in kept)
    last = doc[max(b for _, b in kept)]
    return doc[first].idx, last.idx + len(last.text)


def _may_speak(noun: Token) -> bool:
    """Can a subject a headline sets after its cue speak ("…, says minister", "…, finds
    study", "…, warns union"): any but a common noun of no speaker's or document's class?"""
    if noun.pos_ != "NOUN" or noun.text[:1].isupper():
        return True  # (a name the tagger took for a noun: "…, says Rightmove")
    speakers, lemma = nouns().speaker_nouns(), noun.lemma_.lower()
    return lemma in speakers or noun.lower_ in speakers or lemma in sources().nouns
