"""Extraction over a corpus: files and folders streamed in a fixed order, in one or more
processes, one JSON line per article and one error line per file that cannot be used.

Memory stays flat: paths are walked lazily and handed to the workers in bounded
batches, and each result is written as soon as its turn comes.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

from . import articles
from .extract import extract_article

BATCH = 256  # paths handed to the workers at a time


@dataclass(frozen=True)
class Result:
    """One input file: its JSON line, or why it could not be used."""

    path: str
    line: str | None
    error: str | None


def iter_files(inputs: Sequence[str | Path]) -> Iterator[Path]:
    """Files as given, and every .txt under each folder in sorted path order.

    A folder named like a text file is listed too, so it is reported rather than
    silently skipped; symbolic links to folders are not followed (no loops).
    """
    for item in inputs:
        path = Path(item)
        if path.is_dir() and not path.is_symlink():
            if path.suffix.lower() == ".txt":
                yield path
            yield from _walk(path)
        else:
            yield path


def _walk(folder: Path) -> Iterator[Path]:
    """Depth first, names sorted, lazily: memory holds the entries of the folders open,
    not the corpus. The folders open are a stack of its own, not a recursion, so that
    a folder nested thousands deep is walked like any other."""
    stack = [_entries(folder)]
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
        elif isinstance(entry, Path):
            yield entry  # a folder that cannot be listed: reported by the reader
        else:
            is_dir = entry.is_dir(follow_symlinks=False)
            if entry.name.lower().endswith(".txt"):
                yield Path(entry.path)
            if is_dir:
                stack.append(_entries(Path(entry.path)))


def _entries(folder: Path) -> Iterator[os.DirEntry | Path]:
    """A folder's entries by name, or the folder itself when it cannot be listed."""
    try:
        return iter(sorted(os.scandir(folder), key=lambda e: e.name))
    except OSError:
        return iter([folder])


def extract_file(task: tuple[str, dt.date | None]) -> Result:
    """Read and extract one file; every failure becomes a one-line reason."""
    name, published = task
    path = Path(name)
    try:
        text = articles.read_text(path)
        facts = extract_article(text, articles.article_id(path), published)
        if facts["meeting"]["event_type"] is None and not facts["indicators"]:
            raise articles.ArticleError(path, "no recognisable meeting or indicator figure")
    except articles.ArticleError as e:
        return Result(name, None, str(e))
    except (RecursionError, MemoryError, ValueError, OverflowError) as e:
        return Result(name, None, f"{path}: could not be extracted ({type(e).__name__}: {e})")
    return Result(name, json.dumps(facts, ensure_ascii=False), None)


def _batches(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while batch := list(itertools.islice(it, size)):
        yield batch


def extract_stream(tasks: Iterable[tuple[str, dt.date | None]], jobs: int = 1) -> Iterator[Result]:
    """Results in input order, whatever the number of processes."""
    if jobs <= 1:
        yield from map(extract_file, tasks)
        return
    with get_context("spawn").Pool(jobs) as pool:
        for batch in _batches(tasks, BATCH):
            yield from pool.imap(extract_file, batch, chunksize=max(1, len(batch) // (4 * jobs)))
