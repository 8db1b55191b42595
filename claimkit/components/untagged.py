"""Names the small model left untagged or tagged in part, added to ``doc.ents`` before
entities are clustered: an organisation the article describes by a kind ("Cloudhaven, a
cloud-storage firm"), a person after a title ("Environment Minister Per Lindqvist") or
described by their work ("Clive Black, an analyst at Shore Capital") or whose surname the
text repeats alone ("Mikel Arteta" … "Arteta"), a
transcript's turn names, a name's words before the part the model tagged
("Alzheimer's Research [UK]"), a name the model tagged once, where the text repeats it
untagged, a name before its own initials in brackets ("Scottish and Southern Electricity
Networks (SSEN)") and one with a person's letters after it ("Nadia Corrigan KC").
"""

from __future__ import annotations

from collections.abc import Iterable

import spacy
from spacy.attrs import LOWER, POS
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from claimkit.components.descriptions import (
    kind_noun,
    plain_words,
    reporter_described,
    spoken_of_as_company,
    taken_up_by_which,
    title_words,
)
from claimkit.components.nameforms import (
    joined_by_and,
    listed_fields,
    particle_cut,
    particle_joined,
    proper_chain,
    proper_word,
    whole_company,
)
from claimkit.components.namekeys import name_ending
from claimkit.components.personnames import (
    described_person,
    full_names_end,
    known_surname,
    lone_names,
    surname_person,
    title_case_line,
    titled_person,
    turn_persons,
)
from claimkit.components.records import cache_of, in_word_hyphen, indices_of, opens_line, text_of
from claimkit.components.runnames import (
    false_title,
    initialled,
    lettered_person,
    surnames_given,
    titled_surname,
    trailing_person,
    untitled_body,
)
from claimkit.lexicons import nouns

__all__ = ["PLACES", "name_untagged", "untagged_name_after"]

PLACES = {"GPE", "LOC", "NORP", "DATE", "TIME", "CARDINAL"}


