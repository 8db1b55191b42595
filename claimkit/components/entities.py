"""Named entities of one Doc, clustered: one per person (by surname) or per name.

"Putin", "Vladimir Putin" and "Russia's President Vladimir Putin" are one entity, named by
its longest form; organisations and places by their text without a leading "the". Roles
and affiliations come from the noun phrase around a name ("Kremlin spokesman Dmitry
Peskov": role "spokesman", affiliation "Kremlin"); the kinds the article describes an
organisation with come from :mod:`claimkit.components.descriptions`.
"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span

from claimkit.components.descriptions import (
    agrees_as_team,
    entity_kinds,
    kind_noun,
    name_titles,
    person_titles,
    spoken_of_as_company,
    taken_up_by_which,
)
from claimkit.components.gender import called_it, next_subject_pronoun, pronoun_votes
from claimkit.components.joins import (
    take_first_word,
    take_given_name,
    take_inner_name,
    take_surname,
)
from claimkit.components.nameforms import (
    clean_name,
    common_person,
    ends_in_kind,
    kind_before,
    kind_first,
    made_by,
    modifies_kind,
    name_and_employer,
    named_role,
    of_a_place,
    on_date_line,
    own_possessive,
    peer_name,
    role_before,
    time_zone,
    trimmed,
)
from claimkit.components.namekeys import (
    capitals,
    earlier_of,
    name_ending,
    person_key,
    plain_name,
    strip_the,
    surname,
    without_legal_form,
)
from claimkit.components.personnames import untagged_full_names
from claimkit.components.records import (
    EntityCluster,
    ents_between,
    ents_of,
    indices_of,
    sentence_of,
    text_of,
)
from claimkit.components.rolenames import relative_before, role_set_before
from claimkit.components.things import names_a_possession, names_a_product
from claimkit.components.untagged import PLACES, name_untagged
from claimkit.lexicons import cues, nouns, sources

__all__ = [
    "NAMED",
    "ORG_LABELS",
    "cluster_entities",
    "name_untagged",  # re-exported: speakers call it before clustering
    "role_and_affiliation",
]

NAMED = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT"}
ORG_LABELS = {"ORG", "GPE", "NORP", "FAC", "LOC"}
THINGS = {"PRODUCT", "WORK_OF_ART"}  # the model's labels of names that "who" makes persons


MODIFIER_DEPS = ("compound", "amod", "nmod")  # a name before the noun it modifies


def _left_context(ent: Span) -> Span:
    """The words right before a name that form its title ("Russia's President", "US
    Secretary of State"): nouns, adjectives, names and possessives, on the same line."""
    doc = ent.doc
    i = ent.start
    sent_start = sentence_of(doc, ent.start).start
    while i > sent_start:
        t = doc[i - 1]
        title_word = t.pos_ in ("PROPN", "NOUN", "ADJ") or t.tag_ == "POS" or t.lower_ == "of"
        if not title_word or t.ent_type_ == "PERSON" or "\n" in t.text_with_ws:
            break
        i -= 1
    while i < ent.start and doc[i].lower_ == "of":
        i += 1
    return doc[i : ent.start]


def role_and_affiliation(ent: Span) -> tuple[str | None, str | None]:
    """Role words and an affiliation from the noun phrase around a name."""
    lex = nouns().roles
    left = _left_context(ent)
    # a role the name is the object of is another's: "The agent of [Rovers striker] Kofi Mensah"
    prep = ent.root.head if ent.root.dep_ == "pobj" else None
    if prep is not None and prep.lower_ in ("of", "for") and left.start <= prep.i:
        left = left.doc[prep.i + 1 : ent.start]
    role_toks = [t for t in left if t.lower_ in lex and t.ent_type_ not in ("GPE", "NORP")]
    # a kind noun right before the name describes it, and a role before that is another's:
    # "the chief executive of money transfer firm [Wise]"
    kind = kind_noun(left[-1]) if len(left) else None
    if kind is not None and kind not in lex and kind not in nouns().occupations:
        role_toks = []
    first = role_toks[0].i if role_toks else 0
    while role_toks and first > left.start and left.doc[first - 1].lower_ in nouns().other_offices:
        first -= 1  # "shadow chancellor", "former minister": another office
    role = left.doc[first : role_toks[-1].i + 1].text if role_toks else None
    affiliation = next(
        (
            strip_the(clean_name(e))
            for e in ents_between(left.doc, left.start, ent.start)
            if e.start >= left.start and e.end <= ent.start and e.label_ in ORG_LABELS
        ),
        None,
    )
    if role is None:
        root = ent.root
        appos = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        if root.dep_ == "appos" and root.head.pos_ == "NOUN":
            appos.append(root.head)
        if appos:
            head = appos[0]
            left = head.doc[head.left_edge.i : head.i]
            # (and another office however parsed: "The [shadow] foreign secretary, Priti Patel")
            others = nouns().other_offices
            mods = [t for t in left if t.dep_ in ("compound", "amod") or t.lower_ in others]
            role = " ".join(t.text for t in [*mods, head])
        # "the chair of the Patients Association, Gareth Lyle": the parser sets the name
        # beside the role's body
        body = root.head if root.dep_ == "appos" and root.head.dep_ == "pobj" else None
        of = body.head if body is not None else None
        if of is not None and of.lower_ == "of" and of.head.lemma_.lower() in lex:
            role = role or of.head.text
            bodies = ents_between(ent.doc, of.i + 1, ent.start)
            named = (strip_the(clean_name(e)) for e in bodies if e.label_ in ORG_LABELS)
            affiliation = affiliation or next(named, None)
    return role, affiliation


def _employer_of_a_named_role(ent: Span) -> bool:
    """Is the one-word "person" ``ent`` the employer in a title before another person's
    name ("Brentford head coach Keith Andrews", "Brentford" the model's person)?"""
    root, lex = ent.root, nouns()
    role = root.head
    if len(ent) != 1 or ent.label_ != "PERSON" or root.dep_ != "compound" or role.i < ent.end:
        return False
    named = role.head.ent_type_ == "PERSON" and role.dep_ == "compound"
    return named and (role.lemma_.lower() in lex.roles or role.lemma_.lower() in lex.occupations)


def cluster_entities(doc: Doc) -> list[EntityCluster]:
    """Group the Doc's named entities: one cluster per person (by surname) or per name.

    A person's leading titles ("Councillor", "Striker") are their role, not their name,
    whatever label the model gave the span; a lone surname the model labelled otherwise
    ("Marsh" as ORG after "Helen Marsh") joins the person; a "person" the article
    describes as an organisation ("Harwick Foods, a frozen-food maker") is one, and so is
    a one-word "person" the text puts "the" before ("told the Gazette"). A person known
    only by surname takes the full name the model left untagged elsewhere; a name in
    capitals (a transcript's "WOLF BLITZER") is written as prose writes it. The outlet's
    own name and a wire credit are left out.
    """
    clusters: dict[tuple[str, str], EntityCluster] = {}
    order: list[EntityCluster] = []
    bodies: set[tuple[str, str]] = set()  # names an ending or a kind before made a body's
    not_persons: set[str] = set()
    things: set[str] = set()  # clusters a "which" takes up
    companies: set[str] = set()  # clusters spoken of as companies ("Ryanair's chief executive")
    traded: set[str] = set()  # clusters named after a kind noun, a trade's too ("operator")
    teams: set[str] = set()  # places that play ("Hull City have sacked their manager")
    unplaced: set[str] = set()  # clusters named once or more outside "in X"
    possessives: dict[str, str] = {}  # clusters named with an "'s" that owns nothing,
    bare: set[str] = set()  # and those named without one: a brand's "'s" is always there
    shops: set[str] = set()  # the model's one-word persons among them ("Sainsbury's said")
    page = doc._.ck_layout
    # a person's name the model gave another label, that it tags a person elsewhere with
    # the same first and last word: "[Seddique Mir Mateen]" (a work of art) … "Seddique
    # Mateen" (a person) is one, and the first of the surname
    in_full = {(e[0].lower_, e[-1].lower_) for e in ents_of(doc) if e.label_ == "PERSON"}
    for ent in ents_of(doc):
        if ent.label_ not in NAMED or time_zone(ent):
            continue
        if page is not None and page.is_masthead(ent.start_char, ent.end_char):
            continue  # the outlet's own name or a wire credit, not a name of the article
        wire = page is not None and page.wire_dateline is not None
        if page is not None and not wire and on_date_line(doc, page.dateline_date, ent):
            continue  # "Updated 11 September 2024, 09:12 BST": no name of the article
        if modifies_kind(ent) or made_by(ent):
            continue  # "Budget airline Skyway": a word of the description, no name
        plural = len(ent) == 1 and ent[0].tag_ == "NNS" and ent.label_ != "PERSON"
        if plural and ent[0].is_sent_start and earlier_of(ent.text.lower(), clusters) is None:
            continue  # "Makers needed more time": a capitalised common noun, no name
        lex = nouns()
        # (or one of role words joined by hyphens: "the Governor-General", the model's FAC)
        parts = strip_the(ent.text).lower().split("-")
        office = all(p in lex.roles for p in parts) and parts[0] not in lex.title_modifiers
        the = ent[0].lower_ == "the" or (ent.start > 0 and doc[ent.start - 1].lower_ == "the")
        if office and (ent.label_ in ("ORG", "NORP") or the):  # (not "Mr. King", "Prince")
            continue  # the model's "Taoiseach", "Chancellor": an office, held by a person
        if common_person(ent) and earlier_of(ent.text.lower(), clusters, True) is None:
            continue  # the headline "Retailer's boss defends …": no one's name (a King
            # named before is Billie Jean King)
        # "General Electric", "Admiral Insurance", "Defence Ministry": a name that ends as
        # a company's or a club's, or in a body's noun, opens with no title
        last = ent[-1].lower_  # (not "[Constable Lisa Grant of Riverbend Police]")
        body = name_ending(last) or (
            last in nouns().organisations and not any(t.pos_ == "ADP" for t in ent)
        )
        ending = ent.label_ != "PERSON" and len(ent) > 1 and body
        mention = trimmed(ent)
        titles = name_titles(mention) if ent.label_ not in PLACES and not ending else 0
        named = mention[titles:] if titles else mention
        named, employer = name_and_employer(named) if titles else (named, None)
        if not titles and kind_first(named):
            named = named[1:]  # "Grocer Freshway's profit slides": the grocer Freshway
        name = of_a_place(named, peer_name(named, clean_name(named)))
        words = name.split()
        if not words or (ent.label_ == "PERSON" and not any(w[:1].isupper() for w in words)):
            continue  # no name: the model's "person" in the headline "Judge halts county's …"
        if ent.label_ == "ORG" and not any(ch.isupper() for ch in name):
            continue  # nor its "[drugmaker now] expects" (a name in camel case is one: "eBay")
        # persons by surname, everything else by its name; a platform is no one, and
        # neither is what "which" stands for ("Mobility Sweden, which represents ...")
        # "Bayview Residential LLC", "Harbour United" (name endings) are no one either
        # (set off: "a move by then-president Suharto which consigned …" is the move's)
        which = taken_up_by_which(ent) and ent.end < len(doc) and doc[ent.end].text == ","
        platform = name.lower() in sources().platforms
        company = (len(words) > 1 and name_ending(words[-1].lower())) or kind_before(ent)
        # a "place" named by a body's capitalised kind: "West Yorkshire Police", "Kent
        # County Council" (the model's GPE)
        company = company or (ent.label_ in PLACES and ends_in_kind(words))
        person = ent.label_ == "PERSON" or titles > 0 or named_role(named) or role_before(ent)
        other = ent.label_ not in ("ORG", *PLACES) and len(named) > 1
        person = person or (other and (named[0].lower_, named[-1].lower_) in in_full)
        person = person or (ent.label_ in THINGS and taken_up_by_which(ent, "who"))
        person = person and not (which or platform or company)
        # one name, one identity: "drugmaker Novo Nordisk" … "Novo Nordisk" (a whole name
        # an ending or a kind before made a body's, not one the model alone called one)
        if person and len(words) > 1 and ("NAMED", without_legal_form(name)) in bodies:
            person = False
        key = ("PERSON", surname(name)) if person else ("NAMED", without_legal_form(name))
        if company:
            bodies.add(key)
        if person and len(words) > 1:  # "Jeb Bush" after "George W. Bush": two persons
            key = person_key(clusters, key, name)
            # the same full name the model took for a body before (a headline's "Olympic
            # champion Dina Asher-Smith announces …"), no body by its words: this person
            was = ("NAMED", without_legal_form(name))
            known = clusters.get(was)
            whole = words[0].lower() not in nouns().surname_particles  # (not "Le Pen")
            if known and whole and key not in clusters and not known.kinds and was not in bodies:
                known.label, clusters[key] = "PERSON", known
        if len(words) == 1 and key not in clusters:
            # a lone word the model tagged again, maybe with another label: "Marsh" after
            # "Helen Marsh", "Harwick" after "Harwick Foods", "Doncaster" after "Doncaster"
            same = earlier_of(name.lower(), clusters, person, acronym=capitals(name))
            if same is not None:
                key = same
                earlier = clusters[same]
                earlier_words = strip_the(earlier.name).split()
                same_surname = bool(earlier_words) and earlier_words[-1].lower() == name.lower()
                full_name = len(earlier_words) > 1
                if (
                    person
                    and full_name
                    and same_surname
                    and earlier.label == "ORG"
                    and not earlier.kinds
                ):
                    earlier.label = "PERSON"  # "Ewan Morris" (as ORG) … "Morris, 61,"
                # "Regulator fines [Chirp]" (a person to the model) … "social media app
                # Chirp": a kind before a lone name makes it a body's; and "bus operator
                # [Stagecoach West]" … "Stagecoach said it …": a trade's, named by its first
                # word as "it" (not "property developer Adam Clarke" … "Adam said")
                first = (
                    full_name
                    and earlier_words[0].lower() == name.lower() != earlier_words[-1].lower()
                    and called_it(doc, [(ent.start_char, ent.end_char)])
                )
                if earlier.label == "PERSON" and (
                    (company and not full_name) or (first and earlier.id in traded)
                ):
                    earlier.label, earlier.role, earlier.affiliation = "ORG", None, None
                person = earlier.label == "PERSON"
        cluster = clusters.get(key)
        product = not person and names_a_product(ent)  # "its first phone, the Nimbus Fold"
        if cluster is None:
            label = "PERSON" if person else "ORG" if platform or company or which else ent.label_
            label = "PRODUCT" if product else label
            cluster = EntityCluster(id=f"e{len(order) + 1}", name=name, label=label)
            clusters[key] = cluster
            order.append(cluster)
        elif len(words) > len(cluster.name.split()) or (
            cluster.name.isupper()
            and not name.isupper()
            and len(words) == len(cluster.name.split())
        ):
            cluster.name = name  # the fullest name, as prose writes it ("Wolf Blitzer")
        cluster.mentions.append((mention.start_char, mention.end_char))
        things |= {cluster.id} if which else set()
        companies |= {cluster.id} if spoken_of_as_company(ent) else set()
        traded |= {cluster.id} if kind_before(ent, trades=True) else set()
        teams |= {cluster.id} if ent.label_ == "GPE" and agrees_as_team(ent) else set()
        mark, own = own_possessive(named)
        # (and a one-word "person" whose "'s" owns nothing, a verb's subject: a shop's)
        shop = person and len(words) == 1 and named.root.dep_ == "nsubj"
        if own and mark is not None and (not person or shop):
            possessives.setdefault(cluster.id, mark)  # "Sotheby's said": the name's own
            shops |= {cluster.id} if shop else set()
        bare |= {cluster.id} if mark is None else set()  # "Christie said" … "Christie's"
        things |= {cluster.id} if _employer_of_a_named_role(ent) else set()
        root = ent.root  # "a hospital in [Kent]": a one-word "person" only ever in a place
        unplaced |= set() if root.dep_ == "pobj" and root.head.lower_ == "in" else {cluster.id}
        kinds = entity_kinds(ent, heads=not person, titles=titles if person else 0)
        if ent.label_ in PLACES:  # "flood-ravaged Louisiana, a Baton Rouge newspaper called"
            kinds -= nouns().kinds["outlet"]  # is a parse: a place is no outlet
        cluster.kinds |= kinds
        # "the Clinton campaign": the article is the campaign's, not the name's
        modifier = mention.root.dep_ in MODIFIER_DEPS and mention.root.head.i >= mention.end
        with_the = not modifier and (
            mention.text.lower().startswith("the ")
            or (mention.start > 0 and doc[mention.start - 1].lower_ == "the")
        )
        # not its first word alone: "the NHS" is no "the NHS Digital"
        part = strip_the(cluster.name).lower().startswith(strip_the(name).lower() + " ")
        if not person and with_the and not part and not cluster.name.lower().startswith("the "):
            cluster.name = "the " + cluster.name  # "the Kremlin", wherever the text says so
        if person and with_the and len(ent) == 1 and ent.root.dep_ != "compound":
            not_persons.add(cluster.id)  # "told the Gazette": a person's name takes no "the"
        if person:
            role, affiliation = role_and_affiliation(ent)
            if role is None and titles:
                role = mention[:titles].text
            cluster.role = cluster.role or role
            cluster.affiliation = cluster.affiliation or affiliation or employer
    untagged_full_names(doc, order)
    kind_nouns, occupations = nouns().kind_nouns(), nouns().occupations
    merged: set[str] = set()
    for cluster in order:
        if cluster.label == "PERSON" and cluster.name.isupper() and " " not in cluster.name:
            turn = any(text_of(doc)[end : end + 1] == ":" for _, end in cluster.mentions)
            cluster.label = cluster.label if turn else "ORG"  # "data from LSEG": an acronym
        if cluster.label == "PERSON" and cluster.name.isupper() and len(cluster.name) > 3:
            cluster.name = cluster.name.title()  # a transcript's "WOLF BLITZER"
        lone_person = cluster.label == "PERSON" and len(cluster.name.split()) == 1
        if cluster.id in companies and cluster.label == "ORG" and not cluster.kinds:
            cluster.kinds.add("company")  # "shares of Broadcom": "the company" said later
            # (not a body of a kind of its own: "the regulator Ofwat" … "Ofwat's chief …")
        if lone_person and cluster.id in things and not cluster.role:
            cluster.label = "ORG"  # "Vantor, which sold 400,000 bikes": a thing, not a man
        elif cluster.id in companies and cluster.label in ("PERSON", "GPE"):
            cluster.label, cluster.role, cluster.affiliation = "ORG", None, None
        elif cluster.id in teams and cluster.label == "GPE":
            cluster.label = "ORG"
            cluster.kinds.add("club")  # "the Championship club said"
        elif lone_person and cluster.id not in unplaced and not cluster.role:
            cluster.label = "GPE"
        elif (
            lone_person and not _titled(cluster.role) and called_it(doc, cluster.mentions, ("its",))
        ):
            cluster.label = "ORG"  # "Aerlink said its bookings were up" (not "it was", any)
        elif lone_person and cluster.id in not_persons:
            cluster.label, cluster.role, cluster.affiliation = "ORG", None, None
            cluster.name = "the " + cluster.name
        # only the kinds of its own words, apposition or copula make a "person" an org
        role_words = (cluster.role or "").split()
        role_is_kind = bool(role_words) and role_words[-1].lower() in kind_nouns
        if role_is_kind and cluster.label == "PERSON" and role_words[-1].lower() in occupations:
            # "Mark Bell, a farmer, said": the model's person, unless the text calls it "it"
            role_is_kind = called_it(doc, cluster.mentions)
        place = cluster.label in PLACES and not name_ending(cluster.name.split()[-1].lower())
        # "Hollis Paper Group", the mill's former owner: a name of three words or more
        # that ends in a kind noun is an organisation, whatever its role
        words = cluster.name.split()
        own_kind = len(words) >= 3 and words[-1].lower() in kind_nouns
        as_body = not cluster.role or role_is_kind or own_kind
        if cluster.kinds and not place and as_body and not _honoured(doc, cluster):
            # "Harwick Foods, a frozen-food maker" is no person, and "maker" no role
            cluster.label, cluster.role, cluster.affiliation = "ORG", None, None
        elif _a_body_or_place(cluster) and (
            _spoken_of_as_person(doc, cluster, order)
            or (plain_name(cluster.name) and _honoured(doc, cluster))  # "Mr Batt said"
            or (" " not in cluster.name and relative_before(doc, cluster.mentions))
        ):
            cluster.label = "PERSON"  # "England captain Leah Hendry said she was gutted"
            merged |= take_surname(cluster, order)
    # a full name, not one that ends in an acronym (the model's "Junge SVP" is a party)
    for cluster in order:  # the headline's "Castellan" (as a person) … "Castellan Group"
        if cluster.label not in ("ORG", "FAC") or len(cluster.name.split()) < 2:
            continue
        owned = all(  # "its Apple Intelligence software": a thing of Apple's, no Apple
            (span := doc.char_span(a, b, alignment_mode="expand")) is not None
            and names_a_possession(span)
            for a, b in cluster.mentions
        )
        if not owned:
            merged |= take_first_word(cluster, [c for c in order if c.id not in merged])
    full = [
        c
        for c in order
        if c.label == "PERSON" and len(c.name.split()) > 1 and not c.name.split()[-1].isupper()
    ]
    taken: set[str] = set()
    for cluster in full:  # "Rovers boss Nolan" (as ORG) … "Declan Nolan" … "Nolan was"
        last = surname(cluster.name)
        if last not in taken:  # the first person of a surname, as person_key keeps it
            taken.add(last)
            merged |= take_surname(cluster, [c for c in order if c.id not in merged], doc)
        merged |= take_inner_name(cluster, [c for c in order if c.id not in merged])
        merged |= take_given_name(cluster, [c for c in order if c.id not in merged])
    for cluster in order:  # (a name is compared without it above)
        if cluster.id in shops and cluster.id not in bare:
            cluster.label, cluster.role, cluster.affiliation = "ORG", None, None
        if cluster.id in possessives and cluster.id not in bare and cluster.label != "PERSON":
            cluster.name += possessives[cluster.id]
    return [c for c in order if c.id not in merged]


def _honoured(doc: Doc, cluster: EntityCluster) -> bool:
    """Does the text call ``cluster`` by an honorific ("Mr Batt", "Dr Abdullah")? Then it
    is a person, whatever kind its role or its words name ("forecaster Ken Batt", "Frank
    Farmer")."""
    spans = (doc.char_span(a, b, alignment_mode="expand") for a, b in cluster.mentions)
    return any(
        s is not None and s.start > 0 and doc[s.start - 1].lower_ in nouns().honorifics
        for s in spans
    )


def _titled(role: str | None) -> bool:
    """Is ``role`` a person's title or role ("minister", "chief executive"), not a word a
    body may hold too ("rival", "owner")?"""
    return role is not None and role.split()[-1].lower().rstrip(".") in person_titles()


def _a_body_or_place(cluster: EntityCluster) -> bool:
    """Is ``cluster`` the model's organisation or place, or its work of art with a given
    name ("Andrii Sybiha"; not a surname alone, "Le Pen")?"""
    first = cluster.name.split()[0].lower() if cluster.name.split() else ""
    work = cluster.label == "WORK_OF_ART" and first not in nouns().surname_particles
    return cluster.label in ("ORG", "GPE") or work


def _spoken_of_as_person(doc: Doc, cluster: EntityCluster, order: list[EntityCluster]) -> bool:
    """A name of two or three capitalised words with no kind and no organisation's ending,
    the subject of a clause that calls it "he" or "she" ("Carly Fiorina said she ...", or
    its last word alone, the model's other organisation: "Hungary's Bence Kovacs … Kovacs
    said he"), or an organisation set off by "who": the model's organisation is a
    person."""
    words = cluster.name.split()
    # an acronym beside a capitalised word is a body's ("NHS England"), not a name
    acronym = not cluster.name.isupper() and any(len(w) > 1 and w.isupper() for w in words)
    if not plain_name(cluster.name) or acronym or cluster.kinds:
        return False
    alone = [c for c in order if c.name == words[-1] and c.label == cluster.label]
    mentions = cluster.mentions + [m for c in alone if not c.kinds for m in c.mentions]
    spans = [s for a, b in mentions if (s := doc.char_span(a, b, alignment_mode="expand"))]
    # and its last word the model left untagged: "Sybiha said he had discussed …"
    last = indices_of(doc, ORTH, (words[-1],))  # (read through one array)
    spans += [doc[i : i + 1] for i in last if not doc[i].ent_type_]
    if any(taken_up_by_which(span) for span in spans):
        return False  # "Bear Stearns, which collapsed"
    # as the subject of its clause: after "told Sky News", "she" is whoever told it; or of
    # the next sentence's, no person named between ("Later, in a speech, she said"); the
    # model's place only where it speaks ("Kemi Badenoch says …. She tells MPs")
    speech = cues().speech
    return any(
        # "Sanae Takaichi, who had led" (not "the chairman of Bear Stearns, who died")
        (
            cluster.label == "ORG"
            and span.root.head.lower_ != "of"
            and taken_up_by_which(span, "who")
        )
        or (
            span.root.dep_ == "nsubj"
            and (cluster.label != "GPE" or span.root.head.lemma_.lower() in speech)
            and bool(
                pronoun_votes(span, titles=False)
                or next_subject_pronoun(span)
                or (cluster.label == "ORG" and role_set_before(span))
            )
        )
        for span in spans
    )
