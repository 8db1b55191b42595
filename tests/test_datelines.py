"""The article's own date, read from the page's date line."""

from __future__ import annotations

import datetime as dt

import pytest

from claimkit.extractor import Extractor
from claimkit.prepare import layout

BODY = (
    "The council voted on Tuesday to close the library, a decision its members had "
    "delayed for months while they waited for the budget, and residents were angry.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Posted on March 3, 2021 by Jane Doe | 4 min read",
        "By Jane Doe | March 3, 2021",
        "POLITICS | 3 March 2021 | 5-minute read",
        "03.03.2021 · Science · by Jane Doe",
        "Wednesday, March 3, 2021",
        "The Daily Courier | Wednesday 3 March 2021",
        "Published: 3 March 2021 10:42 GMT",
        "Last updated 3rd Mar. 2021",
        "2021-03-03",
        "Last updated 2021-03-03T10:00:00Z",  # a machine's timestamp, its time after a T
        "Updated: Mar. 3, 2021, 3:45 p.m.",  # a clock time's full stop is no sentence's
        "NEWS RELEASE 3-MAR-2021",  # a press release's
        "Last Updated: 03/03/21 10:47pm",  # a year of two digits, day and month one way
        # its numbers and times many, its words few
        "PUBLISHED: March 3, 2021 at 10:47 PM EST | UPDATED: March 4, 2021 at 6:02 AM EST",
    ],
)
def test_date_line_forms(line: str) -> None:
    page = "Site Name\nNews | Sport\n\nLibrary to close\n\n" + line + "\n\n" + BODY
    found = layout(page)
    assert found.date == dt.date(2021, 3, 3)
    assert found.dateline_date is not None
    assert "3" in page[slice(*found.dateline_date)]


def test_a_date_in_the_body_is_never_the_article_date() -> None:
    page = "Library to close\n\n" + BODY + "The plan was first made on 3 March 2019.\n"
    assert layout(page).date is None


def test_a_date_line_after_paragraphs_of_short_lines_is_the_body_s() -> None:
    short = (
        "The Federal Reserve held its rate steady on Wednesday and signaled two cuts next year.\n"
    )
    quote = (
        "Fed Chair Jerome Powell told reporters after the meeting that the US economy was good.\n"
    )
    assert layout(short + quote + "December 2, 2026\n").date is None
    # a standfirst of one sentence may still come before the page's date line
    page = "Library to close\n" + short + "Wednesday, March 3, 2021\n" + BODY
    assert layout(page).date == dt.date(2021, 3, 3)


@pytest.mark.parametrize(
    ("slashed", "day"), [("25/03/2021", 25), ("03/25/2021", 25), ("03/03/2021", 3)]
)
def test_a_slashed_date_only_when_it_reads_one_way(slashed: str, day: int) -> None:
    assert layout(f"Headline here today\n{slashed}\n\n{BODY}").date == dt.date(2021, 3, day)
    assert layout(f"Headline here today\n03/04/2021\n\n{BODY}").date is None


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("03/04/2021 04:12 PM EST", dt.date(2021, 3, 4)),  # a US clock: month first
        ("03/04/2021 - 10:15 GMT", dt.date(2021, 4, 3)),  # a British one: day first
        ("By Jane Doe | 03/04/2021 9:00 AM PT", dt.date(2021, 3, 4)),
        ("03/04/2021 - 10:15", None),  # no zone: either reading, so none
        ("03/04/2021 10:15 EST / 15:15 GMT", None),  # two regions' zones
    ],
)
def test_a_slashed_date_reads_the_way_its_clock_s_zone_writes_dates(
    line: str, date: dt.date | None
) -> None:
    assert layout(f"Headline here today\n{line}\n\n{BODY}").date == date


@pytest.mark.parametrize(
    "foot",
    [
        "Published: 3 March 2021",
        "This report by The Canadian Press was first published March 3, 2021.",
        # or a date alone on its line, but for a clock
        "March 3, 2021",
        "3 March 2021 at 10:42 GMT",
    ],
)
def test_a_page_with_no_date_at_its_head_may_print_it_at_its_foot(foot: str) -> None:
    assert layout(f"Library to close\n\n{BODY}\n{foot}\n").date == dt.date(2021, 3, 3)
    # never a date the body's last sentence names, nor a line that only opens with one
    for last in ("The closure was published on 3 March 2021.", "3 March 2021: the vote"):
        assert layout(f"Library to close\n\n{BODY}\n{last}\n").date is None


def test_an_impossible_date_is_no_date() -> None:
    assert layout(f"Headline here today\n31 February 2021\n\n{BODY}").date is None


def test_a_wire_dateline_needs_a_year_stated_or_a_weekday_to_infer_it_from() -> None:
    undated = "OSLO, March 3 (Reuters) - The council voted to close the library.\n"
    assert layout(undated).date is None  # no year, no weekday: no date, never this year's
    page = layout(undated + "\n© 2021 Thomson Reuters\n")
    assert (page.date, page.year_inferred) == (dt.date(2021, 3, 3), False)
    # March 3 fell on a Wednesday in 2021, the first such year since the 2019 it mentions
    wire = "OSLO, March 3 (Reuters) - The council, elected in 2019, voted on Wednesday to close "
    page = layout(wire + "the library.\n")
    assert (page.date, page.year_inferred) == (dt.date(2021, 3, 3), True)
    assert page.dateline_date is None  # a dateline of the body, not a date line of the head
    # two weekdays in the lead name no one day
    assert layout(wire + "the library it opened on Tuesday.\n").date is None
    # a year long before the story's is history: the latest such year, not the first after it
    old = "OSLO, March 3 (Reuters) - The council, under a law of 1977, voted on Wednesday.\n"
    assert layout(old).date == dt.date(2021, 3, 3)


