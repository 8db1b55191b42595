"""The ``claimkit`` command: ``claimkit extract FILE... [--published DATE] [--format ...]``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from claimkit.models import Document

__all__ = ["main", "render_table"]


def _cell(text: str | None, width: int) -> str:
    text = " ".join((text or "-").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def render_table(doc: Document) -> str:
    """A plain-text table of a document's claims: kind, who, cue, what, when, source."""
    cols = (("kind", 12), ("who", 30), ("cue", 12), ("what", 60), ("when", 12), ("source", 22))
    lines = ["  ".join(name.ljust(w) for name, w in cols), "  ".join("-" * w for _, w in cols)]
    for c in doc.claims:
        row = (
            c.kind,
            c.speaker.name if c.speaker else None,
            c.cue.text if c.cue else None,
            c.content.text,
            (c.when.value or c.when.span.text) if c.when else None,
            c.source.name if c.source else None,
        )
        lines.append("  ".join(_cell(v, w).ljust(w) for v, (_, w) in zip(row, cols, strict=True)))
    for w in doc.warnings:
        lines.append(f"warning: {w}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``claimkit`` console script."""
    ap = argparse.ArgumentParser(
        prog="claimkit", description="Who said what, when, citing which source."
    )
    sub = ap.add_subparsers(dest="command", required=True)
    ex = sub.add_parser(
        "extract", help="extract the claims of news articles (text files, or - for stdin)"
    )
    ex.add_argument("files", nargs="+", help="text files, or - for standard input")
    ex.add_argument("--published", help="document date, ISO 8601 (e.g. 2017-11-11)")
    ex.add_argument("--publisher", help="the outlet that published the articles")
    ex.add_argument("--format", choices=("table", "jsonl"), default="table")
    args = ap.parse_args(argv)

    texts: list[tuple[str, str]] = []
    for name in args.files:
        try:
            text = sys.stdin.read() if name == "-" else Path(name).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            print(f"claimkit: cannot read {name}: {exc}", file=sys.stderr)
            return 2
        texts.append((name, text))

    from claimkit import extract

    for name, text in texts:
        try:
            doc = extract(text, published=args.published, publisher=args.publisher, id=name)
        except (TypeError, ValueError) as exc:
            print(f"claimkit: {name}: {exc}", file=sys.stderr)
            return 2
        if args.format == "jsonl":
            print(doc.model_dump_json())
        else:
            print(f"# {name}: {len(doc.claims)} claims")
            print(render_table(doc))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
