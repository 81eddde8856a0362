"""scripts/instructions.py: what it reads from callgrind, and the program it counts
(run here without valgrind, so that it stays in step with the helpers)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest

from helpers import paths


def _script():
    spec = importlib.util.spec_from_file_location(
        "instructions", paths.ROOT / "scripts" / "instructions.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


instructions = _script()

REPORT = """==4242== Callgrind, a call-graph generating cache profiler
==4242== Events    : Ir
==4242== Collected : 6635119042
==4242==
==4242== I   refs:      6,635,119,042
"""


def test_the_count_is_read_from_the_report() -> None:
    assert instructions.collected(REPORT) == 6_635_119_042


def test_a_report_without_a_count_says_so() -> None:
    with pytest.raises(ValueError, match="no instruction count"):
        instructions.collected("valgrind: Bad option: --tool=callgrin")


def test_one_text_costs_the_rounds_difference_over_the_texts() -> None:
    assert instructions.per_text(1_000, 9_000, 4) == 2_000


@pytest.mark.parametrize(("what", "size"), [("corpus", "3"), ("dots and digits", "2000")])
def test_the_counted_program_runs_with_the_helpers(what: str, size: str) -> None:
    run = subprocess.run(
        [sys.executable, "-c", instructions.CHILD, "1", what, size],
        cwd=paths.ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr


def test_the_working_tree_is_copied_as_it_is_without_what_git_ignores(tmp_path) -> None:
    instructions.copy_working_tree(tmp_path)
    source = paths.ROOT / "helpers" / "extract.py"
    assert (tmp_path / "helpers" / "extract.py").read_bytes() == source.read_bytes()
    assert (tmp_path / "data" / "vocab" / "units.csv").is_file()
    assert not (tmp_path / ".venv").exists()
