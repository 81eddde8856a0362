"""A catalogue of bad files: each gives one clear stderr line naming the file and the
reason, the other files are still extracted, nothing is half-written, exit status 1."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from helpers import articles, corpus
from helpers.cli import main

GOOD = sorted((Path(__file__).parents[1] / "data" / "raw" / "articles").glob("*.txt"))[0]


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


CATALOGUE = {
    "empty.txt": (b"", "file is empty"),
    "whitespace.txt": (b"  \n\t \r\n ", "file is empty"),
    "binary.txt": (bytes(range(256)) * 8, "binary file"),
    "nul.txt": (b"Rapat koordinasi\x00stunting 20 persen", "binary file"),
    "latin1.txt": (
        "Rapat koordinasi di Banyuasin caf\u00e9 20 persen".encode("latin-1"),
        "not UTF-8",
    ),
    "utf16.txt": ("Rapat koordinasi stunting".encode("utf-16"), "UTF-16"),
    "page.txt": (b"<!DOCTYPE html><html><body><p>Rapat</p></body></html>", "HTML page"),
    "one_line.txt": (b"a" * 1_000_000, "no recognisable meeting"),
}


def _run(folder: Path, capsys) -> tuple[int, list[dict], list[str]]:
    code = main(["extract", str(folder)])
    out, err = capsys.readouterr()
    lines = [json.loads(line) for line in out.splitlines()]
    return code, lines, err.splitlines()


def test_catalogue_of_bad_files(tmp_path, capsys) -> None:
    for name, (data, _) in CATALOGUE.items():
        _write(tmp_path, name, data)
    _write(tmp_path, "good.txt", GOOD.read_bytes())
    _write(tmp_path, "good_crlf.txt", GOOD.read_bytes().replace(b"\n", b"\r\n"))
    (tmp_path / "folder.txt").mkdir()
    os.symlink("loop.txt", tmp_path / "loop.txt")
    _write(tmp_path, "huge.txt", b"Rapat stunting 20 persen. " * 800_000)
    code, out, err = _run(tmp_path, capsys)
    assert code == 1
    assert [o["article_id"] for o in out] == ["good", "good_crlf"]
    crlf = (tmp_path / "good_crlf.txt").read_bytes().decode("utf-8")
    for fact in out[1]["indicators"] + out[1]["people"]:
        assert crlf[fact["start"] : fact["end"]] == fact["quote"]
    expected = {name: reason for name, (_, reason) in CATALOGUE.items()}
    expected |= {
        "folder.txt": "is a directory",
        "loop.txt": "symbolic links",
        "huge.txt": "above the 5,242,880 byte limit",
    }
    assert len(err) == len(expected), err
    assert not any("Traceback" in line for line in err)
    for name, reason in expected.items():
        hits = [line for line in err if f"{tmp_path / name}:" in line]
        assert len(hits) == 1 and reason in hits[0], (name, hits)


def test_output_order_does_not_depend_on_jobs(tmp_path, capsys) -> None:
    dev = Path(__file__).parent / "fixtures" / "dev"
    assert main(["extract", str(dev)]) == 0
    one = capsys.readouterr().out
    assert main(["extract", str(dev), "--jobs", "2"]) == 0
    assert capsys.readouterr().out == one
    assert len(one.splitlines()) == 8


def test_folders_are_walked_recursively_in_sorted_order(tmp_path) -> None:
    for rel in ["b/2.txt", "a/1.txt", "a/z/3.txt", "c.TXT", "notes.md"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x", encoding="utf-8")
    got = [p.relative_to(tmp_path).as_posix() for p in corpus.iter_files([tmp_path])]
    assert got == ["a/1.txt", "a/z/3.txt", "b/2.txt", "c.TXT"]


def test_a_folder_nested_thousands_deep_is_walked(tmp_path) -> None:
    folders = [tmp_path / "a"]
    for _ in range(1_200):  # past the interpreter's recursion limit
        folders[-1].mkdir()
        folders.append(folders[-1] / "a")
    deep = folders[-2]
    (deep / "x.txt").write_text("x", encoding="utf-8")
    (tmp_path / "top.txt").write_text("x", encoding="utf-8")
    try:
        assert list(corpus.iter_files([tmp_path])) == [deep / "x.txt", tmp_path / "top.txt"]
    finally:  # removed from the bottom: pytest's own removal recurses, and would fail
        (deep / "x.txt").unlink()
        for folder in reversed(folders[:-1]):
            folder.rmdir()


def test_a_folder_that_cannot_be_listed_is_reported_and_the_rest_walked(
    tmp_path, monkeypatch
) -> None:
    for rel in ["a/1.txt", "b/2.txt", "c.txt"]:
        (tmp_path / rel).parent.mkdir(exist_ok=True)
        (tmp_path / rel).write_text("x", encoding="utf-8")
    real_scandir = os.scandir

    def refuse(path):
        if Path(path) == tmp_path / "a":
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", refuse)
    found = list(corpus.iter_files([tmp_path]))
    assert found == [tmp_path / "a", tmp_path / "b" / "2.txt", tmp_path / "c.txt"]
    assert corpus.extract_file((str(found[0]), None)).error.endswith(
        "is a directory, not a text file"
    )


def _stops_at_die(task: tuple[str, None]) -> corpus.Result:
    """extract_file, but the worker process stops at die.txt, as one killed would."""
    if task[0].endswith("die.txt"):
        os._exit(1)
    return corpus.extract_file(task)


def test_a_worker_process_that_stops_loses_no_other_file(tmp_path) -> None:
    names = ["a.txt", "b.txt", "c-die.txt", "d.txt", "e.txt"]
    for name in names:
        _write(tmp_path, name, GOOD.read_bytes())
    listed = [(str(p), None) for p in corpus.iter_files([tmp_path])]
    results = list(corpus.extract_stream(listed, jobs=2, work=_stops_at_die))
    assert [Path(r.path).name for r in results] == names
    assert [r.line is not None for r in results] == [True, True, False, True, True]
    assert results[2].error == (
        f"{tmp_path / 'c-die.txt'}: the process extracting it stopped (killed, or out of "
        "memory); the rest go on"
    )


def test_file_removed_mid_run(tmp_path) -> None:
    good = _write(tmp_path, "good.txt", GOOD.read_bytes())
    gone = _write(tmp_path, "gone.txt", GOOD.read_bytes())
    listed = [(str(p), None) for p in corpus.iter_files([tmp_path])]
    gone.unlink()
    results = list(corpus.extract_stream(listed))
    assert [r.path for r in results] == [str(gone), str(good)]
    assert results[0].error == f"{gone}: file not found" and results[1].line


def test_unreadable_file(tmp_path, monkeypatch) -> None:
    path = _write(tmp_path, "secret.txt", GOOD.read_bytes())
    real_open = os.open

    def refuse(name, *args, **kwargs):
        if Path(name) == path:
            raise PermissionError(13, "Permission denied")
        return real_open(name, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(articles.ArticleError, match="permission denied"):
        articles.read_text(path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_pipes_and_devices_named_like_articles_are_refused_without_waiting(
    tmp_path, capsys
) -> None:
    """A pipe would wait for a writer for ever and a device never end: each is one error
    line, and the article beside them is still extracted."""
    os.mkfifo(tmp_path / "pipe.txt")
    os.symlink("/dev/zero", tmp_path / "zero.txt")
    _write(tmp_path, "good.txt", GOOD.read_bytes())
    code, out, err = _run(tmp_path, capsys)
    assert code == 1 and [o["article_id"] for o in out] == ["good"]
    reason = "not a regular file (a pipe, socket or device)"
    assert err == [f"error: {tmp_path / name}: {reason}" for name in ("pipe.txt", "zero.txt")]


@pytest.mark.skipif(not Path("/proc/self/status").is_file(), reason="no /proc here")
def test_a_file_longer_than_its_size_says_is_read_no_further_than_the_limit(
    monkeypatch,
) -> None:
    """A file may grow after its size is read; /proc's files say they are empty and are
    not. No more than the limit is read, and the file is refused by name."""
    asked: list[int] = []
    real_fdopen = os.fdopen

    class Reads:  # the open file, noting how much each read asks for
        def __init__(self, fd: int, mode: str) -> None:
            self.file = real_fdopen(fd, mode)

        def __enter__(self):
            return self

        def __exit__(self, *exc) -> None:
            self.file.close()

        def fileno(self) -> int:
            return self.file.fileno()

        def read(self, size: int = -1) -> bytes:
            asked.append(size)
            return self.file.read(size)

    monkeypatch.setattr(articles, "MAX_BYTES", 100)
    monkeypatch.setattr(os, "fdopen", Reads)
    with pytest.raises(articles.ArticleError, match="more than 100 bytes, above the 100 byte"):
        articles.read_text("/proc/self/status")
    assert asked == [101]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_permissions_for_real(tmp_path, capsys) -> None:
    path = _write(tmp_path, "secret.txt", GOOD.read_bytes())
    path.chmod(0)
    code, out, err = _run(tmp_path, capsys)
    assert code == 1 and not out and err == [f"error: {path}: permission denied"]


def test_a_failed_run_still_writes_whole_lines(tmp_path, capsys) -> None:
    _write(tmp_path, "a.txt", GOOD.read_bytes())
    _write(tmp_path, "b.txt", b"")
    _write(tmp_path, "c.txt", GOOD.read_bytes())
    code, out, err = _run(tmp_path, capsys)
    assert code == 1 and [o["article_id"] for o in out] == ["a", "c"] and len(err) == 1
