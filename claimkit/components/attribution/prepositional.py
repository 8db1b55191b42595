"""Prepositional attributions ("according to X", and the forms a user adds as data), and
an outlet cited that way as the source of the claim it reports."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from claimkit.components.attribution.nesting import link_nested
from claimkit.components.attribution.rules import confidence
from claimkit.components.attribution.shared import frame_of, has_subject, quote_at
from claimkit.components.attribution.spans import edges_of, sentence_span, trim_span
from claimkit.components.dating import medium_time
from claimkit.components.outlets import outlet_name
from claimkit.components.records import Attribution, Quote, indices_of, sentence_of, text_of
from claimkit.lexicons import cues, sources

__all__ = ["cited_outlets", "prepositional_claims"]

STATEMENT_LEAD = 6  # words before the cue of the one statement an outlet reports ("X said")
GOES_ON = {"conj", "ccomp", "parataxis"}  # a verb after the phrase that is its content


APPOSITION_MAX = 8  # words of a description set beside the speaker's name


def prepositional_claims(doc: Doc, quotes: list[Quote]) -> Iterable[Attribution]:
    """Claims of the prepositional forms of the cue lexicon ("according to X"): the form's
    words in order, each the next token and hung on the one before (on scrambled text the
    parser may hang a "to" before "according"), the object of the last one the speaker,
    the larger side of the clause around the phrase the content."""
    forms = cues().forms
    firsts = {form.words[0]: rule for rule, form in forms.items()}
    text = text_of(doc)
    for tok in (doc[i] for i in indices_of(doc, LOWER, firsts)):
        rule = firsts.get(tok.lower_)
        if rule is None or quote_at(quotes, tok.idx):
            continue
        opens = tok.i == sentence_of(doc, tok.i).start or doc[tok.i - 1].text == ","
        # "X, per Y", "Per Y, X"; not "$10 per hour", nor "Guccifer said, per a translator,
        # that …", where the phrase only qualifies another cue
        if forms[rule].set_off and (not opens or frame_of(tok.head) is not None):
            continue
        words = forms[rule].words
        last = tok
        for word in words[1:]:
            nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
            if nxt is None or nxt.lower_ != word or nxt.head != last:
                break
            last = nxt
        else:
            pobj = next((c for c in last.children if c.dep_ == "pobj"), None)
            claim = _claim(doc, text, tok, last, pobj, rule) if pobj is not None else None
            if claim is not None:
                yield claim


def _claim(
    doc: Doc, text: str, tok: Token, last: Token, pobj: Token, rule: str
) -> Attribution | None:
    end = _apposition_after(doc, last.right_edge.i) or last.right_edge
    phrase = (tok.left_edge.idx, end.idx + len(end))
    head = tok.head.head if tok.head.dep_ in ("aux", "auxpass") else tok.head  # its verb's
    # a verb joined to another that shares its subject: their whole clause ("The protests
    # began last month and left 39 dead, according to …")
    # (not after "but": "… for a year, but since …, there has been …, according to X"; nor
    # before the joined verb: "reshuffled diplomats and, according to officials, adopted …")
    joined = head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX") and head.i < tok.i
    contrast = any(c.dep_ == "cc" and c.lower_ == "but" for c in head.head.children)
    shared = joined and not has_subject(head) and not contrast
    head = head.head if shared and not any(c.dep_ == "expl" for c in head.children) else head
    # the parser's hold on a subordinate clause after the phrase ("prices fell …,
    # according to the Nationwide, as rates rose"): the main clause before it is said
    mark = next((c for c in head.children if c.dep_ == "mark"), None)
    subordinate = head.dep_ == "advcl" and mark is not None and mark.i > last.i > head.head.i
    # and on the clause after the main one that it ends, set off: the whole sentence ("sales
    # rose 22%, while sales in its stores fell 6%, according to its annual report")
    ending = all(t.is_punct for t in doc[last.right_edge.i + 1 : sentence_of(doc, tok.i).end])
    trailing = head.dep_ == "advcl" and head.head.i < head.i and ending
    trailing = trailing and tok.i > 0 and doc[tok.i - 1].text == ","
    subordinate = subordinate or trailing
    clause = edges_of([head.head if subordinate else head])
    if clause is None:
        return None
    left, right = (clause[0], phrase[0]), (phrase[1], clause[1])
    longer = max(left, right, key=lambda s: s[1] - s[0])
    # the clause the phrase follows, not its tail ("…, after a week of …"), unless a verb
    # of its own goes on after it ("a book, according to X, \"draws …\"")
    # (not a verb joined after a conjunction: "Traders expect …, according to the CME
    # FedWatch tool, but will be watching …" is said of the clause before)
    joined_after = any(c.dep_ == "cc" and c.i > last.i for c in head.children)
    goes_on = any(
        c.i > last.i and c.dep_ in GOES_ON and not (c.dep_ == "conj" and joined_after)
        for c in head.children
    )
    if head.pos_ in ("VERB", "AUX") and head.i < tok.i and not (subordinate or goes_on):
        longer = left
    longer = left if shared else longer  # never the verbs joined after the phrase
    content = trim_span(text, left if subordinate else longer)
    opening = _opening_branch(doc, tok)
    if opening is not None:  # the main clause after it
        main = edges_of([opening.head])
        if main is not None:
            after = doc[opening.right_edge.i + 1].idx
            content = trim_span(text, (after, main[1]))
    if content[1] - content[0] < 3:
        return None
    return Attribution(
        kind="indirect",
        content=content,
        cue=(tok.idx, last.idx + len(last)),
        cue_token=tok.i,
        speaker_token=pobj.i,
        evidence=rule,
        sentence=sentence_span(doc, *content),
        when_token=(when := medium_time(pobj)),
        when_from="event" if when is not None else None,
        confidence=confidence(rule),
    )


def _apposition_after(doc: Doc, i: int) -> Token | None:
    """The last word of a description set off by commas right after the speaker's name at
    token ``i`` ("According to Kevin Munoz, [a White House spokesman], the documents …"), no
    part of what was said; or None."""
    if i + 2 >= len(doc) or doc[i + 1].text != ",":
        return None
    for j in range(i + 2, min(len(doc), i + APPOSITION_MAX + 2)):
        if doc[j].text == ",":
            words = doc[i + 2 : j]
            noun = any(t.pos_ in ("NOUN", "PROPN") for t in words)
            verbless = not any(t.pos_ in ("VERB", "AUX") for t in words)
            described = words[0].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "PRON")
            # (not the main clause's own subject: "According to police, [the man], 34, was
            # arrested", unless the verb has another after it: "…, the documents contain")
            root = words.root if len(words) else None
            subjects = ("nsubj", "nsubjpass")
            other = root is not None and any(
                c.dep_ in subjects and c.i > j for c in root.head.children
            )
            subject = root is not None and root.dep_ in subjects and not other
            ok = j > i + 2 and noun and verbless and described and not subject
            return doc[j - 1] if ok else None
    return None


def _opening_branch(doc: Doc, tok: Token) -> Token | None:
    """The branch of the main clause that holds a phrase opening its sentence, where the
    parser hung the phrase inside a clause of its own ("According to court filings [made]
    public last month, Lumen Labs is being sued", "made" taken for a verb of the main
    clause), or None where the phrase hangs on the main verb."""
    root = sentence_of(doc, tok.i).root
    if tok.head.i == root.i or tok.i != sentence_of(doc, tok.i).start or root.i < tok.i:
        return None
    branch = tok.head
    while branch.head.i != root.i and branch.head.i != branch.i:
        branch = branch.head
    if branch.head.i != root.i or branch.right_edge.i + 1 >= root.i:
        return None
    # a participle of the phrase's object taken for a clause: no subject of its own
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in branch.children):
        return None
    return branch


def _cite(claim: Attribution, source: int | None) -> None:
    """Make ``source`` the claim's source unless it names one already."""
    if claim.source_token is None:
        claim.source_token = source


