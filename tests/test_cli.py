"""The extraction contract on the command line, and bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import paths

SEED = paths.RAW_ARTICLES / "004_dccc7b0917acbf75.txt"
KEYS = {"article_id", "meeting", "people", "indicators"}
MEETING_KEYS = {
    "event_type",
    "event_name",
    "district",
    "province",
    "date_start",
    "date_end",
    "venue",
    "participants",
}


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "helpers", "extract", *args],
        capture_output=True,
        text=True,
        cwd=paths.ROOT,
    )


def test_contract_shape():
    r = run(str(SEED))
    assert r.returncode == 0, r.stderr
    obj = json.loads(r.stdout)
    assert set(obj) >= KEYS and set(obj["meeting"]) >= MEETING_KEYS
    assert obj["article_id"] == "004_dccc7b0917acbf75"
    assert obj["meeting"]["date_start"] == "2023-04-05"  # published date from data/raw/articles.csv


def test_published_flag_gives_the_year(tmp_path):
    f = tmp_path / "x.txt"
    f.write_text(
        "Dinkes menggelar Rapat Kerja Teknis di Aula Dinkes, Rabu (05/04).", encoding="utf-8"
    )
    assert json.loads(run(str(f)).stdout)["meeting"]["date_start"] is None
    got = json.loads(run(str(f), "--published", "2023-04-06").stdout)
    assert got["meeting"]["date_start"] == "2023-04-05"


def _bad_files(tmp: Path) -> dict[str, Path]:
    files = {
        "empty": tmp / "empty.txt",
        "latin1": tmp / "latin1.txt",
        "binary": tmp / "binary.txt",
        "utf16": tmp / "utf16.txt",
        "directory": tmp / "dir.txt",
        "missing": tmp / "missing.txt",
        "no meeting": tmp / "recipe.txt",
    }
    files["empty"].write_bytes(b"")
    files["latin1"].write_bytes("Rapat Koordinasi di Palabuhanratu \xe9".encode("latin-1"))
    files["binary"].write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    files["utf16"].write_text("Rapat Koordinasi", encoding="utf-16")
    files["directory"].mkdir()
    files["no meeting"].write_text("Resep nasi goreng: dua piring nasi.", encoding="utf-8")
    return files


def test_bad_files_named_others_still_processed(tmp_path):
    bad = _bad_files(tmp_path)
    r = run(str(SEED), *map(str, bad.values()), str(SEED))
    assert r.returncode != 0
    assert len(r.stdout.splitlines()) == 2  # both good files, whole lines
    errors = r.stderr.strip().splitlines()
    assert len(errors) == len(bad)
    for path, line in zip(bad.values(), errors, strict=True):
        assert str(path) in line and "Traceback" not in line


@pytest.mark.parametrize(
    "transform",
    [
        lambda t: t.replace("\n", "\r\n"),
        lambda t: t.replace(" ", "\u00a0", 40),
        lambda t: t.replace(" ", "  ", 30),
    ],
    ids=["crlf", "nbsp", "double-spaces"],
)
def test_odd_spacing_reads_like_ordinary_text(tmp_path, transform):
    text = SEED.read_text(encoding="utf-8")
    f = tmp_path / "odd.txt"
    f.write_text(transform(text), encoding="utf-8", newline="")
    got = json.loads(run(str(f), "--published", "2023-04-05").stdout)
    base = json.loads(run(str(SEED)).stdout)
    assert got["meeting"]["date_start"] == base["meeting"]["date_start"]
    assert got["meeting"]["participants"] == base["meeting"]["participants"]
    assert [i["value"] for i in got["indicators"]] == [i["value"] for i in base["indicators"]]
    raw = f.read_bytes().decode("utf-8")
    for fact in got["indicators"] + got["people"]:
        assert raw[fact["start"] : fact["end"]] == fact["quote"]


def test_frames_command_writes_every_frame(tmp_path):
    r = subprocess.run(
        [sys.executable, "-m", "helpers", "frames", "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=paths.ROOT,
    )
    assert r.returncode == 0, r.stderr
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == sorted(
        f"{n}.csv"
        for n in (
            "meetings",
            "meeting_fields",
            "people",
            "indicators",
            "priorities",
            "organisations",
        )
    )
    assert "indicators: 5 rows" in r.stdout


def test_a_reader_that_stops_reading_stops_the_run_quietly():
    """'extract DIR | head': once the reader goes away, the run stops without a
    traceback, and its status says not everything was written."""
    args = [sys.executable, "-m", "helpers", "extract", *[str(SEED)] * 200]  # past a pipe's 64 KB
    with subprocess.Popen(
        args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=paths.ROOT
    ) as proc:
        assert proc.stdout.read(10) == b'{"article_'
        proc.stdout.close()  # as head does once it has its lines
        err = proc.stderr.read().decode()
    assert proc.returncode == 1 and err == ""


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
def test_output_that_cannot_be_written_is_one_error_line():
    with open("/dev/full", "w") as full:
        r = subprocess.run(
            [sys.executable, "-m", "helpers", "extract", str(SEED)],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            cwd=paths.ROOT,
        )
    assert r.returncode == 1
    assert r.stderr == "error: cannot write the output: No space left on device\n"
