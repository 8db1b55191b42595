from __future__ import annotations

import json
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


def test_evaluate_hybrid_with_a_reliability_curve(capsys: pytest.CaptureFixture[str]) -> None:
    gold = str(DATA / "polnear-dev-slice.jsonl")
    assert eval_main([gold, "--attribution", "hybrid", "--reliability", "--by-rule", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)[gold]
    curve, rules = report["by_confidence"], report["by_rule"]
    assert "model:tagger" in rules  # the tagger's own claims are scored under their id
    assert sum(b["predicted"] for b in curve.values()) == report["all"]["predicted"]
    assert all(b["matched"] <= b["predicted"] for b in curve.values())


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


def _seed_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    (folder / "sub").mkdir(parents=True)
    for name in ("i24news_syria.txt", "cfr_canada_syria.txt"):
        text = (ROOT / "examples/data" / name).read_text(encoding="utf-8")
        (folder / ("sub" if name.startswith("cfr") else "") / name).write_text(text)
    (folder / "notes.md").write_text("not an article")
    return folder


def test_cli_csv_from_a_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import csv
    import io

    from claimkit.export import COLUMNS

    folder = _seed_dir(tmp_path)
    assert cli_main(["extract", str(folder), "--format", "csv", "--published", "2017-11-11"]) == 0
    captured = capsys.readouterr()
    rows = list(csv.DictReader(io.StringIO(captured.out)))
    assert list(rows[0]) == list(COLUMNS)
    assert {Path(r["doc_id"]).name for r in rows} == {"i24news_syria.txt", "cfr_canada_syria.txt"}
    assert any(r["speaker"] == "Dmitry Peskov" for r in rows)
    assert "claimkit" in captured.err  # the progress bar, on stderr, for many files


def test_cli_html_is_one_escaped_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "p.txt"
    page.write_text('<script>x()</script> "We will win," the minister said.')
    assert cli_main(["extract", str(page), "--format", "html"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("<!DOCTYPE html>") and "<script>" not in out
    assert 'class="ck-content"' in out


def test_cli_n_process_and_one_unreadable_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _seed_dir(tmp_path)
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("caf\xe9 said".encode("latin-1"))
    files = sorted(str(p) for p in folder.rglob("*.txt"))
    argv = ["extract", files[0], str(bad), files[1], "--format", "jsonl", "--n-process", "2"]
    assert cli_main(argv) == 2
    captured = capsys.readouterr()
    assert f"cannot read {bad}: not UTF-8 text" in captured.err
    docs = [Document.model_validate_json(line) for line in captured.out.splitlines()]
    assert [d.id for d in docs] == files  # the readable ones, in order


def test_cli_schema_and_module_entry_point() -> None:
    import json
    import subprocess
    import sys

    out = subprocess.run(
        [sys.executable, "-m", "claimkit", "schema"], capture_output=True, text=True, check=True
    ).stdout
    assert json.loads(out)["title"] == "Document"
    bad = subprocess.run(
        [sys.executable, "-m", "claimkit", "extract", "/no/such.txt"],
        capture_output=True,
        text=True,
    )
    assert bad.returncode == 2 and "cannot read /no/such.txt" in bad.stderr


def test_a_wrong_time_value_is_listed_as_a_failure() -> None:
    from claimkit.models import TimeRef

    text = "He left on Friday."
    doc = Document(
        id="t",
        text=text,
        times=[TimeRef(span=TextSpan(text="Friday", start=11, end=17), value="2017-11-10")],
    )
    gold = {
        "id": "t",
        "text": text,
        "claims": [],
        "times": [{"start": 11, "end": 17, "value": "2017-11-03"}],
    }
    scores = score_article(doc, gold)
    assert (scores.times_right, scores.times_total) == (0, 1)
    assert scores.failures == ["t: time 'Friday' is 2017-11-03, got 'Friday'=2017-11-10"]


def test_names_are_compared_as_names() -> None:
    from claimkit.evaluate import name_key

    assert name_key("the Kremlin's") == name_key("Kremlin")
    assert name_key("Donald Trump and Vladimir Putin") == name_key(
        "Vladimir Putin and Donald Trump"
    )
    assert name_key("Harwick") != name_key("Harwick Foods")


def test_canonical_name_is_scored_beside_the_mention() -> None:
    text = "Harwick Foods makes pies. Sales fell, the company said."
    gold = {
        "id": "g",
        "text": text,
        "claims": [
            {
                "content": "Sales fell",
                "speaker": "Harwick Foods",
                "cue": "said",
                "kind": "indirect",
                "speaker_mention": "the company",
                "speaker_start": 38,
                "speaker_end": 49,
            },
        ],
        "times": [],
    }
    # the mention is right but the name is the words at the attribution site
    s = score_article(_doc(text, [(26, 36, "the company")]), gold).table()
    assert (s["speaker_acc"], s["name_acc"], s["named_F1"]) == (1.0, 0.0, 0.0)
    s = score_article(_doc(text, [(26, 36, "Harwick Foods")]), gold).table()
    assert (s["name_acc"], s["named_F1"]) == (1.0, 1.0)


def test_an_accuracy_with_nothing_to_judge_is_none_not_zero() -> None:
    text = "Sales fell, Bob said."
    gold = {
        "id": "g",
        "text": text,
        "times": [],
        "claims": [{"content": "Sales fell", "speaker": "Bob", "cue": "said", "kind": "indirect"}],
    }
    s = score_article(_doc(text, [(0, 10, "Bob")]), gold).table()
    assert s["when_acc"] is None and s["when_n"] == 0 and s["source_acc"] is None
    assert s["content_F1"] == 1.0


def test_evaluate_missing_file_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert eval_main(["/no/such/gold.jsonl"]) == 2
    err = capsys.readouterr().err
    assert "no such gold file: /no/such/gold.jsonl" in err and "Traceback" not in err


def test_news_gold_is_what_the_annotated_articles_make() -> None:
    """The eval set's JSONL is rebuilt from its annotated articles (eval/build.py)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("eval_build", ROOT / "eval" / "build.py")
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    for split in build.SPLITS:
        made = build.build(split)
        assert made == (ROOT / "eval" / f"news-{split}.jsonl").read_text(encoding="utf-8")
        for line in made.splitlines():
            gold = json.loads(line)
            for claim in gold["claims"]:
                a, b = claim["content_start"], claim["content_end"]
                assert gold["text"][a:b] == claim["content"]


@pytest.mark.parametrize("fmt", ["table", "jsonl", "csv", "html"])
def test_cli_warnings_go_to_stderr_in_every_format(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Prices rose on Saturday, the bank said.", encoding="utf-8")
    assert cli_main(["extract", str(article), "--format", fmt]) == 0
    captured = capsys.readouterr()
    assert "W001" in captured.err
    if fmt in ("table", "csv"):  # JSONL and HTML carry the Document's warnings as data
        assert "W001" not in captured.out


def test_cli_version(capsys: pytest.CaptureFixture[str]) -> None:
    import claimkit

    with pytest.raises(SystemExit) as stop:
        cli_main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.strip() == f"claimkit {claimkit.__version__}"


def test_cli_missing_file_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["extract", "/no/such/file.txt"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "Traceback" not in err


def test_evaluate_by_rule_counts_each_rules_claims(capsys: pytest.CaptureFixture[str]) -> None:
    assert eval_main([str(DATA / "seeds.jsonl"), "--by-rule"]) == 0
    out = capsys.readouterr().out
    rows = [line.split(" | ") for line in out.splitlines() if line.startswith("| cue:say |")]
    assert len(rows) == 1
    predicted, matched = int(rows[0][1]), int(rows[0][2])
    assert 0 < matched <= predicted
