"""Each source form, and page layout (boilerplate, title, date line, agency)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from claimkit.extractor import Extractor
from claimkit.models import Claim
from claimkit.prepare import layout


def source_of(ex: Extractor, text: str, cue: str) -> tuple[str, str] | None:
    doc = ex.extract(text, published="2017-11-11")
    claim = next(c for c in doc.claims if c.cue is not None and c.cue.text == cue)
    if claim.source is None:
        return None
    assert claim.source.span is not None
    assert doc.text[claim.source.span.start : claim.source.span.end] == claim.source.name
    return claim.source.name, claim.source.kind


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (  # a medium inside the quoted words is the speaker's, not the quote's
            'Vaughan says he was disappointed. "In the laws, I should not have done it, but I '
            'was just helping out the fielders," he said.',
            "said",
            None,
        ),
        (
            "In a statement published on its website, the Kremlin said the talks went well.",
            "said",
            ("a statement published on its website", "statement"),
        ),
        # what a verb's subject does is no medium it issued
        (
            'Nick Saban is the coach. Saban calling agents "pimps" is the epitome of the velour '
            "hat calling out the floor-length mink.",
            "calling",
            None,
        ),
        # an advertisement and a petition are media too
        (
            "In a new radio ad, Trump said that Obama has no strategy to defeat the group.",
            "said",
            ("a new radio ad", "statement"),
        ),
        (
            "The group said in a petition that the plant should close.",
            "said",
            ("a petition", "document"),
        ),
        (
            "The leaders issued a joint statement saying there was no military solution.",
            "saying",
            ("a joint statement", "statement"),
        ),
        (
            "Kremlin spokesman Dmitry Peskov told Sputnik that the statement was ready.",
            "told",
            ("Sputnik", "outlet"),
        ),
        (  # a magazine's name that ends in a role's word is no audience
            "The researcher told New Scientist that the results were surprising.",
            "told",
            ("New Scientist", "outlet"),
        ),
        (
            "The senator said in an interview with the Daily Post that she would run again.",
            "said",
            ("an interview with the Daily Post", "interview"),
        ),
        (
            "The candidate wrote on Twitter that the debate had been rigged.",
            "wrote",
            ("Twitter", "social_media"),
        ),
        (
            "The joint statement said the ceasefire would hold.",
            "said",
            ("The joint statement", "statement"),
        ),
        (
            "The mayor posted a comment of her own on Monday, saying the plan was dead.",
            "saying",
            ("a comment of her own", "statement"),
        ),
        (
            "Sanders sent a text message to his supporters, asking them not to protest.",
            "asking",
            ("a text message", "document"),
        ),
        (  # the statement's time is its time, no part of its name
            "Mara Quinn has cancelled her tour. Quinn told Rolling Stone in an interview last "
            "month that touring had left her exhausted.",
            "told",
            ("an interview", "interview"),
        ),
        (  # a programme of a named outlet, its name tagged whole, the parser's apart
            "Speaking on ITV's Good Morning Britain, Anna Berg said prices would rise.",
            "said",
            ("ITV's Good Morning Britain", "outlet"),
        ),
        (  # a programme named with its presenter, the parser's "with" on the verb
            "Speaking to the BBC's Sunday with Laura Kuenssberg programme, David Lammy said "
            "the UK was working with allies.",
            "said",
            ("the BBC's Sunday with Laura Kuenssberg programme", "outlet"),
        ),
        (
            "In his 2020 memoir, Obama wrote that the decision haunted him.",
            "wrote",
            ("his 2020 memoir", "document"),
        ),
        (
            "The council said in a submission to the inquiry that funding was short.",
            "said",
            ("a submission to the inquiry", "document"),
        ),
        (
            "The board said in its determination that the permit was lawful.",
            "said",
            ("its determination", "document"),
        ),
        (
            "Prime Minister Viktor Orban told state radio on Friday that Hungary would not pay.",
            "told",
            ("state radio", "outlet"),
        ),
        (
            "The minister said on television that the talks had failed.",
            "said",
            ("television", "outlet"),
        ),
        (
            "Figures from the Office for National Statistics (ONS) showed that inflation rose.",
            "showed",
            ("Figures from the Office for National Statistics (ONS)", "document"),
        ),
        (
            'Posting on Instagram, the singer said she was "heartbroken".',
            "said",
            ("Instagram", "social_media"),
        ),
        (
            "In a statement released late on Thursday, the club said the manager had left.",
            "said",
            ("a statement", "statement"),
        ),
        (
            "The RN leader told France 2 television that she would judge Bayrou on his record.",
            "told",
            ("France 2 television", "outlet"),
        ),
        (  # a report the parser read as a relative clause on the medium's phrase
            "Its chief financial officer, Jane Cole, said on a call with analysts that costs "
            "would fall.",
            "said",
            ("a call with analysts", "interview"),
        ),
        (  # a document's name the parser split at its "of"
            "In a prevention of future deaths report, area coroner Yvonne Blake said Joan Platt "
            "had waited for nine hours.",
            "said",
            ("a prevention of future deaths report", "document"),
        ),
        (  # the event a medium came after is its time, no part of its name
            'In a post on Facebook after the meeting, she wrote that it was "a sad night".',
            "wrote",
            ("a post on Facebook", "social_media"),
        ),
        (
            '"Seek shelter as the fire arrives," the fire service said in the warning.',
            "said",
            ("the warning", "statement"),
        ),
        (  # a one-letter platform before a new paragraph: the word and its full stop
            '"We will keep fighting," Paxton posted on X.\n\nCourt papers show the state '
            "argued the law was needed.",
            "posted",
            ("X", "social_media"),
        ),
        (  # the people a medium went to, which the parser hangs on the verb
            "Analysts at Pareto said in a note to clients that the outlook was weak.",
            "said",
            ("a note to clients", "document"),
        ),
        (
            "The company said in a statement to Reuters that jobs would go.",
            "said",
            ("a statement to Reuters", "statement"),
        ),
        (  # what a relative clause describes is no medium of a participle after it
            "A federal judge on Tuesday blocked a Texas law that would have banned drag shows, "
            "ruling that it violated the First Amendment.",
            "ruling",
            None,
        ),
        (
            "The group published a report that found wages had fallen.",
            "found",
            ("a report", "document"),
        ),
        (  # what a verb acts "on" is its topic, no medium
            "Sen. Ana Cruz put a hold on the annual farm bill, saying the cuts would hurt growers.",
            "saying",
            None,
        ),
        (  # any name a plain report comes "on" is a channel, a show or a site
            "Graeme Swann said on Sky Sports that Kent had no bowling attack.",
            "said",
            ("Sky Sports", "outlet"),
        ),
        (  # and not whom a cue calls "on" to act
            "Amnesty International called on the Palestinian Authority to free the men.",
            "called on",
            None,
        ),
        (  # a "that" clause the parser made adverbial on the medium is what was said
            'Sen. Mike Dawson said in an interview aired Sunday on WXTV that the plan would "kill '
            'small businesses."',
            "said",
            ("an interview aired Sunday on WXTV", "interview"),
        ),
        (  # a speaking participle the parser made the cue's subject
            "Speaking on a podcast released by the Bank, chief economist Huw Pill said interest "
            "rates should fall.",
            "said",
            ("a podcast released by the Bank", "interview"),
        ),
    ],
)
def test_source_forms(
    extractor: Extractor, text: str, cue: str, expected: tuple[str, str] | None
) -> None:
    assert source_of(extractor, text, cue) == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The minister told reporters that the plan would work.", None),
        # an audience of persons, named or by role, carried nothing
        ("The education secretary told MPs that budgets were at record levels.", None),
        ("The first minister told MSPs that he would govern until 2026.", None),
        ("The senator told Trump that the bill was dead.", None),
        # a person whose name is also a medium's word ("page"), and no outlet is "a" one
        ("Larry Page ran Google. Engineers told Page that they wanted a manager.", None),
        ("Larry Page ran Google. Page told a Googler that the method was simple.", None),
        # a legislature or its committee heard it
        ("The minister told the Commons that the plan was dead.", None),
        ("The director told the Senate Intelligence Committee that the plan was dead.", None),
        ("The minister told the House of Lords that the plan was dead.", None),
        # an outlet, whatever the model's label for its name
        ("Putin told Sputnik that the talks went well.", "Sputnik"),
        ("Cruz told Fox that he would run.", "Fox"),
        # a channel's name ends in its number
        ("The polling expert told BBC One that the party faced a hard night.", "BBC One"),
    ],
)
def test_whom_a_speaker_told_is_a_source_only_if_an_outlet(
    extractor: Extractor, text: str, source: str | None
) -> None:
    found = source_of(extractor, text, "told")
    assert (found[0] if found else None) == source


def test_layout_finds_furniture_title_date_and_agency() -> None:
    text = (
        "Quantcast Example - Leaders agree on Syria\n\n"
        "Leaders agree on Syria\n\n"
        "11 November 2017\n\n"
        "Share on Facebook\n"
        "STR (Vietnam News Agency/AFP)\n"
        "GENEVA, Nov. 11 (Reuters) - The leaders said the war must end, officials said on "
        "Saturday after a long day of talks that went on well into the night in the city.\n\n"
        "8Previous articleSomething else entirely\n"
    )
    page = layout(text)
    furniture = [text[a:b] for a, b in page.boilerplate]
    assert furniture == [
        "Quantcast Example - Leaders agree on Syria",
        "Share on Facebook",
        "STR (Vietnam News Agency/AFP)",
        "8Previous articleSomething else entirely",
    ]
    assert page.title is not None and text[slice(*page.title)] == "Leaders agree on Syria"
    assert page.dateline_date is not None and text[slice(*page.dateline_date)] == "11 November 2017"
    assert page.agency == "Reuters"
    assert page.publisher is not None and text[slice(*page.publisher)] == "Example"


@pytest.mark.parametrize(
    "byline",
    [
        "By Dr Priya Nair, headteacher of Westmoor Academy",
        "Posted on October 3, 2023 by Marcus Bell | 5 min read",
        "By ANNA LEE, Associated Press",
        "Jasper Jolly",  # a name alone under the headline: the writer's, without "By"
        "Emma Little, Health Correspondent",
    ],
)
def test_a_byline_is_furniture_and_its_writer_no_one_the_article_describes(
    extractor: Extractor, byline: str
) -> None:
    text = (
        f"Schools face another funding freeze\n\n{byline}\n\n"
        "Last week, the education secretary told MPs that school budgets were at record "
        "levels, though heads across the country say that in real terms they have less to "
        "spend per pupil than a decade ago.\n\nBy Monday, the council had voted.\n"
    )
    page = layout(text)
    assert [text[a:b] for a, b in page.boilerplate] == [byline]
    claim = extractor.extract(text).claims[0]
    assert claim.speaker is not None and claim.speaker.name == "the education secretary"


def test_a_masthead_and_section_line_is_no_headline_and_never_a_speaker(
    extractor: Extractor,
) -> None:
    text = (
        "Northgate Gazette | Business\n\n"
        "Brewer Halvorsen to cut 300 jobs as beer sales slump\n\n"
        "By Priya Anand | Tuesday 14 October 2025 | 3 min read\n\n"
        "Halvorsen Breweries, the family-owned brewer based in Northgate, will cut 300 jobs "
        "over the next two years, the company said on Monday.\n\n"
        "The brewer blamed falling sales of lager and rising energy costs."
    )
    page = layout(text)
    assert page.title is not None and text[slice(*page.title)].startswith("Brewer Halvorsen")
    assert page.publisher is not None and text[slice(*page.publisher)] == "Northgate Gazette"
    doc = extractor.extract(text)
    assert doc.title is not None and doc.title.startswith("Brewer Halvorsen")
    speakers = {
        c.speaker.mention.text: c.speaker.name
        for c in doc.claims
        if c.speaker and c.speaker.mention
    }
    assert speakers == {"the company": "Halvorsen Breweries", "The brewer": "Halvorsen Breweries"}


def test_a_section_label_above_the_headline_is_not_the_publisher() -> None:
    text = (
        "TECHNOLOGY\n\nChipmaker Veltrix warns of weaker sales as demand cools\n\n"
        "WELLINGTON, June 4 (Reuters) - Veltrix Corp on Tuesday cut its revenue forecast, "
        "the company said in a filing with regulators late on Tuesday evening."
    )
    page = layout(text)
    assert page.publisher is None and page.agency == "Reuters"
    assert page.title is not None and text[slice(*page.title)].startswith("Chipmaker")


@pytest.mark.parametrize(
    "head",
    [
        # a masthead above a breadcrumb, the headline right above the byline's date line
        "The Harbour Gazette\nBusiness | Shipping\n\n{title}\n\nBy Colm Reddy | Tuesday 1 "
        "December 2026",
        "Home › News › Education\n\n{title}\n\nPublished: Tuesday 1 December 2026, 11:20",
        # a masthead right above the date line, the headline below both
        "THE HARBOUR GAZETTE\nTuesday, 1 December 2026\n\n{title}",
        "Tech Policy Weekly\nDec 1, 2026\n\n{title}",
        # the headline under a section line, the masthead between it and the date line
        "Local News\n\n{title}\n\nThe Harbour Gazette\nTuesday, December 1, 2026",
        # a news service's credit under the byline, right above the date line
        "Business\n\n{title}\n\nBy Colm Reddy\nLocal Democracy Reporting Service\n\n"
        "Tuesday, 1 December 2026",
        # the writer's name and job without a "By", right above the date line
        "THE HARBOUR GAZETTE\n\n{title}\n\nColm Reddy, Local Democracy Reporter\n"
        "Tuesday 1 December 2026",
        # a byline with a label under a section line of two sections
        "Opinion & Analysis\n\n{title}\n\nAnalysis by Colm Reddy, Economics Editor\n"
        "Tuesday 1 December 2026",
        # a byline with the writer's job before the name
        "{title}\n\nBy Local Democracy Reporter Colm Reddy\nTuesday, 1 December 2026",
        # a press release's label above its headline
        "FOR IMMEDIATE RELEASE\n\n{title}\n\nCARLISLE, England, Dec. 1, 2026 /PRNewswire/ -- "
        "Northfield Water today announced a £300 million programme to upgrade 40 works.",
    ],
)
def test_the_headline_is_neither_the_masthead_nor_a_breadcrumb(head: str) -> None:
    title = "Port operator warns of job cuts as freight volumes slide"
    text = head.format(title=title) + "\n\nKestrel Ports said it would cut 140 jobs."
    page = layout(text)
    assert page.title is not None and text[slice(*page.title)] == title


def test_a_section_and_subsection_line_is_furniture_and_no_body(extractor: Extractor) -> None:
    text = (
        "Business | Energy\n\nShell to buy back shares as profits beat forecasts\n\nBy "
        "Energy Correspondent\nThursday 29 October 2026 08:15 GMT\n\nShell has announced "
        "another share buyback. The oil and gas giant said adjusted earnings were $5.4bn."
    )
    page = layout(text)
    assert text[slice(*page.boilerplate[0])] == "Business | Energy"
    said = extractor.extract(text).claims[-1]
    assert said.speaker is not None and said.speaker.name == "Shell"


def test_a_medium_the_parser_hung_on_the_audience_of_a_speaking_clause(
    extractor: Extractor,
) -> None:
    text = "Speaking to journalists on a call, Wael Sawan said Shell would keep cutting costs."
    assert source_of(extractor, text, "said") == ("a call", "interview")


def test_boilerplate_gives_no_claims_and_metadata_comes_from_the_page(extractor: Extractor) -> None:
    text = (
        "Putin and Trump Call for All Nations To Support Syria\n\n11 November 2017\n\n"
        "EIRNS—The statement said the war in Syria must end soon.\n\n"
        "8Next articleThe minister said the budget was fine\n"
    )
    doc = extractor.extract(text)
    assert (doc.title, str(doc.published), doc.published_from, doc.agency) == (
        "Putin and Trump Call for All Nations To Support Syria",
        "2017-11-11",
        "text",
        "EIRNS",
    )
    assert [c.content.text for c in doc.claims] == ["the war in Syria must end soon"]
    assert not any("W001" in w for w in doc.warnings)


def test_seed_sources(seed_docs) -> None:  # type: ignore[no-untyped-def]
    found = {
        (c.source.name, c.source.kind) for d in seed_docs.values() for c in d.claims if c.source
    }
    assert ("a statement published on its website", "statement") in found
    assert ("Sputnik", "outlet") in found
    assert ("this joint statement", "statement") in found


def test_caption_credit_and_tracking_lines_are_furniture() -> None:
    text = (
        "Quantcast\n"
        "Police officers (L) stand guard outside the embassy in Nairobi\n"
        "Getty Images\n\n"
        "The ambassador said on Friday that the embassy would reopen next week after repairs "
        "that have taken far longer than anyone in the city had expected them to take.\n"
    )
    furniture = [text[a:b] for a, b in layout(text).boilerplate]
    assert furniture == [
        "Quantcast",
        "Police officers (L) stand guard outside the embassy in Nairobi",
        "Getty Images",
    ]
    # "photo" in a word is no caption's: "photo-sharing app Lumio said ..." is the article
    lede = "In a blog post, photo-sharing app Lumio said it would pause a feature.\n"
    assert layout(lede).boilerplate == ()


def test_seed_metadata_from_the_page_alone(extractor: Extractor) -> None:
    from pathlib import Path

    data = Path(__file__).resolve().parents[1] / "examples" / "data"
    i24 = extractor.extract((data / "i24news_syria.txt").read_text())
    assert (i24.title, i24.publisher) == (
        "Trump, Putin agree 'no military solution' in Syria says Kremlin",
        "i24NEWS",
    )
    cfr = extractor.extract((data / "cfr_canada_syria.txt").read_text())
    assert (cfr.title, cfr.publisher, str(cfr.published), cfr.agency) == (
        "Putin and Trump Call for All Nations To Support Syria",
        "Committee for the Republic of Canada",
        "2017-11-11",
        "EIRNS",
    )


def test_a_body_sentence_that_names_a_furniture_word_is_not_furniture() -> None:
    text = (
        "A poll picks the winner\n\n"
        "The magazine said the reader-chosen cookie poll winner has correctly predicted the "
        "White House winner in five of the past six election cycles.\n\n"
        "Subscribe to our newsletter\n"
    )
    furniture = [text[a:b] for a, b in layout(text).boilerplate]
    assert furniture == ["Subscribe to our newsletter"]


def test_the_model_sees_long_punctuation_runs_broken_one_for_one() -> None:
    from claimkit.prepare import PUNCT_RUN_BREAK, for_model

    text = 'He said "yes". ' + '"' * 1000 + " ---- end"
    seen = for_model(text)
    assert len(seen) == len(text)  # offsets unchanged
    longest = max(len(run) for run in seen.split())
    assert longest <= PUNCT_RUN_BREAK
    assert seen.endswith(" ---- end") and seen.startswith('He said "yes". ')


def _sources(extractor: Extractor, text: str) -> dict[str, str | None]:
    """First word of each claim -> the name of its source."""
    return {
        c.content.text.split()[0]: c.source.name if c.source else None
        for c in extractor.extract(text).claims
    }


def test_an_unnamed_speakers_occasion_before_their_claims_carries(extractor: Extractor) -> None:
    # the sentence before names the speaker by the very description their claims resolve to
    text = (
        "The chief executive spoke to investors on a call on Thursday. He said sales had risen "
        '4%. "We are confident," he said.'
    )
    claims = extractor.extract(text, published="2026-12-04").claims
    assert [c.source.name if c.source else None for c in claims] == ["a call", "a call"]
    assert [c.when.value if c.when else None for c in claims] == ["2026-12-03", "2026-12-03"]


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # a clause with a subject of its own names no medium of the clause above it
        (
            "The agency objected to the plans but withdrew its objection in October after the "
            "developer agreed to build a drainage pond.",
            "agreed",
            None,
        ),
        # a phrase set before both verbs is the medium of both
        (
            "In a New York Times survey released last Thursday, 79 percent of Democrats said "
            "they were satisfied and 60 percent said they wanted his policies to go on.",
            "said",
            ("a New York Times survey released last Thursday", "document"),
        ),
        # a body's name by its last word is the body, no document
        (
            "Researchers at the British Antarctic Survey said the shelf had shed ice. The "
            "survey said the station was not at risk.",
            "said",
            None,
        ),
    ],
)
def test_a_medium_only_of_its_own_clause_and_a_body_by_its_word(
    extractor: Extractor, text: str, cue: str, expected: tuple[str, str] | None
) -> None:
    doc = extractor.extract(text, published="2017-11-11")
    claim = [c for c in doc.claims if c.cue is not None and c.cue.text == cue][-1]
    got = (claim.source.name, claim.source.kind) if claim.source else None
    assert got == expected


def test_the_same_interview_carries_on(extractor: Extractor) -> None:
    text = (
        "Council leader Tom Lee told the Evening Post on Friday that budgets were tight.\n\n"
        'The library will close in May. "Nobody wants this," Lee said.\n\n'
        "Lee later told reporters that talks would go on. Savings were needed, Lee added."
    )
    got = _sources(extractor, text)
    assert got["budgets"] == "the Evening Post"
    assert got["Nobody"] == "the Evening Post"
    # a new audience is a new occasion: nothing carries past it
    assert got["talks"] is None and got["Savings"] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the body the hearing's sentence named; not another: a new audience
            "Rachel Reeves defended the forecast during a Treasury committee hearing on "
            'Wednesday.\n\n"I will not apologise for ambition," Reeves told the committee.'
            "\n\nShe said the downgrade reflected global factors.\n\n"
            '"We are on track," Reeves told the court.',
            {"I": "2026-12-02", "the": "2026-12-02", "We": None},
        ),
        (  # people present by a plural alone, only in the sentence right after
            "Speaking at a committee hearing on Tuesday, Barclays chief executive C.S. "
            'Venkatakrishnan said pay at the bank was "in line with the market." He told MPs '
            "that the bonus pool was 8% lower.\n\nThe bank reported a record profit. He "
            "told reporters that costs would fall.",
            {"pay": "2026-12-01", "the": "2026-12-01", "costs": None},
        ),
        (  # the committee of a hearing named by another noun of its kind of event
            "Victoria Hale said during Tuesday's hearing that the programme had been badly "
            "planned. She told the committee that new hospitals would open by 2030.",
            {"the": "2026-12-01", "new": "2026-12-01"},
        ),
    ],
)
def test_telling_those_at_a_dated_occasion_keeps_its_day(
    extractor: Extractor, text: str, expected: dict[str, str | None]
) -> None:
    doc = extractor.extract(text, published="2026-12-03")
    when = {c.content.text.split()[0]: c.when.value if c.when else None for c in doc.claims}
    assert {key: when.get(key) for key in expected} == expected


def test_said_at_the_time_is_the_time_of_the_sentence_before(extractor: Extractor) -> None:
    text = (
        "Brewdog said in a statement on Monday that its founder would step down.\n\n"
        "Former staff accused the company of a culture of fear in 2021. Brewdog said at the "
        'time that it was sorry.\n\nIn a note to staff, Ms Reid said sales were up. "We are '
        'growing," Ms Reid wrote at the time.'
    )
    doc = extractor.extract(text, published="2026-12-02")
    got = {c.content.text.split()[0]: c for c in doc.claims}
    assert got["it"].source is None and got["it"].when is not None
    assert got["it"].when.value == "2021"
    # with no time of its own before it, the speaker's last occasion: the note
    assert got["We"].source is not None and got["We"].source.name == "a note to staff"


def test_said_at_the_time_after_words_with_a_time_of_their_own_is_that_time(
    extractor: Extractor,
) -> None:
    text = (
        "Tesla has faced several recalls this year. In February, it recalled more than 2 "
        "million cars over warning lights that were too small, the agency said at the time."
    )
    (claim,) = extractor.extract(text, published="2026-05-13").claims
    assert claim.when is not None and claim.when.value == "2026-02"


def test_a_speech_verb_in_the_next_sentence_carries_the_interview(extractor: Extractor) -> None:
    text = (
        'Janet Yellen said in an interview with CNBC that the economy was "resilient".\n\n'
        "She warned, however, that a default could cause a catastrophe. She has argued that "
        "debt is fine.\n\nRates will rise. Yellen predicted that prices would fall."
    )
    got = _sources(extractor, text)
    assert got["a"] == "an interview with CNBC"
    # a perfect reports an earlier time; a sentence between ends the occasion for "predict"
    assert got["debt"] is None and got["prices"] is None


def test_a_platform_the_parser_hung_on_the_verb_after_on_is_the_source(
    extractor: Extractor,
) -> None:
    text = "The company's founder, Mary Okonjo, said on LinkedIn that she was heartbroken."
    (claim,) = extractor.extract(text).claims  # "LinkedIn" hung on "said", not on "on"
    assert claim.source is not None
    assert (claim.source.name, claim.source.kind) == ("LinkedIn", "social_media")


def test_any_cue_with_also_in_the_next_sentence_carries_the_occasion(
    extractor: Extractor,
) -> None:
    text = (
        'Joe Schmidt said on Tuesday that his side had "nothing to fear". He also confirmed '
        "that Nic White would miss the game.\n\nRates will rise. He also confirmed that "
        "the squad was fit."
    )
    doc = extractor.extract(text, published="2023-05-10")
    when = {c.content.text.split()[0]: c.when.value if c.when else None for c in doc.claims}
    assert when["Nic"] == "2023-05-09"
    assert when["the"] is None  # a sentence between ends the occasion


def test_what_a_document_found_next_is_still_the_document(extractor: Extractor) -> None:
    text = (
        "Weight-loss injections could save the NHS £1bn a year, according to a report by the "
        "Tony Blair Institute.\n\nThe report, published on Thursday, said the drugs should "
        "be offered through pharmacies. It found that one in four adults was obese."
    )
    got = _sources(extractor, text)
    assert got["the"] == got["one"] == "The report"


def test_the_outlet_told_in_an_interview_is_the_medium(extractor: Extractor) -> None:
    text = (
        "Chief Financial Officer Mark Oduya told Reuters in an interview that Vantor had no "
        "plans to sell its hardware unit. Mitch McConnell told Garland in a phone call that "
        "he would not meet him."
    )
    got = _sources(extractor, text)
    assert got["Vantor"] == "Reuters"
    # a person told in a call is no outlet: the call stays the medium
    assert got["he"] == "a phone call"


def test_an_outlet_named_by_its_noun_is_the_medium_of_an_interview(extractor: Extractor) -> None:
    text = (
        "Opposition leader Raila Odinga told the Nation newspaper in an interview that the "
        "law would crush ordinary Kenyans. Ms Achieng told the Reuters news agency in an "
        "interview that prices had doubled."
    )
    got = _sources(extractor, text)
    assert got["the"] == "the Nation newspaper"
    assert got["prices"] == "the Reuters news agency"


def test_the_outlet_the_text_calls_a_broadcaster_is_the_medium_of_an_interview(
    extractor: Extractor,
) -> None:
    text = (
        "Prime Minister Aiko Mori told public broadcaster NHK in an interview aired on Friday "
        "that she would not resign."
    )
    assert source_of(extractor, text, "told") == ("public broadcaster NHK", "outlet")


def test_a_platform_the_speaker_used_just_before_is_the_source_and_anothers_post_is_not(
    extractor: Extractor,
) -> None:
    text = (
        'Winger Tom Reyes, who was sent off, apologised on Instagram. "I let the lads down," '
        "he posted.\n\nSam Ortiz replied to Kim Lee's tweet. Ortiz tweeted, \"That is not "
        'true."'
    )
    got = _sources(extractor, text)
    assert got["I"] == "Instagram"
    assert got["That"] == "Twitter"  # the platform of his own post, not Lee's tweet


def test_an_occasion_before_a_titled_name_carries_to_the_name_alone(extractor: Extractor) -> None:
    text = (
        "President Vargas backed the plan in an interview last October on Channel 9. "
        '"I don\'t think it is a problem," she said.'
    )
    got = _sources(extractor, text)
    assert got["I"] is not None and "an interview" in got["I"]


def test_an_act_told_in_passing_in_a_relative_clause_gives_the_speaker_no_occasion(
    extractor: Extractor,
) -> None:
    text = (
        "Plans for a cycle lane have been dropped.\n\nThe Greater Cambridge Partnership, "
        'which proposed the scheme last year, said it would "go back to the drawing board".'
    )
    said = next(c for c in extractor.extract(text).claims if c.cue and c.cue.text == "said")
    assert said.when is None  # not last year, the time of the proposal


def test_a_cue_said_now_starts_a_new_occasion_and_a_tweet_is_on_twitter(
    extractor: Extractor,
) -> None:
    text = (
        "In 2023, Adele Carter told the BBC she feared she might never sing again.\n\n"
        'Now she says she is "stronger than ever".\n\nThe senator tweeted that the bill '
        "was a disgrace."
    )
    by_cue = {c.cue.text: c for c in extractor.extract(text).claims if c.cue}
    told, says, tweeted = by_cue["told"], by_cue["says"], by_cue["tweeted"]
    assert told.source is not None and told.source.name == "the BBC"
    # "now": not the 2023 interview
    assert says.source is None and says.when is None
    assert tweeted.source is not None
    assert (tweeted.source.name, tweeted.source.kind, tweeted.source.span) == (
        "Twitter",
        "social_media",
        None,
    )


def test_the_paper_is_the_outlet_named_before_it(extractor: Extractor) -> None:
    text = (
        'The author spoke to The Observer about grief. "I had 40,000 words and I hated '
        'every one of them," she told the paper.'
    )
    assert _sources(extractor, text)["I"] == "The Observer"
    # a news agency is no newspaper; a dated paper is a study
    text = (
        "Reuters first reported the sale. The buyer told the newspaper that prices were "
        "fair. A levy cut trading by half, according to the 2009 paper."
    )
    got = _sources(extractor, text)
    assert got["prices"] == "the newspaper"
    assert got["A"] == "the 2009 paper"


def test_an_outlet_s_programme_is_the_medium(extractor: Extractor) -> None:
    text = "Matt Hancock told BBC Radio 4's Today programme that the backlog would be cleared."
    assert _sources(extractor, text)["the"] == "BBC Radio 4's Today programme"


def test_a_that_clause_after_a_long_medium_is_the_content(extractor: Extractor) -> None:
    text = (
        "The energy ministry said in a statement carried by the state news agency SPA that "
        'the cut could be "extended or deepened".'
    )
    (claim,) = extractor.extract(text).claims
    assert claim.content.text == 'the cut could be "extended or deepened"'
    assert claim.source is not None
    assert claim.source.name == "a statement carried by the state news agency SPA"


def test_a_holiday_and_a_question_date_the_statement(extractor: Extractor) -> None:
    text = (
        "Speaking to the BBC on New Year's Day, the prime minister said curbs would go.\n\n"
        "The opposition leader, in a speech in Leeds on Boxing Day, said the government had "
        "lost control.\n\nAsked about the memo on Tuesday, a spokesman said the company did "
        "not comment."
    )
    doc = extractor.extract(text, published="2022-01-06")
    when = {c.content.text[:8]: c.when.value if c.when else None for c in doc.claims}
    assert when == {"curbs wo": "2022-01-01", "the gove": "2021-12-26", "the comp": "2022-01-04"}


def test_a_holiday_the_model_took_for_a_name_dates_the_statement(extractor: Extractor) -> None:
    text = "The union said on Easter it would strike."  # the small model's "person" Easter
    (claim,) = extractor.extract(text, published="2026-04-10").claims
    assert claim.when is not None and claim.when.value == "2026-04-05"


def test_said_over_the_weekend_dates_the_statement(extractor: Extractor) -> None:
    text = (
        "The minister said over the weekend that the plan was dead.\n\n"
        "Over the years, the mayor said, the city has changed.\n\n"  # a stretch, no time
        "The numbers changed in June, as Sanders has acknowledged."  # the time of what was said
    )
    doc = extractor.extract(text, published="2026-12-04")
    when = {c.content.text[:12]: c.when.value if c.when else None for c in doc.claims}
    assert when == {"the plan was": "2026-W48-WE", "Over the yea": None, "The numbers ": None}


def test_a_time_that_ends_a_clause_of_time_is_not_the_statements(extractor: Extractor) -> None:
    # the parser hangs "about 10:30 p.m." on "said", over the "when" clause it completes
    text = (
        "Jane Doe, a former mayor of the town, said in one of several posts that the van was "
        "carrying guns and explosives when it struck the crowd about 10:30 p.m. local time."
        "\n\nThe mayor said on Friday that the van had stopped when it hit a wall."
    )
    doc = extractor.extract(text, published="2026-07-15")
    assert [c.when.value if c.when else None for c in doc.claims] == [None, "2026-07-10"]


def test_a_time_after_a_quoted_object_is_the_verbs(extractor: Extractor) -> None:
    # the parser hangs "on Friday" on the quoted "deal", after its closing mark
    text = 'Officials said "no deal" on Friday.'
    (claim,) = extractor.extract(text, published="2026-12-04").claims
    assert claim.when is not None and claim.when.value == "2026-12-04"


@pytest.mark.parametrize(
    ("text", "source", "when"),
    [
        (
            "In his judgment, handed down on Tuesday, the judge said the decision must be "
            "taken again.",
            "his judgment",
            "2022-10-04",
        ),
        (
            "In his ruling, issued late on Friday, Judge Amit Mehta wrote that Google had "
            "acted illegally.",
            "his ruling",
            "2022-09-30",
        ),
    ],
)
def test_a_fronted_medium_with_its_participle_is_the_source_and_its_time(
    extractor: Extractor, text: str, source: str, when: str
) -> None:
    (claim,) = extractor.extract(text, published="2022-10-05").claims
    assert claim.source is not None and claim.source.name == source
    assert claim.when is not None and claim.when.value == when


def test_a_name_beside_the_subject_s_description_ties_the_medium_before(
    extractor: Extractor,
) -> None:
    text = (
        "Sanders has said little about his plans. But his wife, Jane, offered a preview in an "
        'interview with The Washington Post on Monday.\n\n"He wants to keep this movement '
        'going," she said.'
    )
    claim = next(c for c in extractor.extract(text).claims if c.kind == "direct")
    assert claim.source is not None
    assert claim.source.name == "an interview with The Washington Post"


@pytest.mark.parametrize(
    ("text", "source", "when"),
    [
        ("Lee, who spoke to the BBC on Monday, said sales had doubled.", "the BBC", "2023-05-08"),
        (
            'Lee made the comments at a news conference in Paris on Tuesday. "Sales have '
            'doubled," she said.',
            "a news conference in Paris",
            "2023-05-09",
        ),
        (
            '"Sales have doubled," Lee said. She was speaking in Leeds on Tuesday.',
            None,
            "2023-05-09",
        ),
        (
            "Mr Lee said sales had doubled.\n\nHe made the remarks at a conference in "
            "Edinburgh on Tuesday.",
            "a conference in Edinburgh",
            "2023-05-09",
        ),
        (
            "Andy Murray has announced his retirement.\n\nThe two-time Wimbledon champion, "
            "39, made the announcement in a video posted on social media on Tuesday.",
            "a video posted on social media",
            "2023-05-09",
        ),
        (
            "In an interview with the BBC's Football Focus, which aired on Tuesday, James said "
            "he had hit rock bottom.",
            "an interview with the BBC's Football Focus",
            "2023-05-09",
        ),
        # a medium set off by commas after the subject, which the parser hung on it
        (
            "The mayor, in a news conference Tuesday, said the city would appeal.",
            "a news conference",
            "2023-05-09",
        ),
        # the speaker's remarks as the next sentence's subject
        (
            "Zelensky said Ukraine needed more air defence. His remarks came on Monday during "
            "a visit to Berlin.",
            None,
            "2023-05-08",
        ),
        (
            "Zelensky said Ukraine needed more air defence. His comments were made at a summit "
            "in Rome on Tuesday.",
            None,
            "2023-05-09",
        ),
        # the occasion a speaking clause takes up, in the sentence before, where the
        # speaker is named beside a description; the day hung on the verb's object
        (
            "The health secretary, Priya Natarajan, faced questions from MPs on Monday about "
            "the booster programme.\n\nAppearing before the committee, Natarajan said supply "
            "problems had delayed deliveries.",
            None,
            "2023-05-08",
        ),
        # or by a description alone
        (
            "The health secretary faced repeated questions from MPs on Tuesday about the "
            "hospital programme.\n\nAppearing before the health and social care committee, "
            'Sarah Hale said the programme had been "badly planned from the start".',
            None,
            "2023-05-09",
        ),
        # the participle the parser hung on the last word of the issuer's name
        (
            "Figures from the Office for National Statistics released on Tuesday showed "
            "unemployment rose to 5.1%.",
            "Figures from the Office for National Statistics",
            "2023-05-09",
        ),
        (
            # the parser reads "head" as a verb after "to"
            "In a letter to head teachers sent on Tuesday, Education Minister Lynne Neagle "
            "said schools should stay open.",
            "a letter",
            "2023-05-09",
        ),
        (
            # an outlook is a document; the participle set off after it is hung on "said"
            "In its winter outlook, published on Tuesday, the operator said demand could "
            "peak at 47 gigawatts.",
            "its winter outlook",
            "2023-05-09",
        ),
    ],
)
def test_where_and_when_the_speaker_spoke_beside_the_claim(
    extractor: Extractor, text: str, source: str | None, when: str
) -> None:
    (claim,) = extractor.extract(text, published="2023-05-10").claims
    assert (claim.source.name if claim.source else None) == source
    assert claim.when is not None and claim.when.value == when


def test_what_a_court_heard_dates_what_it_was_told(extractor: Extractor) -> None:
    text = (
        "A man stabbed his neighbour after a row over parking, a court heard on Tuesday.\n\n"
        'Prosecutor Ann Lee told the court that Smith had used a knife. "This was a brutal '
        'attack," she said.'
    )
    doc = extractor.extract(text, published="2023-05-10")
    # (what the court heard is itself a claim, of the hearing's day)
    assert [c.when.value if c.when else None for c in doc.claims] == ["2023-05-09"] * 3
    assert doc.claims[0].cue is not None and doc.claims[0].cue.text == "heard"


def test_the_court_a_name_ends_in_is_the_court_told_later(extractor: Extractor) -> None:
    text = (
        "Marcus Eddowes, 31, appeared at Cardiff Crown Court on Tuesday, where he pleaded "
        "not guilty to assault.\n\nProsecutor Ellen Watts told the court that Eddowes "
        "punched the man twice."
    )
    (claim,) = extractor.extract(text, published="2023-05-10").claims
    assert claim.when is not None and claim.when.value == "2023-05-09"


def test_after_the_hearing_is_the_court_appeared_before_past_what_it_heard(
    extractor: Extractor,
) -> None:
    text = (
        "Graham Pike, 58, admitted two offences when he appeared before Hexley Magistrates' "
        "Court on Tuesday.\n\nThe court heard that his tenants' child had been taken to "
        'hospital twice.\n\nAfter the hearing, Cllr Tom Reid said: "Tenants deserve safe '
        'homes."'
    )
    after = extractor.extract(text, published="2023-05-10").claims[-1]
    assert after.content.text == "Tenants deserve safe homes"
    assert after.when is not None and after.when.value == "2023-05-09"


@pytest.mark.parametrize("place", ["Speaking outside court", "Outside the court"])
def test_outside_court_is_the_court_the_story_dated(extractor: Extractor, place: str) -> None:
    text = (
        "Peter Grimshaw, 58, pleaded guilty at Manchester Magistrates' Court on Tuesday to "
        f"failing to comply with an improvement notice.\n\n{place}, tenant Amina Yusuf said "
        "she was relieved."
    )
    claim = extractor.extract(text, published="2023-05-10").claims[-1]
    assert claim.content.text == "she was relieved"
    assert claim.when is not None and claim.when.value == "2023-05-09"


def test_a_court_told_of_in_the_past_perfect_dates_no_later_hearing(
    extractor: Extractor,
) -> None:
    text = (
        "A former mayor was jailed for four years on Tuesday for taking bribes.\n\n"
        "Raymond Cole, 61, had admitted six counts of misconduct at Crown Court in October."
        "\n\nCole's barrister, Imran Shah, told the court his client had shown remorse."
    )
    told = extractor.extract(text, published="2023-05-10").claims[-1]
    assert told.cue is not None and told.cue.text == "told"
    assert told.when is None


def test_what_was_told_the_court_in_the_past_perfect_is_before_the_hearing(
    extractor: Extractor,
) -> None:
    text = (
        "Daniel Pryce, 41, was sentenced at Southwark Crown Court on Tuesday.\n\n"
        "Prosecutor Anil Mehta had told the court that Pryce hid losses in fake trades."
    )
    told = extractor.extract(text, published="2023-05-10").claims[-1]
    assert told.cue is not None and told.cue.text == "told"
    assert told.when is None


@pytest.mark.parametrize(
    ("text", "author", "when"),
    [
        (
            "The Home Office issued a statement on Monday. The statement said the scheme "
            "would end.",
            "the Home Office",
            "2023-05-08",
        ),
        (
            "Brennan sent a memo to staff on Friday. The memo said bonuses would be cut.",
            "Brennan",
            "2023-05-05",
        ),
    ],
)
def test_who_issued_a_document_on_a_day_speaks_through_it_then(
    extractor: Extractor, text: str, author: str, when: str
) -> None:
    (claim,) = extractor.extract(text, published="2023-05-10").claims
    assert claim.speaker is not None and claim.speaker.name == author
    assert claim.when is not None and claim.when.value == when


def test_a_sentence_beside_the_claim_about_other_writing_dates_nothing(
    extractor: Extractor,
) -> None:
    text = '"Sales have doubled," Lee said. Lee wrote a best-selling memoir in 2015.'
    (claim,) = extractor.extract(text, published="2023-05-10").claims
    assert claim.when is None


def test_a_medium_on_the_cue_s_object_is_no_part_of_the_content(extractor: Extractor) -> None:
    (claim,) = extractor.extract("Co-founder Priya Raman announced the cuts in a blog post.").claims
    assert claim.content.text == "the cuts"
    assert claim.source is not None and claim.source.name == "a blog post"


def test_a_platform_on_the_cue_s_own_object_is_its_medium(extractor: Extractor) -> None:
    text = (
        'Lord Barwell announced his decision on X on Thursday. "I can no longer defend '
        'it," he wrote.'
    )
    found = extractor.extract(text, published="2026-12-04").claims
    assert [(c.content.text, c.source and c.source.name) for c in found] == [
        ("his decision", "X"),
        ("I can no longer defend it", "X"),
    ]
    # a ban "on" a platform is its topic
    (claim,) = extractor.extract("The minister announced a ban on TikTok on Thursday.").claims
    assert (claim.content.text, claim.source) == ("a ban on TikTok", None)


def test_a_person_s_spokespeople_speak_on_an_occasion_of_their_own(
    extractor: Extractor,
) -> None:
    text = (
        "The singer announced the news in a statement on her website on Monday.\n\n"
        "Chappell Roan said she had to put her health first. Her representatives said "
        "fans would be refunded."
    )
    found = extractor.extract(text, published="2026-12-01").claims
    assert [(c.speaker and c.speaker.name, c.source and c.source.name) for c in found][1:] == [
        ("Chappell Roan", "a statement on her website"),
        ("Chappell Roan", None),
    ]


def test_speaking_on_an_outlet_the_model_took_for_a_place(extractor: Extractor) -> None:
    text = "Speaking on BBC Breakfast on Friday morning, she said the plan was on track."
    (claim,) = extractor.extract(text, published="2026-12-04").claims
    assert claim.source is not None and claim.source.name == "BBC Breakfast"


def test_a_fronted_interview_ends_at_its_comma(extractor: Extractor) -> None:
    text = "In an interview with the Daily Planet, festival director Jo Park said sales doubled."
    assert _sources(extractor, text)["sales"] == "an interview with the Daily Planet"


def test_told_a_news_conference_and_a_note_to_clients(extractor: Extractor) -> None:
    text = (
        "Governor Adrian Orr told a news conference that the bank was ready to act.\n\n"
        "Rates will stay low, ASB economist Mark Smith wrote in a note to clients."
    )
    got = _sources(extractor, text)
    assert got["the"] == "a news conference"
    assert got["Rates"] in ("a note", "a note to clients")  # "to clients" may hang on the verb


def _by_last_word(
    extractor: Extractor, text: str, published: str, value: Callable[[Claim], str | None]
) -> dict[str, str | None]:
    """Each claim's last content word -> ``value`` of the claim."""
    doc = extractor.extract(text, published=published)
    return {c.content.text.split()[-1]: value(c) or None for c in doc.claims}


