"""Each attribution form on its own small text, end to end through the pipeline."""

from __future__ import annotations

import pytest

from claimkit.extractor import Extractor
from claimkit.models import Claim


def claims(ex: Extractor, text: str) -> list[Claim]:
    return ex.extract(text, published="2017-11-13").claims


def mention_of(c: Claim) -> str | None:
    """The words that name the speaker at the attribution site."""
    return c.speaker.mention.text if c.speaker and c.speaker.mention else None


def only(ex: Extractor, text: str) -> Claim:
    found = claims(ex, text)
    assert len(found) == 1, [(c.kind, c.content.text) for c in found]
    return found[0]


def when_of(ex: Extractor, text: str, published: str) -> str | None:
    """The statement time of the one claim of ``text`` published on ``published``."""
    (claim,) = ex.extract(text, published=published).claims
    return claim.when.value if claim.when else None


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            '"We will rebuild the bridge," Mayor John Smith said.',
            "John Smith",
            "We will rebuild the bridge",
        ),
        (
            '"We will rebuild the bridge," said Mayor John Smith.',
            "John Smith",
            "We will rebuild the bridge",
        ),
        (
            'Mayor John Smith said: "We will rebuild the bridge."',
            "John Smith",
            "We will rebuild the bridge",
        ),
        (
            'John Smith told reporters: "We will rebuild the bridge."',
            "John Smith",
            "We will rebuild the bridge",
        ),
        # a headline's speaker after its cue, with no comma before it
        (
            "Trump, Putin agree 'no military solution' in Syria says Kremlin\n\n"
            "US President Donald Trump shakes hands with Putin.",
            "Kremlin",
            None,
        ),
        # the parser takes the name into the quotation, and "analysts" is no speaker
        (
            '"We are facing a new normal," chief executive Søren Lund told analysts on a call.',
            "Søren Lund",
            "We are facing a new normal",
        ),
    ],
)
def test_direct_quote_forms(
    extractor: Extractor, text: str, speaker: str, content: str | None
) -> None:
    c = only(extractor, text) if content else claims(extractor, text)[0]
    assert c.speaker is not None and c.speaker.name == speaker
    assert content is None or (c.kind, c.content.text) == ("direct", content)


@pytest.mark.parametrize(
    "text",
    [
        '"We will rebuild the bridge," John Smith said. "It will take two years."',
        '"We will rebuild the bridge," John Smith said, "It will take two years."',
    ],
)
def test_quote_split_by_its_attribution_is_one_claim(extractor: Extractor, text: str) -> None:
    c = only(extractor, text)
    assert c.kind == "direct"
    assert c.speaker is not None and c.speaker.name == "John Smith"
    assert [s.text for s in c.pieces()] == [
        "We will rebuild the bridge,",
        "It will take two years",
    ]
    assert c.said == "We will rebuild the bridge, It will take two years"
    assert c.content.start == c.segments[0].start and c.content.end == c.segments[1].end


def test_quote_only_paragraph_goes_on_with_the_quote_before_it(extractor: Extractor) -> None:
    """News convention, and PolNeAR's: a paragraph that is only a quote continues the
    attributed quote of the paragraph before (one claim, two pieces)."""
    text = '"We will rebuild the bridge," John Smith said.\n\n"It will take two years."'
    c = only(extractor, text)
    assert c.speaker is not None and c.speaker.name == "John Smith"
    assert [s.text for s in c.pieces()] == [
        "We will rebuild the bridge,",
        "It will take two years",
    ]


def test_quote_paragraph_with_words_after_it_is_its_own_claim(extractor: Extractor) -> None:
    text = (
        '"We will rebuild the bridge," John Smith said.\n\n'
        '"It will take two years," Smith concluded on the radio show.'
    )
    found = claims(extractor, text)
    assert [c.content.text for c in found] == [
        "We will rebuild the bridge",
        "It will take two years",
    ]
    assert all(not c.segments for c in found)


def test_participle_of_the_speaker_ends_the_content(extractor: Extractor) -> None:
    text = (
        "Carson said he saw no need to change his campaign, telling reporters that "
        "voters still backed him."
    )
    got = {c.cue.text: c for c in claims(extractor, text) if c.cue}
    assert got["said"].content.text == "he saw no need to change his campaign"
    assert got["telling"].content.text == "voters still backed him"
    assert got["telling"].reported_by is None  # a second statement, not one inside the first
    # a participle with nothing to report stays inside: "..., conceding the race"
    text = "Sanders told the AP that he would not seek a recount, conceding the race."
    assert [c.content.text for c in claims(extractor, text)] == [
        "he would not seek a recount, conceding the race"
    ]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Coach Gary Pell told reporters his team had switched off late and said he would "
            "speak to his defenders.",
            "his team had switched off late",
            "he would speak to his defenders",
        ),
        (
            "The Scottish government said the offer was fair and urged the union to return "
            "to talks.",
            "the offer was fair",
            "the union to return to talks",
        ),
    ],
)
def test_a_cue_joined_to_the_verb_of_a_content_is_the_speaker_s_next_statement(
    extractor: Extractor, text: str, first: str, second: str
) -> None:
    found = claims(extractor, text)
    assert [c.content.text for c in found] == [first, second]
    assert found[0].speaker is not None and found[1].speaker is not None
    assert found[1].speaker.name == found[0].speaker.name  # not "his team", "the offer"
    assert found[1].reported_by is None


def test_a_joined_verb_of_no_speech_stays_in_the_content(extractor: Extractor) -> None:
    text = "Erica Hale complained that Sanders had ignored her call and instead attacked his rival."
    (claim,) = claims(extractor, text)
    assert claim.speaker is not None and claim.speaker.name == "Erica Hale"
    assert claim.content.text.endswith("attacked his rival")  # Sanders attacked, not Hale


def test_a_joined_cue_before_its_report_s_own_cue_is_nested(extractor: Extractor) -> None:
    text = (
        "Eggleston expressed concern about the letter and said it could hurt the strategy, "
        "people familiar with the session said."
    )
    got = {c.content.text: c for c in claims(extractor, text)}
    inner = got["it could hurt the strategy"]
    assert inner.speaker is not None and inner.speaker.name == "Eggleston"
    assert inner.reported_by is not None


def test_content_never_ends_on_a_conjunction(extractor: Extractor) -> None:
    text = (
        "Kasich told reporters he agrees Trump is a “total opportunist” and said “the record "
        "is quite clear that he lies.”"
    )
    contents = [c.content.text for c in claims(extractor, text)]
    assert contents and not any(t.endswith((" and", " or", " but")) for t in contents)


def test_a_medium_on_the_addressee_after_the_content_stays_out_of_it(
    extractor: Extractor,
) -> None:
    text = (
        "Netflix is raising the price of its plan by £1 a month, the company told "
        "subscribers in an email on Tuesday."
    )
    c = only(extractor, text)
    assert c.content.text == "Netflix is raising the price of its plan by £1 a month"
    assert c.source is not None and c.source.name == "an email"


def test_indirect_speech(extractor: Extractor) -> None:
    c = only(extractor, "The minister said that the economy would grow by 3 percent next year.")
    assert c.kind == "indirect"
    assert c.content.text == "the economy would grow by 3 percent next year"
    assert c.cue is not None and c.cue.text == "said"


def test_mixed_speech(extractor: Extractor) -> None:
    c = only(extractor, 'The leaders declared their commitment to "a peaceful and united Syria."')
    assert c.kind == "mixed"
    assert "a peaceful and united Syria" in c.content.text


def test_according_to(extractor: Extractor) -> None:
    c = only(extractor, "The economy grew by 3 percent last year, according to the central bank.")
    assert c.cue is not None and c.cue.text == "according to"
    assert c.speaker is not None and c.speaker.name == "the central bank"
    assert c.content.text == "The economy grew by 3 percent last year"


def test_according_to_before_a_subordinate_clause_cites_the_main_one(
    extractor: Extractor,
) -> None:
    text = (
        "UK house prices fell for a third consecutive month in November, according to the "
        "Nationwide, as higher mortgage rates continued to weigh on buyers."
    )
    c = only(extractor, text)
    assert c.content.text == "UK house prices fell for a third consecutive month in November"


def test_according_to_ending_a_clause_after_the_main_one_cites_the_sentence(
    extractor: Extractor,
) -> None:
    text = (
        "The company's online sales rose 22% last year, while sales in its stores fell 6%, "
        "according to its annual report."
    )
    c = only(extractor, text)
    assert c.content.text == (
        "The company's online sales rose 22% last year, while sales in its stores fell 6%"
    )


def test_according_to_hung_on_an_auxiliary_cites_its_whole_clause(extractor: Extractor) -> None:
    c = only(extractor, "According to the police, the car was speeding.")
    assert c.content.text == "the car was speeding"


def test_according_to_on_a_verb_sharing_a_subject_cites_both(extractor: Extractor) -> None:
    c = only(extractor, "The firm cut 200 jobs and closed a plant, according to a filing.")
    assert c.content.text == "The firm cut 200 jobs and closed a plant"


def test_told_records_the_addressee(extractor: Extractor) -> None:
    c = only(
        extractor,
        "Kremlin spokesman Dmitry Peskov told Sputnik that the statement was prepared in advance.",
    )
    assert c.addressee is not None and c.addressee.text == "Sputnik"
    assert c.speaker is not None
    assert (c.speaker.name, c.speaker.role, c.speaker.affiliation) == (
        "Dmitry Peskov",
        "spokesman",
        "Kremlin",
    )


def test_cue_time_becomes_when(extractor: Extractor) -> None:
    c = only(extractor, "The agreement was a success, the Kremlin said Saturday.")
    assert c.when is not None and c.when.value == "2017-11-11"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Sentencing him on Tuesday, Judge Alison Fenwick said he had betrayed the trust.",
            "2021-03-02",
        ),
        (
            "Addressing reporters on Tuesday, Mayor Ann Cole said the road would reopen.",
            "2021-03-02",
        ),
        (
            "Mayor Ann Cole, visiting the bridge on Tuesday, said the road would reopen.",
            "2021-03-02",
        ),
        # an earlier act, or a time that is the topic of the clause: no time of the report
        ("Mayor Ann Cole, who met the union on Tuesday, said the road would reopen.", None),
        ("Having met the union on Tuesday, Mayor Ann Cole said the road would reopen.", None),
        ("After meeting the union on Tuesday, Mayor Ann Cole said the road would reopen.", None),
        ("Looking back on 2019, Mayor Ann Cole said the road had been a mistake.", None),
        # the day that closes the clause, the parser's on a noun inside it
        (
            "Opening the case for the prosecution on Tuesday, Sarah Whitlock told jurors "
            "that the men had lied.",
            "2021-03-02",
        ),
    ],
)
def test_a_participle_opening_the_sentence_dates_the_statement(
    extractor: Extractor, text: str, value: str | None
) -> None:
    assert when_of(extractor, text, "2021-03-03") == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a stated length apart: the report is not of the march's day
        (
            "Thousands marched through the capital on Tuesday, a day after an official "
            "report blamed poor maintenance for the collapse.",
            None,
        ),
        # with none, the two fall in the same month
        (
            "The mayor was removed from the campaign in February after he suggested that "
            "the ban could be lifted.",
            "2021-02",
        ),
    ],
)
def test_a_clause_set_a_length_of_time_apart_keeps_no_time_of_its_head(
    extractor: Extractor, text: str, value: str | None
) -> None:
    assert when_of(extractor, text, "2021-03-03") == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a present report with a subject of its own: no statement of last year
        (
            "Uptake fell to 84% last year, well below the 95% the World Health Organization "
            "says is needed to stop outbreaks.",
            None,
        ),
        ("Kasich's parents died in a car crash in 1987, and he says the loss changed him.", None),
        # one that shares the past verb's subject shares its time
        ("Reid caucused in Nevada on Saturday and says he voted for neither.", "2016-02-20"),
        # but not a year or a month it looks back to, nor "since" the act
        ("The firm was founded in 2019 and says it has 40 staff.", None),
        ("He resigned on Monday and has since said he was treated unfairly.", None),
        # a past report joined to an act shares the day hung on the act's object
        (
            "Harlow Bank reported a 23% rise in profit on Thursday and said it would return "
            "money to shareholders.",
            "2016-02-18",
        ),
    ],
)
def test_a_present_report_takes_no_time_of_a_past_verb_above_it(
    extractor: Extractor, text: str, value: str | None
) -> None:
    assert when_of(extractor, text, "2016-02-21") == value


