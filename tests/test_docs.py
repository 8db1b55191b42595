"""The README and docs say what the code does: their Python blocks run, print what the
text blocks after them show, and their field tables list exactly the models' fields."""

from __future__ import annotations

import io
import re
from contextlib import redirect_stdout
from pathlib import Path

import pytest

import claimkit.models as models

ROOT = Path(__file__).resolve().parents[1]
BLOCK = re.compile(r"^```(\w+)\n(.*?)^```", re.S | re.M)
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
WITH_PYTHON = [p for p in PAGES if "```python" in p.read_text(encoding="utf-8")]


@pytest.mark.parametrize("page", WITH_PYTHON, ids=lambda p: p.name)
def test_python_blocks_run_and_print_what_is_shown(
    page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each page's blocks run in order in one namespace, from a folder holding the
    examples, as a reader would paste them."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    blocks = BLOCK.findall(page.read_text(encoding="utf-8"))
    namespace: dict[str, object] = {}
    for i, (lang, code) in enumerate(blocks):
        if lang != "python":
            continue
        out = io.StringIO()
        with redirect_stdout(out):
            exec(compile(code, f"{page.name} block {i}", "exec"), namespace)
        shown = blocks[i + 1] if i + 1 < len(blocks) else None
        if shown is not None and shown[0] == "text":
            assert out.getvalue() == shown[1], f"{page.name} block {i} prints something else"


def test_readme_field_tables_are_the_models_fields() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `(\w+)` \| (`.*) \|$", text, re.M)
    checked = set()
    for name, cell in rows:
        model = getattr(models, name, None)
        if model is None or not hasattr(model, "model_fields"):
            continue
        listed = re.findall(r"(?:^|, )`(\w+)`", cell)
        assert listed == list(model.model_fields), f"README lists {name} fields {listed}"
        checked.add(name)
    assert {"Document", "Claim", "Speaker", "ClusterMember", "ChainLink"} <= checked


def test_no_page_names_a_path_outside_the_project() -> None:
    for path in [*PAGES, *(ROOT / "claimkit").rglob("*.py"), *(ROOT / "examples").glob("*")]:
        if path.is_file() and path.suffix in (".md", ".py", ".ipynb"):
            text = path.read_text(encoding="utf-8")
            assert "../shared" not in text and "FACTS.md" not in text, path


def test_the_cli_example_and_the_quickstart_read_the_same_article_on_the_same_date() -> None:
    """The README says the command line prints the Quickstart's claims as a table."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    cli = re.search(r"claimkit extract (\S+) --published (\S+)", text)
    quick = re.search(r'open\("([^"]+)"\).*?published="([^"]+)"', text, re.S)
    assert cli is not None and quick is not None
    assert (cli.group(1), cli.group(2)) == (quick.group(1), quick.group(2))
    assert cli.group(2) in (ROOT / ".ci/run").read_text(encoding="utf-8")


def test_the_command_line_examples_run(tmp_path: Path) -> None:
    """The ``$ claimkit …`` lines of docs/output.md, in a folder holding an article and an
    archive of articles, as a reader would type them; each exits 0 and writes output."""
    import shutil
    import subprocess
    import sys

    article = ROOT / "examples/data/i24news_syria.txt"
    shutil.copy(article, tmp_path / "article.txt")
    (tmp_path / "archive").mkdir()
    for path in (ROOT / "examples/data").glob("*.txt"):
        shutil.copy(path, tmp_path / "archive" / path.name)
    text = (ROOT / "docs/output.md").read_text(encoding="utf-8")
    lines = [
        line[2:]
        for lang, block in BLOCK.findall(text)
        if lang == "console"
        for line in block.splitlines()
        if line.startswith("$ claimkit") or line.startswith("$ cat article.txt | claimkit")
    ]
    assert len(lines) == 5
    bin_dir = Path(sys.executable).parent
    env = {"PATH": f"{bin_dir}:/usr/bin:/bin", "HOME": str(tmp_path)}
    for line in lines:
        # the two-process example runs with one process here: the same output, less time
        command = line.replace("--n-process 2", "--n-process 1")
        run = subprocess.run(
            command, shell=True, cwd=tmp_path, env=env, capture_output=True, text=True
        )
        assert run.returncode == 0, (line, run.stderr[-500:])
    for name in ("claims.jsonl", "claims.csv", "claims.html"):
        assert (tmp_path / name).stat().st_size > 0, name