def test_a_look_back_with_no_medium_is_no_occasion_of_a_later_claim(
    extractor: Extractor,
) -> None:
    text = (
        "Carol Hines said on Monday that she would not resign.\n\nLast year she said the "
        "department was the best in the region. She added that it had won awards.\n\nRaj "
        "Patel said her position was untenable.\n\nHines said she would let the voters decide."
    )
    when = _by_last_word(extractor, text, "2026-12-04", lambda c: c.when and c.when.value)
    assert when == {
        "resign": "2026-11-30",
        "region": "2025",
        "awards": "2025",
        "untenable": None,
        "decide": None,
    }


def test_a_claim_of_no_day_and_one_in_the_past_perfect_end_a_days_words(
    extractor: Extractor,
) -> None:
    text = (
        "The route was to end in December, the bus company Arriva said in September.\n\n"
        "The council has agreed to fund it.\n\nArriva said it welcomed the decision. A "
        "spokesman for the company said timetables would stay the same.\n\nAn inspector "
        "allowed the appeal on Friday.\n\nSalford City Council had refused permission in "
        "January, saying the towers were too tall.\n\nA council spokesperson said the "
        "authority was disappointed."
    )
    when = _by_last_word(extractor, text, "2026-11-09", lambda c: c.when and c.when.value)
    assert when == {
        "December": "2026-09",
        "it": None,
        "decision": None,
        "same": None,
        "permission": "2026-01",
        "tall": "2026-01",
        "disappointed": None,
    }


