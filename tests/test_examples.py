"""The docs site builds strictly and the example notebook runs: neither can rot unseen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "examples/quickstart.ipynb"


def _html_outputs(nb: Any) -> list[str]:
    return [
        out["data"]["text/html"]
        for cell in nb.cells
        if cell.cell_type == "code"
        for out in cell.get("outputs", [])
        if "text/html" in out.get("data", {})
    ]


def _shows_article_and_table(nb: Any) -> None:
    html = _html_outputs(nb)
    assert any('class="ck-content"' in h and 'class="ck-speaker"' in h for h in html), (
        "the highlighted article"
    )
    assert any("<table" in h and "Dmitry Peskov" in h and "ck-" not in h for h in html), (
        "the claims DataFrame"
    )


def _outputs(nb: Any) -> list[list[dict[str, Any]]]:
    """Each code cell's outputs as a reader sees them: no execution counts or timings."""
    cells = []
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        shown = []
        for out in cell.get("outputs", []):
            shown.append(
                {
                    "type": out.output_type,
                    "text": out.get("text"),
                    "data": dict(out.get("data", {})),
                }
            )
        cells.append(shown)
    return cells


def test_quickstart_notebook_executes_to_its_saved_outputs() -> None:
    saved = nbformat.read(NOTEBOOK, as_version=4)
    nb = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(
        nb,
        timeout=600,
        kernel_name="python3",
        resources={"metadata": {"path": str(NOTEBOOK.parent)}},
    ).execute()  # raises CellExecutionError on the first failing cell
    errors = [
        out for cell in nb.cells for out in cell.get("outputs", []) if out.output_type == "error"
    ]
    assert errors == []
    _shows_article_and_table(nb)
    for i, (fresh, kept) in enumerate(zip(_outputs(nb), _outputs(saved), strict=True)):
        assert fresh == kept, (
            f"code cell {i} of examples/quickstart.ipynb shows stale output: re-run it with "
            "`cd examples && jupyter execute --inplace quickstart.ipynb`"
        )


def test_saved_notebook_shows_its_outputs() -> None:
    """The notebook is committed executed, so readers see the results on GitHub."""
    _shows_article_and_table(nbformat.read(NOTEBOOK, as_version=4))


def test_docs_build_strictly(tmp_path: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert run.returncode == 0, run.stderr[-3000:]
    model_page = (tmp_path / "data-model/index.html").read_text(encoding="utf-8")
    assert "The exact characters of the span." in model_page  # generated from the models
    assert (tmp_path / "reference/index.html").exists()


def test_folder_script_writes_jsonl(tmp_path: Path) -> None:
    import claimkit

    out = tmp_path / "claims.jsonl"
    run = subprocess.run(
        [
            sys.executable,
            str(ROOT / "examples/extract_folder.py"),
            str(ROOT / "examples/data"),
            str(out),
            "--published",
            "2017-11-11",
        ],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    docs = list(claimkit.read_jsonl(out))
    assert sorted(d.id for d in docs) == ["cfr_canada_syria.txt", "i24news_syria.txt"]
    assert all(d.claims and d.error is None for d in docs)
    assert "2 documents written" in run.stdout