def test_extract_says_when_a_dateline_s_year_is_inferred(extractor: Extractor) -> None:
    text = (
        "OSLO, March 3 (Reuters) - The council, elected in 2019, voted on Wednesday to close "
        "the library, its leader Kari Holm said.\n"
    )
    doc = extractor.extract(text)
    assert (doc.published, doc.published_from) == (dt.date(2021, 3, 3), "text")
    assert any(w.startswith("W006") for w in doc.warnings)
    assert not any(
        w.startswith("W006") for w in extractor.extract(text, published="2021-03-03").warnings
    )


def test_extract_takes_the_page_date_and_says_so(extractor: Extractor) -> None:
    page = "Library to close\n\nBy Jane Doe | March 3, 2021\n\n" + BODY
    doc = extractor.extract(page)
    assert (doc.published, doc.published_from) == (dt.date(2021, 3, 3), "text")
    tuesday = next(t for t in doc.times if t.span is not None and t.span.text == "Tuesday")
    assert tuesday.value == "2021-03-02"
    # a date passed by the caller wins over the page
    doc = extractor.extract(page, published="2021-03-04")
    assert (doc.published, doc.published_from) == (dt.date(2021, 3, 4), "argument")


def test_a_wire_dateline_with_its_own_year_dates_the_article() -> None:
    wire = "SAN JOSE, Calif., May 4, 2022 (Reuters) - " + BODY
    page = layout(wire)
    assert page.date == dt.date(2022, 5, 4)
    assert page.wire_dateline is not None
    assert wire[slice(*page.wire_dateline)] == "SAN JOSE, Calif., May 4, 2022 (Reuters) -"


def test_a_press_release_dateline_dates_it_and_names_no_speaker(extractor: Extractor) -> None:
    text = (
        "LAS VEGAS, May 6, 2026 /PRNewswire/ -- Brightwater Energy Inc. today announced plans "
        "to build a 200-megawatt solar farm near Pahrump, Nevada, its largest project.\n\n"
        "Brightwater Energy said construction would begin in the fourth quarter."
    )
    page = layout(text)
    assert page.date == dt.date(2026, 5, 6)
    assert page.wire_dateline is not None
    assert text[slice(*page.wire_dateline)] == "LAS VEGAS, May 6, 2026 /PRNewswire/ -"
    doc = extractor.extract(text)
    # the company, one organisation with or without its legal form; not "LAS VEGAS"
    assert {(c.speaker and c.speaker.name) for c in doc.claims} == {"Brightwater Energy Inc."}
    assert doc.claims[0].when is not None and doc.claims[0].when.value == "2026-05-06"


@pytest.mark.parametrize(
    ("text", "date", "dateline"),
    [
        # day first
        (
            "LONDON, 3 December 2026 /PRNewswire/ -- Kestrel Energy today announced that it "
            "has raised £85 million in new funding.\n",
            dt.date(2026, 12, 3),
            "LONDON, 3 December 2026 /PRNewswire/ -",
        ),
        # with its year, no agency
        (
            "Carlisle, 1 December 2026 – Fenwick Water today announced a £300m programme to "
            "repair three reservoirs.\n",
            dt.date(2026, 12, 1),
            "Carlisle, 1 December 2026 –",
        ),
    ],
)
def test_press_release_datelines(text: str, date: dt.date, dateline: str) -> None:
    page = layout(text)
    assert page.date == date
    assert page.wire_dateline is not None
    assert text[slice(*page.wire_dateline)].rstrip() == dateline


def test_a_dateline_with_no_year_needs_an_agency_and_a_weekday() -> None:
    # yearless and day first, the weekday of the lead gives the year
    wire = layout("OSLO, 3 March (Reuters) - Norway's central bank on Wednesday held rates.\n")
    assert (wire.date, wire.year_inferred) == (dt.date(2021, 3, 3), True)
    # without a year or an agency a place, a date and a dash are no dateline
    assert layout("Paris, May 4 – The summit opened on Monday.\n").wire_dateline is None


def test_today_in_a_press_release_is_its_dateline_s_day(extractor: Extractor) -> None:
    text = "Carlisle, 1 December 2026 – Fenwick Water today announced a £300m programme.\n"
    (claim,) = extractor.extract(text).claims
    assert claim.when is not None and claim.when.value == "2026-12-01"


def test_an_agency_dateline_in_prose_case_running_on_into_the_lead() -> None:
    wire = "New Delhi, Feb 12 (PTI) The government on Monday said it would build new stores.\n"
    page = layout(wire)
    # no year stated: 12 February fell on a Monday in 2024
    assert (page.date, page.year_inferred) == (dt.date(2024, 2, 12), True)
    assert page.wire_dateline is not None
    assert wire[slice(*page.wire_dateline)].startswith("New Delhi, Feb 12 (PTI)")
    # a line of prose that only looks so is none
    assert layout("Mr Patel, March 3 (a Sunday) was the day he left.\n").date is None


def test_an_agency_in_lower_case_is_one(extractor: Extractor) -> None:
    text = (
        "BERLIN, March 15 (dpa) - Germany's largest carmaker will invest 20 billion euros, "
        "chief executive Oliver Blume said on Wednesday."
    )
    (claim,) = extractor.extract(text, published="2023-03-15").claims
    assert claim.content.text.startswith("Germany's largest carmaker")