def test_a_day_hung_on_the_subject_right_before_the_cue_is_its_time(
    extractor: Extractor,
) -> None:
    text = "Health Minister Ruth Okonjo on Sunday defended the government's record."
    (claim,) = extractor.extract(text, published="2026-12-07").claims
    assert claim.when is not None and claim.when.value == "2026-12-06"


def test_a_clause_misread_as_adverbial_before_a_closing_cue_is_its_content(
    extractor: Extractor,
) -> None:
    # the parser reads "tiger" as a verb, its clause as an adverbial one of "said"
    text = (
        "Three critically endangered Sumatran tiger cubs have been born at Chester Zoo, the "
        "zoo said on Friday. Speaking to reporters, the keeper said."
    )
    (claim,) = extractor.extract(text, published="2026-12-04").claims
    assert claim.content.text == (
        "Three critically endangered Sumatran tiger cubs have been born at Chester Zoo"
    )


def test_an_adverbial_clause_after_a_closing_cue_is_no_second_content(
    extractor: Extractor,
) -> None:
    # the parser reads "supply" as a verb and the "as" clause as a second clause of "said"
    text = (
        "A shortage of memory chips used in data centres will last until at least 2028, an "
        "industry group said on Monday, as demand from artificial intelligence companies "
        "outstrips supply.\n\nThe Semiconductor Industry Association said in a report that "
        "prices had tripled."
    )
    claim = extractor.extract(text, published="2026-02-02").claims[0]
    assert claim.content.text == (
        "A shortage of memory chips used in data centres will last until at least 2028"
    )


def test_a_passive_joined_to_an_object_cue_is_no_content(extractor: Extractor) -> None:
    text = "Pryce had denied the charges but was convicted by a jury in October."
    (claim,) = extractor.extract(text, published="2026-12-05").claims
    assert claim.content.text == "the charges"


def test_an_interview_of_a_named_year_dates_the_statement(extractor: Extractor) -> None:
    text = "In a 2015 interview with the Scotsman, Hale said the theatre had been calm."
    (claim,) = extractor.extract(text, published="2021-07-09").claims
    assert claim.when is not None and claim.when.value == "2015"
    assert claim.source is not None and claim.source.kind == "interview"


@pytest.mark.parametrize(
    "text",
    [
        "Council leader Sarah Quinn said during Tuesday's hearing that the council needed time.",
        "Speaking during Tuesday's hearing, council leader Sarah Quinn said the council needed "
        "time.",
        "Residents packed Tuesday's planning hearing.\n\nSpeaking during the hearing, council "
        "leader Sarah Quinn said the council needed time.",
        # the date on the verb of what happened at the event, told to its audience
        "The plan was approved at a heated meeting of the council on Tuesday.\n\nCouncil "
        "leader Sarah Quinn told the meeting that the council needed time.",
        # the day of the verb a vote is, past a bare mention between
        "The school board voted 5-2 on Tuesday night to close two schools.\n\nThe "
        "superintendent spoke to the board before the vote.\n\nCouncil leader Sarah Quinn "
        "said after the vote that the council needed time.",
    ],
)
def test_a_statement_takes_the_day_of_the_event_it_was_made_at(
    extractor: Extractor, text: str
) -> None:
    doc = extractor.extract(text, published="2021-03-03")
    (claim,) = [c for c in doc.claims if c.cue is not None]
    assert claim.when is not None and claim.when.value == "2021-03-02"


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        # the page's own date line after its label
        (
            "World\n\nTalks on Sudan ceasefire collapse in Jeddah\n\nLast updated: Friday, 4 "
            "December 2026 09:15 GMT\n\nJEDDAH, Saudi Arabia (AP) — Talks broke down on "
            "Thursday, mediators said.",
            ["Talks broke down on Thursday"],
        ),
        # a headline's noun set after a verb that is no cue's subject
        (
            "Japan's central bank holds rates, signals January hike\n\nThe Bank of Japan kept "
            "rates on hold, officials said.",
            ["The Bank of Japan kept rates on hold"],
        ),
        # a place's topic before a headline's colon
        (
            "Australia\n\nSydney lockout: venue owners sue state government\n\nOwners of "
            "nightclubs said the rules were a blunt instrument.",
            ["the rules were a blunt instrument"],
        ),
        # a thing the speaker will put out is not yet said
        ("The Bank of England will announce its next interest rate decision on Thursday.", []),
    ],
)
def test_no_claim_of_a_page_date_a_topic_or_a_thing_yet_to_come(
    extractor: Extractor, text: str, contents: list[str]
) -> None:
    assert [c.content.text for c in extractor.extract(text).claims] == contents


def test_according_to_after_a_clause_cites_that_clause_not_its_tail(extractor: Extractor) -> None:
    text = (
        "The Chancellor has ruled out raising fuel duty in the spring, according to a senior "
        "Treasury source, after a week of speculation that drivers would face higher prices."
    )
    (claim,) = extractor.extract(text).claims
    assert claim.content.text == "The Chancellor has ruled out raising fuel duty in the spring"


@pytest.mark.parametrize(
    "text",
    [
        # a headline's verb the tagger read as a plural noun is no speaker
        "Mayor rejects calls to resign\n\nThe talks failed, the mayor's office said.",
        # a request to stay unnamed, with its reason, is no statement
        "The deal could be announced next week, one of the people said, asking not to be "
        "identified because the talks are private.",
        # people by a noun for them are who was acted on, not what was said
        "Ohio man charged with threatening election officials\n\nThe case is unusual, "
        "prosecutors said.",
        # a request with its reason as a phrase
        "One radiographer, who asked not to be named for fear of losing her job, said scans "
        "were being rationed.",
        # what someone is helped to do is not said
        "A common gut bacterium could help doctors predict which patients will respond, "
        "researchers said.",
        # the name a relative clause gives a thing is what it is called, no statement
        'He sold more than 200 people a coin he called "NorthCoin", police said.',
        'The plan, which officials called "Project North Star", was dropped, police said.',
    ],
)
def test_no_claim_of_an_anonymity_request_or_of_people_acted_on(
    extractor: Extractor, text: str
) -> None:
    cues = [c.cue.text for c in extractor.extract(text).claims if c.cue]
    assert cues == ["said"]


def test_a_speaker_after_the_content_whose_name_the_model_split_at_and(
    extractor: Extractor,
) -> None:
    # the model's "[Avon] and [Somerset Police]", the parser's "by a man, … Police"
    text = (
        "The 34-year-old was walking her dog in Eastville Park when she was approached by a "
        "man, Avon and Somerset Police said."
    )
    (claim,) = extractor.extract(text).claims
    assert claim.speaker is not None and claim.speaker.mention is not None
    assert (claim.speaker.name, claim.speaker.mention.text) == ("Avon and Somerset Police",) * 2
    assert claim.content.text.endswith("approached by a man")


def test_a_turn_that_only_thanks_or_greets_is_no_claim(extractor: Extractor) -> None:
    text = (
        "HOST: Lucy Grant, thank you so much.\n\nHOST: Thanks for joining us this morning."
        "\n\nHOST: Thank you, minister. The figures show inflation is rising again."
    )
    turns = [c.content.text for c in extractor.extract(text).claims if c.evidence == "colon"]
    # (a turn that goes on after its thanks is a claim)
    assert turns == ["Thank you, minister. The figures show inflation is rising again"]


def test_a_time_after_a_cue_is_no_particle_of_it(extractor: Extractor) -> None:
    (claim,) = extractor.extract(
        "The council's cabinet agreed on Tuesday to close the library.", published="2026-11-27"
    ).claims
    assert claim.cue is not None and claim.cue.text == "agreed"
    assert claim.content.text == "to close the library"
    assert claim.when is not None and claim.when.value == "2026-11-24"


def test_a_question_put_to_the_speaker_has_no_speaker_unless_named(extractor: Extractor) -> None:
    # (here the tagger reads "Asked" as a past tense, whose subject the parser gives it)
    text = (
        "No 10 rules out fuel duty rise\n\nDowning Street has ruled out raising fuel duty in "
        "the spring Budget.\n\nThe prime minister's official spokesman told reporters on "
        'Monday: "There are no plans to increase fuel duty. The prime minister understands '
        'the pressure on family budgets."\n\nAsked whether the freeze would be extended '
        'beyond March, the spokesman said he would not "speculate on future fiscal events".'
    )
    found = {c.cue.text: c.speaker for c in extractor.extract(text).claims if c.cue}
    assert found["Asked"] is None
    assert found["said"] is not None and found["said"].mention is not None
    assert found["said"].mention.text == "the spokesman"


@pytest.mark.parametrize(
    ("text", "published", "content", "speaker", "source", "when"),
    [
        # the parser made "told" a second verb of "will veto", joined by the comma; its own
        # past tense dates it, not the future of the verb it was joined to
        (
            "The White House will veto any version of the bill, press secretary Dan Keller "
            "told reporters on Tuesday.",
            "2026-12-03",
            "The White House will veto any version of the bill",
            "Dan Keller",
            None,
            "2026-12-01",
        ),
        # "showed" is an unmarked adverbial clause of "grew"
        (
            "India's economy grew 7.4% in the July-September quarter, faster than expected, "
            "government data showed on Friday.",
            "2026-12-04",
            "India's economy grew 7.4% in the July-September quarter, faster than expected",
            None,
            "government data",
            "2026-12-04",
        ),
    ],
)
def test_a_report_the_parser_joined_to_what_it_reports_reports_the_sentence_before(
    extractor: Extractor,
    text: str,
    published: str,
    content: str,
    speaker: str | None,
    source: str | None,
    when: str,
) -> None:
    (claim,) = extractor.extract(text, published=published).claims
    assert claim.content.text == content
    assert speaker is None or (claim.speaker is not None and claim.speaker.name == speaker)
    assert (claim.source.name if claim.source else None) == source
    assert claim.when is not None and claim.when.value == when


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # a present tense says now: a past month hung on the verb is the content's
        (
            "Lorraine Bates denies manslaughter over the death of Kevin Moss at Furness General "
            "Hospital in March 2024.",
            None,
        ),
        (
            "In an interview with the Financial Times published on Sunday, Sir Charles Bean "
            "said productivity was poor.",
            "2026-11-29",
        ),
        # "the rally" is the one held on a day named before
        (
            "Thousands of farmers rallied in Westminster on Saturday.\n\nSpeaking at the "
            "rally, Tom Bradshaw said the policy would destroy family farms.",
            "2026-11-28",
        ),
        # a document's year of issue dates its finding
        ("The report, published in 2019, found that costs had doubled.", "2019"),
        # the parser hung the participle on the addressee, or the time on the object
        (
            "In a letter to shareholders sent on Tuesday, Sir David Lang wrote that the fund "
            "had underperformed.",
            "2026-11-24",
        ),
        (
            "Appearing before the environment select committee on Wednesday, Lawrence Gosden "
            "said the company had let customers down.",
            "2026-11-25",
        ),
        # giving evidence is making a statement; a letter answered is another's day
        (
            "Giving evidence to the inquiry on Tuesday, Matt Hancock said mistakes were made.",
            "2026-11-24",
        ),
        (
            "In a written response to a letter sent by MPs on Monday, the minister said the "
            "plan was legal.",
            None,
        ),
        # the day the parser hung on whom a document went to, or on "late"
        (
            "In a note to clients on Friday, Goldman analysts said the outage would tip the "
            "market into deficit.",
            "2026-11-27",
        ),
        (
            "Codelco said in a filing with Chile's market regulator late on Thursday that two "
            "workers had been injured.",
            "2026-11-26",
        ),
        # a past report dates its occasion's weekday in the past
        (
            "Speaking at a sponsor's event in London on Tuesday, Raducanu had said she felt "
            '"in the best shape of my career".',
            "2026-11-24",
        ),
        # the participle of issuing the parser hung on the document's "of" phrase
        (
            "An ice shelf has lost an area the size of London, according to an analysis of "
            "satellite images published on Thursday.",
            "2026-11-26",
        ),
    ],
)
def test_what_dates_a_statement_and_what_does_not(
    extractor: Extractor, text: str, when: str | None
) -> None:
    assert when_of(extractor, text, "2026-11-30") == when