def test_a_past_report_after_what_a_document_says_is_no_more_of_it(
    extractor: Extractor,
) -> None:
    text = (
        "In the book, published on Thursday, Tom Reed says Jane Lowe ignored warnings.\n\n"
        "Ms Lowe said the claims were fiction.\n\nMr Reed said he stood by every word. In "
        "the book, Reed says the minister was warned twice. Reed wrote that she laughed."
    )
    got = _by_last_word(extractor, text, "2026-12-02", lambda c: c.source and c.source.name)
    assert got["warnings"] == "the book" and got["word"] is None and got["laughed"] == "the book"


def test_a_spokesperson_after_what_a_document_shows_speaks_for_themselves(
    extractor: Extractor,
) -> None:
    text = (
        "Waiting lists fell in April, official figures published on Thursday show.\n\n"
        "The number waiting fell to 7.21 million, according to NHS England.\n\n"
        "An NHS England spokesperson said hospitals had carried out a record number of "
        "operations."
    )
    got = _by_last_word(extractor, text, "2026-06-18", lambda c: c.source and c.source.name)
    assert got["April"] == "official figures" and got["operations"] is None


def test_the_occasion_carries_its_time(extractor: Extractor) -> None:
    text = (
        "Fifty patients had fallen ill, the hospital trust said in a statement on Tuesday.\n\n"
        "Visits would resume on Friday, the statement said.\n\n"
        "Staff were tested, the trust said."
    )
    doc = extractor.extract(text, published="2021-03-03")
    got = {c.content.text.split()[0]: c for c in doc.claims}
    first = got["Fifty"]
    assert first.source is not None and first.source.name == "a statement"  # not "… on Tuesday"
    for word in ("Fifty", "Visits", "Staff"):
        claim = got[word]
        assert claim.when is not None and claim.when.value == "2021-03-02", word
        assert claim.when_from == "event" and claim.when.span is not None
        assert claim.when.span.text == "Tuesday"


