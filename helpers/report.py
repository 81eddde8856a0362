"""Rerun every notebook top to bottom, store its outputs, and write reports/.

`python -m helpers report` (what `make report` runs): each notebook in
notebooks/ is executed in its own folder with a fresh kernel, saved with its
outputs, and rendered to reports/<notebook>.html; reports/index.html links them.
"""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from . import paths


def execute(path: Path, timeout: int = 600) -> None:
    """Run a notebook in its own folder and save it in place, whole or not at all."""
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    NotebookClient(
        nb,
        timeout=timeout,
        kernel_name="python3",
        record_timing=False,  # timestamps would make every rerun a diff
        resources={"metadata": {"path": str(path.parent)}},
    ).execute(stderr=subprocess.DEVNULL)  # the kernel's start-up chatter; cell errors are outputs
    _atomic_write(path, nbformat.writes(nb) + "\n")


def to_html(path: Path, out_dir: Path) -> Path:
    import nbformat
    from nbconvert import HTMLExporter

    body, _ = HTMLExporter().from_notebook_node(nbformat.read(path, as_version=4))
    target = out_dir / f"{path.stem}.html"
    _atomic_write(target, body)
    return target


def _atomic_write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)


def index_html(pages: list[Path]) -> str:
    items = "\n".join(
        f'<li><a href="{html.escape(p.name)}">{html.escape(p.stem.replace("_", " "))}</a></li>'
        for p in pages
    )
    return (
        "<!doctype html><meta charset='utf-8'><title>District health meetings</title>"
        f"<h1>District health meetings: reports</h1><ul>\n{items}\n</ul>"
        "<p>Figures: <a href='figures/'>figures/</a></p>\n"
    )


def run(
    notebooks: list[Path] | None = None, out_dir: Path = paths.REPORTS, quiet: bool = False
) -> list[Path]:
    notebooks = notebooks or sorted(paths.NOTEBOOKS.glob("*.ipynb"))
    pages = []
    for nb in notebooks:
        if not quiet:
            print(f"running {nb.name}", flush=True)
        execute(nb)
        pages.append(to_html(nb, out_dir))
    _atomic_write(out_dir / "index.html", index_html(pages))
    if out_dir == paths.REPORTS:
        copy_readme_figures()
    if not quiet:
        print(f"wrote {out_dir / 'index.html'} ({len(pages)} notebooks)")
    return pages


README_FIGURES = re.compile(r"\]\((docs/figures/[\w.-]+\.(?:png|svg))\)")


def copy_readme_figures(readme: Path = paths.ROOT / "README.md") -> list[Path]:
    """Refresh the figures the README shows (docs/figures/<name>) from reports/figures."""
    copied = []
    for rel in README_FIGURES.findall(readme.read_text(encoding="utf-8")):
        target = paths.ROOT / rel
        source = paths.FIGURES / target.name
        if source.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
            copied.append(target)
    return copied


# The import cell every notebook opens with: what any notebook that charts with the
# helpers pays in a fresh kernel before doing any work.
IMPORTS_ONLY = (
    "import pandas as pd\nfrom IPython.display import display\n\n"
    "from helpers import charts, tables, workbench"
)


def stub_notebooks(folder: Path, n: int, source: str = "", stem: str = "empty") -> list[Path]:
    """n one-cell notebooks with the project kernel: the floor any report pays."""
    import nbformat

    out = []
    for i in range(n):
        nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(source)])
        nb.metadata["kernelspec"] = {
            "name": "python3",
            "display_name": "Python 3",
            "language": "python",
        }
        path = folder / f"{stem}_{i:02d}.ipynb"
        nbformat.write(nb, path)
        out.append(path)
    return out


def bench(repeat: int = 3) -> dict[str, float]:
    """Time the real report (cold cache) against as many empty notebooks run the same way
    (fresh kernel in its own folder, outputs saved, HTML written), and against as many
    notebooks holding only the import cell; best of `repeat`."""
    import time

    from .workbench import CACHE

    real = sorted(paths.NOTEBOOKS.glob("*.ipynb"))
    times: dict[str, list[float]] = {"empty": [], "imports": [], "report": []}
    with tempfile.TemporaryDirectory() as tmp:
        stubs = {
            "empty": stub_notebooks(Path(tmp), len(real)),
            "imports": stub_notebooks(Path(tmp), len(real), IMPORTS_ONLY, "imports"),
        }
        for _ in range(repeat):
            for name, notebooks in stubs.items():
                t = time.perf_counter()
                run(notebooks, Path(tmp) / "out", quiet=True)
                times[name].append(time.perf_counter() - t)
            CACHE.unlink(missing_ok=True)
            t = time.perf_counter()
            run(real, quiet=True)
            times["report"].append(time.perf_counter() - t)
    best = {k: min(v) for k, v in times.items()}
    best["ratio"] = best["report"] / best["empty"]
    best["floor_ratio"] = best["imports"] / best["empty"]
    best["notebooks"] = len(real)
    return best