@pytest.mark.parametrize(
    "text",
    [
        # only an audience ("told the meeting") dates a statement, not a cue's object
        "Charles Chamberlain praised Thursday's speech by Clinton as a turning point.",
        # what is said after an event may be said days later
        "The team lost on Thursday.\n\nAfter the loss, coach Ian Reid said it was his fault.",
        # an "ago" of the content, or of another verb
        "Six months ago, the senator said, the media ignored him.",
        "The meeting was set up two weeks ago, before the minister said the plan was dead.",
        # a place is no event: the port's earlier mention dated an accident there
        'A deckhand died in an accident at the port of Piraeus last week.\n\n"Every year we '
        'bury colleagues," union president Giorgos Tsoukalas told reporters at the port.',
        # a time inside the speaker's quotation is the speaker's words
        "Mr. Cruz pledged to oppose legal status \u201ctoday, tomorrow, forever.\u201d",
        'The minister pledged "today" to fix the roads.',
    ],
)
def test_a_cues_object_or_an_earlier_event_does_not_date_it(
    extractor: Extractor, text: str
) -> None:
    (claim,) = extractor.extract(text, published="2016-08-12").claims
    assert claim.when is None


def test_the_length_of_an_event_is_no_statement_time(extractor: Extractor) -> None:
    text = "During the two-hour service, the pastor asked the congregation to stand."
    (claim,) = extractor.extract(text, published="2016-06-05").claims
    assert claim.when is None


def test_nested_attribution(extractor: Extractor) -> None:
    found = claims(
        extractor,
        'The Kremlin said the leaders issued a statement saying there was "no military solution".',
    )
    outer = next(c for c in found if c.cue and c.cue.text == "said")
    inner = next(c for c in found if c.cue and c.cue.text == "saying")
    assert inner.reported_by == outer.id
    assert inner.kind == "mixed"


def test_what_a_speaker_declined_to_say_is_one_claim_the_refusal(extractor: Extractor) -> None:
    c = only(extractor, "Cook declined to say whether it was a violation of email policies.")
    assert c.cue is not None and c.cue.text == "declined"
    assert c.content.text == "to say whether it was a violation of email policies"


def test_what_someone_failed_to_tell_is_no_claim(extractor: Extractor) -> None:
    text = (
        "Irish regulators have fined social network Wisp €45m for failing to tell users how "
        "their data was shared with advertisers."
    )
    cues = [c.cue.text for c in extractor.extract(text).claims if c.cue is not None]
    assert "tell" not in cues


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # the parser reads "he had acted …" as a relative clause on "jury"
        (
            "Mr Reid told the jury he had acted in self-defence.",
            None,
            "he had acted in self-defence",
        ),
        # the parser hangs the "that" clause on the verb of a clause of time
        (
            "The central bank said in a statement after its policy committee met that "
            "inflation had eased.",
            None,
            "inflation had eased",
        ),
        # and "the company would pay …" on "meeting", a noun's clause
        (
            "Sam Patel told the meeting the company would pay for a new junction.",
            "Sam Patel",
            "the company would pay for a new junction",
        ),
        # the parser hangs "the district had been …" on "trustees"
        (
            "Superintendent Carla Menendez told trustees the district had been unable to hire.",
            None,
            "the district had been unable to hire",
        ),
        # the parser reads "that" as the subject of "work", a verb
        (
            "Transport for Greater Manchester said in a statement that work on the design would "
            "go on.",
            None,
            "work on the design would go on",
        ),
        # a "that" that is the clause's subject stays
        ("He said that was wrong.", None, "that was wrong"),
        # the parser hangs "the health secretary, Wes Streeting" on "Wednesday"
        (
            "Speaking on BBC Radio 4's Today programme on Wednesday, the health secretary, Wes "
            "Streeting, said waiting lists were falling.",
            "Wes Streeting",
            "waiting lists were falling",
        ),
        # the parser makes "unlock" an adjective and "growth" the object of "said"
        (
            'Chief executive Thomas Woldbye said the expansion would "unlock growth for the '
            'whole country".',
            None,
            'the expansion would "unlock growth for the whole country"',
        ),
    ],
)
def test_a_reported_clause_the_parser_misread_is_the_content(
    extractor: Extractor, text: str, speaker: str | None, content: str
) -> None:
    (claim,) = extractor.extract(text).claims
    assert claim.content.text == content
    if speaker is not None:
        assert claim.speaker is not None and claim.speaker.name == speaker


def test_a_cue_with_an_object_of_its_own_reads_no_clause(extractor: Extractor) -> None:
    assert [c.content.text for c in extractor.extract("He said goodbye.").claims] == []


def test_an_event_before_a_headlines_colon_is_its_topic(extractor: Extractor) -> None:
    text = "Senate hearing: Fed chair says tariffs risk higher inflation\n\nMore text here."
    claims = extractor.extract(text).claims
    assert [c.cue.text if c.cue else None for c in claims] == ["says"]


def test_an_interviews_questions_are_no_claims(extractor: Extractor) -> None:
    text = (
        "Q&A: The library's new head\n\nQ: Is the library fully back?\n\nLawson: Not fully. "
        "The catalogue is back, but some services will take another year.\n\nQuestion: What "
        "did the attack cost?\n\nLawson: About £7 million so far, and we paid no ransom."
    )
    claims = extractor.extract(text).claims
    assert [c.speaker.name if c.speaker else None for c in claims] == ["Lawson", "Lawson"]


def test_an_infinitive_a_noun_takes_is_no_cue(extractor: Extractor) -> None:
    text = (
        "Shell said it respected the right to protest but that the activists had put "
        "themselves at serious risk."
    )
    assert [c.cue.text for c in extractor.extract(text).claims if c.cue] == ["said"]
    # a medium's infinitive reports: "issued a statement to say that …"
    (claim,) = extractor.extract("The club issued a statement to say the manager had left.").claims
    assert claim.content.text == "the manager had left"


def test_scare_quote_is_not_a_claim(extractor: Extractor) -> None:
    assert claims(extractor, 'The so-called "experts" met in Geneva on Monday.') == []


def test_document_speaker(extractor: Extractor) -> None:
    c = only(extractor, '"The sides will meet again," the joint statement said.')
    assert c.speaker is not None and (c.speaker.name, c.speaker.type) == (
        "the statement",
        "document",
    )


@pytest.mark.parametrize(
    ("text", "speaker", "source", "when"),
    [
        (
            "House prices fell in November, figures published on Sunday show.",
            ("the figures", "document"),
            "figures",
            "2017-11-12",
        ),
        (
            "Inflation rose to 3.8% in October, figures from the Office for National "
            "Statistics show.",
            ("the Office for National Statistics", "organization"),
            "figures from the Office for National Statistics",
            None,
        ),
        (
            "A company called Harmony Enterprises gave $5,000 to the PAC on June 27, 2014, "
            "campaign finance records show.",
            ("the records", "document"),
            "campaign finance records",
            None,  # the parser hung "show" under the date: no time of the records'
        ),
    ],
)
def test_a_document_reporting_last_speaks_where_the_parser_took_its_cue_for_a_noun(
    extractor: Extractor, text: str, speaker: tuple[str, str], source: str, when: str | None
) -> None:
    c = only(extractor, text)
    assert c.content.text == text.rsplit(",", 1)[0]
    assert c.speaker is not None and (c.speaker.name, c.speaker.type) == speaker
    assert c.source is not None and c.source.name == source
    assert (c.when.value if c.when else None) == when


def test_colon_headline(extractor: Extractor) -> None:
    c = only(
        extractor, "Bernie Sanders: Hillary Clinton Is Qualified To Be President\n\nMore text."
    )
    assert (c.cue.text if c.cue else None, c.speaker.name if c.speaker else None) == (
        ":",
        "Bernie Sanders",
    )
    assert c.content.text == "Hillary Clinton Is Qualified To Be President"


def test_dash_attribution(extractor: Extractor) -> None:
    c = only(extractor, '"The rally was the biggest of the year." — David Martosko')
    assert c.kind == "direct"
    assert c.speaker is not None and c.speaker.name == "David Martosko"
    assert c.cue is not None and c.cue.text == "—"


def test_quote_paragraphs_after_an_attributed_quote_keep_the_speaker(extractor: Extractor) -> None:
    text = (
        '"We will rebuild the bridge," Mayor John Smith said.\n\n'
        '"It will take two years and cost a lot of money."\n\n'
        "The council meets on Monday."
    )
    (c,) = claims(extractor, text)
    assert c.speaker is not None and c.speaker.name == "John Smith"
    assert c.pieces()[-1].text == "It will take two years and cost a lot of money"
    assert c.evidence.endswith("+continued")


def test_unattributed_quote_is_not_a_claim(extractor: Extractor) -> None:
    assert claims(extractor, 'The sign read "Make peace, not war, in our time."') == []


def test_ptb_quotes(extractor: Extractor) -> None:
    c = only(extractor, "``It was definitely a bomb,'' said a U.S. Embassy official in Nairobi.")
    assert c.kind == "direct" and c.content.text == "It was definitely a bomb"
    assert c.speaker is not None and c.speaker.type == "anonymous"


def test_nickname_in_quotes_is_not_a_claim(extractor: Extractor) -> None:
    assert claims(extractor, 'Dwayne "The Rock" Johnson arrived in Geneva on Monday.') == []


def test_unattributed_figure(extractor: Extractor) -> None:
    (c,) = claims(extractor, "More than 330,000 people have been killed in Syria since 2011.")
    assert (c.kind, c.speaker, c.cue) == ("unattributed", None, None)
    assert c.content.text == "More than 330,000 people have been killed in Syria since 2011"


def test_small_numbers_are_not_check_worthy(extractor: Extractor) -> None:
    assert claims(extractor, "The pair shook hands three times during the summit.") == []


def test_pronoun_speaker_across_a_paragraph(extractor: Extractor) -> None:
    text = "Angela Merkel spoke in Berlin.\n\nShe said the coalition would hold."
    (c,) = claims(extractor, text)
    assert c.speaker is not None
    assert (c.speaker.name, c.speaker.mention.text if c.speaker.mention else None) == (
        "Angela Merkel",
        "She",
    )


@pytest.mark.parametrize(
    "text",
    [
        "In an interview with public broadcaster NRK, Norway's climate minister, Andreas "
        "Eriksen, said the figures were a wake-up call.",
        "In an interview with NRK, the minister, Andreas Eriksen, said the figures were a "
        "wake-up call.",
    ],
)
def test_a_subject_set_off_after_an_opening_phrase_speaks(extractor: Extractor, text: str) -> None:
    # the parser hangs the subject on the broadcaster as appositions, leaving "said" bare
    (c,) = claims(extractor, text)
    assert c.speaker is not None and c.speaker.name == "Andreas Eriksen"
    assert c.content.text == "the figures were a wake-up call"


def test_appositive_speaker(extractor: Extractor) -> None:
    (c,) = claims(extractor, "Hugh Hill, a doctor, said the hospital was full.")
    assert c.speaker is not None
    assert (c.speaker.name, c.speaker.role) == ("Hugh Hill", "doctor")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the parser hangs the rest off the cue ("IS" read as a verb): it is still content
        (
            'The Russian military has accused the United States of merely "pretending" to '
            "fight IS in Iraq and of hindering the offensive in eastern Syria.",
            'the United States of merely "pretending" to fight IS in Iraq and of hindering '
            "the offensive in eastern Syria",
        ),
        # a new clause with its own subject is not
        ("The minister said the plan works, and the farmers were pleased.", "the plan works"),
        # nor the cue's source
        ("The minister accused the bank of lying, in a statement.", "the bank of lying"),
        # a phrase of what was announced is content; where it was announced is not
        (
            "The band announced a benefit concert in support of Bernie Sanders.",
            "a benefit concert in support of Bernie Sanders",
        ),
        ("The band announced the concert at a rally in Iowa.", "the concert"),
        # "but that …" is a second complement of the same cue
        (
            "The governor said the state needs a guest-worker program, but that he would "
            "not support mass deportation.",
            "the state needs a guest-worker program, but that he would not support mass "
            "deportation",
        ),
    ],
)
def test_content_cut_short_by_the_parser_runs_to_the_sentence_end(
    extractor: Extractor, text: str, content: str
) -> None:
    doc = extractor.extract(text, published="2017-11-11")
    assert [c.content.text for c in doc.claims] == [content]


@pytest.mark.parametrize(
    ("text", "speaker", "pieces"),
    [
        (
            "Vice President Joe Biden, Rubio said, had been in the Senate for decades.",
            "Rubio",
            ["Vice President Joe Biden", "had been in the Senate for decades"],
        ),
        (
            "In the long run, many economists say, this effect could ripple through the system.",
            "many economists",
            ["In the long run", "this effect could ripple through the system"],
        ),
        (
            "The argument would be aided, Devine said, by the upcoming primary calendar.",
            "Devine",
            ["The argument would be aided", "by the upcoming primary calendar"],
        ),
        (
            "He had no known political affiliations, the airline added, and had passed all "
            "background security checks.",
            "the airline",
            [
                "He had no known political affiliations",
                "and had passed all background security checks",
            ],
        ),
        # a conjunction before the cue is not a piece of what was said
        (
            "But, Carson added, he did not support issuing quarantines willy-nilly.",
            "Carson",
            ["he did not support issuing quarantines willy-nilly"],
        ),
    ],
)
def test_parenthetical_cue_splits_its_content(
    extractor: Extractor, text: str, speaker: str, pieces: list[str]
) -> None:
    c = only(extractor, text)
    assert mention_of(c) == speaker
    assert [p.text for p in c.pieces()] == pieces
    assert c.content.text.startswith(pieces[0]) and c.content.text.endswith(pieces[-1])


