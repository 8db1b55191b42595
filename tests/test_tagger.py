"""Hybrid attribution: the trained tagger shipped in the package, and its training."""

from __future__ import annotations

import json
import pickle
from pathlib import Path
from typing import Any

import pytest

import claimkit
from claimkit.components.attribution.tagger import RULE_ID, load_tagger, spans
from claimkit.extractor import Extractor
from claimkit.train import fit_calibration, train

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="module")
def hybrid() -> Extractor:
    return Extractor(attribution="hybrid")


def _said(doc: claimkit.Document) -> list[tuple[str | None, str, str]]:
    return [(c.speaker.name if c.speaker else None, c.content.text, c.evidence) for c in doc.claims]


def test_the_shipped_tagger_loads_with_its_settings() -> None:
    tagger = load_tagger()
    assert tagger.meta["trained_on"]["articles"] >= 800
    assert 0 < tagger.threshold < 1
    assert tagger.calibrated(0.95) > tagger.calibrated(0.3)  # calibration is increasing
    assert tagger.path.stat().st_size < 15_000_000


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Critics fear that the new rules will drive small farms out of business.",
            "Critics",
            "the new rules will drive small farms out of business",
        ),
        (
            "The senator wants the committee to release the full report before the vote.",
            "the senator",
            "the committee to release the full report before the vote",
        ),
        (
            "The governor hopes to sign the bill into law next week.",
            "the governor",
            "to sign the bill into law next week",
        ),
    ],
)
def test_hybrid_finds_beliefs_and_wishes_the_rules_miss(
    hybrid: Extractor, extractor: Extractor, text: str, speaker: str, content: str
) -> None:
    assert extractor.extract(text).claims == []
    claims = hybrid.extract(text).claims
    assert [(c.speaker.name if c.speaker else None, c.content.text) for c in claims] == [
        (speaker, content)
    ]
    claim = claims[0]
    assert claim.evidence == RULE_ID
    assert load_tagger().threshold <= claim.confidence < 1


def test_hybrid_keeps_every_rule_claim(
    hybrid: Extractor, seeds_gold: list[dict[str, Any]], seed_docs: dict[str, claimkit.Document]
) -> None:
    for gold in seeds_gold:
        doc = hybrid.extract(gold["text"], published=gold["published"])
        ruled = set(_said(seed_docs[gold["id"]]))
        assert ruled <= set(_said(doc))
        for c in doc.claims:  # offsets hold for the tagger's claims too
            assert doc.text[c.content.start : c.content.end] == c.content.text


def test_a_sure_rule_sentence_gets_no_second_claim(hybrid: Extractor) -> None:
    doc = hybrid.extract("Smith urged lawmakers to pass the measure before the recess.")
    assert [c.evidence for c in doc.claims] == ["cue:urge"]


def test_bad_attribution_mode_and_missing_tagger_are_clear_errors(
    extractor: Extractor, tmp_path: Path
) -> None:
    with pytest.raises(ValueError, match="'rules', 'hybrid' or 'model'"):
        Extractor(attribution="neural")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="no attribution tagger"):
        Extractor(attribution="hybrid", tagger=tmp_path)
    with pytest.raises(ValueError, match="already has claimkit_attribution"):
        Extractor(extractor.nlp, attribution="hybrid")


def test_the_tagger_goes_to_worker_processes() -> None:
    tagger = load_tagger()
    copy = pickle.loads(pickle.dumps(tagger))
    assert copy.path == tagger.path and copy.threshold == tagger.threshold


def test_spans_of_tags() -> None:
    labels = ["O", "B-CON", "I-CON", "O", "I-CON", "B-CON", "B-CUE"]
    assert spans(labels, "CON") == [(1, 3), (4, 5), (5, 6)]
    assert spans(labels, "CUE") == [(6, 7)]


def test_calibration_follows_the_data() -> None:
    pairs = [(x / 100, x % 10 < x // 10) for x in range(100)]  # right more often when high
    a, _ = fit_calibration(pairs)
    assert a > 0
    one = fit_calibration([(0.9, True), (0.2, False)])  # separable: still finite
    assert all(abs(v) < 50 for v in one)


def test_training_is_one_command_and_repeatable(tmp_path: Path) -> None:
    gold = DATA / "polnear-train-slice.jsonl"
    first = train(gold, tmp_path / "a", iterations=10)
    train(gold, tmp_path / "b", iterations=10)
    weights = [(tmp_path / d / "attribution.crfsuite").read_bytes() for d in "ab"]
    assert weights[0] == weights[1]
    settings = json.loads((tmp_path / "a" / "attribution.json").read_text())
    assert settings["trained_on"]["articles"] == first["trained_on"]["articles"] == 8
    own = Extractor(attribution="hybrid", tagger=tmp_path / "a")
    doc = own.extract("The minister said the talks had failed.")
    assert doc.claims and doc.claims[0].content.text == "the talks had failed"
