"""Build claimkit's own news gold (``eval/news-*.jsonl``) from the annotated articles.

Each article in ``eval/articles/<split>/`` is one text file in three parts, separated by a
line holding only ``---``:

1. a header of ``key: value`` lines: ``id``, ``beat``, ``layout``, ``published`` (the
   article's true date), ``date`` (``argument``: the evaluation passes the date, as a
   caller with metadata would; ``text``: it does not, and the page's own date line must
   give it) and ``publisher``;
2. the page as scraped, with annotations in ``⟦ ⟧`` brackets: ``⟦3 words⟧`` is the content
   of claim 3, ``⟦@3 words⟧`` (or ``⟦@3,4 words⟧``) the mention of its speaker at the
   attribution site, ``⟦t:VALUE words⟧`` a time expression and its TimeML value. Brackets
   nest; they are removed from the text, and the offsets point into what is left;
3. one line per claim: ``N | speaker | type | cue | kind | when | source | nested_in``,
   where ``speaker`` is the canonical name, ``type`` the speaker's type, ``when`` the
   TimeML value of the statement's time where the text states or implies it, ``source``
   the words that name the medium or document, and ``nested_in`` the number of the claim
   that reports this one. Empty fields are None.

Run ``python eval/build.py`` after editing an article; a test checks that the JSONL files
are what this script makes of the articles.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SPLITS = ("dev", "test")
_TAG = re.compile(r"⟦(?P<tag>\d+|@[\d,]+|t:\S+)\s")
FIELDS = ("n", "speaker", "speaker_type", "cue", "kind", "when", "source", "nested_in")
KINDS = {"direct", "indirect", "mixed", "unattributed"}


def parse_body(marked: str) -> tuple[str, list[tuple[str, int, int]]]:
    """The text without brackets, and each annotation as (tag, start, end) in that text."""
    out: list[str] = []
    length = 0
    stack: list[tuple[str, int]] = []
    spans: list[tuple[str, int, int]] = []
    i = 0
    while i < len(marked):
        m = _TAG.match(marked, i)
        if m:
            stack.append((m.group("tag"), length))
            i = m.end()
        elif marked[i] == "⟧":
            if not stack:
                raise ValueError(f"unbalanced ⟧ at character {i}")
            tag, start = stack.pop()
            spans.append((tag, start, length))
            i += 1
        elif marked[i] == "⟦":
            raise ValueError(f"malformed tag at character {i}: {marked[i : i + 20]!r}")
        else:
            out.append(marked[i])
            length += 1
            i += 1
    if stack:
        raise ValueError(f"unclosed tag {stack[-1][0]!r}")
    return "".join(out), spans


def _none(value: str) -> str | None:
    value = value.strip()
    return value or None


def parse_article(path: Path) -> dict[str, Any]:
    """One annotated article as a gold record (the gold format of the evaluation)."""
    head, body, table = path.read_text(encoding="utf-8").split("\n---\n")
    meta = dict(line.split(": ", 1) for line in head.strip().splitlines())
    text, spans = parse_body(body.strip("\n") + "\n")
    rows = [
        dict(zip(FIELDS, (c.strip() for c in line.split("|")), strict=True))
        for line in table.strip().splitlines()
        if line.strip()
    ]
    contents = {int(t): (a, b) for t, a, b in spans if t.isdigit()}
    mentions: dict[int, tuple[int, int]] = {}
    for t, a, b in spans:
        if t.startswith("@"):
            for n in t[1:].split(","):
                mentions[int(n)] = (a, b)
    numbers = [int(r["n"]) for r in rows]
    if sorted(contents) != sorted(numbers):
        raise ValueError(f"{path.name}: content tags {sorted(contents)} vs table {numbers}")
    claims = []
    for row in rows:
        n = int(row["n"])
        a, b = contents[n]
        if row["kind"] not in KINDS:
            raise ValueError(f"{path.name}: claim {n} has kind {row['kind']!r}")
        nested = _none(row["nested_in"])
        claim: dict[str, Any] = {
            "speaker": _none(row["speaker"]),
            "speaker_type": _none(row["speaker_type"]),
            "speaker_mention": None,
            "cue": _none(row["cue"]),
            "content": text[a:b],
            "content_start": a,
            "content_end": b,
            "kind": row["kind"],
            "when": _none(row["when"]),
            "source": _none(row["source"]),
            "nested_in": numbers.index(int(nested)) if nested else None,
        }
        if n in mentions:
            s, e = mentions[n]
            claim.update(speaker_mention=text[s:e], speaker_start=s, speaker_end=e)
        claims.append(claim)
    times = [
        {"text": text[a:b], "value": t[2:], "start": a, "end": b}
        for t, a, b in sorted(spans, key=lambda s: s[1])
        if t.startswith("t:")
    ]
    return {
        "id": meta["id"],
        "beat": meta["beat"],
        "layout": meta["layout"],
        "published": meta["published"],
        "published_in_text": meta["date"] == "text",
        "annotates": ["when", "source"],
        "publisher": meta.get("publisher"),
        "text": text,
        "claims": claims,
        "times": times,
    }


def build(split: str) -> str:
    """The JSONL of one split, one article per line, in file-name order."""
    paths = sorted((HERE / "articles" / split).glob("*.txt"))
    return "".join(json.dumps(parse_article(p), ensure_ascii=False) + "\n" for p in paths)


def main() -> int:
    """Write ``eval/news-<split>.jsonl`` for every split."""
    for split in SPLITS:
        out = HERE / f"news-{split}.jsonl"
        out.write_text(build(split), encoding="utf-8")
        print(f"{out.relative_to(HERE.parent)}: {build(split).count(chr(10))} articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