def _only_a_statement(doc: Doc, outlet: Attribution, inner: list[Attribution]) -> bool:
    """Is what ``outlet`` reported one statement and nothing else ("X said Y, Reuters
    reported", "Reuters reported that X said Y"): one claim whose cue opens the outlet's
    content (after at most a name) and whose content ends it? Not "Earlier in the day,
    Clinton held a meeting, where she pledged …, the Sentinel reported", nor X's words
    running on over "…, the Financial Times reported on Tuesday"."""
    said = inner[0] if len(inner) == 1 else None
    if said is None or said.cue is None or outlet.cue is None:
        return False
    a, b = outlet.content
    lead = text_of(doc)[a : said.cue[0]].split()
    return (
        len(lead) <= STATEMENT_LEAD
        and not said.content[0] <= outlet.cue[0] < said.content[1]
        and abs(said.content[1] - b) <= 2
    )


def _between_cue_and_content(cited: Attribution, claims: list[Attribution]) -> Attribution | None:
    """The claim whose cue and content ``cited``'s phrase stands between, with the same
    content ("X said, according to Reuters, that Y"), or None."""
    if cited.cue is None:
        return None
    return next(
        (
            d
            for d in claims
            if d is not cited
            and d.content[0] == cited.content[0]
            and abs(d.content[1] - cited.content[1]) <= 2  # a closing stop in one of them
            and d.cue is not None
            and d.cue[1] <= cited.cue[0] < d.content[0]
        ),
        None,
    )


