"""extract_many: one Document per input, in order, with n_process 1 and 2; long texts."""

from __future__ import annotations

import itertools

import pytest

from claimkit.extractor import Extractor, chunks

GOOD = [
    '"We will rebuild the bridge," Mayor John Smith said.',
    "The minister said the budget would be balanced next year.",
    "Kremlin spokesman Dmitry Peskov told Sputnik that the statement was ready.",
]


def _items() -> list[object]:
    return [
        GOOD[0],
        b"bytes are not text",
        {"text": GOOD[1], "id": "b", "published": "2017-11-11"},
        {"text": "Nothing.", "id": "bad-date", "published": "31/31/2017"},
        None,
        {"text": GOOD[2], "id": "c"},
        {"id": "no text"},
    ]


@pytest.mark.parametrize("n_process", [1, 2])
def test_order_and_one_output_per_input(
    extractor: Extractor, n_process: int, caplog: pytest.LogCaptureFixture
) -> None:
    items = _items()
    docs = list(extractor.extract_many(items, n_process=n_process, batch_size=2))
    assert "batch failed" not in caplog.text  # no silent fallback to one at a time
    assert len(docs) == len(items)
    assert [d.error is None for d in docs] == [True, False, True, False, False, True, False]
    assert [d.id for d in docs][2:4] == ["b", "bad-date"]
    assert docs[0].claims[0].speaker is not None and docs[0].claims[0].speaker.name == "John Smith"
    assert (
        docs[5].claims[0].speaker is not None and docs[5].claims[0].speaker.name == "Dmitry Peskov"
    )
    # the same answers as one at a time
    assert docs[2] == extractor.extract(GOOD[1], published="2017-11-11", id="b")


def test_a_failing_component_costs_one_document(
    extractor: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    import claimkit.components.attribution as attribution

    real = attribution.attribute

    def flaky(doc):  # type: ignore[no-untyped-def]
        if "explode" in doc.text:
            raise RuntimeError("boom")
        return real(doc)

    monkeypatch.setattr(attribution, "attribute", flaky)
    docs = list(extractor.extract_many([GOOD[1], "Please explode, he said.", GOOD[0]]))
    assert docs[0].error is None and docs[2].error is None
    assert (
        docs[1].error is not None
        and "claimkit_attribution" in docs[1].error
        and "boom" in docs[1].error
    )
    assert docs[1].claims == [] and docs[1].text == "Please explode, he said."


def test_progress_bar(extractor: Extractor, capsys: pytest.CaptureFixture[str]) -> None:
    docs = list(extractor.extract_many(GOOD, progress=True))
    assert len(docs) == 3
    assert "3/3" in capsys.readouterr().err  # a bar with the total, on stderr


def test_chunks_partition_the_text() -> None:
    text = ("A paragraph of words here.\n\n" * 50) + "x" * 300
    pieces = chunks(text, 200)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(a == b for (_, a), (b, _) in itertools.pairwise(pieces))
    assert all(0 < e - s < 200 for s, e in pieces)
    assert all(text[e - 2 : e] == "\n\n" for _, e in pieces[:-2])  # paragraph breaks first


@pytest.mark.parametrize(
    "max_length",
    [
        3_000,  # a small model limit: the same chunking, in seconds
        pytest.param(None, marks=pytest.mark.large),  # spaCy's own 1,000,000: minutes
    ],
)
def test_long_text_is_chunked_with_valid_offsets(
    extractor: Extractor, monkeypatch: pytest.MonkeyPatch, max_length: int | None
) -> None:
    if max_length is not None:
        monkeypatch.setattr(extractor.nlp, "max_length", max_length)
    para = '"We will rebuild the bridge," Mayor John Smith said on Monday.\n\n'
    text = para * (2 * extractor.nlp.max_length // len(para) + 1)
    assert len(text) > extractor.nlp.max_length
    doc = extractor.extract(text, published="2017-11-15")
    assert len(doc.claims) == text.count("Mayor John Smith said")
    for span in doc.spans():
        assert text[span.start : span.end] == span.text
    assert len({c.id for c in doc.claims}) == len(doc.claims)
    assert doc.claims[-1].when is not None and doc.claims[-1].when.value == "2017-11-13"


@pytest.mark.parametrize("one", ["He said it rained.", b"He said it rained."])
def test_a_single_text_is_refused_at_once(one: str | bytes) -> None:
    import claimkit

    with pytest.raises(TypeError, match="E007"):
        claimkit.extract_many(one)  # type: ignore[arg-type]  # not even iterated


def test_the_public_functions_show_their_real_signatures() -> None:
    import inspect

    import claimkit

    many = inspect.signature(claimkit.extract_many).parameters
    assert list(many) == ["items", "n_process", "batch_size", "progress"]
    one = inspect.signature(claimkit.extract).parameters
    assert list(one) == ["text", "published", "publisher", "url", "title", "id"]
    for fn in (claimkit.extract, claimkit.extract_many):
        assert fn.__doc__ is not None and "Raises:" in fn.__doc__


SPAWNED = """
import json, multiprocessing, sys
if __name__ == "__main__":
    multiprocessing.set_start_method("spawn", force=True)
    from claimkit.extractor import Extractor
    items = json.loads(sys.argv[1])
    docs = Extractor().extract_many(items, n_process=2, batch_size=1)
    print(json.dumps([d.model_dump(mode="json") for d in docs]))
"""


@pytest.mark.slow
def test_n_process_with_the_spawn_start_method(extractor: Extractor, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Workers started by spawn (the Windows and macOS way) get the pipeline by pickling
    and send the Docs back through spaCy's serialisation: same answers, same order."""
    import json
    import subprocess
    import sys

    items: list[object] = [GOOD[0], {"text": GOOD[2], "published": "2017-11-11"}, None, GOOD[1]]
    script = tmp_path / "spawned.py"
    script.write_text(SPAWNED)
    run = subprocess.run(
        [sys.executable, str(script), json.dumps(items)],
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    got = json.loads(run.stdout)
    want = [d.model_dump(mode="json") for d in extractor.extract_many(items)]
    assert len(got) == 4 and got[2]["error"] is not None
    assert got == want
