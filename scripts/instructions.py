"""Instructions per article for the working tree and a base commit, counted by callgrind.

Timing on a shared machine moves by several percent from one run to the next, more
than most single changes to the extractor are worth. An instruction count is the
same on every run, so a change of a fraction of a percent shows. Each tree is
counted with no extraction and with one, and the difference is divided by the number
of texts, so loading and warming up do not count. The two trees are placed in
folders whose paths are as long as each other (a path's length alone moves the count
by a few tenths of a percent) and compiled to bytecode first, so that no counted run
pays for it.

    python scripts/instructions.py                          # HEAD against the working tree
    python scripts/instructions.py --base c6b4d6c --texts 100
    python scripts/instructions.py --adversarial "a different name each time"

Needs valgrind (the Debian package); the tests and CI never run it.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Run in each tree: build the texts, warm up (a text of its own, then each text once,
# written so that any revision runs it), then extract them `rounds` times.
CHILD = """
import sys
from helpers import bench
from helpers.extract import extract_article
rounds, what, n = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
texts = list(bench.corpus(n)) if what == "corpus" else [bench.adversarial_lines(n)[what]]
extract_article("Rabu (25/1) Bupati Budi di Aula: stunting turun 2 persen.", "warm-up")
for text in texts[:20]:
    extract_article(text, "warm-up")
for _ in range(rounds):
    for text in texts:
        extract_article(text, "counted")
"""
_COLLECTED = re.compile(r"Collected : (\d+)")


def collected(report: str) -> int:
    """The instruction count callgrind prints on stderr when the program ends."""
    found = _COLLECTED.findall(report)
    if not found:
        raise ValueError(f"no instruction count in callgrind's report: {report[-300:]!r}")
    return int(found[-1])


def per_text(without: int, with_one: int, texts: int) -> float:
    """Instructions for one text: one round's count past the count without a round."""
    return (with_one - without) / texts


def count(tree: Path, rounds: int, what: str, size: int) -> int:
    """Instructions for CHILD run in tree (its helpers), the same for every run."""
    result = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
         sys.executable, "-c", CHILD, str(rounds), what, str(size)],
        cwd=tree, env={"PYTHONHASHSEED": "0", "PYTHONPATH": str(tree), "PATH": os.environ["PATH"]},
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if result.returncode != 0:
        raise RuntimeError(f"{tree}: the counted run failed: {result.stderr[-600:]}")
    return collected(result.stderr)


def copy_working_tree(to: Path) -> None:
    """The working tree's files, tracked or not (but not ignored), as they are now."""
    listed = subprocess.run(
        ["git", "-C", str(ROOT), "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        capture_output=True, check=True,
    ).stdout.decode().split("\0")  # fmt: skip
    for name in filter(None, listed):
        if (ROOT / name).is_file():
            (to / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, to / name)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="HEAD", help="the commit to compare with (HEAD)")
    parser.add_argument("--texts", type=int, default=200, help="synthetic articles (200)")
    parser.add_argument("--adversarial", help="an adversarial input of the benchmark, by name")
    parser.add_argument("--size", type=int, default=250_000, help="its size (250,000)")
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("instructions: valgrind is not installed (Debian: valgrind)", file=sys.stderr)
        return 2
    what, size, texts = (
        (args.adversarial, args.size, 1) if args.adversarial else ("corpus", args.texts, args.texts)
    )
    with tempfile.TemporaryDirectory() as tmp:
        base, work = Path(tmp) / "base", Path(tmp) / "work"
        git = ["git", "-C", str(ROOT), "worktree"]
        subprocess.run([*git, "add", "--detach", "--quiet", str(base), args.base], check=True)
        try:
            copy_working_tree(work)
            for tree in (base, work):  # compiled beforehand: two runs at once would race
                compileall = [sys.executable, "-m", "compileall", "-q", str(tree / "helpers")]
                subprocess.run(compileall, check=True)
            runs = [(tree, rounds) for tree in (base, work) for rounds in (0, 1)]
            with ThreadPoolExecutor(max_workers=2) as pool:
                counts = list(pool.map(lambda run: count(*run, what, size), runs))
        finally:
            subprocess.run([*git, "remove", "--force", str(base)], check=True)
    before, after = per_text(*counts[:2], texts), per_text(*counts[2:], texts)
    label = f"{what} ({size:,} characters)" if args.adversarial else f"{texts} synthetic articles"
    print(f"instructions per text, {label}, counted by callgrind")
    print(f"  {args.base:<14}{before:>16,.0f}")
    print(f"  {'working tree':<14}{after:>16,.0f}  {(after / before - 1) * 100:+.2f}%")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
