"""JSON out and back: JSON Lines files and the shipped JSON Schema."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import claimkit
from claimkit.models import Document

ROOT = Path(__file__).resolve().parents[1]


def test_jsonl_round_trip(seed_docs: dict[str, Document], tmp_path: Path) -> None:
    docs = list(seed_docs.values())
    path = tmp_path / "docs.jsonl"
    assert claimkit.write_jsonl(iter(docs), path) == len(docs)
    assert len(path.read_text(encoding="utf-8").splitlines()) == len(docs)
    assert list(claimkit.read_jsonl(path)) == docs


def test_model_dump_json_round_trip(seed_docs: dict[str, Document]) -> None:
    for doc in seed_docs.values():
        assert Document.model_validate_json(doc.model_dump_json()) == doc


def test_read_jsonl_names_the_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    good = Document(id="a", text="x").model_dump_json()
    path.write_text(f'{good}\n\n{{"id": 3}}\n', encoding="utf-8")
    docs = claimkit.read_jsonl(path)
    assert next(docs).id == "a"
    with pytest.raises(ValueError, match=r"bad.jsonl, line 3: not a claimkit Document"):
        next(docs)


def test_write_jsonl_refuses_other_objects(tmp_path: Path) -> None:
    with pytest.raises(TypeError, match="position 1"):
        claimkit.write_jsonl([Document(id="a", text="x"), {"id": "b"}], tmp_path / "x.jsonl")  # type: ignore[list-item]


def test_shipped_schema_is_the_generated_one() -> None:
    shipped = json.loads((ROOT / "docs/schema/document.schema.json").read_text(encoding="utf-8"))
    assert shipped == claimkit.json_schema(), (
        "docs/schema/document.schema.json is stale: regenerate it with "
        "`claimkit schema > docs/schema/document.schema.json`"
    )


def test_schema_describes_the_model() -> None:
    schema = claimkit.json_schema()
    assert schema["title"] == "Document"
    assert {"id", "text"} <= set(schema["required"])
    claim = schema["$defs"]["Claim"]
    assert claim["properties"]["kind"]["enum"] == ["direct", "indirect", "mixed", "unattributed"]
    assert schema["$defs"]["TextSpan"]["properties"]["start"]["minimum"] == 0
