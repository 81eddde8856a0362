"""The notebooks: stored, executed, story-shaped, reproducible from a fresh kernel."""

from __future__ import annotations

import re

import nbformat
import pytest
from nbclient import NotebookClient

from helpers import paths

NOTEBOOKS = sorted(paths.NOTEBOOKS.glob("*.ipynb"))
EXPECTED = ["01_meeting_facts", "02_indicators", "03_compare_districts", "04_claims_check"]


def _read(path):
    return nbformat.read(path, as_version=4)


def _output_text(nb) -> str:
    parts = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            parts.append(out.get("text", ""))
            for kind in ("text/plain", "text/html"):
                parts.append(out.get("data", {}).get(kind, ""))
    return "\n".join(p if isinstance(p, str) else "".join(p) for p in parts)


def test_the_four_notebooks_exist() -> None:
    assert [p.stem for p in NOTEBOOKS] == EXPECTED


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_kernelspec_title_question_and_prose(path) -> None:
    nb = _read(path)
    assert nb.metadata["kernelspec"]["name"] == "python3"
    first = nb.cells[0]
    assert first.cell_type == "markdown" and first.source.startswith(f"# {path.stem[:2]} ")
    assert "**Question:**" in first.source
    kinds = [c.cell_type for c in nb.cells]
    assert kinds.count("markdown") >= kinds.count("code") - 1, "prose between the code cells"
    assert nb.cells[-1].cell_type == "markdown", "ends with conclusions in prose"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_committed_executed_with_outputs(path) -> None:
    nb = _read(path)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(c.execution_count is not None for c in code), "run top to bottom and saved"
    assert [c.execution_count for c in code] == list(range(1, len(code) + 1))
    assert not any(o.output_type == "error" for c in code for o in c.outputs)
    for c in code:
        tags = c.metadata.get("tags", [])
        if {"nbval-skip", "nbval-ignore-output"} & set(tags):
            assert c.source.lstrip().startswith("#"), "a skipped comparison says why"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_no_number_in_prose_that_the_code_does_not_print(path) -> None:
    nb = _read(path)
    printed = _output_text(nb)
    for cell in nb.cells[1:]:
        if cell.cell_type != "markdown":
            continue
        for number in re.findall(r"(?<![\w.])\d+(?:[.,]\d+)?(?![\w])", cell.source):
            assert number in printed, f"{path.stem}: {number!r} in prose but not in any output"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_runs_from_a_fresh_kernel_in_its_own_folder(path) -> None:
    nb = _read(path)
    NotebookClient(
        nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
    ).execute()
    assert not any(o.output_type == "error" for c in nb.cells for o in c.get("outputs", []))


def test_compare_notebook_names_its_districts_in_a_parameter_cell() -> None:
    nb = _read(paths.NOTEBOOKS / "03_compare_districts.ipynb")
    params = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(params) == 1 and "DISTRICTS = [" in params[0].source


def test_readme_figures_exist() -> None:
    readme = (paths.ROOT / "README.md").read_text(encoding="utf-8")
    figures = re.findall(r"!\[[^\]]*\]\(([^)]+\.png)\)", readme)
    assert len(figures) >= 2
    for f in figures:
        assert (paths.ROOT / f).is_file(), f
