"""Check and normalise what callers hand to claimkit, before any model runs.

Bad input is a clear, typed error here, never a crash deep inside spaCy.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from claimkit import errors
from claimkit.datelines import (
    PLACE_COLON_DATELINE,
    PLACE_DATELINE,
    SENTENCE_ENDS,
    TRANSCRIPT_LABEL,
    WIRE_DATELINE,
    find_date,
)
from claimkit.lexicons import sources

__all__ = ["Layout", "check_text", "coerce_published", "english_share", "for_model", "layout"]


_SURROGATE = re.compile("[\ud800-\udfff]")


def check_text(text: object) -> str:
    """Return ``text`` if it is a str; raise TypeError (E002) otherwise.

    Lone surrogates (from broken decoding) cannot be tokenised or written as JSON; each
    becomes U+FFFD, one character for one, so every offset still points into the text the
    caller passed.

    >>> check_text("a\\ud800b") == "a\\ufffdb"
    True
    """
    if not isinstance(text, str):
        raise TypeError(errors.E002.format(type_name=type(text).__name__))
    return _SURROGATE.sub("\ufffd", text)


_INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200d\u2060\ufeff\u00ad]")
_LINE_SEPARATORS = re.compile("[\u2028\u2029\x85]")
_PUNCT_RUN = re.compile(r"([^\w\s])\1{32,}")
PUNCT_RUN_BREAK = 32
"""spaCy's tokenizer strips a run of punctuation one character at a time, searching the
whole rest of the run each time: 10,000 quotation marks in a row cost 13 s instead of 0.7 s
for 2,500. The model sees such a run broken by a space every 32 characters."""


def _break_run(m: re.Match[str]) -> str:
    run = m.group()
    return "".join(
        " " if i % PUNCT_RUN_BREAK == PUNCT_RUN_BREAK - 1 else c for i, c in enumerate(run)
    )


def for_model(text: str) -> str:
    """The text as the model should see it, one character for one (offsets unchanged):
    control and zero-width characters become spaces, CR LF and lone CR and the Unicode line
    and paragraph separators become a newline, and a run of more than 32 identical
    punctuation marks gets a space every 32 characters (see ``PUNCT_RUN_BREAK``).

    >>> for_model("a\\u200bb\\r\\nc\\rd\\u2029e") == "a b \\nc\\nd\\ne"
    True
    """
    text = _INVISIBLE.sub(" ", text)
    text = text.replace("\r\n", " \n").replace("\r", "\n")
    text = _PUNCT_RUN.sub(_break_run, text)
    return _LINE_SEPARATORS.sub("\n", text)


_WORD = re.compile(r"[^\W\d_]+")
_NON_LATIN_LETTER = re.compile(r"(?![\x00-\u024f])[^\W\d_]")  # beyond Latin Extended-B
ENGLISH_SHARE_MIN = 0.14
"""English news has 35-45% function words (PolNeAR, TimeBank, the seeds: at least 26%),
a short brief of headline and two sentences as few as 19%; German, French, Spanish,
Italian, Dutch and Portuguese news 3-9%."""


def english_share(text: str, sample: int = 20_000) -> float | None:
    """The share of the words in (the first ``sample`` characters of) ``text`` that are
    English function words (spaCy's English stop words), or None when fewer than 20 words
    leave nothing to judge. Text mostly in a non-Latin script scores 0.

    >>> english_share("He said that the talks would go on, and that they were on track to " * 2)
    0.8
    >>> english_share("Der Kanzler sagte, die Regierung werde die Hilfen weiter aufstocken. " * 2)
    0.0
    """
    from spacy.lang.en.stop_words import STOP_WORDS

    head = text[:sample]
    words = _WORD.findall(head.lower())
    letters = sum(len(w) for w in words)
    if letters >= 20 and len(_NON_LATIN_LETTER.findall(head)) * 2 > letters:
        return 0.0
    if len(words) < 20:
        return None
    return round(sum(w in STOP_WORDS for w in words) / len(words), 3)


def coerce_published(value: object) -> dt.date | None:
    """A document date from a date, a datetime or an ISO 8601 string; None stays None.

    >>> coerce_published("2017-11-11")
    datetime.date(2017, 11, 11)
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        raw = value.strip()
        try:
            return dt.date.fromisoformat(raw)
        except ValueError:
            pass
        try:
            return dt.datetime.fromisoformat(raw.replace("Z", "+00:00")).date()
        except ValueError:
            raise ValueError(errors.E003.format(value=value)) from None
    raise TypeError(errors.E004.format(type_name=type(value).__name__))


@dataclass(frozen=True)
class Layout:
    """What the page around the article says, found without touching its offsets.

    ``boilerplate`` lists (start, end) character ranges of page furniture: navigation,
    share prompts, tracking-script names, photo captions and credits, repeated headlines.
    They stay in ``Document.text`` but yield no claims.
    """

    boilerplate: tuple[tuple[int, int], ...] = ()
    title: tuple[int, int] | None = None
    dateline_date: tuple[int, int] | None = None
    agency: str | None = None
    agency_span: tuple[int, int] | None = None
    publisher: tuple[int, int] | None = None
    date: dt.date | None = None
    """The article's date as its page prints it (``dateline_date`` is where)."""
    wire_dateline: tuple[int, int] | None = None
    """A wire dateline ("SAN JOSE, Calif., May 4 (Reuters) -"): where, never who."""
    year_inferred: bool = False
    """``date``'s year is inferred from the weekday a yearless wire dateline's lead names."""

    def shifted(self, delta: int) -> Layout:
        """The same layout with its ranges moved by ``delta`` characters (for a chunk of a
        long text that starts at ``-delta``); a range that ends before the chunk goes."""

        def move(span: tuple[int, int] | None) -> tuple[int, int] | None:
            return (span[0] + delta, span[1] + delta) if span and span[1] + delta > 0 else None

        return replace(
            self,
            boilerplate=tuple((a + delta, b + delta) for a, b in self.boilerplate),
            title=move(self.title),
            dateline_date=move(self.dateline_date),
            agency_span=move(self.agency_span),
            publisher=move(self.publisher),
            wire_dateline=move(self.wire_dateline),
        )

    def is_furniture(self, start: int, end: int) -> bool:
        """Does [start, end) touch the page's own furniture: boilerplate, the masthead,
        the headline, the wire credit or dateline?"""
        spans = (self.publisher, self.title, self.agency_span, self.wire_dateline)
        return self.is_boilerplate(start, end) or any(
            s is not None and s[0] < end and start < s[1] for s in spans
        )

    def is_masthead(self, start: int, end: int) -> bool:
        """Does [start, end) touch the outlet's own name, the wire credit or dateline?"""
        spans = (self.publisher, self.agency_span, self.wire_dateline)
        return any(s is not None and s[0] < end and start < s[1] for s in spans)

    def is_boilerplate(self, start: int, end: int) -> bool:
        """Does the range [start, end) lie mostly in page furniture?"""
        covered = sum(max(0, min(end, b) - max(start, a)) for a, b in self.boilerplate)
        return covered * 2 > max(1, end - start)


_LINE = re.compile(r"[^\n]+")
_CAPTION = re.compile(
    r"\((?:L|R|C|left|right|center|centre|top|bottom)\)|(?<![-\w])(?:photo|pictured)(?![-\w])", re.I
)
_CREDIT = re.compile(
    r"^(?:[A-Z][\w.'’-]*\s*){0,4}\((?:[^()]*?/)?[^()]*\)\s*$|getty images|/AFP\b|AFP PHOTO", re.I
)
_WRITER = r"(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]+"
_BYLINE = re.compile(  # "By Helen Marsh", "by: Dan Ortiz", "By Tom Biesheuvel and Jack Farchy"
    rf"^\s*(?i:(?:posted|published|updated)\b[^|\n]*?\s)?(?i:by):?\s+{_WRITER}"
    rf"(?:(?:\s*,\s*|\s+and\s+|\s*&\s*){_WRITER})*\s*(?:[,|·•–—-]|$)"
)
# a writer's name alone on a line of the page's head, perhaps with a role after a comma:
# "Jasper Jolly", "Emma Little, Health Correspondent"
_NAME_LINE = re.compile(r"^\s*(?:[A-Z][\w.'’-]+\s+){1,3}[A-Z][\w.'’-]+\s*(?:,[^,.]{0,40})?$")
_AND = re.compile(r"\s+(?:&|and)\s+")
_LABEL = re.compile(r"^\s*(\w+)\s+(?=by\b)", re.I)
_HEADLINE_WORDS = 25
_FURNITURE_WORDS = 12
_LISTED_WORDS = 16  # a line of a list of other articles: a headline, not a paragraph
_SECTION_WORDS = 3
_MASTHEAD_WORDS = 4  # "THE WESTERN HERALD", "The Valley Courier"
#: What parts a section line: bars, or a breadcrumb's arrows ("Home › News › Education").
BREADCRUMB = re.compile(r"\s+(?:\||›|»|>)\s+")
_SITE_PREFIX = re.compile(r"(?P<site>[\w .&'’-]{2,60}?)\s+[-|–—:]\s*$")


def _agency_pattern() -> re.Pattern[str]:
    agencies = sources().agencies
    names = "|".join(re.escape(a) for a in sorted(agencies, key=len, reverse=True))
    # "GENEVA, March 3 (Reuters) –", "NAIROBI, Kenya (AP) _", "EIRNS—Russian President ...",
    # "LAS VEGAS, May 6, 2026 /PRNewswire/ --", "New Delhi, Feb 12 (PTI) The government",
    # "BERLIN, March 15 (dpa) -" (an agency in parentheses in any case)
    return re.compile(
        rf"^(?:[A-Z][\w .,'’-]{{0,60}}?)?(?:\((?P<a1>(?i:{names}))\)|/(?P<a3>{names})/)"
        r"\s*(?:[-–—_]|(?=[A-Z\"“‘]))"
        rf"|^(?P<a2>{names})\s*[-–—]",
    )


def layout(text: str) -> Layout:
    """Find boilerplate, title, a date line and a wire credit in ``text``.

    >>> page = layout("Putin and Trump agree on Syria\\n\\n11 November 2017\\n\\nBody.")
    >>> page.title, page.dateline_date
    ((0, 30), (32, 48))
    """
    words = sources().boilerplate
    lines = [(m.start(), m.end(), m.group()) for m in _LINE.finditer(text) if m.group().strip()]
    seen: set[str] = set()
    furniture: list[tuple[int, int]] = []
    body_start = next((a for a, _, line in lines if len(line.split()) > _HEADLINE_WORDS), len(text))
    candidates: list[tuple[int, int, str]] = []
    listing = False  # under a "Most read" or "Related stories" heading
    for a, b, line in lines:
        low = " ".join(line.lower().split())
        short = len(low.split()) <= _HEADLINE_WORDS
        if low in seen and short and not low.endswith(tuple('.!?"”’')):
            furniture.append((a, b))  # a repeated headline or menu line
            continue
        seen.add(low)
        listed = listing and len(low.split()) <= _LISTED_WORDS and not low.endswith(".")
        listing = low.rstrip(":") in sources().list_headers or listed
        if listing or _is_furniture(line, low, words, short, a < body_start):
            furniture.append((a, b))
        elif short and a < body_start and not line.rstrip().endswith((".", ":")):
            candidates.append((a, b, low))
    dated = find_date(text, lines, body_start)
    # a wire dateline opens the body's first line: no date line of the page's head
    date_line = dated.span if dated and not dated.wire else None
    candidates = [c for c in candidates if date_line is None or not c[0] <= date_line[0] < c[1]]
    # a line under the byline is the writer's (a service's credit), when a headline is above
    byline = next((a for a, _, line in lines if a < body_start and _byline(line)), None)
    if byline is not None and any(c[0] < byline for c in candidates):
        candidates = [c for c in candidates if c[0] < byline]
    title = _pick_title(text, candidates, furniture, date_line)
    if title is not None:
        furniture += _name_lines(lines, {title, date_line}, set(furniture), (title[1], body_start))
    agency, agency_span, wire = _find_agency(text, lines, set(furniture), body_start)
    publisher = _find_publisher(text, lines, furniture, title, words)
    return Layout(
        tuple(furniture),
        title,
        date_line,
        agency,
        agency_span,
        publisher,
        dated.date if dated else None,
        wire,
        dated is not None and dated.year_inferred,
    )


def _find_publisher(
    text: str,
    lines: list[tuple[int, int, str]],
    furniture: list[tuple[int, int]],
    title: tuple[int, int] | None,
    words: list[str],
) -> tuple[int, int] | None:
    """The outlet's name: "SITE - Headline" in a page-title line, or a short name line
    that opens the page above the headline ("Committee for the Republic of Canada")."""
    if title is None:
        return None
    headline = text[slice(*title)]
    for a, b in furniture:
        line = text[a:b]
        at = line.find(headline)
        m = _SITE_PREFIX.search(line[:at]) if at > 0 else None
        if m:
            name = m.group("site")
            for w in words:  # "Quantcast i24NEWS": drop tracking-script names
                if name.lower().startswith(w + " "):
                    name = name[len(w) + 1 :]
            start = a + m.end("site") - len(name)
            return start, a + m.end("site")
    first = next(((a, b, line) for a, b, line in lines if (a, b) not in furniture), None)
    if first is not None and first[0] < title[0]:
        a, b, line = first
        name = line.strip().split(" | ")[0]  # "The Daily Courier | Business"
        if name.lower() in sources().sections:
            return None  # "TECHNOLOGY" above the headline is a section, not the outlet
        tokens = name.split()
        if 1 <= len(tokens) <= 8 and all(
            t[0].isupper() or (t.islower() and len(t) <= 3) for t in tokens
        ):
            start = a + len(line) - len(line.lstrip())
            return start, start + len(name)
    return None


def _is_furniture(line: str, low: str, words: list[str], short: bool, top: bool) -> bool:
    """Navigation, prompts and tracking names; photo credits; bylines, section labels and
    captions above the body."""
    labels = [p.strip() for p in low.split("|")]
    if top and all(set(_AND.split(p)) <= sources().sections for p in labels):
        return True  # "Tech", "POLITICS | WORLD", "Science & Environment": a section label
    known = sum(p in sources().sections for p in labels)
    if top and len(labels) >= 3 and known >= 2 and all(len(p.split()) <= 2 for p in labels):
        return True  # a menu: "News | Sport | Business | Opinion | Obituaries"
    # a section and its subsection: "Business | Energy", "World | Asia"; not a masthead
    # with its section ("Northgate Gazette | Business")
    outlet = any(w in sources().outlet_words for p in labels for w in p.split())
    brief = all(0 < len(p.split()) <= 2 for p in labels)
    if top and len(labels) == 2 and known and brief and not outlet:
        return True
    # from a word's start ("blog in" holds no "log in"; a page's run-together
    # "8Previous articleSomething" holds "previous article"); a short line that opens with
    # one, or that is no sentence: not "The advertisement was misleading, the watchdog said."
    named = [w for w in words if w in low and re.search(rf"(?<![a-z]){re.escape(w)}", low)]
    sentence = low.endswith(SENTENCE_ENDS)
    if named and (
        low.startswith(tuple(named)) or (len(low.split()) <= _FURNITURE_WORDS and not sentence)
    ):
        return True  # not a body sentence that names a cookie poll or a newsletter
    if short and len(low.split()) <= 8 and _CREDIT.search(line.strip()) and not sentence:
        return True  # "Photo: Getty Images"; not "Getty Images said it would appeal."
    if top and len(low.split()) <= 16 and _byline(line) and not low.endswith((".", "?", "!")):
        return True  # "By Helen Marsh, Business Reporter": the writer, no one the article quotes
    return bool(short and top and _CAPTION.search(line))


def _byline(line: str) -> bool:
    """Is the line a byline: "By Helen Marsh", with a label, "Analysis by Rachel Wong", or
    with the writer's job before the name, "By Local Democracy Reporter Hannah Patel"?"""
    label = _LABEL.match(line)
    if label is not None and label.group(1).lower() in sources().byline_labels:
        line = line[label.end() :]
    if _BYLINE.match(line) is not None:
        return True
    by, _, rest = line.partition(" ")
    words = rest.partition(",")[0].split()  # (not the job after the name: "…, Editor")
    job = next((k for k, w in enumerate(words[:4]) if w.lower() in sources().writers), None)
    if job is None or job + 1 >= len(words) or by.lower().rstrip(":") != "by":
        return False
    return _BYLINE.match(" ".join([by, rest.split(maxsplit=job + 1)[-1]])) is not None


def _a_writer(line: str) -> bool:
    """Is the line a writer's name with the writer's job: "Tom Ellery, Local Democracy
    Reporter" (the byline without its "By"), no headline?"""
    _, comma, job = line.partition(",")
    words = job.lower().split()
    return bool(
        comma and words and words[-1] in sources().writers and _NAME_LINE.match(line.strip())
    )


def _name_lines(
    lines: list[tuple[int, int, str]],
    marks: set[tuple[int, int] | None],
    furniture: set[tuple[int, int]],
    head: tuple[int, int],
) -> list[tuple[int, int]]:
    """The lines between the headline and the body (``head``), right below the headline or
    beside the date line, that hold a name alone ("Jasper Jolly" under the headline): the
    writer's byline without its "By" (or a section label); never the masthead above."""
    found = []
    for k, (a, b, line) in enumerate(lines):
        if not head[0] <= a < head[1] or (a, b) in furniture or not _NAME_LINE.match(line):
            continue
        near = [lines[j][:2] for j in (k - 1, k + 1) if 0 <= j < len(lines)]
        beside = any(m is not None and m[0] < y and x < m[1] for m in marks for x, y in near)
        if beside and not any(m is not None and m[0] < b and a < m[1] for m in marks):
            found.append((a, b))
    return found


def _pick_title(
    text: str,
    candidates: list[tuple[int, int, str]],
    furniture: list[tuple[int, int]],
    date_line: tuple[int, int] | None,
) -> tuple[int, int] | None:
    """The headline: a short line near the top, preferring one the page repeats (in a
    furniture line too), one right above the date line, one with a verb-like word."""
    best: tuple[int, tuple[int, int]] | None = None
    for rank, (a, b, low) in enumerate(candidates):
        if len(low.split()) < 3 or _is_section_line(low) or _a_writer(text[a:b]):
            continue
        if _a_masthead(text[a:b]) and (rank == 0 or low.startswith("the ")):
            continue  # "THE WESTERN HERALD" above the date line; "The Riverside Herald"
            # between the headline and the date line
        score = -rank
        if any(low in " ".join(text[x:y].lower().split()) for x, y in furniture):
            score += 10
        # right above the date line (from its line's start: "By Jane Doe | March 3, 2021")
        if date_line is not None and 0 < text.rfind("\n", 0, date_line[0]) + 1 - b < 6:
            score += 10
        if best is None or score > best[0]:
            best = (score, (a, b))
    return best[1] if best else None


def _a_masthead(line: str) -> bool:
    """A page's first short line that names an outlet: every word capitalised, the last an
    outlet's ("THE WESTERN HERALD", "The Valley Courier")."""
    words = line.split()
    return (
        len(words) <= _MASTHEAD_WORDS
        and all(w[:1].isupper() for w in words)
        and words[-1].lower() in sources().outlet_words
    )


def _is_section_line(low: str) -> bool:
    """A masthead or section line of short parts between bars ("the daily courier |
    business") or a breadcrumb's arrows ("home › news › education"), not a headline."""
    parts = [p.strip() for p in BREADCRUMB.split(low)]
    return len(parts) >= 2 and all(0 < len(p.split()) <= _SECTION_WORDS for p in parts)


def _find_agency(
    text: str, lines: list[tuple[int, int, str]], furniture: set[tuple[int, int]], body_start: int
) -> tuple[str | None, tuple[int, int] | None, tuple[int, int] | None]:
    """The wire agency credited at the top of the body, its name's span and the whole
    dateline's span; without a credit, the span of a dateline of place alone."""
    pattern = _agency_pattern()
    for a, b, line in lines:
        if (a, b) in furniture or a > body_start:
            continue
        m = pattern.search(line.strip())
        if m:
            group = next(g for g in ("a1", "a3", "a2") if m.group(g))
            offset = a + len(line) - len(line.lstrip())
            span = (offset + m.start(group), offset + m.end(group))
            return m.group(group), span, (offset + m.start(), offset + m.end())
    # no wire credit: a dateline of place alone opening a paragraph at the top of the
    # body ("RANGOON, Burma - "): on a line that ends a sentence, or the first long one
    transcript = len(TRANSCRIPT_LABEL.findall(text)) > 1
    for a, b, line in lines:
        if a > body_start:
            break
        sentence = line.rstrip().endswith(SENTENCE_ENDS) or a == body_start
        # or a dated one with no agency: "Carlisle, 1 December 2026 – "
        dateline = PLACE_DATELINE.match(line) or WIRE_DATELINE.match(line)
        if dateline is None and not transcript:
            dateline = PLACE_COLON_DATELINE.match(line)
        if (a, b) not in furniture and sentence and (m := dateline):
            return None, None, (a, a + m.end())
    return None, None, None