def test_what_the_speaker_did_on_another_day_is_a_new_occasion(extractor: Extractor) -> None:
    text = (
        "The chief executive, Raj Menon, told Reuters in an interview last month that the "
        "plant would be built.\n\nOn Tuesday he repeated that pledge.\n\n"
        '"Arizona is our future," Menon said.'
    )
    doc = extractor.extract(text, published="2021-11-03")
    first, second = doc.claims
    assert first.source is not None and first.when is not None and first.when.value == "2021-10"
    assert second.source is None  # not the interview of last month
    assert second.when is not None and second.when.value == "2021-11-02"
    # someone else's day, or a day of the speaker's beyond the next sentence by pronoun,
    # keeps the occasion
    text = text.replace("On Tuesday he repeated", "On Tuesday the firm's shares fell. He repeated")
    second = extractor.extract(text, published="2021-11-03").claims[-1]
    assert second.source is not None and second.when is not None
    assert second.when.value == "2021-10"


@pytest.mark.parametrize(
    "text",
    [
        "The ban would apply from June, Ulf Kristersson was quoted as saying by the Interfax "
        "news agency.",
        "Ulf Kristersson was quoted by the Interfax news agency as saying the ban would apply "
        "from June.",
    ],
)
def test_who_quoted_the_speaker_is_the_medium(extractor: Extractor, text: str) -> None:
    (claim,) = extractor.extract(text).claims
    assert claim.content.text.lower() == "the ban would apply from june"
    assert claim.speaker is not None and claim.speaker.name == "Ulf Kristersson"
    assert claim.source is not None and claim.source.name == "the Interfax news agency"


