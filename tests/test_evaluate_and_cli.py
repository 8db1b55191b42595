from __future__ import annotations

from pathlib import Path

import pytest

from claimkit.cli import main as cli_main
from claimkit.evaluate import is_speech, score_article
from claimkit.evaluate import main as eval_main
from claimkit.models import Claim, Document, Speaker, TextSpan

DATA = Path(__file__).resolve().parent / "data"
ROOT = Path(__file__).resolve().parents[1]


def _doc(text: str, spans: list[tuple[int, int, str]]) -> Document:
    return Document(
        id="d",
        text=text,
        claims=[
            Claim(
                id=f"c{i}",
                kind="indirect",
                content=TextSpan(text=text[a:b], start=a, end=b),
                speaker=Speaker(name=who),
            )
            for i, (a, b, who) in enumerate(spans)
        ],
    )


def test_half_overlap_rule_and_speaker() -> None:
    text = "Alpha beta gamma delta, Bob said. Epsilon zeta, Ann said."
    gold = {
        "id": "g",
        "text": text,
        "claims": [
            {
                "content": "Alpha beta gamma delta",
                "speaker": "Bob",
                "cue": "said",
                "kind": "indirect",
            },
            {"content": "Epsilon zeta", "speaker": "Ann", "cue": "said", "kind": "indirect"},
        ],
        "times": [],
    }
    # first prediction covers 11 of 22 gold chars (a match), second covers 4 of 12 (no match)
    s = score_article(_doc(text, [(11, 22, "Bob"), (42, 46, "Ann")]), gold).table()
    assert (s["content_P"], s["content_R"]) == (0.5, 0.5)
    assert s["attributed_F1"] == 0.5
    s = score_article(_doc(text, [(0, 22, "Ann")]), gold).table()
    assert s["speaker_acc"] == 0.0


def test_speech_attributions() -> None:
    assert (
        is_speech({"cue": "said"})
        and is_speech({"cue": "According to"})
        and is_speech({"cue": ":"})
    )
    assert not is_speech({"cue": "believes"})


def test_evaluate_prints_figures(capsys: pytest.CaptureFixture[str]) -> None:
    assert eval_main([str(DATA / "seeds.jsonl"), str(DATA / "polnear-dev-slice.jsonl")]) == 0
    out = capsys.readouterr().out
    assert "content_F1" in out and "| speech |" in out and "polnear-dev-slice" in out


def test_cli_prints_a_table(capsys: pytest.CaptureFixture[str]) -> None:
    path = ROOT / "examples/data/i24news_syria.txt"
    assert (
        cli_main(["extract", str(path), "--published", "2017-11-11", "--publisher", "i24NEWS"]) == 0
    )
    out = capsys.readouterr().out
    assert "the statement" in out and "The presidents discussed" in out


def test_cli_jsonl(capsys: pytest.CaptureFixture[str]) -> None:
    path = ROOT / "examples/data/cfr_canada_syria.txt"
    assert cli_main(["extract", str(path), "--format", "jsonl", "--published", "2017-11-11"]) == 0
    doc = Document.model_validate_json(capsys.readouterr().out.strip())
    assert any(c.speaker and c.speaker.name == "Dmitry Peskov" for c in doc.claims)


def test_cli_unreadable_input(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["extract", "/no/such/file.txt"]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_cli_bad_date(capsys: pytest.CaptureFixture[str]) -> None:
    path = ROOT / "examples/data/cfr_canada_syria.txt"
    assert cli_main(["extract", str(path), "--published", "yesterday"]) == 2
    assert "E003" in capsys.readouterr().err
