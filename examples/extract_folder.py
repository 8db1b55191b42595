"""Extract the claims of every .txt article in a folder and write them as JSON Lines.

python examples/extract_folder.py examples/data out.jsonl --published 2017-11-11
"""

from __future__ import annotations

import argparse
from pathlib import Path

import claimkit


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--published", default=None)
    args = ap.parse_args()
    paths = sorted(args.folder.glob("*.txt"))
    items = [
        {"id": p.name, "text": p.read_text(encoding="utf-8"), "published": args.published}
        for p in paths
    ]
    with args.out.open("w", encoding="utf-8") as out:
        for doc in claimkit.extract_many(items):
            out.write(doc.model_dump_json() + "\n")
            status = doc.error or f"{len(doc.claims)} claims"
            print(f"{doc.id}: {status}")


if __name__ == "__main__":
    main()