def test_a_medium_the_parser_hung_on_the_object_is_the_source(extractor: Extractor) -> None:
    text = (
        "Organisers announced the decision in a statement on Friday night, saying the event "
        "had become financially impossible."
    )
    first, second = extractor.extract(text, published="2024-03-09").claims
    assert first.content.text == "the decision"  # not "the decision in a statement"
    for claim in (first, second):
        assert claim.source is not None and claim.source.name == "a statement"
        assert claim.when is not None and claim.when.value == "2024-03-08"
    # what was banned is no medium
    (claim,) = extractor.extract("The minister announced a ban on posts on Facebook.").claims
    assert claim.source is None
    # "on" a medium of the speaker's own
    text = 'Mehta repeated the claim on his podcast, saying the rules were "written by lobbyists".'
    sources = {c.source.name if c.source else None for c in extractor.extract(text).claims}
    assert sources == {"his podcast"}


def test_a_platform_of_two_words_is_social_media(extractor: Extractor) -> None:
    text = 'Writing on social media, the minister said: "This is great news for passengers."'
    (claim,) = extractor.extract(text).claims
    assert claim.source is not None
    assert (claim.source.name, claim.source.kind) == ("social media", "social_media")


def test_a_medium_set_off_after_the_content_is_the_source(extractor: Extractor) -> None:
    text = (
        "The founder warned on Monday that federal rules would kill small companies, in a "
        "post on X.\n\nThe senator said the border had to be secured, in order to stop "
        "smugglers."
    )
    post, order = extractor.extract(text).claims
    assert post.content.text == "federal rules would kill small companies"
    assert post.source is not None and post.source.name == "a post on X"
    assert order.source is None  # "in order to" names no medium