def test_a_parenthetical_time_is_not_content(extractor: Extractor) -> None:
    c = only(extractor, "The economy will grow, the minister said on Monday.")
    assert (c.content.text, c.segments) == ("The economy will grow", [])
    # nor what the words rest on, in a participle after the cue
    text = (
        "Stocks rose by 5.2 million barrels, the institute said on Tuesday, citing market sources."
    )
    c = only(extractor, text)
    assert (c.content.text, c.segments) == ("Stocks rose by 5.2 million barrels", [])


@pytest.mark.parametrize(
    "text",
    [
        "The moderator asked Clinton.",
        "The senator condemned Duke.",
        "The mayor promised Sunday.",
    ],
)
def test_an_object_that_only_names_someone_is_no_claim(extractor: Extractor, text: str) -> None:
    assert claims(extractor, "Headline\n\n" + text) == []


def test_an_act_inside_a_reported_claim_is_not_a_second_claim(extractor: Extractor) -> None:
    found = claims(
        extractor,
        "Bush says it is more important than ever to defend gun rights after the attacks.",
    )
    assert [(c.cue.text if c.cue else None) for c in found] == ["says"]


def test_poll_share_is_the_speaker(extractor: Extractor) -> None:
    c = only(extractor, "Headline\n\nAbout 4 in 10 say they want a more liberal president.")
    assert c.speaker is not None and c.speaker.mention is not None
    assert c.speaker.mention.text == "About 4 in 10"
    assert c.content.text == "they want a more liberal president"


def test_verbless_quote_with_its_own_cue_is_a_claim(extractor: Extractor) -> None:
    c = only(extractor, "Headline\n\n“With an eye to February 20th, Carolina,” he said.")
    assert (c.kind, c.content.text) == ("direct", "With an eye to February 20th, Carolina")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Majorities of Democrats in five states going to the polls Tuesday say they "
            "would be satisfied with both candidates as the nominee.",
            "Majorities",
        ),
        (
            "Large majorities of Republican primary voters in six states going to the polls "
            "on Super Tuesday said they support a proposal to ban all non-citizen Muslims.",
            "Large majorities",
        ),
    ],
)
def test_long_subject_broken_at_a_participle_still_speaks(
    extractor: Extractor, text: str, speaker: str
) -> None:
    (c,) = claims(extractor, text)
    assert c.content.text.startswith("they ")
    assert c.speaker is not None and c.speaker.mention is not None
    assert c.speaker.mention.text.startswith(speaker)


def test_a_conjoined_cue_is_not_content_of_the_first(extractor: Extractor) -> None:
    text = (
        "Sanders pledged a political revolution and said that he and his supporters would "
        "stand up to the billionaire class."
    )
    got = {c.cue.text: c.content.text for c in claims(extractor, text) if c.cue}
    assert got == {
        "pledged": "a political revolution",
        "said": "he and his supporters would stand up to the billionaire class",
    }


def test_contrast_without_a_comma_runs_on(extractor: Extractor) -> None:
    text = "Cruz said there is a “long road ahead” but he feels confident that Cruz will win."
    (c,) = (c for c in claims(extractor, text) if c.cue and c.cue.text == "said")
    assert (
        c.content.text == "there is a “long road ahead” but he feels confident that Cruz will win"
    )
    # the speaker's next act is a claim of its own, not more of the first
    text = "Clinton said she respects Sanders but argues that he can’t deliver."
    got = {c.cue.text: c.content.text for c in claims(extractor, text) if c.cue}
    assert got == {"said": "she respects Sanders", "argues": "he can’t deliver"}


def test_quote_lines_signed_with_a_dash(extractor: Extractor) -> None:
    """Reader quotes one per line, each signed '― Name' (HuffPost), the first opened with
    a closing mark: each is a direct claim of its signer, names without dash or newline."""
    text = (
        "31 Latinos Share Their Thoughts.\n\n"
        "”Mr. Trump embodies the legacy of racism. He represents our shame.” ― Sonya Herridge\n"
        "“During the debate Trump said Hispanics live in hell.”― Pamela Padilla\u00a0\n"
        "“How did we get this low?”\u00a0― Jacklyn Ashley\u00a0\n"
    )
    doc = extractor.extract(text)
    got = [(c.speaker.name if c.speaker else None, c.kind) for c in doc.claims]
    assert got == [
        ("Sonya Herridge", "direct"),
        ("Pamela Padilla", "direct"),
        ("Jacklyn Ashley", "direct"),
    ]
    mentions = [c.speaker.mention.text for c in doc.claims if c.speaker and c.speaker.mention]
    assert mentions == ["Sonya Herridge", "Pamela Padilla", "Jacklyn Ashley"]
    assert all(not e.name.startswith("―") for e in doc.entities)


def test_cue_hung_on_the_reported_verb_before_it(extractor: Extractor) -> None:
    c = only(extractor, "Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt in 1999.")
    assert [p.text for p in c.pieces()] == [
        "Lenox was a juggernaut",
        "until it went bankrupt in 1999",
    ]
    assert c.speaker is not None and c.speaker.name == "Clarke"


def test_verbless_quote_goes_on_after_its_cue(extractor: Extractor) -> None:
    c = only(extractor, "“Here comes Big Daddy,” she said, clapping. “The Donald. Big Daddy.”")
    assert [p.text for p in c.pieces()] == ["Here comes Big Daddy,", "The Donald. Big Daddy"]


def test_parenthetical_cue_with_its_place_and_a_report_that_goes_on(
    extractor: Extractor,
) -> None:
    text = (
        "The middle fifth paid 8.9 percent, the agency said in a June report, and those in "
        "the bottom fifth paid 0.8 percent."
    )
    c = only(extractor, text)
    assert [p.text for p in c.pieces()] == [
        "The middle fifth paid 8.9 percent",
        "and those in the bottom fifth paid 0.8 percent",
    ]
    # a second cue after the parenthetical is a claim of its own
    got = {
        c.cue.text: c.content.text
        for c in claims(extractor, "The economy grew, he said, and he added that jobs were up.")
        if c.cue
    }
    assert got == {"said": "The economy grew", "added": "jobs were up"}


def test_of_two_subjects_the_one_next_to_the_cue_speaks(extractor: Extractor) -> None:
    (c,) = claims(extractor, "Biden, Rubio said on Monday, had been in the Senate too long.")
    # the mention is Rubio's (the model reads "Biden, Rubio" as one organisation's name)
    assert c.speaker is not None and c.speaker.mention is not None
    assert c.speaker.mention.text == "Rubio"


@pytest.mark.parametrize(
    ("text", "kind", "speaker", "last"),
    [
        (  # the New York Times quotes ''like this''
            "''Tell that to the janitor in here who's paying taxes,'' Mr. Biden said. "
            "''Tell that to your mothers and fathers.''",
            "direct",
            "Biden",
            "Tell that to your mothers and fathers",
        ),
        (  # after a report with a quoted fragment, as after a direct quote
            'Both parties "saw Burma as a country reeling under pressure from China," said '
            'Victor Cha, who served under Bush. "We often forget about it."',
            "mixed",
            "Victor Cha",
            "We often forget about it",
        ),
    ],
)
def test_quote_after_the_closing_cue_goes_on_with_the_claim(
    extractor: Extractor, text: str, kind: str, speaker: str, last: str
) -> None:
    c = only(extractor, text)
    assert c.kind == kind and c.speaker is not None and c.speaker.name == speaker
    assert len(c.pieces()) == 2 and c.pieces()[-1].text == last


def test_quote_with_its_own_cue_stays_its_own_claim(extractor: Extractor) -> None:
    found = claims(extractor, 'He said it was "fine." "Nothing else matters," she added.')
    assert [c.content.text for c in found] == ['it was "fine."', "Nothing else matters"]


def test_quote_after_a_colon_ends_the_report(extractor: Extractor) -> None:
    text = (
        "Clinton said she has the essential quality for the job of president: "
        '"Steadiness -- an absolute rock steadiness."'
    )
    c = only(extractor, text)
    assert c.kind == "mixed"
    assert c.content.text.endswith('job of president: "Steadiness -- an absolute rock steadiness."')


def test_a_refusal_inside_a_report_is_not_a_second_claim(extractor: Extractor) -> None:
    text = "Pagliano's lawyer said he will refuse to answer any questions from the panel."
    assert [(c.cue.text if c.cue else None, c.content.text) for c in claims(extractor, text)] == [
        ("said", "he will refuse to answer any questions from the panel")
    ]


def test_the_object_of_a_relative_clause_on_the_cue_s_object_is_no_content(
    extractor: Extractor,
) -> None:
    text = (
        "Osei resigned after he posted comments on social media that the party described as "
        '"unacceptable".'
    )
    assert not any(c.content.text.startswith("the party") for c in claims(extractor, text))


def test_a_verb_read_as_the_noun_heading_its_sentence_is_a_cue(extractor: Extractor) -> None:
    text = "Documents seen by the Echo show that council officers have drawn up a new route."
    (claim,) = extractor.extract(text).claims  # the tagger reads "Echo show" as one noun
    assert claim.cue is not None and claim.cue.text == "show"
    assert claim.content.text == "council officers have drawn up a new route"


def test_an_outlet_that_can_reveal_reports_its_own_scoop_not_a_claim(
    extractor: Extractor,
) -> None:
    text = "A plan for a bypass is back on the table, the Echo can reveal."
    assert extractor.extract(text).claims == []
    # a speaker who reveals still speaks
    said = extractor.extract("The plan is back on the table, the council revealed.").claims
    assert [c.speaker.name if c.speaker else None for c in said] == ["the council"]


def test_a_headline_s_closing_cue_before_the_line_break_reports_the_headline(
    extractor: Extractor,
) -> None:
    text = (
        "Bird flu found in Antarctic seals, scientists say\n\nScientists have confirmed "
        "the first cases of H5N1 in elephant seals."
    )
    first = extractor.extract(text).claims[0]  # the parser hangs the break on "say"
    assert first.content.text == "Bird flu found in Antarctic seals"
    assert first.speaker is not None and first.speaker.name == "scientists"


def test_an_amount_claimed_reports_nothing(extractor: Extractor) -> None:
    text = "An audit found he had claimed 14,000 pounds in expenses he could not justify."
    cues = [c.cue.text if c.cue else None for c in extractor.extract(text).claims]
    assert cues == ["found"]  # not "claimed" with "he could not justify" for content


def test_a_second_that_clause_of_a_report_is_not_its_inner_verb_s(extractor: Extractor) -> None:
    """ "said the budget added money … and that no officer would be laid off": the second
    clause is more of Lopez's report, not what "added" reports."""
    text = (
        "Council President Maria Lopez said the budget added money for police overtime and "
        "that no officer would be laid off."
    )
    (c,) = claims(extractor, text)
    assert c.speaker is not None and c.speaker.name == "Maria Lopez"
    assert c.content.text.endswith("and that no officer would be laid off")


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Schneiderman alleged in the suit that Trump personally earned $5 million from "
            "the enterprise.",
            "Schneiderman",
            "Trump personally earned $5 million from the enterprise",
        ),
        (
            "CBS reported that the decision to tap Merkel as the Person of the Year was made "
            "because Merkel had led her country out of three crises.",
            "CBS",
            "the decision to tap Merkel as the Person of the Year was made because Merkel had "
            "led her country out of three crises",
        ),
        (
            "Adelson said earlier on Friday during a news conference that he may wait until "
            "the primaries.",
            "Adelson",
            "he may wait until the primaries",
        ),
        (
            "Sanders said following a vote in 2001 that he had serious concerns.",
            "Sanders",
            "he had serious concerns",
        ),
        (  # the tagger reads "to MPs" as an infinitive, and hangs the clause on it
            "The minister said in a letter to MPs that the plan was dead.",
            "the minister",
            "the plan was dead",
        ),
        (  # the clause hung on the programme; its last word a sign spaCy calls punctuation
            "Simon Roberts, chief executive of the UK's second-largest supermarket chain, told "
            "the BBC's Today programme on Tuesday that shoppers should expect inflation of "
            "about 4%.",
            "Simon Roberts",
            "shoppers should expect inflation of about 4%",
        ),
        (  # past a noun the tagger read as a verb, the cue's object
            "Its Scotland official, Lorraine Ritchie, told BBC Radio Scotland's Good Morning "
            "Scotland programme that staff were angry.",
            "Lorraine Ritchie",
            "staff were angry",
        ),
        (  # past a participle that issued the text the words came in
            "David Rachal, a geoarchaeologist, wrote in a response published last year that "
            "the seeds could have absorbed older carbon.",
            "David Rachal",
            "the seeds could have absorbed older carbon",
        ),
    ],
)
def test_that_clause_the_parser_hung_on_a_noun_is_still_the_content(
    extractor: Extractor, text: str, speaker: str, content: str
) -> None:
    c = only(extractor, text)
    assert (c.speaker.name if c.speaker else None, c.content.text) == (speaker, content)


