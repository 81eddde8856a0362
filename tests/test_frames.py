"""Tidy frames: typed, validated by the dictionary schema, traceable, written whole."""

from __future__ import annotations

import shutil

import pandas as pd
import pandera.errors
import pytest

from helpers import paths, schema
from helpers.frames import FRAMES, build_frames, write_frames


@pytest.fixture(scope="module")
def frames():
    return build_frames()


def test_every_frame_validates(frames):
    assert set(frames) == set(FRAMES)
    for name in FRAMES:
        schema.validate(name, frames[name])


def test_types(frames):
    m = frames["meetings"]
    assert str(m["date_start"].dtype) == "datetime64[ns]"
    assert isinstance(frames["indicators"]["indicator"].dtype, pd.CategoricalDtype)
    assert str(frames["indicators"]["year"].dtype) == "Int64"


def test_meetings_of_the_two_districts(frames):
    m = frames["meetings"].set_index("district")
    assert m.loc["Kabupaten Banyuasin", "duration_days"] == 2
    assert m.loc["Kabupaten Barito Utara", "participants"] == 100
    assert bool(m.loc["Kabupaten Barito Utara", "venue_in_district"]) is True


def test_quotes_are_spans(frames):
    texts = {p.stem: p.read_text(encoding="utf-8") for p in paths.RAW_ARTICLES.glob("*.txt")}
    for name in ("meeting_fields", "people", "indicators", "priorities", "organisations"):
        for r in frames[name].itertuples():
            assert texts[r.article_id][r.start : r.end] == r.quote, (name, r)


def test_dictionary_documents_every_column(frames):
    for name in FRAMES:
        documented = [c["column"] for c in schema.columns(name)]
        assert list(frames[name].columns) == documented
        assert all(c["description"] for c in schema.columns(name))


def test_unknown_indicator_is_an_error_not_a_gap(frames):
    bad = frames["indicators"].copy()
    bad["indicator"] = bad["indicator"].astype(str)
    bad.loc[0, "indicator"] = "happiness"
    with pytest.raises(ValueError, match="happiness"):
        schema.cast("indicators", bad)


def test_schema_rejects_missing_quote(frames):
    bad = frames["indicators"].copy()
    bad.loc[0, "quote"] = pd.NA
    with pytest.raises(pandera.errors.SchemaErrors):
        schema.validate("indicators", bad)


def test_bad_article_is_listed_others_load(tmp_path):
    folder = tmp_path / "articles"
    shutil.copytree(paths.RAW_ARTICLES, folder)
    meta = tmp_path / "articles.csv"
    rows = paths.RAW_METADATA.read_text(encoding="utf-8")
    meta.write_text(rows + "broken,broken.txt,x,,2023-01-01,,,\n", encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\xff\xfe\x00b\x00a\x00d")
    (folder / "stray.txt").write_text("Rapat", encoding="utf-8")
    got = build_frames(folder, meta)
    assert len(got["meetings"]) == 2
    assert any("broken.txt" in e for e in got.errors)
    assert any("stray.txt" in e and "no row" in e for e in got.errors)


def test_write_is_all_or_nothing(frames, tmp_path, monkeypatch):
    written = write_frames(frames, tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"{n}.csv" for n in FRAMES)
    before = {p: p.read_bytes() for p in written.values()}

    def boom(self, *a, **k):
        raise OSError("disk full")

    monkeypatch.setattr(pd.DataFrame, "to_csv", boom)
    with pytest.raises(OSError):
        write_frames(frames, tmp_path)
    assert {p: p.read_bytes() for p in written.values()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"{n}.csv" for n in FRAMES)
