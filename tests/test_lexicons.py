"""The lexicons are data: every key of every file is read, and every field is used."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import pytest

from claimkit.lexicons import Cues, Nouns, Sources, Times

PACKAGE = Path(__file__).resolve().parents[1] / "claimkit"
LEXICONS = {"cues": Cues, "nouns": Nouns, "sources": Sources, "times": Times}


@pytest.mark.parametrize("name", sorted(LEXICONS))
def test_every_key_of_a_lexicon_file_is_loaded(name: str) -> None:
    data = json.loads((PACKAGE / "lexicons" / f"{name}.json").read_text(encoding="utf-8"))
    loader = (PACKAGE / "lexicons" / "__init__.py").read_text(encoding="utf-8")
    unread = [key for key in data if key != "_doc" and f'"{key}"' not in loader]
    assert unread == []


@pytest.mark.parametrize("name", sorted(LEXICONS))
def test_every_loaded_field_is_used_by_the_code(name: str) -> None:
    code = "\n".join(
        p.read_text(encoding="utf-8")
        for p in PACKAGE.rglob("*.py")
        if p != PACKAGE / "lexicons" / "__init__.py"
    )
    unused = [
        f.name for f in dataclasses.fields(LEXICONS[name]) if not re.search(rf"\.{f.name}\b", code)
    ]
    assert unused == []


def test_every_named_word_set_is_read_by_a_rule() -> None:
    data = json.loads((PACKAGE / "lexicons" / "cues.json").read_text(encoding="utf-8"))
    code = "\n".join(p.read_text(encoding="utf-8") for p in PACKAGE.rglob("*.py"))
    unread = [name for name in data["word_sets"] if f'word_sets["{name}"]' not in code]
    assert unread == []