def test_an_event_beside_the_subject_is_a_new_occasion(extractor: Extractor) -> None:
    text = (
        'Clinton claimed victory in a tweet, saying: "We just won Kentucky!"\n\nClinton, '
        "during a town hall meeting in Columbus, said she would back the miners."
    )
    first, second = extractor.extract(text).claims
    assert first.source is not None and first.source.name == "a tweet"
    assert second.source is None  # the town hall, not the tweet


def test_speaking_to_reporters_is_a_new_occasion(extractor: Extractor) -> None:
    text = (
        "The government will build 250,000 homes, Housing Minister Sean Fraser said on "
        "Wednesday.\n\nSpeaking to reporters in Ottawa, Fraser said the first projects "
        "would start in the spring."
    )
    doc = extractor.extract(text, published="2023-10-26")
    first, second = doc.claims
    assert first.when is not None and first.when.value == "2023-10-25"
    assert second.when is None  # another occasion: its time is not carried


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            'Speaking to BBC Radio Westbury, the defender said: "We let him down."',
            "BBC Radio Westbury",
        ),
        ("Writing in The Lancet, the authors said the drug worked.", "The Lancet"),
        ("Speaking to reporters, the minister said the talks failed.", None),
        ("Speaking to broadcasters in Kent, the minister said the change was right.", None),
        ("Speaking at a rally in Iowa, Smith said the plan was bad.", None),
        ("Speaking to reporters at Queen's Club, Andy Murray said the end was near.", None),
        # a magazine the model takes for a place, but no legislature spoken to
        ("Speaking to Variety, Amara Osei said she had seen 300 actresses.", "Variety"),
        ("Speaking to Congress, the president said the war would end.", None),
    ],
)
def test_a_speaking_participle_names_the_medium(
    extractor: Extractor, text: str, source: str | None
) -> None:
    (claim,) = extractor.extract(text).claims
    assert (claim.source.name if claim.source else None) == source


def test_testimony_to_a_body_is_a_medium_and_a_response_to_criticism_is_not(
    extractor: Extractor,
) -> None:
    text = (
        '"We can afford to be patient," Powell said in testimony to the House Financial '
        "Services Committee."
    )
    (claim,) = extractor.extract(text).claims
    assert claim.source is not None
    assert claim.source.name == "testimony to the House Financial Services Committee"
    (claim,) = extractor.extract(
        "Powell said in response to the criticism that rates would stay."
    ).claims
    assert claim.source is None


def test_according_to_a_company_cites_no_medium(extractor: Extractor) -> None:
    # "Networks" in a company's name is no television network; a paper's name is a medium
    text = (
        "About 9,000 homes are without power, according to Northern Power Networks. "
        "Rents rose by 8%, according to the Evening Post."
    )
    claims = extractor.extract(text).claims
    assert [c.source.name if c.source else None for c in claims] == [None, "the Evening Post"]
    assert claims[0].speaker is not None and claims[0].speaker.name == "Northern Power Networks"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Unemployment rose to 5%, according to a report released Tuesday.", "2021-03-02"),
        ("Cases fell, according to results published on Monday in a journal.", "2021-03-01"),
        ("In a statement this afternoon, the ministry said councils would be paid.", "2021-03-03"),
        ("The senator said in an interview last week that she would run.", "2021-W08"),
        # the date hung on the place the medium appeared
        ("FibreLink said in an update on its website on Monday that data was taken.", "2021-03-01"),
        # a "that" clause the parser hung on the medium, past its participle
        ("Lee said in a statement released on Tuesday that he would run.", "2021-03-02"),
        ("Lee said in a Tuesday statement that he would run.", "2021-03-02"),
        ("Lee wrote in a letter dated March 1 that he would resign.", "2021-03-01"),
        ("In a ruling handed down on Tuesday, the judge said the trial was unfair.", "2021-03-02"),
        ("The board said in a memo circulated on Monday that jobs would go.", "2021-03-01"),
    ],
)
def test_a_dated_medium_dates_the_statement(extractor: Extractor, text: str, value: str) -> None:
    (claim,) = extractor.extract(text, published="2021-03-03").claims
    assert claim.when is not None and claim.when_from == "event"
    assert claim.when.value.startswith(value)


def test_a_programme_named_today_dates_nothing(extractor: Extractor) -> None:
    text = "Professor Lee told BBC Radio 4's Today programme that more drugs were coming."
    (claim,) = extractor.extract(text, published="2021-03-03").claims
    assert claim.when is None


def test_an_undated_medium_gives_no_time(extractor: Extractor) -> None:
    (claim,) = extractor.extract(
        "Exports fell, according to data from the ministry.", published="2021-03-03"
    ).claims
    assert claim.when is None and claim.when_from is None


def test_a_broadcast_appearance_and_an_untagged_outlet_name_the_medium(
    extractor: Extractor,
) -> None:
    text = (
        "Agriculture Secretary Luis Moreno, appearing on Fox News, said the administration "
        "was preparing an aid package.\n\n"
        'Speaking to the Voice on Wednesday, Harris added that "nobody will miss it".\n\n'
        "Former captain Michael Vaughan, commentating on BBC Test Match Special, said the "
        "batting had been reckless."
    )
    sources = [c.source.name if c.source else None for c in extractor.extract(text).claims]
    assert sources == ["Fox News", "the Voice", "BBC Test Match Special"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In a written response to questions from the Ledger, the council said the "
            "repairs would start in May.",
            ("a written response to questions from the Ledger", "statement"),
        ),
        (
            "Speaking on BBC Radio 4's Today programme, the minister said the plan would work.",
            ("BBC Radio 4's Today programme", "interview"),
        ),
        ("In response to the criticism, the club said it would review its policy.", None),
        ("Cruz said in a two-minute response that he had apologised.", None),
    ],
)
def test_written_texts_and_programmes_are_media_a_reaction_is_not(
    extractor: Extractor, text: str, expected: tuple[str, str] | None
) -> None:
    (claim,) = extractor.extract(text).claims
    got = (claim.source.name, claim.source.kind) if claim.source else None
    assert got == expected


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        (
            "The mayor, speaking at a conference in Berlin on Thursday, said the city would grow.",
            "2025-06-12",
            "a conference in Berlin",
        ),
        ("Speaking on Thursday, the mayor said the city would grow.", "2025-06-12", None),
        (
            "The mayor said in a Facebook post on Tuesday evening that the city would grow.",
            "2025-06-10",
            "a Facebook post",
        ),
        (  # a document's name ending in its noun, dated as the noun is
            "In its latest Monetary Policy Report, published last month, the Bank said "
            "inflation would not return to its target until 2028.",
            "2025-05",
            "its latest Monetary Policy Report",
        ),
    ],
)
def test_the_occasion_of_a_statement_dates_it(
    extractor: Extractor, text: str, value: str, source: str | None
) -> None:
    (claim,) = extractor.extract(text, published="2025-06-16").claims  # a Monday
    assert claim.when is not None and claim.when.value == value
    assert (claim.source.name if claim.source else None) == source


