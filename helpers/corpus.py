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
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
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


def extract_stream(
    tasks: Iterable[tuple[str, dt.date | None]],
    jobs: int = 1,
    work: Callable[[tuple[str, dt.date | None]], Result] = extract_file,
) -> Iterator[Result]:
    """Results in input order, whatever the number of processes. A worker process that
    stops (killed, or out of memory) loses no other file: the rest of its batch is
    read again one file at a time, the file whose worker stops is reported, and the
    run goes on. `work` reads one task (extract_file; tests pass one that stops)."""
    if jobs <= 1:
        yield from map(work, tasks)
        return
    pool = _pool(jobs)
    try:
        for batch in _batches(tasks, BATCH):
            done = 0
            try:
                for result in pool.map(work, batch, chunksize=max(1, len(batch) // (4 * jobs))):
                    yield result
                    done += 1
            except BrokenProcessPool:
                pool.shutdown(cancel_futures=True)
                yield from _one_by_one(batch[done:], work)
                pool = _pool(jobs)
    finally:
        pool.shutdown(cancel_futures=True)


def _pool(jobs: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(jobs, mp_context=get_context("spawn"))


def _one_by_one(
    tasks: list[tuple[str, dt.date | None]],
    work: Callable[[tuple[str, dt.date | None]], Result],
) -> Iterator[Result]:
    """Tasks one at a time in one worker, so that a task whose worker stops is known:
    it is reported, and a new worker reads the next."""
    pool = _pool(1)
    try:
        for task in tasks:
            try:
                yield pool.submit(work, task).result()
            except BrokenProcessPool:
                yield Result(task[0], None, f"{task[0]}: {_STOPPED}")
                pool.shutdown(cancel_futures=True)
                pool = _pool(1)
    finally:
        pool.shutdown(cancel_futures=True)


_STOPPED = "the process extracting it stopped (killed, or out of memory); the rest go on"