@pytest.mark.parametrize(
    "text",
    [
        "He said in the letter that was leaked on Monday.",  # a relative clause
        "How he answers that question will have a direct bearing on the race.",  # determiner
    ],
)
def test_that_which_opens_no_clause_is_no_content(extractor: Extractor, text: str) -> None:
    assert claims(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "As The Daily Caller reported, the star gave between $1,001 and $5,000 to the "
            "Clintons.",
            "The Daily Caller",
            "the star gave between $1,001 and $5,000 to the Clintons",
        ),
        (
            "As reported by Western Journalism, investigators found over 2,200 emails.",
            "Western Journalism",
            "investigators found over 2,200 emails",
        ),
        (
            "But as a Politico reporter noted, he did not fill the stadium.",
            "a Politico reporter",
            "he did not fill the stadium",
        ),
        ("The race is tight, as the Times reported on Monday.", "the Times", "The race is tight"),
    ],
)
def test_as_clause_reports_the_clause_it_hangs_on(
    extractor: Extractor, text: str, speaker: str, content: str
) -> None:
    c = only(extractor, text)
    assert (mention_of(c), c.content.text) == (speaker, content)
    assert c.cue is not None and c.cue.text in ("reported", "noted")


@pytest.mark.parametrize(
    "text",
    [
        "As he said goodbye, the crowd cheered loudly.",  # the cue has an object of its own
        "Trump rode the will of the crowd as he replied.",  # "as" of time, not set off
        "The rules of the party, as it is currently written, add another number.",  # no speaker
    ],
)
def test_as_clause_of_time_or_without_a_speaker_reports_nothing(
    extractor: Extractor, text: str
) -> None:
    assert claims(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (  # the parser takes "rabbi" for a verb and leaves "said" with no subject
            "Jeffrey Salkin, a Hollywood, Fla., rabbi helping to organize the boycott, said "
            "he and other rabbis were alarmed about Trump's behavior.",
            "Jeffrey Salkin",
            "he and other rabbis were alarmed about Trump's behavior",
        ),
        (  # the parser takes the subject for an apposition of "Hillary Clinton"
            "Tuesday in New York City, while on the campaign trail for his wife Democratic "
            "presidential front-runner Hillary Clinton, former president Bill Clinton said his "
            "wife was uniquely qualified to be president.",
            "former president Bill Clinton",
            "his wife was uniquely qualified to be president",
        ),
    ],
)
def test_speaker_the_parser_lost_is_found_from_word_order(
    extractor: Extractor, text: str, speaker: str, content: str
) -> None:
    c = only(extractor, text)
    assert (mention_of(c), c.content.text) == (speaker, content)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "She later tweeted a photograph of her bruised forearm.",
            "a photograph of her bruised forearm",
        ),
        (
            "He also mentioned the violence in his Chicago hometown.",
            "the violence in his Chicago hometown",
        ),
        (
            "Clinton noted her years as senator representing the state.",
            "her years as senator representing the state",
        ),
        # a leading "that" goes only when it is no subject
        ("He said that the plan was wrong.", "the plan was wrong"),
        ("Ministers say that is enough.", "that is enough"),
        # never from inside a word: the parser's object "the U" of "U-turn"
        ('Kemi Badenoch said the U-turn was "a humiliation".', 'the U-turn was "a humiliation"'),
        # the parser hangs "that the city had not shown" on "order" and takes only the
        # tail for the cue's clause
        (
            "Judge Karen Liu wrote in a 24-page order that the city had not shown the curfew "
            "would reduce crime.",
            "the city had not shown the curfew would reduce crime",
        ),
    ],
)
def test_the_content_of_a_claim(extractor: Extractor, text: str, content: str) -> None:
    # what is mentioned, tweeted or noted; a leading "that"; a clause the parser split
    assert only(extractor, text).content.text == content


def test_mentioning_only_a_name_is_no_claim(extractor: Extractor) -> None:
    assert claims(extractor, "Headline\n\nThe senator mentioned Trump.") == []


def test_colon_after_a_long_heading_and_a_dash(extractor: Extractor) -> None:
    text = (
        "Intro.\n\nRED STATES OUTNUMBER BLUE STATES FOR THE FIRST TIME - Jeffrey M. Jones: "
        "“Gallup’s analysis finds that 20 states are solidly Republican.”"
    )
    c = only(extractor, text)
    assert c.speaker is not None and c.speaker.name == "Jeffrey M. Jones"
    assert c.content.text == "“Gallup’s analysis finds that 20 states are solidly Republican.”"


def test_a_hyphen_before_a_colon_is_no_dash_and_a_time_no_speaker(extractor: Extractor) -> None:
    text = (
        "Our chief technology officer put it bluntly at our all-hands meeting in January: "
        '"We are paying for flexibility we do not use."'
    )
    claims_ = extractor.extract(text).claims
    assert not any(c.speaker is not None and c.speaker.name == "January" for c in claims_)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            '<tweet author="@bcuban" date="March 12">Mark Cuban: Trump has gone crazy.</tweet>',
            "Trump has gone crazy",
        ),
        ('<tweet author="@AP">BREAKING: AP analysis: Most donors met Clinton.</tweet>', None),
    ],
)
def test_colon_inside_markup(extractor: Extractor, text: str, content: str | None) -> None:
    found = claims(extractor, "Intro.\n\n" + text)
    assert [c.content.text for c in found] == ([content] if content else [])


def test_adding_after_a_quote_keeps_the_speaker_of_the_report(extractor: Extractor) -> None:
    text = (
        "Trump told Newsmax that Mitt Romney “had a crazy policy of self-deportation,” "
        "adding, “He lost all of the Latino vote.”"
    )
    found = [
        (c.cue.text if c.cue else None, c.speaker.name if c.speaker else None, c.content.text)
        for c in claims(extractor, text)
    ]
    assert found == [
        ("told", "Trump", "Mitt Romney “had a crazy policy of self-deportation,”"),
        ("adding", "Trump", "He lost all of the Latino vote"),
    ]


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "The survey found that most voters back the plan.",
            [("most voters back the plan", "found")],
        ),
        ("The court ruled that the ban was unlawful.", [("the ban was unlawful", "ruled")]),
        # "find" reports a finding of a clause, whoever finds; a thing found is no claim
        (
            "The King's Fund, a health think tank, found that 38 per cent had waited.",
            [("38 per cent had waited", "found")],
        ),
        ("Police found that the car had been stolen.", [("the car had been stolen", "found")]),
        ("Police found the car in a ditch.", []),
        # a finding before its reporting verb is one, whatever its tense
        (
            "Those who ate the most had a 4% higher risk of death, the authors found.",
            [("Those who ate the most had a 4% higher risk of death", "found")],
        ),
        ("Voters found him to be charming.", []),
        # a finding joined to a past verb shares its subject; not after a modal
        (
            "Researchers analysed data from 4,000 sensors and found that the ocean absorbed "
            "more heat.",
            [("the ocean absorbed more heat", "found")],
        ),
        ("Voters may listen and conclude that the programs failed.", []),
        # a person "shows" no clause: "shows" is a document's ("Footage shows …")
        ("Footage shows that the doors were locked.", [("the doors were locked", "shows")]),
        ("Trump shows that he is serious.", []),
    ],
)
def test_findings_of_documents_are_claims(
    extractor: Extractor, text: str, claims: list[tuple[str, str]]
) -> None:
    doc = extractor.extract(text)
    assert [(c.content.text, c.cue.text if c.cue else None) for c in doc.claims] == claims


def test_according_to_an_outlet_is_the_source_not_a_claim(extractor: Extractor) -> None:
    text = "The council will cut bins, Councillor Jane Smith said, according to the Glasgow Herald."
    (claim,) = extractor.extract(text).claims
    assert claim.content.text == "The council will cut bins"
    assert claim.speaker is not None and claim.speaker.name == "Jane Smith"
    assert claim.source is not None
    assert (claim.source.name, claim.source.kind) == ("the Glasgow Herald", "outlet")


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (  # the parser hangs the phrase inside what the minister said
            "The minister said the plan was dead, according to Reuters.",
            "the plan was dead",
            "Reuters",
        ),
        (
            "The president said on Monday, according to a transcript, that the war was over.",
            "the war was over",
            "a transcript",
        ),
        (  # the phrase between the cue and its clause
            "The minister said, according to Reuters, that the plan was dead.",
            "the plan was dead",
            "Reuters",
        ),
    ],
)
def test_according_to_inside_a_reported_content_is_its_source(
    extractor: Extractor, text: str, content: str, source: str
) -> None:
    (claim,) = extractor.extract(text).claims
    assert claim.content.text == content
    assert claim.source is not None and claim.source.name == source


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the plan was dead, Reuters reported.",
        # the parser makes "reported" a second clause of "said"
        "The minister said the plan was dead, the Financial Times reported on Tuesday.",
        # the parser hangs "reported" inside what was said
        "The minister said the plan was dead, Tass reported.",
    ],
)
def test_an_outlet_that_reported_a_statement_is_its_source(extractor: Extractor, text: str) -> None:
    (claim,) = extractor.extract(text).claims
    assert claim.speaker is not None and claim.speaker.name == "the minister"
    assert claim.content.text == "the plan was dead"
    assert claim.source is not None and claim.source.name in (
        "Reuters",
        "the Financial Times",
        "Tass",
    )


def test_a_company_that_reports_is_a_speaker_not_a_source(extractor: Extractor) -> None:
    text = "The company reported that profits rose."
    assert [c.content.text for c in extractor.extract(text).claims] == ["profits rose"]


def test_according_to_in_a_speakers_own_words_stays_in_them(extractor: Extractor) -> None:
    text = (
        "The following is an edited transcript of remarks by Treasury Minister Mark Ellis "
        "at a briefing in Oslo on Tuesday.\n\nQ: Minister, will you raise taxes next year?"
        "\n\nA: No. We have no plans to raise income tax.\n\nQ: What about the deficit?\n\n"
        "A: It will fall to 2 percent of GDP next year, according to our forecasts."
    )
    last = extractor.extract(text, published="2026-12-02").claims[-1]
    assert last.speaker is not None and last.speaker.name == "Mark Ellis"
    assert last.content.text.endswith("next year, according to our forecasts")


def test_according_to_opening_a_sentence_reports_the_main_clause(extractor: Extractor) -> None:
    # the parser hangs the phrase on "made", as if a verb of the main clause
    text = "According to court filings made public last month, the startup is being sued."
    (claim,) = extractor.extract(text).claims
    assert claim.content.text == "the startup is being sued"
    # a clause with a subject of its own is the main clause's first part, not the phrase's
    text = (
        "According to the exit polls in New Hampshire, 24% of Republican voters put a "
        "priority on choosing a candidate who would tell it like it is -- essentially the "
        "slogan for his campaign; 66% of those voters opted for Trump."
    )
    (claim,) = extractor.extract(text).claims
    assert claim.content.text.startswith("24% of Republican voters put a priority")


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("The union has called off next week's strike. The mayor called for calm.", ["called for"]),
        # a particle after the object ("call them [in]")
        (
            "The plans go to the housing secretary, who could call them in for a public "
            "inquiry. The mayor called on ministers to act.",
            ["called on"],
        ),
        # a preposition right after a cue with no clause of its own; not "added to cheers"
        (
            "Professor Mark Jennings said the find added to evidence that glaciers in Norway "
            'almost vanished after the last ice age. "We will go back next summer," she '
            "added to cheers from the audience.",
            ["said", "added"],
        ),
        # a refusal's verb with an amount for its object is a fall
        (
            "Sales declined 31 per cent in the quarter. The minister declined to comment.",
            [None, "declined"],  # (the first, an unattributed figure)
        ),
        # what a thing shows, inside someone's words, is their reasoning
        (
            'The envoy said in a statement that the deal showed "the world can still act '
            'together". Footage shows that the gates were open.',
            ["said", "shows"],
        ),
        # a page's date line after a label and a colon is no one's words
        (
            "Ministers back new rail line\n\nLast Modified: Friday, 4 December 2026 3:20 PM"
            "\n\nThe minister said the line would open in 2030.",
            ["said"],
        ),
    ],
)
def test_a_word_that_makes_a_cue_an_act_makes_no_claim(
    extractor: Extractor, text: str, cues: list[str]
) -> None:
    assert [c.cue.text if c.cue else None for c in extractor.extract(text).claims] == cues