def test_said_after_an_event_dated_before_is_that_day(extractor: Extractor) -> None:
    text = (
        "Lecornu survived a no-confidence vote in parliament on Thursday.\n\n"
        '"This is a victory for stability," Lecornu told lawmakers after the vote.'
    )
    (claim,) = extractor.extract(text, published="2026-12-04").claims
    assert claim.when is not None and (claim.when.value, claim.when_from) == ("2026-12-03", "event")
    # and "Speaking after the debate, X said": a speaking clause is speech
    text = (
        "Yvette Cooper defended the plan during a Commons debate on Monday.\n\nSpeaking "
        "after the debate, Cooper said she would publish new figures."
    )
    (claim,) = [
        c for c in extractor.extract(text, published="2025-03-04").claims if "new" in c.content.text
    ]
    assert claim.when is not None and (claim.when.value, claim.when_from) == ("2025-03-03", "event")
    # one event by any noun of its class: "Sunday's win" … "after the game"
    text = (
        "Salah scored twice in Sunday's win over Southampton. The Egyptian told Sky Sports "
        "after the game that it was probably his last season."
    )
    (claim,) = extractor.extract(text, published="2025-03-04").claims
    assert claim.when is not None and (claim.when.value, claim.when_from) == ("2025-03-02", "event")
    # what a poll showed "after the debate" is no statement's time
    text = (
        "A CNN/ORC poll released on Tuesday showed Mr. Trump with a lead. The poll showed "
        "Mr. Trump losing supporters after the debate on Saturday."
    )
    found = extractor.extract(text, published="2016-02-18").claims
    assert [c.when and c.when.value for c in found] == ["2016-02-16", "2016-02-16"]
    # after an event of a year, any time after it
    text = "Trump won the 2016 election. Clinton said after the 2016 election that she was shocked."
    (claim,) = extractor.extract(text, published="2018-12-04").claims
    assert claim.when is None


def test_a_participle_that_looks_ahead_keeps_its_own_tense(extractor: Extractor) -> None:
    text = "Clinton on Tuesday won the nomination, teeing up the November showdown."
    times = {t.span.text: t.value for t in extractor.extract(text, published="2016-07-27").times}
    assert times["November"] == "2016-11"


def test_a_possessed_event_noun_takes_up_the_dated_verb(extractor: Extractor) -> None:
    text = (
        "A Dutch airline must refund passengers, a court in Amsterdam ruled on Wednesday.\n\n"
        "The airline had misled customers, the judges said in their ruling."
    )
    claim = next(
        c
        for c in extractor.extract(text, published="2021-03-03").claims
        if c.cue and c.cue.text == "said"
    )
    assert claim.when is not None and claim.when.value == "2021-03-03"
    assert claim.source is not None and claim.source.name == "their ruling"


def test_told_a_name_described_as_an_outlet(extractor: Extractor) -> None:
    # the small model takes "De Telegraaf" for a person, whom "told" would address
    text = "Agent Ali Dursun told Dutch newspaper De Telegraaf that the striker wants to leave."
    (claim,) = extractor.extract(text).claims
    assert claim.source is not None
    assert (claim.source.name, claim.source.kind) == ("Dutch newspaper De Telegraaf", "outlet")


@pytest.mark.parametrize(
    "text",
    [
        "Environment Minister Per Lindqvist told public broadcaster SVT the ban would apply.",
        "Environment Minister Per Lindqvist told public broadcaster SVT the ban would apply "
        "to sales, not to cars already on the road.",
    ],
)
def test_told_public_broadcaster_x(extractor: Extractor, text: str) -> None:
    # the small model takes "SVT" for the subordinator of the reported clause
    (claim,) = extractor.extract(text).claims
    assert claim.content.text.startswith("the ban would apply")
    assert claim.source is not None
    assert (claim.source.name, claim.source.kind) == ("public broadcaster SVT", "outlet")


def test_an_agency_named_after_its_description_is_in_the_source(extractor: Extractor) -> None:
    # the parser hangs "Interfax" on "According", outside "the news agency"
    text = "According to the news agency Interfax, the ministry said 40 drones were downed."
    (claim,) = extractor.extract(text).claims
    assert claim.speaker is not None and claim.speaker.name == "the ministry"
    assert claim.source is not None and claim.source.name == "the news agency Interfax"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Former minister Paul Hart wrote in an op-ed for The Guardian that the policy had "
            "failed.",
            "an op-ed for The Guardian",
        ),
        (
            "Senator Amy Ross said during an appearance on CNN's State of the Union that the "
            "bill was dead.",
            "an appearance on CNN's State of the Union",
        ),
        (
            "Dr. Anthony Fauci said in testimony before Congress that the virus was spreading.",
            "testimony before Congress",
        ),
        (
            "Police chief Mark Dunn said in comments to reporters on Monday that the suspect had "
            "fled.",
            "comments to reporters",
        ),
    ],
)
def test_more_media(extractor: Extractor, text: str, source: str) -> None:
    (claim,) = extractor.extract(text).claims
    assert claim.source is not None and claim.source.name.startswith(source)


def test_a_clause_the_parser_hung_on_the_medium_is_no_part_of_its_name(
    extractor: Extractor,
) -> None:
    text = (
        'Rachel Hu said in remarks on the Senate floor that Republicans were "playing with fire".'
    )
    (claim,) = extractor.extract(text).claims
    assert claim.source is not None and claim.source.name == "remarks on the Senate floor"


@pytest.mark.parametrize(
    ("text", "source", "speaker"),
    [
        # a time at the end of the medium's phrase, and the participle it hangs on, are not
        # its name
        (
            "Turnout was 52%, according to a survey by Valley Research released on Thursday.",
            "a survey by Valley Research",
            "Valley Research",
        ),
        (
            "FibreLink said in an update on its website on Thursday that names were taken.",
            "an update on its website",
            "FibreLink",
        ),
        ("Kevin Beaumont said on Mastodon that the flaw was known.", "Mastodon", "Kevin Beaumont"),
        # the sentence's full stop the tokenizer kept on "X."
        ('"Ruto must go," said Hanifa Adan in a post on X.', "a post on X", "Hanifa Adan"),
        ('"Our teams are working without pause," Ali Yerlikaya wrote on X.', "X", "Ali Yerlikaya"),
        (
            "Bees learn from each other, according to research published in the journal Nature.",
            "research published in the journal Nature",
            "the research",
        ),
        # a document's possessive pronoun names its issuer
        (
            "The Bundesbank expects growth of 0.4% this year, according to its December "
            "projections.",
            "its December projections",
            "the Bundesbank",
        ),
        # a document cited from a body that is no outlet is that body's, through it
        (
            "New figures show that house prices fell by 1% in November, according to Nationwide.",
            "New figures",
            "Nationwide",
        ),
        (
            "Sales fell 3% in the quarter, the data showed, according to the CBI.",
            "the data",
            "the CBI",
        ),
        # an outlet cited stays the source of what the document says
        ("The report said the plan had failed, according to the BBC.", "the BBC", "the report"),
    ],
)
def test_a_medium_s_name_place_and_issuer(
    extractor: Extractor, text: str, source: str, speaker: str
) -> None:
    (claim,) = extractor.extract(text).claims
    assert claim.source is not None and claim.source.name == source
    assert claim.speaker is not None and claim.speaker.name == speaker


def test_what_a_participle_says_was_posted_is_no_speaker(extractor: Extractor) -> None:
    text = (
        "Jane Doe, the group's director, said in a video posted on social media that the "
        "campaign would continue."
    )
    (claim,) = extractor.extract(text).claims
    assert claim.speaker is not None and claim.speaker.name == "Jane Doe"


def test_a_name_described_as_a_medium_is_one(extractor: Extractor) -> None:
    text = "Average rents rose to a record in December, according to property website Rightmove."
    (claim,) = extractor.extract(text).claims
    assert claim.speaker is not None and claim.speaker.name == "Rightmove"
    assert claim.source is not None
    assert (claim.source.name, claim.source.kind) == ("property website Rightmove", "website")


def test_a_document_the_subject_acted_on_is_no_medium_of_its_participle(
    extractor: Extractor,
) -> None:
    # the parser hangs "saying" on "a plan": the judge said it, the plan carried nothing
    (claim,) = extractor.extract(
        "A federal judge on Monday temporarily blocked a plan by Harlow County to close nine "
        "of its 14 polling places before next year's primaries, saying it would likely make "
        "it harder for older and disabled voters to cast ballots."
    ).claims
    assert claim.source is None
    # a document put out by the subject is the medium it speaks through
    claims = extractor.extract(
        "The city council on Wednesday approved a resolution condemning the proposed ban."
    ).claims
    assert [c.source and c.source.name for c in claims] == ["a resolution"]


def test_court_papers_are_a_document_that_ends_before_the_report(extractor: Extractor) -> None:
    text = (
        "Lyle's lawyer, Maria Chen, argued in court papers filed last week that a sentence "
        "of four years would be enough."
    )
    (claim,) = extractor.extract(text, published="2026-03-04").claims
    assert claim.source is not None
    assert (claim.source.name, claim.source.kind) == ("court papers filed last week", "document")
    assert claim.content.text == "a sentence of four years would be enough"


def test_a_journal_is_the_medium_of_what_researchers_report(extractor: Extractor) -> None:
    (claim,) = extractor.extract(
        "The researchers report in the journal Science that radar data from a European "
        "orbiter show a bright reflection."
    ).claims
    assert claim.source is not None
    assert (claim.source.name, claim.source.kind) == ("the journal Science", "outlet")


