"""The official figures: loaded whole, typed, checked; bad rows named with their line."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
from pathlib import Path

import pandas as pd
import pytest

from helpers import paths, reference, series

SHARED = paths.ROOT.parent / "shared" / "reference" / "official_indicators.csv"


@pytest.fixture(scope="module")
def official() -> pd.DataFrame:
    return reference.load_reference()


def _copy_with(tmp_path: Path, edit) -> Path:
    """The reference file with `edit(rows)` applied, written to a temporary folder."""
    with reference.OFFICIAL.open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    fields = list(rows[0])
    rows, fields = edit(rows, fields)
    out = tmp_path / "official_indicators.csv"
    with out.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=fields)
        w.writeheader()
        w.writerows(rows)
    return out


def test_every_row_loads_typed(official: pd.DataFrame) -> None:
    with reference.OFFICIAL.open(newline="", encoding="utf-8") as f:
        n = sum(1 for _ in csv.DictReader(f))
    assert len(official) == n == 94
    assert official["value"].dtype == "Float64" and official["year"].dtype == "Int64"
    assert official["series"].dtype == "category"
    assert official[["publisher", "url"]].notna().all().all()
    assert set(official["status"]) >= {"preferred", "conflicting", "duplicate_confirmation"}


def test_reference_file_is_unchanged() -> None:
    """The official figures are raw data: byte for byte as received."""
    digest, name = (reference.OFFICIAL.parent / "checksums.sha256").read_text().split()
    assert name == reference.OFFICIAL.name
    assert hashlib.sha256(reference.OFFICIAL.read_bytes()).hexdigest() == digest
    if SHARED.exists():
        assert reference.OFFICIAL.read_bytes() == SHARED.read_bytes()


def test_sources_table_is_in_sync(official: pd.DataFrame) -> None:
    committed = pd.read_csv(reference.SOURCES, dtype=str, keep_default_na=False)
    built = reference.sources_table(official).astype(str)
    assert committed.to_dict("records") == built.to_dict("records")
    assert built["n_figures"].astype(int).sum() == len(official)


@pytest.mark.parametrize(
    ("edit", "line", "problem"),
    [
        (lambda r: r[2].update(value="24,8"), 4, "value '24,8' is not a number"),
        (lambda r: r[2].update(value="nan"), 4, "value 'nan' is not a number"),
        (lambda r: r[3].update(unit="persen"), 5, "unknown unit 'persen'"),
        (lambda r: r[3].update(unit="years"), 5, "unit 'years' but stunting_prevalence"),
        (lambda r: r[4].update(series="ssgi"), 6, "unknown series 'ssgi'"),
        (lambda r: r[5].update(status="maybe"), 7, "unknown status 'maybe'"),
        (lambda r: r[6].update(url=""), 8, "url is empty"),
        (lambda r: r[0].update(area="Kabupaten Atlantis"), 2, "not in the gazetteer"),
        (lambda r: r[0].update(province="Jambi"), 2, "is in Sumatera Selatan"),
        (lambda r: r[1].update(status="preferred"), 3, "duplicates the preferred row on line 2"),
    ],
)
def test_bad_rows_are_listed_with_line_and_reason(tmp_path, edit, line, problem) -> None:
    def apply(rows, fields):
        edit(rows)
        return rows, fields

    path = _copy_with(tmp_path, apply)
    got = reference.read_reference(path)
    assert list(got.unusable["line"]) == [line]
    assert problem in got.unusable["problem"].iloc[0]
    assert len(got.table) == 93, "the other rows still load"
    with pytest.raises(reference.ReferenceError) as e:
        reference.load_reference(path)
    assert str(path) in str(e.value) and f"line {line}:" in str(e.value)


def test_missing_column_names_the_file_and_column(tmp_path) -> None:
    path = _copy_with(
        tmp_path,
        lambda rows, fields: (
            [{k: v for k, v in r.items() if k != "series"} for r in rows],
            [f for f in fields if f != "series"],
        ),
    )
    with pytest.raises(
        reference.ReferenceError, match=r"official_indicators.csv: missing col.*series"
    ):
        reference.read_reference(path)


def test_unreadable_file_is_a_reference_error(tmp_path) -> None:
    path = tmp_path / "official_indicators.csv"
    path.write_bytes(b"\xff\xfe\x00area")
    with pytest.raises(reference.ReferenceError, match="cannot be read"):
        reference.read_reference(path)


def test_a_new_district_is_only_a_row(tmp_path) -> None:
    new = {
        "area": "Kabupaten Musi Banyuasin", "area_level": "district",
        "province": "Sumatera Selatan", "indicator": "stunting_prevalence", "year": "2022",
        "value": "25.3", "unit": "percent", "series": "kemenkes_nutrition_survey",
        "source_survey": "SSGI 2022", "publisher": "Example", "url": "https://example.org/x",
        "status": "preferred", "note": "",
    }  # fmt: skip
    path = _copy_with(tmp_path, lambda rows, fields: ([*rows, new], fields))
    official = reference.load_reference(path)
    got = series.beside(official, "Kabupaten Musi Banyuasin", "stunting_prevalence")
    assert list(got["area"].unique()) == [
        "Kabupaten Musi Banyuasin",
        "Sumatera Selatan",
        "Indonesia",
    ]


def test_default_series_follows_the_method_in_use() -> None:
    assert series.default_series("life_expectancy", dt.date(2023, 4, 5)) == ("bps_uhh_sp2010",)
    assert series.default_series("life_expectancy", dt.date(2024, 1, 1)) == ("bps_uhh_lfsp2020",)
    assert series.default_series("life_expectancy") == ("bps_uhh_lfsp2020",)
    assert series.default_series("hdi", dt.date(2023, 11, 14)) == ("bps_ipm_old",)
    assert series.default_series("stunting_prevalence") == ("kemenkes_nutrition_survey",)


def test_comparable_never_mixes_series(official: pd.DataFrame) -> None:
    le = series.beside(
        official, "Kabupaten Barito Utara", "life_expectancy", on=dt.date(2023, 4, 5)
    )
    assert set(le["series"]) == {"bps_uhh_sp2010"}
    assert set(le["area"]) == {"Kalimantan Tengah", "Indonesia"}
    stunting = series.beside(official, "Kabupaten Banyuasin", "stunting_prevalence")
    assert set(stunting["series"]) == {"kemenkes_nutrition_survey"}
    assert 6.31 not in set(stunting["value"]), "e-PPGBM is another measure"
    assert (stunting["status"] == "preferred").all()
    assert not stunting.duplicated(["area", "year"]).any()
    with pytest.raises(ValueError, match="name one series"):
        series.comparable(official, "Indonesia", "stunting_target")


def test_alternatives_show_conflicts(official: pd.DataFrame) -> None:
    alt = series.alternatives(official, "Kabupaten Banyuasin", "stunting_prevalence", 2023)
    assert sorted(alt["value"]) == [20.4, 22.04]
    assert set(alt["status"]) == {"preferred", "conflicting"}


def test_targets_beside_a_district(official: pd.DataFrame) -> None:
    t = series.targets(official, "Kabupaten Barito Utara")
    rpjmn = t[t["series"] == "rpjmn_2020_2024"]
    assert list(zip(rpjmn["area"], rpjmn["year"], rpjmn["value"], strict=True)) == [
        ("Indonesia", 2024, 14.0)
    ]
    assert {"Kabupaten Barito Utara", "Kalimantan Tengah", "Indonesia"} == set(t["area"])