def name_untagged(doc: Doc) -> None:
    """Add to ``doc.ents`` the organisations the model left untagged that the article
    describes by a kind: "Cloudhaven, a cloud-storage firm based in Dublin", "Fjordlaks is
    the country's fifth-largest producer", "electronics maker Lumen", or whose name ends as
    a company's ("Harbour Water"). Made-up and little-known names are often missed by the
    small model, and a description ("the firm said") needs them."""
    kinds = nouns().kind_nouns()
    found: list[Span] = []
    alone = lone_names(doc)
    full_names = full_names_end(doc)
    # proper and common nouns (a name in camel case is tagged a noun)
    for tok in (doc[i] for i in indices_of(doc, POS, ("PROPN", "NOUN"))):
        if not proper_word(tok) or tok.ent_type_ or tok.dep_ in ("compound", "flat"):
            continue
        titled = titled_person(tok) or described_person(tok) or surname_person(tok, alone)
        titled = titled or known_surname(
            tok, full_names
        )  # "Paul Redding" … "Redding, 47, had been"
        if titled is not None:
            found.append(titled)
            continue
        described = [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        if tok.dep_ == "nsubj" and tok.head.lemma_ == "be":
            described += [c for c in tok.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"]
        described += reporter_described(tok)  # "Flixnet is raising …, the company said"
        # "a cloud-storage firm", "the country's fifth-largest producer": a description
        # with its article, not a menu's "World | Legal | Business"; or a kind noun right
        # before the name in a clause ("Consumer electronics maker Lumen on Wednesday ...")
        before = doc[tok.i - 1] if tok.i else None
        titled_kind = (
            before is not None
            and before.pos_ == "NOUN"
            and before.lemma_.lower() in kinds
            and (
                (before.head.i == tok.i and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"))
                or (tok.dep_ == "appos" and tok.head.i == before.i)  # the parser's apposition
            )
        )
        chain = proper_chain(tok)
        chain = doc[_for_a_name(chain) : _of_a_name(chain)]  # "The Diocese of Carlisle"
        # "Harbour Water today announced …": a name that ends as a company's, or in a
        # capitalised body's noun after untagged or place names ("Thames Valley Police")
        body = tok.lower_ in nouns().organisations and chain[0].ent_type_ in ("", "GPE", "LOC")
        ending = len(chain) > 1 and (name_ending(tok.lower_) or (body and tok.is_title))
        # "China General Nuclear, which owns a third …": a thing, whose speaking is a body's
        which = len(chain) > 1 and taken_up_by_which(chain)
        which = which or spoken_of_as_company(chain) or _speaks_as_it(tok)
        # "The national meteorology institute, Inmet, said", "The regulator, the Housing
        # Ombudsman, said": set off beside a kind noun
        head, lead = tok.head, chain.start - (doc[chain.start - 1].lower_ == "the")
        beside = tok.dep_ == "appos" and head.i < tok.i and doc[lead - 1].text == ","
        which = which or (beside and head.is_lower and kind_noun(head) is not None)
        if _kind_first(chain, alone):
            chain, titled_kind = chain[1:], True  # "Developer Oakfield Homes" … "Oakfield"
        if not (titled_kind or ending or which) and not any(
            c.lemma_.lower() in kinds and any(g.dep_ in ("det", "poss") for g in c.children)
            for c in described
        ):
            continue
        start = chain.start  # across an ampersand: "Crumbs & Co, the bakery chain"
        while start > 1 and doc[start - 1].text == "&" and doc[start - 2].pos_ == "PROPN":
            start -= 2
        chain = doc[start : chain.end]
        place_led = body and chain[0].ent_iob_ == "B"  # "[Wrexham County] Borough Council"
        if all(not t.ent_type_ or (place_led and t.ent_type_ in ("GPE", "LOC")) for t in chain):
            found.append(Span(doc, chain.start, chain.end, label="ORG"))
    # a name of two places joined by "and" wins over a part of it found above
    before_and = (doc[i - 1] for i in indices_of(doc, LOWER, ("and",)) if i > 0)
    joined = [j for j in map(joined_by_and, before_and) if j is not None]
    in_joined = _tokens(joined)
    found = [*(f for f in found if not in_joined & _tokens([f])), *joined]
    spelled = initialled(doc)  # and a name before its initials wins over both
    in_spelled = _tokens(spelled)
    found = [*(f for f in found if not in_spelled & _tokens([f])), *spelled]
    found = _unless_named(found, turn_persons(doc))
    for repair in (_widened, _completed):
        found = _unless_named(found, map(repair, doc.ents))
    found = _unless_named(found, _repeated(doc, found))
    # a person's name the model labelled otherwise; a body's name run into its false title
    for repaired in (lettered_person, titled_surname, untitled_body):
        found = _unless_named(found, map(repaired, doc.ents))
    surnames = surnames_given(doc)
    for person, place in filter(None, (trailing_person(e, surnames) for e in doc.ents)):
        found = _unless_named(found, [person, place])  # never over a name found above
    if found:
        taken = _tokens(found)  # a turn label replaces the model's entity there
        kept = [e for e in doc.ents if not taken & _tokens([e])]
        doc.ents = sorted([*kept, *found], key=lambda e: e.start)
        cache_of(doc).ents = cache_of(doc).interviews = None  # stale with the entities
        cache_of(doc).unnamed.clear()


def _unless_named(found: list[Span], more: Iterable[Span | None]) -> list[Span]:
    """``found`` and each span of ``more`` that overlaps none of it."""
    named = _tokens(found)
    return [*found, *(m for m in more if m is not None and not named & _tokens([m]))]


def _completed(ent: Span) -> Span | None:
    """An organisation's name the model cut inside it, with the proper nouns it goes on
    with: after a last "of" or "for" ("The Royal College of Surgeons of [Edinburgh]"), or
    after "and", joined to a word inside the name ("National Commission for Museums [and
    Monuments]"), a channel's number ("BBC [One]"), the words its last one modifies
    ("[The Association of Ambulance] Chief Executives"), or a name's ending after any name
    the model cut ("[Leeds] United"); None when it goes on with none."""
    doc = ent.doc
    if ent.end >= len(doc):
        return None
    end = ent.end
    after = doc[end]
    # any name the model cut before a club's or company's ending: "[Leeds] United" (its
    # "product"), "[Tollcross] Brewing", "[Southern Coast] Water" (its "place")
    ending = after.is_title and not after.ent_type_ and name_ending(after.lower_)
    if ending and ent.label_ in ("ORG", "PRODUCT", "GPE", "LOC", "NORP", "FAC"):
        return Span(doc, ent.start, end + 1, label="ORG")
    if ent.label_ == "PERSON" and _surname_cut(ent):
        return Span(doc, ent.start, end + 1, label="PERSON")  # "[Nuno Espirito] Santo"
    if ent.label_ == "PERSON" and len(ent) > 1 and particle_cut(ent):
        return Span(doc, ent.start, end + 1, label="PERSON")  # "[Ursula von der] Leyen"
    if (joined := particle_joined(ent)) is not None:  # "[Prince Abdulaziz] [bin Salman]"
        return Span(doc, ent.start, joined, label="PERSON")
    listed = listed_fields(ent)  # "[The Department for Culture], Media and Sport"
    if ent.label_ != "ORG" or listed is not None:
        return Span(doc, ent.start, listed, label="ORG") if listed is not None else None
    head = ent[-1].head.i  # "[The Association of Ambulance] Chief Executives": the
    # name's last word modifies capitalised words after it, past its "of"
    inside = any(t.lower_ in ("of", "for") for t in ent[1:-1]) and ent[-1].dep_ == "compound"
    if inside and head >= end and all(t.is_title and not t.ent_type_ for t in doc[end : head + 1]):
        return Span(doc, ent.start, head + 1, label="ORG")
    if ent[-1].lower_ in ("of", "for") and doc[end].pos_ == "PROPN":
        end += 1
    elif (
        doc[end].lower_ == "and"
        and end + 1 < len(doc)
        and doc[end + 1].pos_ == "PROPN"
        and doc[end + 1].dep_ == "conj"
        and ent.start <= doc[end + 1].head.i < ent.end
        and doc[end + 1].head.i != ent.root.i
    ):
        end += 2
    elif doc[end].tag_ == "CD" and doc[end].is_alpha and doc[end].is_title and ent[-1].is_upper:
        return Span(doc, ent.start, end + 1, label="ORG")  # a channel: "BBC [One]"
    elif _of_whom(ent):
        end += 1  # a body's kind and what it is of: "[The Royal College] of GPs"
    elif _branch(ent):
        return Span(doc, ent.start, end + 1, label="ORG")  # "[Greenpeace] [Brazil]"
    else:
        return None
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
        end += 1
    return Span(doc, ent.start, end, label="ORG")


def _branch(ent: Span) -> bool:
    """Is an organisation's name followed by a one-word place that its name modifies, its
    national branch ("[Greenpeace] [Brazil] said", "Amnesty International [UK]")?"""
    doc, end = ent.doc, ent.end
    place = doc[end] if end < len(doc) else None
    if place is None or place.ent_type_ != "GPE" or place.ent_iob_ != "B":
        return False
    alone = end + 1 == len(doc) or doc[end + 1].ent_iob_ != "I"
    return alone and ent.root.dep_ == "compound" and ent.root.head.i == end


def _of_whom(ent: Span) -> bool:
    """Does an organisation's name that ends in its kind noun go on with "of" or "for" and
    a proper noun the model left out ("[The Royal College] of GPs")?"""
    doc, end = ent.doc, ent.end
    if end + 1 >= len(doc) or doc[end].lower_ not in ("of", "for") or kind_noun(ent[-1]) is None:
        return False
    after = doc[end + 1]
    untagged = not after.ent_type_ or after.ent_type_ in ("GPE", "LOC")
    return after.pos_ == "PROPN" and after.text[:1].isupper() and untagged and ent[-1].is_title


def _surname_cut(ent: Span) -> bool:
    """Is the word after a person's name its last, which the model left out and the parser
    made the name's head ("Manager [Nuno Espirito] Santo said"): a capitalised proper noun,
    no body's or place's word ("Clinton Foundation", "Trump Tower" keep their own)?"""
    doc = ent.doc
    after = doc[ent.end]
    nxt = doc[ent.end + 1] if ent.end + 1 < len(doc) else None
    lex = nouns()
    low = after.lower_
    body_word = low in lex.kind_nouns() or low in lex.organisations or low in title_words()
    return (
        after.pos_ == "PROPN"
        and after.is_title
        and not after.ent_type_
        and ent.root.head.i == after.i
        and ent.root.dep_ in ("compound", "flat")
        and not body_word
        and not name_ending(after.lower_)
        and not title_case_line(ent)  # "Former Clinton Pollster Says …"
        # nor a form's next field ("Name: Gabrielle Hatcher Age: 27"), nor a longer name
        and not (nxt is not None and (nxt.text in (":", "|") or nxt.pos_ == "PROPN"))
    )


def _widened(ent: Span) -> Span | None:
    """A name the model tagged only in part, with the untagged proper nouns before it
    across a possessive ("Alzheimer's Research [UK]") or an ampersand ("Crumbs & [Co]") or
    a person's first name ("City boss Ana [Ribeiro]"), and the rest of a person's word
    after a hyphen ("Han [Duck]-soo"); None when there are none. (Not a word after it: that
    is as often a role, "the Labour MP", as a surname.)"""
    doc = ent.doc
    roles = title_words()
    lex = nouns()

    # a "person" that "which" takes up is a thing: "[China General] Nuclear, which owns …"
    thing = ent.label_ == "PERSON" and taken_up_by_which(ent)
    person = ent.label_ == "PERSON" and not thing

    def untagged(i: int) -> bool:
        word = doc[i]
        bare = word.lower_.rstrip(".")
        title = person and (bare in roles or bare in lex.occupations)
        # or a name's first word the tagger read as a noun where a sentence opens ("Puget
        # Sound Energy"), not a kind or a role ("Utility Sound Energy", "Chairman …")
        opening = word.pos_ == "NOUN" and word.is_title and bool(word.is_sent_start)
        opening = opening and word.lower_ not in plain_words()
        proper = word.pos_ == "PROPN" or opening
        return proper and not word.ent_type_ and word.text[:1].isupper() and not title

    start, end = ent.start, ent.end
    j, listed = start, False
    while j > 0:
        # "Research"; and "[RSPB] Scotland", where the parser hung the place on the word
        if untagged(j - 1) and (j <= doc[j - 1].head.i < end or ent.root.head.i == j - 1):
            j -= 1
        elif (
            j > 1
            and doc[j - 1].tag_ == "POS"
            and untagged(j - 2)
            and start <= doc[j - 2].head.i < end
        ):
            j -= 2  # "Alzheimer's"
        elif j > 1 and ent.label_ == "ORG" and doc[j - 1].text == "&" and untagged(j - 2):
            j -= 2  # "[Crumbs &] Co", "[Marks &] Spencer"
        elif j > 1 and in_word_hyphen(doc[j - 1]) and untagged(j - 2):
            j -= 2  # inside one word: "Jean-[Luc Mélenchon]"
        elif j > 1 and doc[j - 1].lower_ == "and" and _force(ent) and doc[j - 2].pos_ == "PROPN":
            j, listed = j - 2, True  # "[Avon and] Somerset Police": one force of two counties
        elif j > 1 and listed and doc[j - 1].text == "," and doc[j - 2].pos_ == "PROPN":
            j -= 2  # "[Wrightington, Wigan and] Leigh Teaching Hospitals NHS Foundation Trust"
        else:
            break
    # across a possessive ("Alzheimer's Research UK"), before a place by words that are
    # no title ("Age UK"; not "Senator", which is a role), or a person's first name
    before = doc[j:start]
    place = ent.label_ in ("GPE", "LOC") and not any(t.lower_.rstrip(".") in roles for t in before)
    # a first name: not a capitalised word that opens a line or a sentence ("Rival
    # Hillary Clinton", "Parent Gemma Shaw said"), nor a role or a demonym
    first_name = (
        ent.label_ == "PERSON"
        and len(before) == 1
        and before[0].is_title
        and not before[0].is_sent_start
        and "\n" not in doc[j - 1].text_with_ws
        and before[0].lower_ not in lex.occupations
        and before[0].lower_ not in lex.demonyms
        and not title_case_line(ent)
    )
    joined = any(t.tag_ == "POS" or t.text in ("&", "and", "-") for t in before)
    # a body's generic name after its place's: "Ashcombe [Golf Club]", "Kelford [City Council]"
    generic = (
        ent.label_ == "ORG"
        and len(ent) <= 3
        and ent[-1].lower_ in lex.kind_nouns()
        and not any(t.lower_ in plain_words() for t in before)
    )
    # an organisation's words the parser joined to the part the model tagged ("[Puget]
    # Sound Energy")
    joined_org = ent.label_ == "ORG" and all(
        t.dep_ == "compound" and t.lower_.rstrip(".") not in plain_words() for t in before
    )  # (not a title: "District Judge [Renata Ellis]")
    # and a syllable of a given name after a hyphen: "Han [Duck]-soo", "Moon [Jae]-in"
    # (not "[Glass]-Steagall", "Trump-thumping", "Johnny-come-lately")
    syllable = end + 2 < len(doc) and in_word_hyphen(doc[end]) and not doc[end + 1].ent_type_
    syllable = syllable and doc[end + 1].is_lower and doc[end + 1].is_alpha
    syllable = syllable and len(doc[end + 1]) <= 4 and not in_word_hyphen(doc[end + 2])
    rest = end + 2 if person and len(ent) > 1 and syllable else end
    if j == start or not (place or first_name or joined or thing or generic or joined_org):
        return Span(doc, start, rest, label=ent.label_) if rest > end else None
    # a place's name with words before it names an organisation: "Alzheimer's Research UK"
    return Span(doc, j, rest, label="ORG" if ent.label_ in PLACES else ent.label_)


def _force(ent: Span) -> bool:
    """Is ``ent`` the name of a body of places: a police or fire force's ("Somerset
    Police"), or a health body's ("… Teaching Hospitals NHS Foundation Trust")?"""
    kinds = nouns().kinds
    forces = kinds.get("police", frozenset()) | kinds.get("health body", frozenset())
    return ent.label_ == "ORG" and len(ent) > 1 and ent[-1].lower_ in forces


def _repeated(doc: Doc, named: list[Span]) -> list[Span]:
    """The names the model (or ``named``, the names found untagged) tagged as a person or an
    organisation somewhere, where the text repeats them untagged ("Halden Markets on
    Wednesday cut ...", after the headline's "[Grocer Halden Markets]"): one name, one
    label, through the article. The last two or more words of a longer name count too, and
    a company's name without its legal form ("Solent Link" after "Solent Link Ltd"); a name
    of one word, only where the tagger read it as a proper noun ("Vantor is recalling ...")."""
    labels: dict[tuple[str, ...], str] = {}
    legal = nouns().legal_suffixes
    for ent in [*doc.ents, *named]:
        proper = [t for t in ent if t.pos_ == "PROPN"]
        if ent.label_ not in ("PERSON", "ORG") or len(proper) != len(ent):
            continue
        for start in range(max(1, len(ent) - 1)):
            labels.setdefault(tuple(t.text for t in ent[start:]), ent.label_)
        if ent.label_ == "ORG" and len(ent) > 2 and ent[-1].lower_ in legal:
            labels.setdefault(tuple(t.text for t in ent[:-1]), "ORG")
    if not labels:
        return []
    matcher = PhraseMatcher(doc.vocab)
    for name in labels:
        matcher.add(" ".join(name), [Doc(doc.vocab, words=list(name))])
    found = []
    for _, start, end in matcher(doc):
        span = doc[start:end]
        if any(t.ent_type_ for t in span) or (start and _name_word(doc[start - 1])):
            continue  # tagged already, or part of a longer name ("New Halden Markets")
        if len(span) == 1 and (span[0].pos_ != "PROPN" or not span[0].is_title):
            continue  # one word: only as a name ("Vantor is recalling"), not "Will"
        label = labels[tuple(t.text for t in span)]
        if end < len(doc) and doc[end].is_title and name_ending(doc[end].lower_):
            end += 1  # and a company's ending the tagger read as a noun: "Tollcross Brewing"
        elif end < len(doc) and doc[end].pos_ == "PROPN":
            continue
        found.append(Span(doc, start, end, label=label))
    return spacy.util.filter_spans(found)


def _of_a_name(chain: Span) -> int:
    """The end of a body's name that goes on with "of" and a name ("The Diocese of
    Carlisle, which part-owns the building, said"): after that name, else the chain's."""
    doc, end = chain.doc, chain.end
    if end + 1 >= len(doc) or doc[end].lower_ != "of" or doc[end].head.i != chain[-1].i:
        return end
    after = end + 1
    while after < len(doc) and doc[after].pos_ == "PROPN" and doc[after].is_title:
        after += 1
    return after if after > end + 1 else end


def _for_a_name(chain: Span) -> int:
    """The start of a body's name that opens with a capitalised word and "for" before the
    name ("The Coalition for Fair Energy, an alliance of …", "Campaign for Better
    Transport"): that word's, else the chain's."""
    doc, start = chain.doc, chain.start
    if start < 2 or doc[start - 1].lower_ != "for" or doc[start - 1].head.i != start - 2:
        return start
    head = doc[start - 2]
    return proper_chain(head).start if head.pos_ == "PROPN" and head.is_title else start


def _speaks_as_it(tok: Token) -> bool:
    """Is the plural-looking proper name ``tok`` (tagged NNPS) the subject of a verb whose
    clause it opens with "it" ("Barclays said it accepted the findings"): a body that
    speaks of itself, not the many a plural names? (A name the tagger read as a common
    plural, "Farmfoods said it …", is not read so: "Officials said it …" would be.)"""
    clause = (c for c in tok.head.children if c.dep_ == "ccomp")
    return (
        tok.tag_ == "NNPS"
        and tok.dep_ == "nsubj"
        and any(s.dep_ == "nsubj" and s.lower_ == "it" for c in clause for s in c.children)
    )


def _name_word(tok: Token) -> bool:
    """Is ``tok`` a word of a name, not a description capitalised at a sentence's start
    ("Developer Carrow Homes submitted …")?"""
    described = tok.lower_ in plain_words()
    return tok.pos_ == "PROPN" and not (tok.is_sent_start and described)


def _tokens(spans: list[Span]) -> set[int]:
    return {i for span in spans for i in range(span.start, span.end)}


def _kind_first(chain: Span, alone: set[str]) -> bool:
    """Does an untagged name open its sentence with a kind noun, capitalised only there,
    before a name whose first word the text gives alone ("Developer Oakfield Homes
    submitted …" … "Oakfield said"; not "Network Rail"), or with a false title ("Rival
    Lidl, which …")?"""
    first, lex = chain[0], nouns()
    if len(chain) < 2 or not (opens_line(first) and first.is_title):
        return False
    if false_title(first.lower_):
        return True
    return first.lower_ in lex.kind_nouns() and (chain[1].text in alone or whole_company(chain[1:]))


def untagged_name_after(tok: Token) -> str | None:
    """The name that follows a description of an organisation as its apposition, where
    the model tagged none ("the news agency PA Media"): the name, or None."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is None or kind_noun(tok) is None or nxt.ent_type_ or not nxt.text[:1].isupper():
        return None
    name = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if name is None or name.ent_type_ or nxt.i not in (name.i, name.left_edge.i):
        return None
    return text_of(tok.doc)[nxt.idx : name.idx + len(name.text)]
