"""The ``claimkit`` command.

``claimkit extract FILE... | DIR | - [--published DATE] [--publisher NAME]
[--format table|jsonl|csv|html] [--n-process N]`` reads UTF-8 text files (a directory
means every ``*.txt`` below it) or standard input, and writes the claims to standard
output; ``claimkit schema`` prints the JSON Schema of a Document.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from claimkit.models import Document

__all__ = ["main", "render_table"]


def _cell(text: str | None, width: int) -> str:
    text = " ".join((text or "-").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def render_table(doc: Document) -> str:
    """A plain-text table of a document's claims: kind, who, cue, what, when, source."""
    cols = (("kind", 12), ("who", 30), ("cue", 12), ("what", 60), ("when", 26), ("source", 22))
    lines = ["  ".join(name.ljust(w) for name, w in cols), "  ".join("-" * w for _, w in cols)]
    for c in doc.claims:
        row = (
            c.kind,
            c.speaker.name if c.speaker else None,
            c.cue.text if c.cue else None,
            c.said,
            c.when.label if c.when else None,
            c.source.name if c.source else None,
        )
        lines.append("  ".join(_cell(v, w).ljust(w) for v, (_, w) in zip(row, cols, strict=True)))
    return "\n".join(lines)


def _inputs(names: Sequence[str]) -> Iterator[tuple[str, str | None, str | None]]:
    """(name, text, problem) for every input: files, every ``*.txt`` below a directory,
    ``-`` for standard input. Unreadable inputs come with the reason instead of text."""
    for name in names:
        if name == "-":
            yield name, sys.stdin.read(), None
            continue
        path = Path(name)
        files = sorted(p for p in path.rglob("*.txt") if p.is_file()) if path.is_dir() else [path]
        if path.is_dir() and not files:
            yield name, None, "a directory with no *.txt files"
        for file in files:
            try:
                yield str(file), file.read_bytes().decode("utf-8"), None
            except UnicodeDecodeError as exc:
                yield str(file), None, f"not UTF-8 text ({exc.reason} at byte {exc.start})"
            except OSError as exc:
                yield str(file), None, exc.strerror or str(exc)


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="claimkit", description="Who said what, when, citing which source."
    )
    from claimkit import __version__

    ap.add_argument("--version", action="version", version=f"claimkit {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)
    ex = sub.add_parser(
        "extract",
        help="extract the claims of news articles",
        description="Extract the claims of news articles: text files, directories of "
        "*.txt files, or - for standard input. Output goes to standard output, progress "
        "and problems to standard error.",
    )
    ex.add_argument("files", nargs="+", metavar="FILE|DIR|-", help="UTF-8 text inputs")
    ex.add_argument("--published", help="document date, ISO 8601 (e.g. 2017-11-11)")
    ex.add_argument("--publisher", help="the outlet that published the articles")
    ex.add_argument("--format", choices=("table", "jsonl", "csv", "html"), default="table")
    ex.add_argument(
        "--n-process", type=int, default=1, metavar="N", help="worker processes (default 1)"
    )
    sub.add_parser("schema", help="print the JSON Schema of a claimkit Document")
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``claimkit`` console script; returns the exit status: 0, or 2
    when an input could not be read or an argument is wrong (the others are still done)."""
    args = _parser().parse_args(argv)
    if args.command == "schema":
        from claimkit.export import json_schema

        print(json.dumps(json_schema(), indent=2, ensure_ascii=False))
        return 0
    from claimkit.prepare import coerce_published

    try:
        coerce_published(args.published)
    except (TypeError, ValueError) as exc:
        print(f"claimkit: --published: {exc}", file=sys.stderr)
        return 2
    if args.n_process < 1:
        print("claimkit: --n-process must be 1 or more", file=sys.stderr)
        return 2

    status = 0
    items = []
    for name, text, problem in _inputs(args.files):
        if problem is not None:
            print(f"claimkit: cannot read {name}: {problem}", file=sys.stderr)
            status = 2
        else:
            items.append(
                {"id": name, "text": text, "published": args.published, "publisher": args.publisher}
            )

    from claimkit import extract_many

    docs = extract_many(items, n_process=args.n_process, progress=len(items) > 1)
    _write(args.format, docs)
    return status


def _reported(docs: Iterator[Document]) -> Iterator[Document]:
    """The documents, each one's error and warnings told on standard error as it passes
    (in every format: standard output holds only the results)."""
    for doc in docs:
        if doc.error:
            print(f"claimkit: {doc.id}: error: {doc.error}", file=sys.stderr)
        for w in doc.warnings:
            print(f"claimkit: {doc.id}: warning: {w}", file=sys.stderr)
        yield doc


def _write(fmt: str, docs: Iterator[Document]) -> None:
    out = sys.stdout
    docs = _reported(docs)
    if fmt == "jsonl":
        for doc in docs:
            out.write(doc.model_dump_json() + "\n")
    elif fmt == "csv":
        from claimkit.export import COLUMNS, claim_rows

        writer = csv.DictWriter(out, fieldnames=list(COLUMNS))
        writer.writeheader()
        for doc in docs:
            writer.writerows(claim_rows([doc]))
    elif fmt == "html":
        from claimkit.display import page

        out.write(page(list(docs)))
    else:
        for doc in docs:
            out.write(f"# {doc.id}: {len(doc.claims)} claims\n")
            out.write(render_table(doc) + "\n")


if __name__ == "__main__":
    raise SystemExit(main())
