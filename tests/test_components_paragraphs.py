"""claimkit_paragraphs: preset sentence starts at paragraphs, lines and figure ends."""

from __future__ import annotations

import pytest
import spacy

from claimkit.components.paragraphs import after_figures, paragraph_starts
from claimkit.extractor import Extractor


@pytest.fixture(scope="module")
def blank() -> spacy.language.Language:
    return spacy.blank("en")


def test_a_headline_line_is_its_own_sentence(blank: spacy.language.Language) -> None:
    doc = blank("Council closes libraries\nThe council voted on Wednesday.")
    assert [doc[i].text for i in paragraph_starts(doc)] == ["The"]


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ('It cut the grant by £4m. "Every option is gone," she said.', ['"']),
        ("Revenue fell to 3.2m. The firm blamed the weather.", ["The"]),
        ("The site lies 4 m. from the road.", []),  # a unit letter after a space
        ("He earned £4m. in bonuses.", []),  # the next word goes on the sentence
        # a one-letter platform the tokenizer keeps with the full stop, as an initial
        ('He thanked the fans on X. "It has been an honour," he wrote.', ['"']),
        ("Malcolm X. Jones said so.", []),  # an initial
        # a figure and its unit that the tokenizer keeps in one word with the full stop
        ('It will reach 44C. "The next days are critical," he said.', ['"']),
        ("Europe was 1.6C. The data leave no doubt.", ["The"]),
        ("It rose by 44C. in a day.", []),
    ],
)
def test_a_figure_with_its_unit_letter_can_end_a_sentence(
    blank: spacy.language.Language, text: str, starts: list[str]
) -> None:
    doc = blank(text)
    assert [doc[i].text for i in after_figures(doc)] == starts


def test_the_quote_after_a_post_on_x_is_a_claim_of_its_own(extractor: Extractor) -> None:
    text = (
        "Westbury Town have sacked manager Gary Nolan.\n\n"
        'Nolan, 51, thanked the fans in a post on X. "It\'s been an honour," he wrote.'
    )
    quote = next(c for c in extractor.extract(text).claims if c.kind == "direct")
    assert quote.content.text == "It's been an honour"
    assert quote.source is not None and quote.source.name == "a post on X"


def test_the_quote_after_a_figure_is_a_direct_claim(extractor: Extractor) -> None:
    text = (
        "Priya Shah said the council had no choice after the government cut its grant by "
        '£4m. "Every other option has been exhausted," she told the meeting.'
    )
    claims = extractor.extract(text).claims
    direct = [c for c in claims if c.kind == "direct"]
    assert [c.content.text for c in direct] == ["Every other option has been exhausted"]
    assert direct[0].speaker is not None and direct[0].speaker.name == "Priya Shah"


def test_no_sentence_starts_between_two_words(extractor: Extractor) -> None:
    text = (
        "By Priya Anand | Tuesday 14 October 2025 | 3 min read\n\n"
        "Share on Facebook | Share on X | Email\n\n"
        "Halvorsen Breweries, the family-owned brewer based in Northgate, will cut 300 jobs "
        "over the next two years, the company said on Monday."
    )
    doc = extractor.nlp(text)
    starts = [t.text for t in doc if t.is_sent_start]
    assert "Breweries" not in starts and "Halvorsen" in starts
    claim = extractor.extract(text).claims[0]
    assert claim.content.text.startswith("Halvorsen Breweries, the family-owned brewer")


def test_no_sentence_starts_after_an_acronym_on_its_line(extractor: Extractor) -> None:
    text = (
        "House prices rise for fifth month, says Nationwide\n\n"
        "UK house prices rose in November, according to the Nationwide Building Society."
    )
    doc = extractor.nlp(text)
    starts = [t.text for t in doc if t.is_sent_start]
    assert "house" not in starts and "prices" not in starts and "UK" in starts
    claim = extractor.extract(text).claims[-1]
    assert claim.content.text.startswith("UK house prices rose")


def test_a_wire_dateline_is_never_the_first_sentence_s_subject(extractor: Extractor) -> None:
    text = (
        "TECHNOLOGY\n\nChipmaker Veltrix warns of weaker sales as demand cools\n\n"
        "WELLINGTON, June 4 (Reuters) - Semiconductor maker Veltrix Corp on Tuesday cut its "
        "full-year revenue forecast, blaming weaker demand for smartphones in China."
    )
    claim = extractor.extract(text).claims[-1]
    assert claim.content.text == "weaker demand for smartphones in China"
    assert claim.speaker is not None and claim.speaker.name == "Veltrix Corp"


def test_a_live_blog_time_stamp_is_not_part_of_the_entry_s_first_sentence(
    extractor: Extractor,
) -> None:
    text = (
        "Storm Bella: live updates\n\n"
        "16:45 — About 9,000 homes are without power, according to Northern Power Networks.\n\n"
        "9.05am - Schools in the valley will stay shut, the council said."
    )
    contents = [c.content.text for c in extractor.extract(text).claims]
    assert contents == [
        "About 9,000 homes are without power",
        "Schools in the valley will stay shut",
    ]


def test_a_title_abbreviation_ends_no_sentence(extractor: Extractor) -> None:
    # English tokenizer exceptions lack "Sgt.": its full stop split a sentence in two
    text = (
        '"It\'s a miracle nobody else was hurt," State Police spokesperson Sgt. Dana Ruiz '
        "said in an email. He met the President. Capt. Lee agreed."
    )
    words = [t.text for t in extractor.nlp.tokenizer(text)]
    assert "Sgt." in words and "Capt." in words and "President." not in words
    claim = next(c for c in extractor.extract(text).claims if c.kind == "direct")
    assert claim.speaker is not None and claim.speaker.name == "Dana Ruiz"
    assert claim.content.text == "It's a miracle nobody else was hurt"