def _closes(doc: Doc, cited: Attribution, outer: Attribution) -> bool:
    """Does the phrase of ``cited`` ("according to Reuters") open or close ``outer``'s
    content, set off by a comma ("X said the plan was dead, according to Reuters", the
    parser having hung it inside what X said)? If so ``outer``'s content leaves it out and
    takes the outlet as its source."""
    text = text_of(doc)
    a, b = outer.content
    if cited.cue is None or cited.speaker_token is None or outer.segments:
        return False
    if not outer.evidence.startswith("cue:"):
        return False  # an interview's answer keeps its words: "A: It will fall, according
        # to our forecasts"
    phrase_end = doc[cited.speaker_token].right_edge
    # (the outlet's name before its cue: "X said the plan was dead, Tass reported")
    after = max(phrase_end.idx + len(phrase_end.text), cited.cue[1])
    lead = min(cited.cue[0], doc[cited.speaker_token].left_edge.idx)
    if not a <= cited.cue[0] < b:
        return False
    if not text[a : cited.cue[0]].strip() and text[after:b].lstrip().startswith(","):
        # first: "said on Monday, according to a transcript, that the war was over"
        rest = text[after:b].lstrip()[1:].lstrip()
        rest = rest[5:] if rest.lower().startswith("that ") else rest
        if not rest.strip():
            return False
        outer.content = (b - len(rest), b)
    else:  # last, set off by a comma right before it
        comma = text.rfind(",", a, lead)
        if text[after:b].strip(" .;") or comma == -1 or text[comma + 1 : lead].strip():
            return False
        outer.content = (a, len(text[a:comma].rstrip()) + a)
    _cite(outer, cited.speaker_token)
    return True


def _issued_by(doc: Doc, claim: Attribution) -> None:
    """A document that speaks, cited from a body that is no news outlet, is that body's:
    "New figures show that house prices fell, according to Nationwide" is Nationwide's,
    through the figures (the speaker its issuer, the document its source)."""
    if claim.speaker_token is None or claim.source_token is None:
        return
    said, cited = doc[claim.speaker_token], doc[claim.source_token]
    kind = sources().nouns.get(said.lemma_.lower()) or sources().nouns.get(said.lower_)
    document = said.pos_ == "NOUN" and kind == "document"  # ("figures", not "figure")
    if document and cited.ent_type_ == "ORG" and not outlet_name(cited):
        claim.speaker_token, claim.source_token = cited.i, said.i


def cited_outlets(doc: Doc, claims: list[Attribution]) -> list[Attribution]:
    """'X said Y, according to the Glasgow Herald', 'X said Y, Reuters reported': the
    outlet is the source of X's claim, not a second claim whose content runs over X's
    words. ('…, according to Peskov' stays a report by Peskov of what X said.)"""
    forms = cues().forms
    drop = set()
    for j, c in enumerate(claims):
        if c.speaker_token is None:
            continue
        reported = c.evidence == "cue:report" and outlet_name(doc[c.speaker_token])
        if c.evidence not in forms and not reported:
            continue
        if doc[c.speaker_token].ent_type_ in ("PERSON", "NORP", "GPE"):
            continue
        inner = [d for d in claims if d.reported_by == j]
        if reported and inner and not _only_a_statement(doc, c, inner):
            continue  # the outlet reports more than one statement: its own claim
        for d in inner:
            _cite(d, c.speaker_token)
        if inner:
            drop.add(j)
        elif c.reported_by is not None and _closes(doc, c, claims[c.reported_by]):
            drop.add(j)  # "X said Y, according to Reuters", the phrase hung inside Y
        elif (said := _between_cue_and_content(c, claims)) is not None:
            _cite(said, c.speaker_token)
            drop.add(j)  # "X said, according to Reuters, that Y"
    for c in claims:
        _issued_by(doc, c)
    if not drop:
        return claims
    kept = [c for k, c in enumerate(claims) if k not in drop]
    link_nested(kept)
    return kept