def test_a_remark_set_off_after_the_report_is_no_part_of_its_content(
    extractor: Extractor,
) -> None:
    text = (
        "A record number of sea turtles nested on Florida's beaches this year, state "
        "wildlife officials said Tuesday, a sign that decades of conservation work may be "
        "paying off."
    )
    (claim,) = extractor.extract(text).claims
    assert (
        claim.content.text == "A record number of sea turtles nested on Florida's beaches this year"
    )


def test_a_participle_after_an_appended_report_keeps_the_report(extractor: Extractor) -> None:
    text = (
        "Ukrainian drones struck an oil depot in Russia's Bryansk region overnight, a source "
        "in Ukraine's security service told Reuters on Friday, setting off a fire that "
        "burned for hours."
    )
    (claim,) = extractor.extract(text).claims
    assert (
        claim.content.text
        == "Ukrainian drones struck an oil depot in Russia's Bryansk region overnight"
    )
    assert claim.cue is not None and claim.cue.text == "told"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Of those who voted, 91% backed strike action on a turnout of 62%, the union said.",
            "Of those who voted, 91% backed strike action on a turnout of 62%",
        ),
        (
            "The committee voted 6-3 to keep rates on hold, with three members backing an "
            "immediate cut, minutes of the meeting showed.",
            "The committee voted 6-3 to keep rates on hold, with three members backing an "
            "immediate cut",
        ),
    ],
)
def test_a_report_after_a_comma_the_parser_made_the_root_reports_what_comes_before(
    extractor: Extractor, text: str, content: str
) -> None:
    (claim,) = extractor.extract(text).claims
    assert claim.content.text == content and claim.evidence.startswith("cue:")


def test_a_root_cue_before_a_colon_reports_what_follows_not_what_comes_before(
    extractor: Extractor,
) -> None:
    text = (
        "The crowd cheers, and then Wallnau continues: \u201cGod has given this man an "
        "anointing.\u201d\n\nIn the text accompanying the video post, Wallnau wrote:\n\nI "
        "think this prophetic prayer timely, as Iowa polls are showing a slipping of support."
    )
    assert not any(c.content.text.startswith("In the text") for c in extractor.extract(text).claims)


def test_thanks_and_goodbyes_are_acts_not_claims(extractor: Extractor) -> None:
    text = (
        "HOST: Joining me now is the minister. Minister, thank you for coming in.\n\n"
        "MINISTER: Hospitals say they are full."
    )
    cues = [c.cue.text if c.cue else None for c in extractor.extract(text).claims]
    assert "thank" not in cues and "say" in cues


def test_an_agreement_is_an_act_but_what_is_agreed_to_is_a_claim(extractor: Extractor) -> None:
    text = (
        "The ministry agreed a $3.6 billion loan with Kenya on Monday. "
        "The union agreed to end the strike. She agreed that the plan was flawed."
    )
    claims = extractor.extract(text).claims
    contents = [c.content.text for c in claims if c.cue and c.cue.text == "agreed"]
    assert not any("loan" in c for c in contents)
    assert any(c.startswith("to end the strike") for c in contents)
    assert any(c.startswith("the plan was flawed") for c in contents)


def test_a_pledge_is_what_is_committed_to_never_what_is_committed(extractor: Extractor) -> None:
    text = (
        'The judge said McKay had committed "a gross breach of trust over a prolonged '
        'period". The minister committed to publishing the review by June.'
    )
    claims = extractor.extract(text).claims
    assert not any(
        c.content.text.startswith("a gross breach") for c in claims if c.kind == "direct"
    )
    committed = [c.content.text for c in claims if c.cue and c.cue.text == "committed to"]
    assert committed == ["publishing the review by June"]


def test_a_relative_clause_in_a_phrase_is_no_reported_clause(extractor: Extractor) -> None:
    text = (
        "Nvidia reported fourth-quarter revenue of $68.1bn on Wednesday, up 62% from a year "
        "earlier and ahead of the $66bn analysts had expected, as technology companies kept "
        "pouring money into the chips that power artificial intelligence."
    )
    claims = extractor.extract(text).claims
    assert not any(c.content.text.startswith("the $66bn") for c in claims)


def test_a_verb_of_a_quotation_reports_nothing_without_one(extractor: Extractor) -> None:
    text = (
        "As the two continued, talking over each other, they challenged the transcription "
        "service based on how many broken sentences and dashes were recorded."
    )
    assert extractor.extract(text).claims == []


def test_a_headlines_event_results_or_score_before_a_colon_is_a_topic(extractor: Extractor) -> None:
    for text in (
        "Ryder Cup: Europe win on American soil\n\nEurope won on Sunday.",
        "Exam results: Scottish pass rates fall\n\nThe pass rate fell.",
        "Chelsea 2-1 Tottenham: Palmer double settles London derby\n\nPalmer scored twice.",
    ):
        assert extractor.extract(text).claims == []


def test_a_request_that_a_name_not_be_published_is_no_claim(extractor: Extractor) -> None:
    text = (
        '"We will not stop," said Milica, a 21-year-old student who asked that her surname '
        "not be published."
    )
    assert [c.kind for c in extractor.extract(text).claims] == ["direct"]


def test_a_document_speakers_source_never_runs_over_its_cue(extractor: Extractor) -> None:
    text = (
        "Report: Prisons in England 'close to collapse'\n\nPrisons are full. Obama "
        "made a speech attacking the presumptive Republican presidential nominee."
    )
    sources = {c.source.name for c in extractor.extract(text).claims if c.source}
    assert "Report" in sources and not any("collapse" in s or "attacking" in s for s in sources)


def test_a_report_closing_the_sentence_is_no_part_of_its_clauses_content(
    extractor: Extractor,
) -> None:
    text = (
        "The company told investors in a letter that it expected revenue of about $15.5bn "
        "this year, the people said."
    )
    told = next(c for c in extractor.extract(text).claims if c.cue and c.cue.text == "told")
    assert told.content.text == "it expected revenue of about $15.5bn this year"


def test_a_description_beside_the_name_after_according_to_is_no_content(
    extractor: Extractor,
) -> None:
    text = "According to Kevin Munoz, a White House spokesman, the documents are secret."
    (claim,) = extractor.extract(text).claims
    assert claim.content.text == "the documents are secret"
    (claim,) = extractor.extract("According to police, the man, 34, was arrested.").claims
    assert claim.content.text.startswith("the man")


def test_a_name_given_by_a_participle_is_no_claim(extractor: Extractor) -> None:
    text = (
        "The council would govern for six months, at which time a traditional Afghan "
        "assembly, called a loya jirga, would be convened. The rebels formed a council, "
        "called the Shura, which met on Friday. The senator called the plan a disaster."
    )
    cues = [c.cue.text if c.cue else None for c in extractor.extract(text).claims]
    assert cues == ["called"]  # the senator's


def test_a_complementizer_taken_for_a_subject_makes_no_claim(extractor: Extractor) -> None:
    text = "The founder warned on Monday that proposed federal rules would kill small companies."
    assert [c.cue.text if c.cue else None for c in extractor.extract(text).claims] == ["warned"]


def test_a_participle_the_parser_made_the_verb_makes_no_claim(extractor: Extractor) -> None:
    text = "The authors warned that the 1.5C limit agreed in Paris was slipping out of reach."
    assert [c.cue.text if c.cue else None for c in extractor.extract(text).claims] == ["warned"]


def test_according_to_a_person_stays_a_report(extractor: Extractor) -> None:
    doc = extractor.extract("Putin wants a deal, Trump said, according to Peskov.")
    inner = next(c for c in doc.claims if c.cue and c.cue.text == "said")
    assert inner.reported_by is not None


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('"We will rebuild," Mayor Jane Smith said.', "We will rebuild"),
        ("The mayor said the city would rebuild.", "the city would rebuild"),
        ("The mayor said sanctions would hit the U.S.", "sanctions would hit the U.S."),
    ],
)
def test_content_ends_without_its_sentence_punctuation(
    extractor: Extractor, text: str, content: str
) -> None:
    (claim,) = extractor.extract(text).claims
    assert claim.content.text == content


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ('Smith said "We will win." Then he left.', "We will win", "Smith"),
        ("Smith said “We will win.”", "We will win", "Smith"),
        ('Officials said "no deal" on Friday.', "no deal", "Officials"),
    ],
)
def test_a_reported_clause_that_is_one_quotation_is_direct(
    extractor: Extractor, text: str, content: str, speaker: str
) -> None:
    c = only(extractor, text)
    assert (c.kind, c.content.text, mention_of(c)) == ("direct", content, speaker)


def test_an_object_is_content_only_when_it_is_quoted(extractor: Extractor) -> None:
    assert claims(extractor, "The minister said goodbye on Friday.") == []
    c = only(extractor, 'He said a "plan" was ready.')
    assert (c.kind, c.content.text) == ("mixed", 'a "plan" was ready')


def test_every_claim_names_a_registered_rule_and_takes_its_confidence(
    seed_docs: dict[str, object],
) -> None:
    from claimkit.components.attribution.rules import RULES, rule_of
    from claimkit.models import Document

    seen = set()
    for doc in seed_docs.values():
        assert isinstance(doc, Document)
        for c in doc.claims:
            rule = rule_of(c.evidence)
            assert rule is RULES[rule.id]
            assert c.confidence == rule.confidence
            seen.add(rule.form)
    assert {"direct", "reported", "unattributed"} <= seen


@pytest.mark.parametrize(
    ("text", "content", "value"),
    [
        (
            "The Federal Aviation Administration said on Monday it would inspect the jets.",
            "it would inspect the jets",
            "2025-03-03",
        ),
        ("The company said last week that it would cut jobs.", "it would cut jobs", "2025-W09"),
        # the subject's first word is not its head ("its index", "the bridge")
        (
            "The institute said on Friday its business index fell.",
            "its business index fell",
            "2025-02-28",
        ),
        ("Officials said Sunday the bridge would reopen.", "the bridge would reopen", "2025-03-02"),
        # after the addressee of "told"
        (
            "The minister told reporters on Friday the talks had failed.",
            "the talks had failed",
            "2025-02-28",
        ),
        # a time "ago", right after the cue or opening its sentence
        ("He said two weeks ago that the talks had stalled.", "the talks had stalled", "2025-W08"),
        ("Three days ago, the mayor said the road was safe.", "the road was safe", "2025-02-28"),
        # the parser hung the day on a reported future: the day is still the cue's, past
        (
            "Senator Maria Cantwell said on Friday she would try to block the pick.",
            "she would try to block the pick",
            "2025-02-28",
        ),
    ],
)
def test_a_time_right_after_the_cue_is_the_cue_s(
    extractor: Extractor, text: str, content: str, value: str
) -> None:
    (claim,) = extractor.extract(text, published="2025-03-03").claims
    assert claim.content.text == content
    assert claim.when is not None and (claim.when.value, claim.when_from) == (value, "cue")


def test_a_time_of_the_reported_clause_stays_in_it(extractor: Extractor) -> None:
    (claim,) = extractor.extract(
        "She said Monday's data showed a fall.", published="2025-03-03"
    ).claims
    assert claim.content.text == "Monday's data showed a fall" and claim.when is None


@pytest.mark.parametrize("label", ["Q&A", "Explainer", "Factbox", "Review"])
def test_a_section_label_before_a_colon_is_no_speaker(extractor: Extractor, label: str) -> None:
    text = f"Intro.\n\n{label}: What happens next for the striking drivers?"
    assert claims(extractor, text) == []


@pytest.mark.parametrize(
    "headline",
    [
        "Sport\n\nCricket: England collapse leaves Ashes hopes fading",  # a section's kicker
        "Transcript\n\nInterview: the governor on the budget",  # a genre's label
        "Gadgets\n\nHands on: the new Lumen X4 is fast, but is it worth it?",  # in two words
    ],
)
def test_a_kicker_before_a_headline_s_colon_is_no_speaker(
    extractor: Extractor, headline: str
) -> None:
    text = f"{headline}\n\nSaturday 5 December 2026\n\nEngland were bowled out for 172."
    assert not any(c.evidence == "colon" for c in claims(extractor, text))


