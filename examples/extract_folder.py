"""Extract the claims of every .txt article in a folder and write them as JSON Lines.

python examples/extract_folder.py examples/data out.jsonl --published 2017-11-11
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable, Iterator
from pathlib import Path

import claimkit


def report(docs: Iterable[claimkit.Document]) -> Iterator[claimkit.Document]:
    """Pass the documents through, printing one status line for each."""
    for doc in docs:
        print(f"{doc.id}: {doc.error or f'{len(doc.claims)} claims'}")
        yield doc


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--published", default=None)
    ap.add_argument("--n-process", type=int, default=1)
    args = ap.parse_args()
    items = (
        {"id": p.name, "text": p.read_text(encoding="utf-8"), "published": args.published}
        for p in sorted(args.folder.glob("*.txt"))
    )
    docs = claimkit.extract_many(items, n_process=args.n_process, progress=True)
    count = claimkit.write_jsonl(report(docs), args.out)
    print(f"{count} documents written to {args.out}")


if __name__ == "__main__":
    main()