@pytest.mark.parametrize(
    "line",
    [
        "The advertisement was misleading, the watchdog said in a ruling on Wednesday.",
        "Getty Images said it would appeal the ruling.",
        "Shares in the newsletter publisher Substack rose, the company said.",
        "She wrote on her blog in March that the plan had failed.",
    ],
)
def test_a_short_sentence_naming_a_furniture_word_is_the_article(line: str) -> None:
    body = "The minister said on Monday that the plan for the city would go ahead after years."
    assert layout(f"{line}\n\n{body}\n").boilerplate == ()
    # the prompts and credits themselves still are furniture
    for prompt in ("Sign up for our newsletter", "Photo: Getty Images", "Accept all cookies"):
        assert layout(f"{prompt}\n\n{body}\n").boilerplate == ((0, len(prompt)),)


def test_what_one_issued_is_no_source_of_a_statement_it_answers(extractor: Extractor) -> None:
    text = (
        "McCain issued a statement after rival Tom Reyes told a town hall on Monday that "
        "the technique was fine."
    )
    assert source_of(extractor, text, "told") is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # an agency of the state is no news agency
        (
            "Typhoon Saola made landfall in Cagayan province, according to the state weather "
            "agency PAGASA.",
            None,
        ),
        ("The talks failed, according to the news agency Interfax.", "the news agency Interfax"),
    ],
)
def test_only_a_news_agency_is_a_medium(
    extractor: Extractor, text: str, source: str | None
) -> None:
    (claim,) = extractor.extract(text).claims
    assert (claim.source and claim.source.name) == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # "Live" is a clause to the parser, and "Radio" no source noun
        (
            'Former defender Martin Keown said on BBC Radio 5 Live that the team had "frozen".',
            ("BBC Radio 5 Live", "outlet"),
        ),
        (
            "The minister wrote in the Evening Post that the plan had failed.",
            ("the Evening Post", "outlet"),
        ),
    ],
)
def test_an_outlet_s_name_after_on_or_in(
    extractor: Extractor, text: str, source: tuple[str, str]
) -> None:
    (claim,) = extractor.extract(text).claims
    assert (claim.source and (claim.source.name, claim.source.kind)) == source


def test_a_menu_and_a_list_of_other_articles_are_furniture() -> None:
    body = (
        "The bakery chain said on Tuesday that it would close forty of its shops because "
        "energy, flour and wage costs had risen far faster than its sales this year.\n\n"
    )
    text = (
        "Skip to main content\nNews | Sport | Business | Opinion | Obituaries\n\n"
        "Bakery chain to close 40 shops\n\n"
        + body
        + "Most read\n1. Man charged after crash on A36\n"
        '2. "It\'s a miracle," says mum after son survives fall\n\n'
        "Related stories\nAmbulance handover delays 'worst on record'\n"
    )
    furniture = [text[a:b] for a, b in layout(text).boilerplate]
    assert furniture == [
        "Skip to main content",
        "News | Sport | Business | Opinion | Obituaries",
        "Most read",
        "1. Man charged after crash on A36",
        '2. "It\'s a miracle," says mum after son survives fall',
        "Related stories",
        "Ambulance handover delays 'worst on record'",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a law one signs
        "Gov. Janet Moore on Wednesday signed a bill that bans phones in class, calling it "
        '"a win for kids and teachers alike".',
        # what the cue speaks of
        "Mayor Brandon Johnson on Tuesday unveiled a $2 billion plan to build 10,000 homes, "
        'calling it "the largest investment in housing in the city\'s history."',
    ],
)
def test_what_one_signs_or_speaks_of_is_no_medium_of_the_words_after(
    extractor: Extractor, text: str
) -> None:
    (claim,) = extractor.extract(text).claims
    assert claim.source is None


def test_a_letter_one_signs_is_a_medium(extractor: Extractor) -> None:
    text = "The senators signed a letter to the president, urging him to veto the bill."
    (claim,) = extractor.extract(text).claims
    assert claim.source is not None and claim.source.name.startswith("a letter")


@pytest.mark.parametrize(
    ("text", "published", "medium", "day"),
    [
        (
            'Whitfield told the Portland Press Herald last month that she was "leaning '
            'against" running. In that interview, she also said she worried about the tone of '
            "politics.",
            "2026-12-02",
            "that interview",
            "2026-11",
        ),
        # the outlet of the interview named again: "she told the paper"
        (
            "In an interview with The Guardian published on Saturday, Olivia Colman said she "
            'still felt sick with nerves.\n\n"I thought I would never be good enough," she '
            "told the paper.",
            "2026-12-03",
            "The Guardian",
            "2026-11-28",
        ),
    ],
)
def test_a_later_mention_of_the_interview_is_it_with_its_time(
    extractor: Extractor, text: str, published: str, medium: str, day: str
) -> None:
    first, second = extractor.extract(text, published=published).claims
    assert first.when is not None and first.when.value == day
    assert second.source is not None and second.source.name == medium
    assert second.when is not None and second.when.value == day


def test_results_presented_on_a_day_date_what_came_through_them(extractor: Extractor) -> None:
    text = (
        "A weekly injection cut the risk of heart attacks by a fifth, according to results "
        "presented at a conference in Philadelphia on Saturday."
    )
    (claim,) = extractor.extract(text, published="2026-11-18").claims
    assert claim.when is not None and claim.when.value == "2026-11-14"


def test_an_act_through_a_medium_just_before_a_quote_is_its_occasion(
    extractor: Extractor,
) -> None:
    text = (
        "State Senator Amy Brooks won the endorsement.\n\nBrooks thanked Reyes in a "
        'statement. "Tom ran a campaign of ideas," she said.\n\nMarcus Eze scored twice in '
        'the final ten minutes. "I just kept going," Eze said.'
    )
    brooks, eze = extractor.extract(text, published="2026-12-03").claims
    assert brooks.source is not None and brooks.source.name == "a statement"
    assert eze.source is None


def test_told_a_person_named_by_surname_alone_is_an_audience(extractor: Extractor) -> None:
    # the small model leaves the second "Price" untagged
    text = (
        "Emma Price, 34, admitted 12 counts of theft. Sentencing, Judge Nicholas Barker "
        "told Price that patients had been put at risk."
    )
    (claim,) = [c for c in extractor.extract(text).claims if c.cue and c.cue.text == "told"]
    assert claim.speaker is not None and claim.speaker.name == "Nicholas Barker"
    assert claim.source is None


def test_a_month_on_a_medium_is_its_time_not_its_name(extractor: Extractor) -> None:
    text = (
        "The regulator said in a report in May that 40% of universities expected to be in "
        "deficit this year."
    )
    (claim,) = extractor.extract(text, published="2024-09-03").claims
    assert claim.source is not None and claim.source.name == "a report"
    assert claim.when is not None and claim.when.value == "2024-05"


@pytest.mark.parametrize(
    ("text", "content", "when"),
    [
        ("Downing Street announced the appointment on Wednesday.", "the appointment", "2023-05-10"),
        ('Her office called it "meritless" on Monday.', 'it "meritless"', "2023-05-08"),
        # a date inside the noun phrase is its own
        (
            "The agency announced the results of the May 4 election.",
            "the results of the May 4 election",
            None,
        ),
    ],
)
def test_a_time_that_ends_a_noun_phrase_content_is_the_cues(
    extractor: Extractor, text: str, content: str, when: str | None
) -> None:
    (claim,) = extractor.extract(text, published="2023-05-10").claims
    assert claim.content.text == content
    assert (claim.when.value if claim.when else None) == when


def test_a_paper_published_in_a_journal_is_a_study_not_a_newspaper(
    extractor: Extractor,
) -> None:
    text = (
        "The reptile had a crest of feathers on its back, according to a paper published in "
        "the journal Nature on Wednesday."
    )
    (claim,) = extractor.extract(text, published="2026-03-11").claims
    assert claim.source is not None and claim.source.kind == "document"
    assert claim.speaker is not None and claim.speaker.type == "document"


def test_told_the_court_after_a_court_named_on_an_objects_phrase(extractor: Extractor) -> None:
    text = (
        "Southern Water pleaded guilty to 12 charges at Brighton Magistrates' Court on "
        "Tuesday.\n\nProsecutor Sarah Lewis told the court the company had failed to monitor "
        "its works."
    )
    (claim,) = extractor.extract(text, published="2026-11-18").claims
    assert claim.when is not None and claim.when.value == "2026-11-17"


def test_a_relative_clause_of_another_act_on_the_speaker_gives_no_statement_time(
    extractor: Extractor,
) -> None:
    text = (
        "Carlsen, who gave up the title in 2023, said in an interview with the Norwegian "
        "newspaper VG that he would not attend."
    )
    (claim,) = extractor.extract(text, published="2026-03-26").claims
    assert claim.when is None and claim.source is not None


def test_a_document_the_parser_made_the_root_is_its_noun_phrase_alone(
    extractor: Extractor,
) -> None:
    text = (
        "Hospitals in England carried out a record 1.7 million operations in June, but "
        "waiting lists rose for the third month in a row, NHS England figures published on "
        "Thursday show."
    )
    (claim,) = extractor.extract(text, published="2026-08-06").claims
    assert claim.source is not None
    assert claim.source.name == "NHS England figures published on Thursday"


def test_a_time_in_what_a_parenthetical_cue_reports_is_no_statement_time(
    extractor: Extractor,
) -> None:
    text = "Vaccine uptake fell to 58% last year, the agency said, down from 72% in 2017."
    (claim,) = extractor.extract(text, published="2026-05-12").claims
    assert claim.when is None


def test_ones_own_interview_set_off_at_the_end_is_the_source(extractor: Extractor) -> None:
    text = (
        'Carlos Ghosn has said he has "no regrets" about fleeing Japan in a box in 2019, in '
        "his first interview in more than a year."
    )
    (claim,) = extractor.extract(text, published="2026-09-16").claims
    assert claim.source is not None and claim.source.name == "his first interview"
    assert claim.content.text.endswith("in 2019")