def test_a_turn_that_opens_with_that_keeps_it(extractor: Extractor) -> None:
    text = (
        "HOST: Governor, thank you for joining us this morning.\n\n"
        "GOV. ELLEN MARKS: Thanks for having me.\n\n"
        "HOST: The faculty union says tuition will rise.\n\n"
        "MARKS: That decision is for the universities' boards, not for me."
    )
    turns = [c for c in claims(extractor, text) if c.evidence == "colon"]
    assert turns[-1].content.text == "That decision is for the universities' boards, not for me"


def test_a_cue_at_the_end_of_its_sentence_reports_what_comes_before_the_comma(
    extractor: Extractor,
) -> None:
    # the small model hangs "ruled" on "passengers" as a relative clause here
    text = (
        "AMSTERDAM, March 3 (Reuters) - A Dutch airline must refund passengers whose "
        "flights it cancelled during last year's lockdowns in cash rather than vouchers, a "
        "court in Amsterdam ruled on Wednesday."
    )
    claim = only(extractor, text)
    assert claim.content.text.startswith("A Dutch airline must refund passengers")
    assert claim.content.text.endswith("rather than vouchers")
    # a true relative clause reports nothing
    other = "Sanders lost Ohio to Democratic rival Hillary Clinton, who added to her lead."
    assert claims(extractor, other) == []


def test_the_one_asked_is_not_the_asker(extractor: Extractor) -> None:
    # a bare past participle before the clause ("Asked whether ...") or after "when"
    # leaves out who asked: the main clause's subject was asked, and the question is
    # no claim of theirs; "Having announced" is active and keeps its speaker
    text = (
        "Asked whether the cooperative would raise prices again, Robert Pryce said that "
        "depended on the export market.\n\n"
        "Having announced that he would not send me to prison, Judge Berman proceeded to "
        "hand down his sentence."
    )
    claims = extractor.extract(text).claims
    by_cue = {c.cue.text: c for c in claims if c.cue is not None}
    assert "Asked" not in by_cue
    assert by_cue["said"].speaker is not None and by_cue["said"].speaker.name == "Robert Pryce"
    announced = by_cue["announced"]
    assert announced.speaker is not None and announced.speaker.name == "Berman"


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ('"Lie back and let your eyes adjust," Moss advised.', "advised", "Lie back"),
        ('"We will win this," she joked.', "joked", "We will win"),
        ("The mayor pointed out that the budget had grown.", "pointed out", "the budget had"),
        ('"We have a long way to go," she continued.', "continued", "We have a"),
    ],
)
def test_more_verbs_of_saying(extractor: Extractor, text: str, cue: str, content: str) -> None:
    (claim,) = extractor.extract(text).claims
    assert claim.cue is not None and claim.cue.text == cue
    assert claim.content.text.startswith(content)


def test_continue_reports_only_a_quotation(extractor: Extractor) -> None:
    # "continue" is a cue only beside a quotation: never for the clause it governs
    claims = extractor.extract("Prices continued to rise, and sales continued that trend.").claims
    assert claims == []


def test_a_passive_subject_is_not_the_speaker(extractor: Extractor) -> None:
    # who is asked, accused or told did not say it; "quoted as saying" still climbs
    text = (
        "Anyone with information is asked to call 101.\n\n"
        "Harry Reid was accused of rigging the contest.\n\n"
        "Dylann Roof was quoted as saying that he wanted to start a war."
    )
    (claim,) = [c for c in extractor.extract(text).claims if c.kind != "unattributed"]
    assert claim.speaker is not None and claim.speaker.name == "Dylann Roof"
    assert claim.content.text == "he wanted to start a war"


def test_a_cue_hung_on_the_report_as_its_clause(extractor: Extractor) -> None:
    # the parser made "said" a clause of "use"; "co-founder" is three tokens
    text = (
        "The company will use the money to open a second plant in Spain next year, "
        "co-founder Rui Matos said in an interview."
    )
    (claim,) = extractor.extract(text).claims
    assert claim.speaker is not None and claim.speaker.name == "Rui Matos"
    assert claim.content.text.startswith("The company will use the money")
    assert claim.source is not None and claim.source.name == "an interview"


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        pytest.param(
            "Storm Henk: Thousands without power after 94mph winds\n\n"
            "Ukraine war: Talks to resume in Geneva next week\n\n"
            "Roger Stone: Don't trust the voting machines in November",
            ["Roger Stone"],
            id="a_lead_that_names_a_topic_is_no_speaker",
        ),
        pytest.param(
            "Hartley boss Reid: 'We were second best all afternoon'\n\n"
            "Hartley Rovers manager Gavin Reid admitted his side were second best after a "
            "3-0 home defeat by Castleford.",
            ["Gavin Reid"],
            id="a_lead_speaks_through_the_name_it_ends_on",
        ),
        pytest.param(
            "Russia: West is provoking a new war in Europe\n\nThe new laws take effect on "
            "Monday.\nOregon: Family leave has been expanded to two weeks of paid leave.\n"
            "Arkansas: The state becomes the latest to require a picture ID at the polls.",
            ["Russia"],
            id="a_place_labels_a_list_item_below_the_headline",
        ),
    ],
)
def test_colon_leads(extractor: Extractor, text: str, speakers: list[str]) -> None:
    found = [c for c in extractor.extract(text).claims if c.evidence == "colon"]
    assert [c.speaker.name for c in found if c.speaker] == speakers


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Earlier on Wednesday, the union said members would strike.", "2024-03-06"),
        (
            "The president said in a post late on Saturday that tariffs would rise.",
            "2024-03-02",
        ),
        ("The union said early on Monday that members would strike.", "2024-03-04"),
    ],
)
def test_a_day_hung_on_an_adverb_dates_the_statement(
    extractor: Extractor, text: str, when: str
) -> None:
    (claim,) = extractor.extract(text, published="2024-03-06").claims
    assert claim.when is not None and claim.when.value == when


@pytest.mark.parametrize(
    "text",
    [
        "In the three years since the Sandy Hook shootings, Mark Barden says, the nation has "
        "failed to act.",
        "A week earlier, the mayor said the road would reopen.",
    ],
)
def test_a_length_is_never_a_statements_time(extractor: Extractor, text: str) -> None:
    (claim,) = extractor.extract(text, published="2016-01-05").claims
    assert claim.when is None or not (claim.when.value or "").startswith("P")


def test_a_quote_that_ends_its_paragraph_is_not_the_next_paragraph_s(
    extractor: Extractor,
) -> None:
    text = (
        'Manager Sarah Collins said: "It was not pretty."\n\n'
        "The county attorney Wade Simmons wrote in an email that the county would appeal."
    )
    found = [(c.content.text, c.speaker and c.speaker.name) for c in extractor.extract(text).claims]
    assert found == [
        ("It was not pretty", "Sarah Collins"),
        ("the county would appeal", "Wade Simmons"),
    ]
    # a quote whose sentence runs on past the break still takes the cue after it
    (claim,) = extractor.extract('"We will appeal,"\n\nthe county attorney said.').claims
    assert (claim.content.text, claim.evidence) == ("We will appeal", "quote+cue-after")


def test_a_hearing_in_a_month_dates_what_was_said_there(extractor: Extractor) -> None:
    text = (
        "At a hearing in January, U.S. District Judge Paul Rennick said he had received more "
        'than 200 letters from victims.\n\n"The harm here is not abstract," the judge said at '
        "the hearing."
    )
    doc = extractor.extract(text, published="2026-03-04")
    assert [c.when and c.when.value for c in doc.claims] == ["2026-01", "2026-01"]


def test_a_headline_s_told_to_is_a_passive_with_no_speaker(extractor: Extractor) -> None:
    assert extractor.extract("Thousands told to leave homes as river bursts banks").claims == []
    assert extractor.extract("Ministers urged to act on crisis in dentistry").claims == []
    (claim,) = extractor.extract("Police told residents to stay indoors.").claims
    assert (claim.speaker and claim.speaker.name, claim.content.text) == (
        "Police",
        "to stay indoors",
    )


def test_a_headline_s_closing_told_is_a_passive_the_one_told_no_speaker(
    extractor: Extractor,
) -> None:
    # "…, jury told": the jury was told; the prose's "told the jury" has its speaker
    text = (
        "Man stabbed neighbour over parking space, jury told\n\nThe prosecutor, Sarah "
        "Whitehouse, told the jury the pair had argued for months."
    )
    found = extractor.extract(text).claims
    assert [(c.speaker and c.speaker.name, c.content.text) for c in found] == [
        ("Sarah Whitehouse", "the pair had argued for months")
    ]


def test_a_report_appended_to_its_sentence_is_the_sentence_s_speaker(
    extractor: Extractor,
) -> None:
    # the parser hangs "announced" on "union" as a participle, "union" on "offer"
    text = (
        "Teachers in Scotland have voted to strike after rejecting a 3 percent pay offer, "
        "the country's largest teaching union announced on Friday."
    )
    first = extractor.extract(text).claims[0]
    assert (first.speaker and first.speaker.name, first.content.text) == (
        "the country's largest teaching union",
        "Teachers in Scotland have voted to strike after rejecting a 3 percent pay offer",
    )
    # and an indefinite body of people: "…, an international team reported on Wednesday"
    team = (
        "Astronomers have found the most distant galaxy ever observed, formed just 280 "
        "million years after the Big Bang, an international team reported on Wednesday."
    )
    first = extractor.extract(team).claims[0]
    assert first.speaker is not None and first.speaker.name == "an international team"
    # and bare plural people the parser joined to the sentence's verb
    joined = (
        "The James Webb Space Telescope has spotted a galaxy that formed just 280 million "
        "years after the Big Bang, the most distant yet confirmed, astronomers reported on "
        "Wednesday."
    )
    (first,) = extractor.extract(joined).claims
    assert first.speaker is not None and first.speaker.name == "astronomers"
    assert first.content.text.endswith("the most distant yet confirmed")
    # a medium set off the same way is a description, no report
    plain = "The government will cut the scheme, a plan announced earlier this year."
    assert extractor.extract(plain).claims == []


def test_a_plural_noun_read_as_a_verb_lends_no_subject_or_time(extractor: Extractor) -> None:
    # the parser reads "spills" as a verb marked by "for", with "a record number" its subject
    text = (
        "The chief executive of Pennine Water apologised on Tuesday for a record number of "
        'sewage spills into rivers last year, telling MPs the company had "let customers down".'
    )
    (claim,) = extractor.extract(text, published="2023-11-08").claims
    assert claim.speaker is not None and claim.speaker.name == "the chief executive"
    assert claim.when is not None and claim.when.value == "2023-11-07"


def test_a_subject_split_at_a_hyphen_is_the_whole_word_and_its_apposition(
    extractor: Extractor,
) -> None:
    # "co-founder" is three tokens, and the parser made "co" and "-" subjects of "told"
    text = (
        "The company's co-founder and chief executive, Lena Vogt, told developers that the "
        "device had taken four years to build."
    )
    (claim,) = extractor.extract(text).claims
    assert claim.speaker is not None and claim.speaker.name == "Lena Vogt"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the parser made "9" the cue's object and left "want" with no subject
        (
            "The National Association of Head Teachers says 9 in 10 of its members want them "
            "scrapped.",
            "9 in 10 of its members want them scrapped",
        ),
        # the parser took the statement's participle "read" for the reported clause
        (
            "Ms Carter's mother, Helen Carter, said in a statement read outside court that the "
            "family had been destroyed.",
            "the family had been destroyed",
        ),
        # "Live", a word of the station's name, is a clause to the parser
        (
            'Martin Keown said on BBC Radio 5 Live that the Gunners had "frozen" under pressure.',
            'the Gunners had "frozen" under pressure',
        ),
        # the parser read the clause's subject as a verb of a relative clause on the occasion
        (
            "Tech commissioner Henna Virkkunen said during a press conference in Brussels that "
            'platforms "cannot look away".',
            'platforms "cannot look away"',
        ),
        # the parser read "that midfielder" as a relative clause on the addressee
        (
            "Rovers manager Kevin Doyle told BBC Radio Leeds that midfielder Luke Palmer would "
            "miss the next game.",
            "midfielder Luke Palmer would miss the next game",
        ),
        (
            "The 47-year-old told BBC Radio Sheffield that midfielder Luke Palmer would miss "
            "the next game.",
            "midfielder Luke Palmer would miss the next game",
        ),
        # the parser hung the "that" clause on the medium, after a participle modifying it
        (
            "Southbrook's chief executive, Kate Lowe, said in emailed comments that the "
            'company "accepts the ruling".',
            'the company "accepts the ruling"',
        ),
        # the parser hung the clause on the programme, which it read as a verb
        (
            "She told BBC Scotland's Good Morning Scotland programme that a \"fair and "
            'affordable" offer was on the table.',
            'a "fair and affordable" offer was on the table',
        ),
        # a gerund with its object in the medium's phrase reports nothing
        (
            "She said in her first interview since leaving office in March that she had no "
            "regrets.",
            "she had no regrets",
        ),
        # the parser made "action" the cue's object and "backed" a modifier of it
        (
            "The union said 78% of members who took part had backed action, on a turnout of 61%.",
            "78% of members who took part had backed action",
        ),
        # a share read as the cue's object (or its adverb), "backed" as a modifier
        (
            "The Educational Institute of Scotland (EIS) said 86% of members who voted "
            "backed strikes, on a turnout of 58%.",
            "86% of members who voted backed strikes",
        ),
        # the cue read as a second verb, after an "and" of the sentence's own
        (
            'The 44-year-old will remain on the board and become "captain and co-founder", '
            "the Scottish brewer said in a statement on Monday.",
            'The 44-year-old will remain on the board and become "captain and co-founder"',
        ),
        # the rest of the sentence is the cue's medium, not more of what was confirmed
        ("The company confirmed the cuts in an email to The Verge.", "the cuts"),
    ],
)
def test_content_the_parser_cut_or_ran_on(extractor: Extractor, text: str, content: str) -> None:
    (claim,) = extractor.extract(text).claims
    assert claim.content.text == content


