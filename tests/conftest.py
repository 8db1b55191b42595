"""Shared fixtures: one loaded Extractor for the whole session, the seeds and their gold."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import claimkit
from claimkit.extractor import Extractor

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    from claimkit.extractor import default_extractor

    return default_extractor()


@pytest.fixture(scope="session")
def fallback_extractor(extractor: Extractor) -> Extractor:
    """The same model, with the opt-in that dates plain reports by the article's date."""
    return Extractor(extractor.nlp, when_fallback="document")


@pytest.fixture(scope="session")
def seeds_gold() -> list[dict[str, Any]]:
    return [json.loads(line) for line in (DATA / "seeds.jsonl").read_text().splitlines() if line]


@pytest.fixture(scope="session")
def seed_docs(
    seeds_gold: list[dict[str, Any]], extractor: Extractor
) -> dict[str, claimkit.Document]:
    return {
        g["id"]: extractor.extract(g["text"], published=g["published"], publisher=g["publisher"])
        for g in seeds_gold
    }