def test_a_relative_clause_on_the_occasion_with_an_infinitive_reports_nothing(
    extractor: Extractor,
) -> None:
    text = "The court has ruled only on emergency filings by states that want to keep their laws."
    assert not any(c.content.text.startswith("want") for c in extractor.extract(text).claims)


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "Superintendent Carla Nguyen announced at Tuesday night's board meeting that the "
            "district would cut 120 jobs.",
            "2024-04-09",
        ),
        # a day of what the content is about is no statement's: "last week's caucus"
        (
            "Christie is emphasizing his strong finish in last week's Iowa caucus, asserting "
            "that he has a chance in New Hampshire.",
            None,
        ),
    ],
)
def test_an_occasion_s_day_dates_what_was_said_there(
    extractor: Extractor, text: str, when: str | None
) -> None:
    claim = extractor.extract(text, published="2024-04-10").claims[-1]
    assert (claim.when and claim.when.value) == when


def test_an_age_is_no_statement_time(extractor: Extractor) -> None:
    text = (
        "Polly Swann has announced her retirement from the sport at the age of 29, saying she "
        "wants to focus on her career as a doctor."
    )
    claims = extractor.extract(text, published="2024-11-06").claims
    assert claims and all(c.when is None for c in claims)


def test_a_cue_s_particle_comes_after_it(extractor: Extractor) -> None:
    # "call on" has the particle "on"; the "on" of "on Wednesday" before the verb is none
    text = "Pope Leo XIV on Wednesday called for an immediate ceasefire in all conflicts."
    (claim,) = extractor.extract(text, published="2026-12-03").claims
    assert claim.cue is not None and claim.cue.text == "called for"
    assert claim.when is not None and claim.when.value == "2026-12-02"


def test_a_round_up_of_reactions_in_a_list(extractor: Extractor) -> None:
    # "Name, role: 'quote'" items; a dash that opens the next item signs no quote
    text = (
        "Here is what economists said:\n\n"
        "- Seema Shah, chief global strategist at Principal Asset Management: "
        '"The Fed is clearly in wait-and-see mode."\n\n'
        "- Paul Ashworth, chief North America economist at Capital Economics, said in a "
        'note that a cut in December was "still on the table".\n\n'
        '- Greg McBride of Bankrate told CNBC the decision was "no surprise".'
    )
    got = {c.content.text[:12]: c.speaker.name for c in extractor.extract(text).claims if c.speaker}
    assert got == {
        '"The Fed is ': "Seema Shah",
        "a cut in Dec": "Paul Ashworth",
        "the decision": "Greg McBride",
    }


def test_a_headline_s_passive_has_no_speaker(extractor: Extractor) -> None:
    # "accuse" takes its object before "of": with none, the subject is the accused
    text = (
        "Money\n\nBanks accused of ripping off savers\n\nBritain's biggest banks are paying "
        "savers far less than they could afford, a committee of MPs has said."
    )
    assert [c.cue.text for c in extractor.extract(text).claims if c.cue] == ["said"]
    (claim,) = extractor.extract("MPs accused the banks of ripping off savers.").claims
    assert claim.speaker is not None and claim.speaker.name == "MPs"


def test_an_interview_s_answers_by_surname_and_no_question_as_a_claim(
    extractor: Extractor,
) -> None:
    # the tagger read the first "Pennycook" as a common noun; a question asserts nothing
    text = (
        "Q&A: 'We have to build more homes'\n\nHousing minister Matthew Pennycook spoke to "
        "Sam Jones about the government's plans.\n\nWhy are you missing your target?\n\n"
        "Pennycook: We inherited a broken system. Planning takes too long and builders are "
        "short of workers.\n\nWill you hit 1.5 million homes by 2029?\n\n"
        "Pennycook: I'm confident we will, but it will be tough."
    )
    claims = extractor.extract(text).claims
    assert [(c.content.text[:14], c.speaker.name if c.speaker else None) for c in claims] == [
        ("We inherited a", "Matthew Pennycook"),
        ("I'm confident ", "Matthew Pennycook"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The manager has left, per a statement from the club.",
            "the club",
            "The manager has left",
        ),
        (
            "Per Bloomberg, the shares fell 5% on Monday.",
            "Bloomberg",
            "the shares fell 5% on Monday",
        ),
        # not a rate, nor a phrase that only qualifies another cue
        ("Wages rose to $10 per hour.", None, None),
        ("Guccifer said, per a translator, that the server was open.", "Guccifer", None),
    ],
)
def test_per_set_off_by_a_comma_cites_its_object(
    extractor: Extractor, text: str, speaker: str | None, content: str | None
) -> None:
    pers = [c for c in extractor.extract(text).claims if c.evidence == "per"]
    assert [(c.speaker.name if c.speaker else None, c.content.text) for c in pers] == (
        [(speaker, content)] if content else []
    )
    if speaker is not None and content is None:  # the other cue's claim is its speaker's
        (claim,) = extractor.extract(text).claims
        assert claim.speaker is not None and claim.speaker.name == speaker


@pytest.mark.parametrize(
    "text",
    [
        "A spokesperson said only that talks were continuing.",
        "The minister said again that talks were continuing.",
    ],
)
def test_an_adverb_before_that_is_no_part_of_the_content(extractor: Extractor, text: str) -> None:
    (claim,) = extractor.extract(text).claims
    assert claim.content.text == "talks were continuing"


def test_as_reported_with_no_one_who_reported_is_no_claim(extractor: Extractor) -> None:
    # a bare passive "as earlier reported" reports nothing of the sentence's subject; the
    # closing cue still does, and "as first reported by Reuters" still names Reuters
    doc = extractor.extract(
        "He did not work for FedEx, as earlier reported, the company said Thursday.\n\n"
        "The deal, as first reported by Reuters, is worth $2bn."
    )
    spoken = [(c.cue.text, c.speaker.name if c.speaker else None) for c in doc.claims if c.cue]
    assert spoken == [("said", "the company"), ("reported", "Reuters")]


def test_a_quote_after_a_cue_ending_in_an_abbreviation_goes_on_from_the_quote_before(
    extractor: Extractor,
) -> None:
    text = (
        '"It was like a truck had hit the house," Carol Dunne told the Australian '
        'Broadcasting Corp. "The whole place rattled for about 20 seconds."'
    )
    (claim,) = extractor.extract(text).claims
    assert [s.text for s in claim.segments] == [
        "It was like a truck had hit the house,",
        "The whole place rattled for about 20 seconds",
    ]


def test_that_the_parser_read_as_a_determiner_opens_the_content(extractor: Extractor) -> None:
    text = "Amorim confirmed that defender Lisandro Martinez would miss the game with an injury."
    (claim,) = extractor.extract(text).claims
    assert claim.content.text == "defender Lisandro Martinez would miss the game with an injury"


def test_a_verbless_quote_set_out_by_a_colon_is_what_was_said(extractor: Extractor) -> None:
    text = 'Asked whether he would do anything differently, he said: "With hindsight, yes."'
    (claim,) = extractor.extract(text).claims
    assert (claim.kind, claim.content.text) == ("direct", "With hindsight, yes")
    assert not extractor.extract('The word on the sign: "Closed."').claims


def test_a_relative_that_the_parser_made_a_reported_clauses_subject_is_no_content(
    extractor: Extractor,
) -> None:
    text = (
        "He told reporters in Dublin that delays to Boeing deliveries had cost the airline growth."
    )
    (claim,) = extractor.extract(text).claims
    assert claim.content.text.startswith("delays to Boeing")
    (claim,) = extractor.extract("She said that was the plan.").claims
    assert claim.content.text == "that was the plan"


def test_a_title_an_object_introduces_after_a_colon_is_no_quote(extractor: Extractor) -> None:
    text = 'Norbert Leo Butz can add a new title to his resume: "song anthropologist."'
    assert not extractor.extract(text).claims


def test_a_name_set_off_with_its_age_after_an_opening_participle_speaks(
    extractor: Extractor,
) -> None:
    text = (
        "Speaking to the BBC from his home in Beirut, Ghosn, 72, said he had been "
        '"a hostage" of the Japanese justice system.'
    )
    (claim,) = extractor.extract(text).claims
    assert claim.speaker is not None and claim.speaker.name == "Ghosn"
    assert claim.source is not None and claim.source.name == "the BBC"


def test_according_to_before_a_verb_joined_by_but_reports_the_clause_before(
    extractor: Extractor,
) -> None:
    text = (
        "Traders expect the Fed to hold rates steady, according to the CME FedWatch tool, but "
        "will be watching for signals about cuts later in the year."
    )
    (claim,) = extractor.extract(text).claims
    assert claim.content.text == "Traders expect the Fed to hold rates steady"


def test_a_clause_that_marks_as_a_complement_on_a_medium_is_reported(extractor: Extractor) -> None:
    text = (
        "Dr Friederike Otto, of Imperial College London, said in a letter to the chair of the "
        "Intergovernmental Panel on Climate Change (IPCC) that government delegates had "
        '"watered down" conclusions about fossil fuels.'
    )
    (claim,) = extractor.extract(text).claims
    assert claim.content.text.startswith("government delegates had")
    text = (
        "Christian Estrosi said in one of a series of Twitter messages that the truck was "
        "carrying arms when it struck the crowd about 10:30 p.m. local time."
    )
    (claim,) = extractor.extract(text).claims
    assert claim.content.text.endswith("about 10:30 p.m. local time")


def test_a_person_the_parser_hung_under_the_body_after_of_speaks(extractor: Extractor) -> None:
    text = (
        '"This is a major step towards earlier, simpler diagnosis," said Prof Oskar Hansson '
        "of Lund University in Sweden, who led the research."
    )
    (claim,) = extractor.extract(text).claims
    assert claim.speaker is not None and claim.speaker.name == "Oskar Hansson"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Atkins was doing 62mph when she hit the cyclist, the court heard.",
            "Atkins was doing 62mph when she hit the cyclist",
        ),
        ("The inquest heard that she had been discharged twice.", "she had been discharged twice"),
        ("The court was told the defendant had fled to Spain.", "the defendant had fled to Spain"),
        ("The jury was told to disregard the remark.", None),
        (
            "A court in Switzerland has been told the huge wall of water was an unpredictable "
            "natural catastrophe.",
            "the huge wall of water was an unpredictable natural catastrophe",
        ),
        ("The jury heard evidence from 40 witnesses.", None),
        ("Her campaign is hearing what voters are saying.", None),
        ("A Swiss court found six of the eight employees guilty of manslaughter.", None),
    ],
)
def test_what_a_court_or_an_inquest_heard_is_reported(
    extractor: Extractor, text: str, content: str | None
) -> None:
    claims = extractor.extract(text).claims
    assert [c.content.text for c in claims] == ([content] if content else [])


def test_a_relative_that_a_preposition_strands_opens_no_content(extractor: Extractor) -> None:
    text = "I wanted to write about a kind of love that people don't talk about much."
    assert not extractor.extract(text).claims
